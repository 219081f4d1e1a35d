import Results
import WorkerKernel

/// How one strategy × workload cell is run: its jobs, pool size, warm-ups and repetitions.
struct CellPlan: Sendable {
    var strategy: StrategyID
    var run: RunPlan
    var warmupRuns: Int
    var repetitions: Int

    var subject: String { "\(strategy.rawValue)/\(run.workload.rawValue)" }

    /// Every cell, I/O first, strategies in `StrategyID` order.
    ///
    /// CPU pools are `cpuWorkers` (at most one per task), except global-lock's: at least 2 threads.
    /// I/O cells skip warm-up (a sleep has nothing to warm up) and are capped at 3 repetitions;
    /// sequential I/O, which sleeps `ioTasks × ioWaitSeconds` a run, gets one run when a run takes a second
    /// or more (the original post's 10 × 1 s, and `--quick`'s 10 × 0.1 s). Waits vary far less than computation,
    /// and the full run must stay near a minute. `Cell.runs.count` records what each cell got.
    static func all(settings: Settings, calibration: Calibration,
                    strategies: [StrategyID] = StrategyID.allCases) -> [CellPlan] {
        WorkloadID.allCases.flatMap { workload in
            strategies.map { strategy in plan(strategy, workload, settings: settings, calibration: calibration) }
        }
    }

    static func plan(_ strategy: StrategyID, _ workload: WorkloadID, settings: Settings,
                     calibration: Calibration) -> CellPlan {
        let jobs: [TaskJob]
        let poolSize: Int
        let sequentialSeconds: Double
        switch workload {
        case .io:
            jobs = Array(repeating: .wait(seconds: settings.ioWaitSeconds), count: settings.ioTasks)
            poolSize = min(settings.ioThreads, settings.ioTasks)
            sequentialSeconds = Double(settings.ioTasks) * settings.ioWaitSeconds
        case .cpu:
            jobs = Array(repeating: .compute(iterations: calibration.iterationsPerTask), count: settings.cpuTasks)
            poolSize = min(settings.cpuWorkers, settings.cpuTasks)
            sequentialSeconds = Double(settings.cpuTasks) * max(calibration.measuredSeconds, calibration.targetSeconds)
        }
        let workers: Int
        switch (strategy, workload) {
        case (.sequential, _), (.async, _): workers = 1
        case (.globalLock, .cpu):
            // At least two threads, so turn-taking on the lock is shown even on a one-core machine;
            // never more threads than tasks.
            workers = max(1, min(max(2, poolSize), jobs.count))
        case (.threads, _), (.processes, _), (.globalLock, .io): workers = max(1, poolSize)
        }
        let repetitions: Int
        switch (workload, strategy) {
        case (.io, .sequential):
            // About a second of sleeping in all, at most 3 runs: 1 run of the original post's 10 × 1 s.
            let runsInASecond = sequentialSeconds > 0 ? Int(1.05 / sequentialSeconds) : 3
            repetitions = min(settings.repetitions, 3, max(1, runsInASecond))
        case (.io, _): repetitions = min(settings.repetitions, 3)
        case (.cpu, _): repetitions = settings.repetitions
        }
        let run = RunPlan(workload: workload, jobs: jobs, workers: workers,
                          switchIntervalSeconds: settings.switchIntervalSeconds,
                          timeLimitSeconds: 10 * sequentialSeconds + 30)
        return CellPlan(strategy: strategy, run: run,
                        warmupRuns: workload == .io ? 0 : settings.warmupRuns,
                        repetitions: max(1, repetitions))
    }
}
