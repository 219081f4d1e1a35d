import Results
import Synchronization

/// OS threads that must hold one global lock to run, as under CPython's GIL: CPU work is handed over
/// every switch interval, blocking waits release the lock (`Py_BEGIN_ALLOW_THREADS`).
struct GlobalLockStrategy: Strategy {
    var id: StrategyID { .globalLock }

    func run(_ plan: RunPlan, runner: TaskRunner) throws -> StrategyOutcome {
        let jobs = plan.jobs
        let workers = max(1, min(plan.workers, jobs.count))
        let queue = TaskQueue(count: jobs.count, workers: workers)
        let lock = GlobalLock(switchIntervalSeconds: plan.switchIntervalSeconds,
                              originNanoseconds: runner.originNanoseconds)
        let threadIDs = Mutex<[Int32]>(Array(repeating: 0, count: workers))
        let overrun = MeasureError.timedOut(strategy: id, workload: plan.workload, limitSeconds: plan.timeLimitSeconds)
        try WorkerThreads.run(count: workers, timeoutSeconds: plan.timeLimitSeconds, abandonAfterTimeout: overrun) { thread in
            threadIDs.withLock { $0[thread] = Linux.threadID() }
            lock.take(thread)
            while let index = queue.take(worker: thread) {
                let record = runner.perform(
                    jobs[index], index: index,
                    afterChunk: { lock.yieldIfRequested(thread) },
                    aroundWait: { wait in
                        lock.release(thread)
                        wait()
                        lock.take(thread)
                    })
                queue.finish(record)
            }
            lock.release(thread)
        }
        var trace = lock.trace
        trace.threadIDs = threadIDs.withLock { $0 }
        return StrategyOutcome(tasks: queue.finished, lockTrace: trace)
    }
}
