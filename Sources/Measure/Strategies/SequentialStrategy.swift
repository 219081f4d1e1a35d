import Results

/// One thread runs the tasks one after another (the original post's plain `for` loop).
struct SequentialStrategy: Strategy {
    var id: StrategyID { .sequential }

    func run(_ plan: RunPlan, runner: TaskRunner) throws -> StrategyOutcome {
        let tasks = plan.jobs.enumerated().map { index, job in runner.perform(job, index: index) }
        return StrategyOutcome(tasks: tasks)
    }
}
