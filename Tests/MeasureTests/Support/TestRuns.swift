@testable import Measure
import Results

/// Small plans that finish in milliseconds and never sleep.
enum TestRuns {
    static func computePlan(tasks: Int, workers: Int, iterations: Int = 200_000,
                            switchInterval: Double = 0.005) -> RunPlan {
        RunPlan(workload: .cpu, jobs: Array(repeating: .compute(iterations: iterations), count: tasks),
                workers: workers, switchIntervalSeconds: switchInterval, timeLimitSeconds: 60)
    }

    static func run(_ strategy: any Strategy, _ plan: RunPlan) throws -> StrategyOutcome {
        try strategy.run(plan, runner: TaskRunner(originNanoseconds: Linux.monotonicNanoseconds()))
    }
}
