import Results

/// OS threads with no lock: a pool of `plan.workers` threads taking tasks from a queue. For I/O the
/// runner sizes it to one thread per task (up to `ioThreads`); for CPU work to `cpuWorkers`.
struct ThreadsStrategy: Strategy {
    var id: StrategyID { .threads }

    func run(_ plan: RunPlan, runner: TaskRunner) throws -> StrategyOutcome {
        let jobs = plan.jobs
        let workers = max(1, min(plan.workers, jobs.count))
        let queue = TaskQueue(count: jobs.count, workers: workers)
        let overrun = MeasureError.timedOut(strategy: id, workload: plan.workload, limitSeconds: plan.timeLimitSeconds)
        try WorkerThreads.run(count: workers, timeoutSeconds: plan.timeLimitSeconds, abandonAfterTimeout: overrun) { worker in
            while let index = queue.take(worker: worker) {
                queue.finish(runner.perform(jobs[index], index: index))
            }
        }
        return StrategyOutcome(tasks: queue.finished)
    }
}
