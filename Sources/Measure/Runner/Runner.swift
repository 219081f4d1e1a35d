import Foundation
import Results
import WorkerKernel

/// Measures everything: machine facts, calibration, then every strategy × workload with warm-ups and
/// repetitions. Repetitions are interleaved (run 1 of every cell, then run 2, …) so that drift on a
/// shared machine hits every strategy alike.
public struct Runner {
    public var settings: Settings
    /// The worker executable the processes strategy starts (`concreport-worker` beside concreport).
    public var workerExecutable: String
    /// Which build measures, recorded in the results.
    public var tool: ToolInfo
    /// The strategies to measure: all of them; tests narrow it to keep a run short.
    var strategies: [StrategyID] = StrategyID.allCases
    /// Whether to measure the experiments after the comparison cells; tests turn them off.
    var runsExperiments = true
    let progress: @Sendable (String) -> Void

    public init(settings: Settings, workerExecutable: String, tool: ToolInfo = ToolInfo(version: "dev"),
                progress: @escaping @Sendable (String) -> Void) {
        self.settings = settings
        self.workerExecutable = workerExecutable
        self.tool = tool
        self.progress = progress
    }

    /// One measured or warm-up run of one cell.
    struct Step {
        var cell: Int
        var warmup: Bool
        var number: Int
    }

    public func run() throws -> Results {
        // Fail before a minute of measuring, not at the first processes cell.
        try WorkerExecutable.check(workerExecutable)
        let measuredAt = Self.timestamp(Date())
        let cgroup = CgroupCPU.system.limit()
        let machine = MachineProbe.probe(cgroup: cgroup)
        // How many runs there will be does not depend on the kernel's size: count them before calibrating.
        let provisional = Calibration(kernel: CPUKernel.name, iterationsPerTask: 0,
                                      targetSeconds: settings.cpuTaskTargetSeconds, measuredSeconds: 0)
        let experimentSteps = runsExperiments ? Self.experimentSteps : 0
        let total = Self.schedule(plans(calibration: provisional, usableCores: machine.usableCores)).count
            + 1 + experimentSteps
        progress("[1/\(total)] calibrate the CPU task to \(Self.format(settings.cpuTaskTargetSeconds)) s")
        let calibration = try Calibrator(targetSeconds: settings.cpuTaskTargetSeconds).calibrate()
        progress("      \(calibration.iterationsPerTask) iterations per task, checked at \(Self.format(calibration.measuredSeconds)) s of CPU time")
        let cells = plans(calibration: calibration, usableCores: machine.usableCores)
        let steps = Self.schedule(cells)
        let meter = ThrottlingMeter(statFile: cgroup.statFile)
        let statBefore = cgroup.statFile.flatMap(CgroupCPU.system.stats)
        let ((warmups, runs, traces), comparisonThrottling) = try meter.measure { try measure(cells) { number, step in
            let cell = cells[step.cell]
            let what = step.warmup ? "warm-up \(step.number) of \(cell.warmupRuns)" : "run \(step.number) of \(cell.repetitions)"
            progress("[\(number + 2)/\(total)] \(cell.subject), \(what)")
        } }

        var lockTrace: GlobalLockTrace?
        let results = cells.indices.map { index -> Cell in
            let plan = cells[index]
            let cell = Cell(strategy: plan.strategy, workload: plan.run.workload, tasks: plan.run.jobs.count,
                            workers: plan.run.workers, warmupWallSeconds: warmups[index], runs: runs[index])
            if plan.strategy == .globalLock, plan.run.workload == .cpu,
               let representative = cell.representativeRun, let at = cell.runs.firstIndex(of: representative) {
                lockTrace = traces[index][at]
            }
            return cell
        }
        let experiments = runsExperiments
            ? try measureExperiments(machine: machine, calibration: calibration, meter: meter, firstStep: steps.count + 2, totalSteps: total)
            : nil
        let throttling = Self.throttling(before: statBefore, after: cgroup.statFile.flatMap(CgroupCPU.system.stats))
        var bySection = experiments?.throttling ?? [:]
        bySection[.comparison] = comparisonThrottling
        return Results(
            tool: tool, measuredAt: measuredAt, machine: machine, settings: settings,
            calibration: calibration, comparison: Comparison(cells: results), globalLock: lockTrace,
            timeline: experiments?.timeline, gather: experiments?.gather, processDemo: experiments?.processDemo,
            coreSweep: experiments?.coreSweep, convoy: experiments?.convoy, nativeRelease: experiments?.nativeRelease,
            throttling: throttling, throttlingBySection: bySection.isEmpty ? nil : bySection, server: experiments?.server
        )
    }

    /// The cgroup's throttling between the readings before the first cell and after the last measured
    /// step (the experiments included); nil unless both were readable.
    static func throttling(before: MachineProbe.CPUStat?, after: MachineProbe.CPUStat?) -> CPUThrottling? {
        guard let before, let after else { return nil }
        return after.since(before)
    }

    /// Every cell's plan; with a time budget, the CPU cells get as many rounds as fit after the
    /// calibration and the experiments (both predicted from the settings, so the plan is fixed up front).
    func plans(calibration: Calibration, usableCores: Int) -> [CellPlan] {
        let cells = CellPlan.all(settings: settings, calibration: calibration, strategies: strategies)
        guard let budget = settings.timeBudgetSeconds else { return cells }
        // The target, not the measured size: the plan (and the step count shown in the progress) must be
        // the same before and after calibrating.
        let taskSeconds = calibration.targetSeconds
        let before = 1 + 2 * settings.cpuTaskTargetSeconds
            + (runsExperiments ? estimatedExperimentSeconds(usableCores: usableCores) : 0)
        return RepetitionBudget(remainingSeconds: budget - before)
            .apply(to: cells, usableCores: usableCores, taskSeconds: taskSeconds)
    }

    /// Runs `cells` as `schedule` orders them, telling `before` each step's number and step first; returns
    /// each cell's warm-up walls, measured runs and their lock traces, by cell index.
    func measure(_ cells: [CellPlan], before: (Int, Step) -> Void = { _, _ in }) throws
        -> (warmups: [[Double]], runs: [[Run]], traces: [[GlobalLockTrace?]]) {
        var warmups = Array(repeating: [Double](), count: cells.count)
        var runs = Array(repeating: [Run](), count: cells.count)
        var traces = Array(repeating: [GlobalLockTrace?](), count: cells.count)
        let strategies = cells.map { $0.strategy.strategy(workerExecutable: workerExecutable) }
        for (number, step) in Self.schedule(cells).enumerated() {
            before(number, step)
            let (run, trace) = try RunMeter.measure(strategies[step.cell], cells[step.cell].run)
            if step.warmup {
                warmups[step.cell].append(run.wallSeconds)
            } else {
                runs[step.cell].append(run)
                traces[step.cell].append(trace)
            }
        }
        return (warmups, runs, traces)
    }

    /// Warm-up rounds first, then measured rounds; each round visits every cell that still needs a run.
    static func schedule(_ cells: [CellPlan]) -> [Step] {
        var steps: [Step] = []
        for round in 0..<(cells.map(\.warmupRuns).max() ?? 0) {
            for (index, cell) in cells.enumerated() where round < cell.warmupRuns {
                steps.append(Step(cell: index, warmup: true, number: round + 1))
            }
        }
        for round in 0..<(cells.map(\.repetitions).max() ?? 0) {
            for (index, cell) in cells.enumerated() where round < cell.repetitions {
                steps.append(Step(cell: index, warmup: false, number: round + 1))
            }
        }
        return steps
    }

    /// ISO 8601 with the machine's UTC offset, e.g. `2026-11-25T18:30:00+09:00` (never `Z`).
    static func timestamp(_ date: Date, timeZone: TimeZone = .current) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.calendar = Calendar(identifier: .gregorian)
        formatter.timeZone = timeZone
        formatter.dateFormat = "yyyy-MM-dd'T'HH:mm:ssxxx"
        return formatter.string(from: date)
    }

    static func format(_ seconds: Double) -> String { String(format: "%.3f", seconds) }
}
