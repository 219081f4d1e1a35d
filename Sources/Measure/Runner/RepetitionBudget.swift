import Results

/// How many measured rounds of the CPU cells fit the run's time budget (issue: the full run within
/// about 75 s, `--quick` within 8 s on a 2-core machine). Costs are predicted from the calibration, so
/// the plan is known before the first run; every cell still gets at least `minimum` rounds.
struct RepetitionBudget {
    var remainingSeconds: Double
    var minimum = 3

    /// `cells` with the CPU cells' repetitions set to the most rounds that fit, never below `minimum`
    /// nor above what they asked for.
    func apply(to cells: [CellPlan], usableCores: Int, taskSeconds: Double) -> [CellPlan] {
        let cost = { (cell: CellPlan) in cell.estimatedRunSeconds(usableCores: usableCores, taskSeconds: taskSeconds) }
        let cpu = cells.filter { $0.run.workload == .cpu }
        let fixed = cells.reduce(0.0) { total, cell in
            total + cost(cell) * Double(cell.warmupRuns + (cell.run.workload == .cpu ? 0 : cell.repetitions))
        }
        let round = cpu.reduce(0.0) { $0 + cost($1) }
        let asked = cpu.map(\.repetitions).max() ?? minimum
        let fitting = round > 0 ? Int(((remainingSeconds - fixed) / round).rounded(.down)) : asked
        let rounds = max(minimum, min(asked, fitting))
        return cells.map { cell in
            var cell = cell
            if cell.run.workload == .cpu { cell.repetitions = min(cell.repetitions, rounds) }
            return cell
        }
    }
}

extension CellPlan {
    /// What one run should take: the waits or the calibrated work divided among the lanes that can run
    /// at once, plus ~20 ms to start each worker process.
    func estimatedRunSeconds(usableCores: Int, taskSeconds: Double) -> Double {
        let tasks = Double(run.jobs.count)
        let lanes = Double(max(1, run.workers))
        let spawn = strategy == .processes ? 0.02 * lanes : 0
        switch run.workload {
        case .io:
            let wait = run.jobs.first.map { job -> Double in
                if case let .wait(seconds) = job { return seconds }
                return 0
            } ?? 0
            switch strategy {
            case .sequential: return tasks * wait
            case .async: return wait
            case .threads, .processes, .globalLock: return (tasks / lanes).rounded(.up) * wait + spawn
            }
        case .cpu:
            switch strategy {
            case .sequential, .async, .globalLock: return tasks * taskSeconds
            case .threads, .processes:
                return tasks * taskSeconds / Double(max(1, min(run.workers, usableCores, run.jobs.count))) + spawn
            }
        }
    }
}
