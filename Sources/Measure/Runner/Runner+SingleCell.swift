import Results
import WorkerKernel

/// Single cells on demand, for the fidelity benchmark: the same plans and meter as a full run.
extension Runner {
    /// Sizes the CPU kernel to `settings.cpuTaskTargetSeconds` on this machine.
    public func calibrate() throws -> Calibration {
        try Calibrator(targetSeconds: settings.cpuTaskTargetSeconds).calibrate()
    }

    /// Measures one strategy on one workload `repetitions` times (after the plan's warm-ups).
    public func measureCell(_ strategy: StrategyID, _ workload: WorkloadID, calibration: Calibration,
                            repetitions: Int) throws -> Cell {
        try measureCells([strategy], workload, calibration: calibration, repetitions: repetitions)[strategy]!
    }

    /// Measures several strategies on one workload, interleaved as a full run schedules them (`schedule`):
    /// every warm-up, then run 1 of each strategy, run 2 of each, … so drift hits them all alike and run i
    /// of one can be paired with run i of another.
    public func measureCells(_ strategies: [StrategyID], _ workload: WorkloadID, calibration: Calibration,
                             repetitions: Int) throws -> [StrategyID: Cell] {
        let plans = strategies.map { strategy in
            var plan = CellPlan.plan(strategy, workload, settings: settings, calibration: calibration)
            plan.repetitions = repetitions
            return plan
        }
        let (warmups, runs, _) = try measure(plans)
        var cells: [StrategyID: Cell] = [:]
        for (index, plan) in plans.enumerated() {
            cells[plan.strategy] = Cell(strategy: plan.strategy, workload: workload, tasks: plan.run.jobs.count,
                                        workers: plan.run.workers, warmupWallSeconds: warmups[index], runs: runs[index])
        }
        return cells
    }
}

/// What recording a task costs: the same CPU work with the per-chunk CPU sightings and without.
public enum TracingCost {
    /// Median seconds of `iterations` kernel steps, traced and bare, alternated `repetitions` times.
    public static func measure(iterations: Int, repetitions: Int) -> (traced: Double, bare: Double) {
        var traced: [Double] = [], bare: [Double] = []
        let runner = TaskRunner(originNanoseconds: Linux.monotonicNanoseconds())
        for _ in 0..<repetitions {
            var start = Linux.monotonicNanoseconds()
            _ = runner.perform(.compute(iterations: iterations), index: 0)
            traced.append(Double(Linux.monotonicNanoseconds() - start) / 1e9)
            start = Linux.monotonicNanoseconds()
            CPUKernel.run(iterations: iterations)
            bare.append(Double(Linux.monotonicNanoseconds() - start) / 1e9)
        }
        return (Summary.median(of: traced), Summary.median(of: bare))
    }
}
