import Results

/// Everything a post concludes from one `Results`, as typed values: derived figures, verdicts and
/// warnings. The one place that decides what the numbers mean; every threshold is in `Thresholds`.
public struct Findings: Sendable {
    public var machine: MachineFindings
    /// Every measured cell, by workload and strategy.
    public var cells: [WorkloadID: [StrategyID: CellFindings]]
    public var lock: LockFindings
    public var timeline: TimelineFindings?
    public var gather: GatherFindings?
    public var processDemo: ProcessDemoFindings?
    public var sweep: SweepFindings?
    public var python: PythonFindings?
    /// The convoy effect and the switch-interval sweep (with CPython's convoy when it ran).
    public var convoy: ConvoyFindings?
    /// Global-lock threads releasing the lock around native calls.
    public var nativeRelease: NativeReleaseFindings?
    /// Native code releasing the GIL in CPython, by library (`hashlib`, NumPy when installed).
    public var pythonNativeRelease: [PythonNativeReleaseFindings.Library: PythonNativeReleaseFindings]
    /// Why CPython was not measured; nil when it was (or the file predates CPython by default).
    public var pythonNotMeasured: PythonNotMeasured?
    /// The original post's FastAPI section: concreport's server under load.
    public var server: ServerFindings?
    /// The original post's FastAPI app beside it.
    public var pythonServer: PythonServerFindings
    /// Processes against threads on the CPU workload.
    public var cpuProcessesVsThreads: Difference
    /// Global-lock threads against free threads on the CPU workload.
    public var cpuGlobalLockVsThreads: Difference
    /// The server's CPU pools had more than one worker on more than one usable core: their threads could
    /// compute side by side (Swift threads have no GIL). With one worker or one core the post does not say so.
    public var serverPoolsCanComputeInParallel: Bool
    /// Things that weaken this run's numbers, recomputed from the data.
    public var warnings: [RunWarning]

    public init(_ results: Results) {
        machine = MachineFindings(results.machine, settings: results.settings, throttling: results.throttling,
                                  bySection: results.throttlingBySection)
        var cells: [WorkloadID: [StrategyID: CellFindings]] = [:]
        for workload in WorkloadID.allCases {
            let sequential = results.comparison.cell(.sequential, workload).flatMap { $0.runs.isEmpty ? nil : $0 }
            var row: [StrategyID: CellFindings] = [:]
            for cell in results.comparison.cells where cell.workload == workload && !cell.runs.isEmpty {
                row[cell.strategy] = CellFindings(cell: cell, sequential: sequential, usableCores: results.machine.usableCores)
            }
            Self.markBest(&row)
            cells[workload] = row
        }
        self.cells = cells
        lock = LockFindings(results.globalLock)
        timeline = results.timeline.map { TimelineFindings($0, usableCores: results.machine.usableCores) }
        gather = results.gather.map(GatherFindings.init)
        processDemo = results.processDemo.map { ProcessDemoFindings($0, usableCores: results.machine.usableCores) }
        sweep = results.coreSweep.map { SweepFindings($0, usableCores: results.machine.usableCores) }
        python = results.python.map { PythonFindings($0, comparison: results.comparison) }
        convoy = results.convoy.map { ConvoyFindings($0, python: results.pythonConvoy, calibration: results.calibration) }
        nativeRelease = results.nativeRelease.map { NativeReleaseFindings($0, usableCores: results.machine.usableCores) }
        var native: [PythonNativeReleaseFindings.Library: PythonNativeReleaseFindings] = [:]
        for experiment in results.pythonNativeRelease ?? [] {
            if let found = PythonNativeReleaseFindings(experiment, emulated: nativeRelease) { native[found.library] = found }
        }
        pythonNativeRelease = native
        pythonNotMeasured = results.pythonNotMeasured
        server = results.server.map(ServerFindings.init)
        pythonServer = PythonServerFindings(results.pythonServer)
        serverPoolsCanComputeInParallel = (results.server?.cpuWorkers ?? 0) > 1 && results.machine.usableCores > 1
        func compare(_ other: StrategyID, against baseline: StrategyID) -> Difference {
            guard let base = results.comparison.cell(baseline, .cpu), let cell = results.comparison.cell(other, .cpu) else { return .same }
            return NoiseRule.compare(baseline: base.runs.map(\.wallSeconds), other: cell.runs.map(\.wallSeconds)).difference
        }
        cpuProcessesVsThreads = compare(.processes, against: .threads)
        cpuGlobalLockVsThreads = compare(.globalLock, against: .threads)
        warnings = []
        warnings = WarningRules.warnings(results, self)
    }

    public func cell(_ strategy: StrategyID, _ workload: WorkloadID) -> CellFindings? {
        cells[workload]?[strategy]
    }

    /// A strategy is among the best when the fastest cell is not faster than it beyond noise, so a
    /// difference inside the spread never crowns a single winner.
    private static func markBest(_ row: inout [StrategyID: CellFindings]) {
        guard let fastest = row.values.min(by: { $0.summary.median < $1.summary.median }) else { return }
        for (strategy, cell) in row {
            let outcome = NoiseRule.compare(baseline: cell.wallSeconds, other: fastest.wallSeconds)
            row[strategy]?.best = outcome.difference != .faster
        }
    }
}
