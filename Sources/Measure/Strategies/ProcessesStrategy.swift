import Foundation
import Results
import Synchronization

/// A pool of worker processes (the seed's `ProcessPoolExecutor`): concreport re-executes itself as
/// `concreport worker`; each worker takes tasks one at a time over pipes. The run's wall time includes
/// spawning, and every worker is reaped before the run ends, whatever happens.
struct ProcessesStrategy: Strategy {
    var id: StrategyID { .processes }
    let workerExecutable: String

    func run(_ plan: RunPlan, runner: TaskRunner) throws -> StrategyOutcome {
        let jobs = plan.jobs
        let count = max(1, min(plan.workers, jobs.count))
        let pool = try WorkerProcess.spawnPool(count: count, executable: workerExecutable)
        let queue = TaskQueue(count: jobs.count, workers: count)
        let failure = FirstFailure()
        let fail: @Sendable (MeasureError) -> Void = { error in
            guard failure.record(error) else { return }
            queue.drain()
            pool.forEach { $0.stop() }
        }
        do {
            try WorkerThreads.run(count: count, timeoutSeconds: plan.timeLimitSeconds, onTimeout: {
                fail(.timedOut(strategy: .processes, workload: plan.workload, limitSeconds: plan.timeLimitSeconds))
            }) { index in
                let worker = pool[index]
                while let task = queue.take(worker: index) {
                    do {
                        let request = WorkerRequest(index: task, job: jobs[task], originNanoseconds: runner.originNanoseconds)
                        queue.finish(try worker.perform(request))
                    } catch let error as MeasureError {
                        fail(error)
                    } catch {
                        fail(.workerFailed(pid: worker.pid, exitStatus: nil, task: task, reason: "\(error)"))
                    }
                }
                if let error = worker.finish() { fail(error) }
            }
        } catch {
            WorkerProcess.stopAndReap(pool)
            throw error
        }
        if let error = failure.recorded { throw error }
        return StrategyOutcome(tasks: queue.finished)
    }
}
