import Analysis
import Results

/// Two or more results files compared cell by cell against the first: what `concreport diff`
/// prints.
public struct ResultsDiff: Sendable {
    /// The files in the order given; the first is the baseline.
    public let inputs: [(name: String, results: Results)]
    /// The same files named by their machine labels (`Results.machineLabel`), numbered by position
    /// where two share one: the headings of every column, chart bar and flag.
    public let columns: [(name: String, results: Results)]
    /// For each file after the first, how its settings differ from the baseline's.
    public let settingsDifferences: [[SettingsDifference]]
    /// One row per workload × strategy found in any file, in workload then strategy order.
    let rows: [DiffRow]

    public init(_ inputs: [(name: String, results: Results)]) {
        self.inputs = inputs
        let columns = Self.labelled(inputs.map(\.results))
        self.columns = columns
        guard let baseline = columns.first else {
            settingsDifferences = []
            rows = []
            return
        }
        let others = Array(columns.dropFirst())
        let differences = others.map { SettingsDifference.between(baseline.results.settings, $0.results.settings) }
        settingsDifferences = differences
        let keys = Set(inputs.flatMap { $0.results.comparison.cells.map { DiffRow.Key(workload: $0.workload, strategy: $0.strategy) } })
        rows = keys.sorted().map { key in
            DiffRow(key: key, baseline: baseline, others: others, settingsDifferences: differences)
        }
    }

    /// Each file's label. Where several files share one, each gets its measurement time (`laptop,
    /// 2026-12-07 18:30:05`), which tells runs and machines apart without naming the host; files that still
    /// share a label get their position (`laptop (1)`).
    static func labelled(_ files: [Results]) -> [(name: String, results: Results)] {
        func count(_ label: String, in labels: [String]) -> Int { labels.filter { $0 == label }.count }
        let plain = files.map(\.machineLabel)
        let dated = files.enumerated().map { index, results in
            count(plain[index], in: plain) > 1 ? "\(plain[index]), \(measuredTime(results.measuredAt))" : plain[index]
        }
        return files.enumerated().map { index, results in
            let label = dated[index]
            return (count(label, in: dated) > 1 ? "\(label) (\(index + 1))" : label, results)
        }
    }

    /// `2026-11-25T18:30:00+09:00` → `2026-11-25 18:30:00` (the machine's own clock, as recorded).
    static func measuredTime(_ iso8601: String) -> String {
        let characters = Array(iso8601)
        guard characters.count >= 19 else { return iso8601 }
        return String(characters[0..<10]) + " " + String(characters[11..<19])
    }

    /// The tool versions that wrote the files, in order of first appearance.
    public var toolVersions: [String] {
        var seen: [String] = []
        for input in inputs where !seen.contains(input.results.tool.version) { seen.append(input.results.tool.version) }
        return seen
    }

    /// Every cell compared, whether flagged or not.
    public var changes: [DiffChange] {
        rows.flatMap { $0.outcomes.compactMap(\.change) }
    }

    /// One line per file whose settings keep some of its cells from being compared (for stderr, by path).
    public var settingsWarnings: [String] {
        zip(inputs.dropFirst(), settingsDifferences).compactMap { input, differences in
            let excluding = differences.filter { $0.scope != .none }
            guard !excluding.isEmpty, let baseline = inputs.first else { return nil }
            let fields = excluding.map(\.field).joined(separator: ", ")
            return "\(input.name) was measured with other settings than \(baseline.name) (\(fields)); only cells measured the same way are compared"
        }
    }

    /// One line per file that its cgroup CPU quota throttled (for the notes and stderr).
    public var throttlingWarnings: [String] {
        columns.compactMap { input in
            guard let throttling = input.results.throttling, throttling.wasThrottled else { return nil }
            return "\(input.name) was throttled by its cgroup CPU quota (\(MachineFactsRows.throttling(input.results))); "
                + "its times include waits for quota"
        }
    }

    /// Flagged changes where a file is slower than the baseline.
    public var slowdowns: [DiffChange] { changes.filter(\.isSlowdown) }

    /// Whether any firm flagged slowdown exceeds `percent` (`--fail-above PCT`). Indicative flags (a
    /// `--quick` file) never fail the gate: their runs cannot tell drift from a change.
    public func hasSlowdown(above percent: Double) -> Bool {
        slowdowns.contains { !$0.indicative && $0.slowdownPercent > percent }
    }
}

/// One workload × strategy: the cell of every file and its comparison with the baseline.
struct DiffRow: Sendable {
    struct Key: Hashable, Comparable, Sendable {
        var workload: WorkloadID
        var strategy: StrategyID

        static func < (lhs: Key, rhs: Key) -> Bool {
            (lhs.workload, lhs.strategy) < (rhs.workload, rhs.strategy)
        }
    }

    enum Outcome: Sendable {
        case compared(DiffChange)
        case skipped(String)

        var change: DiffChange? {
            if case let .compared(change) = self { return change }
            return nil
        }
    }

    var key: Key
    /// The cell of each file, baseline first; nil where a file lacks it.
    var cells: [Cell?]
    /// For each file after the first.
    var outcomes: [Outcome]
    /// Differences that do not prevent the comparison but the reader should know.
    var notes: [String]

    init(key: Key, baseline: (name: String, results: Results), others: [(name: String, results: Results)],
         settingsDifferences: [[SettingsDifference]]) {
        self.key = key
        let base = baseline.results.comparison.cell(key.strategy, key.workload)
        cells = [base] + others.map { $0.results.comparison.cell(key.strategy, key.workload) }
        var notes: [String] = []
        outcomes = zip(others, settingsDifferences).map { other, differences in
            let cell = other.results.comparison.cell(key.strategy, key.workload)
            if let base, let cell, base.workers != cell.workers {
                notes.append("\(other.name) ran on \(cell.workers) \(cell.workers == 1 ? "worker" : "workers"), \(baseline.name) on \(base.workers) (pools follow the usable cores)")
            }
            return DiffRow.compare(key, baseline: baseline, other: other, differences: differences)
        }
        self.notes = notes
    }

    private static func compare(_ key: Key, baseline: (name: String, results: Results), other: (name: String, results: Results),
                                differences: [SettingsDifference]) -> Outcome {
        guard let base = baseline.results.comparison.cell(key.strategy, key.workload) else { return .skipped("not in \(baseline.name)") }
        guard let cell = other.results.comparison.cell(key.strategy, key.workload) else { return .skipped("not in \(other.name)") }
        if let difference = differences.first(where: { $0.excludes(key.workload, key.strategy) }) {
            return .skipped("settings differ (\(difference.field))")
        }
        guard base.tasks == cell.tasks else {
            return .skipped("\(cell.tasks) tasks vs \(base.tasks)")
        }
        guard !base.runs.isEmpty, !cell.runs.isEmpty, base.summary.median > 0 else {
            return .skipped("no repetitions")
        }
        let measure: DiffChange.Measure = key.workload == .cpu ? .secondsPerGigaIteration : .wallSeconds
        if measure == .secondsPerGigaIteration, baseline.results.calibration.kernel != other.results.calibration.kernel {
            return .skipped("another CPU kernel (\(other.results.calibration.kernel))")
        }
        let (was, now) = (samples(base, baseline.results, measure), samples(cell, other.results, measure))
        guard !was.isEmpty, !now.isEmpty, Summary.median(of: was) > 0 else { return .skipped("no work recorded") }
        let quick = baseline.results.settings.quick || other.results.settings.quick
        let outcome = MachineComparison.compare(baseline: was, other: now, quick: quick)
        let (wasMedian, nowMedian) = (Summary.median(of: was), Summary.median(of: now))
        return .compared(DiffChange(
            workload: key.workload, strategy: key.strategy, baselineFile: baseline.name, otherFile: other.name,
            measure: measure, baselineMedian: wasMedian, otherMedian: nowMedian, ratio: nowMedian / wasMedian,
            flagged: outcome.flagged, indicative: outcome.indicative, reason: DiffText.reason(outcome.reason)
        ))
    }

    /// A cell's runs in the unit compared: wall seconds, or for CPU-bound work seconds per 10⁹ iterations
    /// of the file's own calibrated task.
    static func samples(_ cell: Cell, _ results: Results, _ measure: DiffChange.Measure) -> [Double] {
        switch measure {
        case .wallSeconds:
            return cell.runs.map(\.wallSeconds)
        case .secondsPerGigaIteration:
            let iterations = Double(cell.tasks) * Double(results.calibration.iterationsPerTask)
            guard iterations > 0 else { return [] }
            return cell.runs.map { $0.wallSeconds / iterations * 1e9 }
        }
    }
}
