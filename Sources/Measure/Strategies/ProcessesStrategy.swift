import Foundation
import Results
import Synchronization
import WorkerKernel

/// A pool of worker processes (the original post's `ProcessPoolExecutor`): concreport spawns its lean worker
/// executable (`concreport-worker`, Sources/concreport-worker); each worker takes tasks one at a time over
/// pipes. The run's wall time includes spawning, and every worker is reaped before the run ends, whatever
/// happens.
///
/// Each driver thread spawns its own worker and hands it tasks at once, as `ProcessPoolExecutor` starts
/// a worker's first task while the next workers are still being spawned: waiting for the whole pool first
/// delayed every task by the pool's whole start-up. The driver thread reaps its worker before it exits, so it
/// outlives it, as the worker's parent-death signal needs (`SpawnerThread`).
struct ProcessesStrategy: Strategy {
    var id: StrategyID { .processes }
    let workerExecutable: String

    func run(_ plan: RunPlan, runner: TaskRunner) throws -> StrategyOutcome {
        let jobs = plan.jobs
        let count = max(1, min(plan.workers, jobs.count))
        // A worker that dies must surface as EPIPE on write, not kill us with SIGPIPE.
        signal(SIGPIPE, SIG_IGN)
        let environment = WorkerEnvironment()
        let pool = LivePool()
        let queue = TaskQueue(count: jobs.count, workers: count)
        let failure = FirstFailure()
        let fail: @Sendable (MeasureError) -> Void = { error in
            guard failure.record(error) else { return }
            queue.drain()
            pool.stopAll()
        }
        try WorkerThreads.run(count: count, timeoutSeconds: plan.timeLimitSeconds, onTimeout: {
            fail(.timedOut(strategy: .processes, workload: plan.workload, limitSeconds: plan.timeLimitSeconds))
        }) { [workerExecutable] index in
            let worker: WorkerProcess
            do {
                worker = try WorkerProcess.spawn(executable: workerExecutable, environment: environment)
            } catch let error as MeasureError {
                return fail(error)
            } catch {
                return fail(.workerFailed(pid: 0, exitStatus: nil, task: -1, reason: "\(error)"))
            }
            // Stopped already (another worker failed, or the run overran): this one ends at once too.
            if !pool.admit(worker) { worker.stop() }
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
        if let error = failure.recorded { throw error }
        return StrategyOutcome(tasks: queue.finished)
    }
}

/// The workers spawned so far, so a failure or an overrun can stop them all, including those spawned
/// after it (their driver threads were already spawning).
private final class LivePool: Sendable {
    private let state = Mutex<(workers: [WorkerProcess], stopped: Bool)>(([], false))

    /// Adds `worker`; false when the pool was stopped already (the caller stops it).
    func admit(_ worker: WorkerProcess) -> Bool {
        state.withLock { state in
            state.workers.append(worker)
            return !state.stopped
        }
    }

    func stopAll() {
        let workers = state.withLock { state in
            state.stopped = true
            return state.workers
        }
        workers.forEach { $0.stop() }
    }
}
