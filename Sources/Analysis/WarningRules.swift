import Results

/// The run's warnings, decided from the data (thresholds in `Thresholds`); templates word them.
enum WarningRules {
    static func warnings(_ results: Results, _ findings: Findings) -> [RunWarning] {
        var warnings: [RunWarning] = []
        let machine = results.machine
        if machine.usableCores < machine.logicalCPUs {
            warnings.append(RunWarning(kind: .fewerUsableCores, value: Double(machine.usableCores)))
        }
        // Said only when no measurement contradicts it: a quota's bursts can still compute in parallel.
        let bursts = quotaBursts(results, findings)
        if findings.machine.singleCore, bursts == nil {
            warnings.append(RunWarning(kind: .singleCore))
        }
        if let bursts { warnings.append(bursts) }
        if let load = machine.loadAverage.first, load > Thresholds.highLoadPerCore * Double(max(1, machine.usableCores)) {
            warnings.append(RunWarning(kind: .highLoad, value: load))
        }
        if let throttling = findings.machine.totalThrottling, throttling.wasThrottled {
            warnings.append(RunWarning(kind: .throttled, value: throttling.throttledSeconds))
        }
        /// One spread rule for every set of repetitions, ours and CPython's.
        func checkSpread(_ summary: Summary, subject: String) {
            if summary.relativeSpread > Thresholds.highSpread {
                warnings.append(RunWarning(kind: .highSpread, subject: subject, value: summary.relativeSpread))
            }
        }
        for cell in results.comparison.cells where !cell.runs.isEmpty {
            let subject = "\(cell.strategy.rawValue)/\(cell.workload.rawValue)"
            let summary = Summary(cell.runs.map(\.wallSeconds))
            checkSpread(summary, subject: subject)
            // Only cells with warm-up runs: a cell without them has no first run kept apart to compare.
            if let first = cell.warmupWallSeconds.first, summary.median > 0, first / summary.median > Thresholds.slowFirstRun {
                warnings.append(RunWarning(kind: .slowFirstRun, subject: subject, value: first / summary.median))
            }
        }
        // CPython's cells are measured as ours are, and judged by the same rule.
        for cell in results.python?.cells ?? [] where cell.wallSeconds.count > 1 {
            checkSpread(Summary(cell.wallSeconds), subject: "CPython \(cell.strategy.rawValue)/cpu")
        }
        let asked = results.settings.repetitions
        let cut = results.comparison.cells.filter { !$0.runs.isEmpty && $0.runs.count < asked }
        if !cut.isEmpty {
            // Counts as "runs/asked", words in neither language: the templates' sentence carries the meaning.
            let subject = cut.map { "\($0.strategy.rawValue)/\($0.workload.rawValue) \($0.runs.count)/\(asked)" }.joined(separator: ", ")
            warnings.append(RunWarning(kind: .fewerRepetitions, subject: subject, value: Double(cut.count)))
        }
        let servers = [("concreport", results.server), ("FastAPI", results.pythonServer?.experiment)]
        let unanswered = servers.flatMap { name, experiment in
            (experiment?.runs ?? []).filter { $0.completed + $0.failed < $0.requests }.map {
                "\(name) \($0.style.path) \($0.completed)/\($0.requests)"
            }
        }
        if !unanswered.isEmpty {
            warnings.append(RunWarning(kind: .serverRunCut, subject: unanswered.joined(separator: ", "), value: Double(unanswered.count)))
        }
        for workload in WorkloadID.allCases {
            if let cell = findings.cell(.async, workload), cell.tasksThatMovedThread > 0 {
                warnings.append(RunWarning(kind: .movedThread, subject: "async/\(workload.rawValue)",
                                           value: Double(cell.tasksThatMovedThread)))
            }
        }
        if let gather = findings.gather, gather.tasksThatMovedThread > 0 {
            warnings.append(RunWarning(kind: .movedThread, subject: "gather", value: Double(gather.tasksThatMovedThread)))
        }
        return warnings
    }

    /// Under a cgroup quota, CPU-bound speedups beyond noise that the quota's CPUs cannot give on average:
    /// only bursts shorter than a quota period explain them.
    static func quotaBursts(_ results: Results, _ findings: Findings) -> RunWarning? {
        guard let quota = results.machine.cgroupQuotaCPUs, quota < Double(results.machine.logicalCPUs) else { return nil }
        func figure(_ speedup: Double) -> String { String(format: "%.2f", speedup) }
        var bursts = results.comparison.cells.filter { $0.workload == .cpu }.compactMap { cell -> String? in
            guard let found = findings.cell(cell.strategy, cell.workload), found.parallelism == .parallel,
                  let speedup = found.speedup, speedup > quota else { return nil }
            return "\(cell.strategy.rawValue)/\(cell.workload.rawValue) \(figure(speedup))"
        }
        if let native = findings.nativeRelease, native.vsSequential[.threads] == .faster, let speedup = native.speedups[.threads], speedup > quota {
            bursts.append("native/threads \(figure(speedup))")
        }
        if let demo = findings.processDemo, demo.parallelism == .parallel, let speedup = demo.speedup, speedup > quota {
            bursts.append("demo \(figure(speedup))")
        }
        // The sweep's points are single runs: only a gain beyond the single-run effect counts.
        for point in findings.sweep?.points ?? [] where point.workers > 1 {
            if let speedup = point.speedup, speedup > quota * (1 + Thresholds.minimumEffectOfSingleRuns) {
                bursts.append("sweep/\(point.workers) \(figure(speedup))")
            }
        }
        return bursts.isEmpty ? nil : RunWarning(kind: .quotaBursts, subject: bursts.joined(separator: ", "), value: quota)
    }
}
