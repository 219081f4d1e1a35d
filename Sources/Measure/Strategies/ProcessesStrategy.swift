import Foundation
import Results
import Synchronization
import WorkerKernel

/// A pool of worker processes (the seed's `ProcessPoolExecutor`): concreport spawns its lean worker
/// executable (`concreport-worker`, Sources/concreport-worker); each worker takes tasks one at a time over pipes. The run's wall time includes
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
                        queue.finish(try worker.perform(WorkerRequest(index: task, job: jobs[task]), runner: runner))
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
