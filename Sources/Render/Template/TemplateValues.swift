import Results

/// Every value a template can name, computed once from `Results`. The set of names is the same for every
/// results file (a value that was not measured is `missing`), so a typo is caught on any machine.
struct TemplateValues: Sendable {
    private(set) var values: [String: TemplateValue] = [:]

    init(results: Results) {
        addRun(results)
        addMachine(results.machine)
        addSettings(results.settings)
        addCalibration(results.calibration)
        for workload in WorkloadID.allCases {
            for strategy in StrategyID.allCases {
                addCell(results.comparison, strategy, workload)
            }
        }
        for workload in WorkloadID.allCases {
            addBest(results.comparison, workload)
        }
        addLock(results.globalLock)
        for experiment in [TimelineValues.make(results.timeline), DemoValues.gather(results.gather),
                           DemoValues.processes(results.processDemo),
                           SweepValues.make(results.coreSweep, usableCores: results.machine.usableCores),
                           PythonValues.make(results.python, comparison: results.comparison)] {
            values.merge(experiment) { _, new in new }
        }
        values["warnings.count"] = .count(results.warnings.count)
        for kind in RunWarning.Kind.allCases {
            values["warnings.\(kind.rawValue)"] = .flag(results.warnings.contains { $0.kind == kind })
        }
    }

    subscript(name: String) -> TemplateValue? { values[name] }

    var names: [String] { values.keys.sorted() }

    /// The name used in templates for a strategy (`globalLock`, not the JSON key `global-lock`).
    static func templateName(_ strategy: StrategyID) -> String {
        strategy == .globalLock ? "globalLock" : strategy.rawValue
    }

    /// `io.async` and friends: every workload × strategy pair a template may name.
    static var cellNames: [String] {
        WorkloadID.allCases.flatMap { workload in
            StrategyID.allCases.map { "\(workload.rawValue).\(templateName($0))" }
        }
    }

    private mutating func addRun(_ results: Results) {
        values["run.date"] = .text(JekyllDate(iso8601: results.measuredAt)?.text ?? results.measuredAt)
        values["run.measuredAt"] = .text(results.measuredAt)
        values["run.quick"] = .flag(results.settings.quick)
        values["run.schemaVersion"] = .count(results.schemaVersion)
        values["tool.name"] = .text(results.tool.name)
        values["tool.version"] = .text(results.tool.version)
    }

    private mutating func addMachine(_ machine: MachineFacts) {
        values["machine.cpuModel"] = .text(machine.cpuModel)
        values["machine.logicalCPUs"] = .count(machine.logicalCPUs)
        values["machine.physicalCores"] = machine.physicalCores.map { .count($0) } ?? .missing
        values["machine.usableCores"] = .count(machine.usableCores)
        values["machine.affinity"] = .text(CPURanges(machine.affinityCPUs).text)
        values["machine.affinityCount"] = .count(machine.affinityCPUs.count)
        // "—" rather than n/a: no quota and no readable governor are facts, not gaps in the data.
        values["machine.cgroupQuota"] = machine.cgroupQuotaCPUs.map { .trimmed($0, decimals: 2) } ?? .text("—")
        values["machine.cgroupLimited"] = .flag(machine.cgroupQuotaCPUs != nil)
        values["machine.memoryGiB"] = .fixed(Double(machine.memoryBytes) / 1_073_741_824, decimals: 1)
        values["machine.os"] = .text(machine.osName)
        values["machine.kernel"] = .text(machine.kernel)
        values["machine.arch"] = .text(machine.architecture)
        values["machine.swift"] = .text(machine.swiftVersion)
        values["machine.clockResolutionNs"] = .count(machine.clockResolutionNanoseconds)
        for (index, label) in ["load1", "load5", "load15"].enumerated() {
            values["machine.\(label)"] = index < machine.loadAverage.count
                ? .fixed(machine.loadAverage[index], decimals: 2) : .missing
        }
        values["machine.governor"] = .text(machine.frequencyGovernor ?? "—")
        values["machine.singleCore"] = .flag(machine.usableCores <= 1)
        values["machine.limited"] = .flag(machine.usableCores < machine.logicalCPUs)
    }

    private mutating func addSettings(_ settings: Settings) {
        values["settings.quick"] = .flag(settings.quick)
        values["settings.ioTasks"] = .count(settings.ioTasks)
        values["settings.ioWaitSeconds"] = .trimmed(settings.ioWaitSeconds, decimals: 3)
        values["settings.ioThreads"] = .count(settings.ioThreads)
        values["settings.cpuTasks"] = .count(settings.cpuTasks)
        values["settings.cpuWorkers"] = .count(settings.cpuWorkers)
        values["settings.cpuTaskTargetSeconds"] = .trimmed(settings.cpuTaskTargetSeconds, decimals: 3)
        values["settings.repetitions"] = .count(settings.repetitions)
        values["settings.warmupRuns"] = .count(settings.warmupRuns)
        values["settings.switchIntervalMs"] = .trimmed(settings.switchIntervalSeconds * 1000, decimals: 3)
    }

    private mutating func addCalibration(_ calibration: Calibration) {
        values["calibration.kernel"] = .text(calibration.kernel)
        values["calibration.iterations"] = .count(calibration.iterationsPerTask)
        values["calibration.targetSeconds"] = .trimmed(calibration.targetSeconds, decimals: 3)
        values["calibration.seconds"] = .fixed(calibration.measuredSeconds, decimals: 3)
    }

    private mutating func addCell(_ comparison: Comparison, _ strategy: StrategyID, _ workload: WorkloadID) {
        let prefix = "\(workload.rawValue).\(Self.templateName(strategy))."
        let cell = comparison.cell(strategy, workload)
        func set(_ stat: String, _ value: (Cell) -> TemplateValue?) {
            values[prefix + stat] = cell.flatMap(value) ?? .missing
        }
        set("median") { .fixed($0.summary.median, decimals: 3) }
        set("mad") { .fixed($0.summary.mad, decimals: 3) }
        set("min") { .fixed($0.summary.min, decimals: 3) }
        set("max") { .fixed($0.summary.max, decimals: 3) }
        set("spreadPercent") { .fixed($0.summary.relativeSpread * 100, decimals: 1) }
        set("speedup") { _ in comparison.speedup(strategy, workload).map { .fixed($0, decimals: 2) } }
        set("runs") { .count($0.runs.count) }
        set("outliers") { .count($0.summary.outliers.count) }
        set("tasks") { .count($0.tasks) }
        set("workers") { .count($0.workers) }
        set("cpuPercent") { .fixed($0.cpuUtilisation * 100, decimals: 0) }
        set("threadCount") { cell in cell.representativeRun.map { .count(Set($0.tasks.map(\.tid)).count) } }
        set("processCount") { cell in cell.representativeRun.map { .count(Set($0.tasks.map(\.pid)).count) } }
        set("involuntarySwitches") { cell in cell.representativeRun.map { .count($0.involuntarySwitches) } }
        set("voluntarySwitches") { cell in cell.representativeRun.map { .count($0.voluntarySwitches) } }
    }

    /// `<w>.<s>.best`: true for every strategy tied for the fastest on that workload — a median within
    /// 2 % of the lowest — so a difference smaller than the noise never crowns a single winner.
    private mutating func addBest(_ comparison: Comparison, _ workload: WorkloadID) {
        let cells = comparison.cells.filter { $0.workload == workload && !$0.runs.isEmpty }
        let fastest = cells.map(\.summary.median).min()
        for strategy in StrategyID.allCases {
            let median = cells.first { $0.strategy == strategy }?.summary.median
            let tied = median.flatMap { median in fastest.map { median <= $0 * 1.02 } } ?? false
            values["\(workload.rawValue).\(Self.templateName(strategy)).best"] = .flag(tied)
        }
    }

    private mutating func addLock(_ trace: GlobalLockTrace?) {
        values["lock.recorded"] = .flag(trace != nil)
        values["lock.intervals"] = trace.map { .count($0.intervals.count) } ?? .missing
        values["lock.handoffs"] = trace.map { trace in
            .count(zip(trace.intervals, trace.intervals.dropFirst()).filter { $0.thread != $1.thread }.count)
        } ?? .missing
        values["lock.forcedSwitches"] = trace.map { .count($0.forcedSwitches) } ?? .missing
        values["lock.dropRequests"] = trace.map { .count($0.dropRequests) } ?? .missing
    }
}
