import Results

/// Runs a strategy once and measures the run: wall time around the whole of it (creating and joining
/// threads, spawning and reaping workers), CPU time and context switches of this process plus the
/// workers it reaped.
enum RunMeter {
    static func measure(_ strategy: any Strategy, _ plan: RunPlan) throws -> (run: Run, lockTrace: GlobalLockTrace?) {
        let ownBefore = Linux.processUsage()
        let childrenBefore = Linux.childrenUsage()
        let origin = Linux.monotonicNanoseconds()
        let outcome = try strategy.run(plan, runner: TaskRunner(originNanoseconds: origin))
        let end = Linux.monotonicNanoseconds()
        let usage = (Linux.processUsage() - ownBefore) + (Linux.childrenUsage() - childrenBefore)
        // Records are made now, after the clock and the CPU time were read (`StrategyOutcome.tasks`).
        let run = Run(wallSeconds: Double(end - origin) / 1e9, cpuSeconds: usage.cpuSeconds,
                      voluntarySwitches: usage.voluntarySwitches, involuntarySwitches: usage.involuntarySwitches,
                      tasks: outcome.tasks)
        return (run, outcome.lockTrace)
    }
}
