import Analysis
import Results

extension ResultsDiff {
    /// The comparison as a Markdown document: machines, settings, then per workload and strategy the
    /// medians side by side with their ratio to the first file, flagged where they exceed the noise.
    public func markdown() -> String {
        guard let baseline = columns.first else { return "# concreport diff\n\nNo results files given.\n" }
        if columns.count >= FleetTables.minimumFiles { return fleetMarkdown(baseline: baseline.name) }
        var sections = ["# concreport diff", introduction(baseline: baseline.name), filesSection()]
        sections.append("## Machines\n\n" + MachineFactsRows.table(columns).markdown)
        sections.append(settingsSection())
        for workload in WorkloadID.allCases {
            let workloadRows = rows.filter { $0.key.workload == workload }
            guard !workloadRows.isEmpty else { continue }
            sections.append("## \(DiffText.workloadTitle(workload)) workload\n\n" + cellsTable(workloadRows).markdown)
            sections += DiffCharts.charts(workload: workload, rows: workloadRows, columns: columns)
        }
        if let experiments = GILExperimentRows.table(columns) {
            sections.append("## GIL experiments\n\nMedians over each figure's samples (round trips, or interleaved rounds), "
                + "flagged by the same noise rule; not part of `--fail-above`.\n\n" + experiments.markdown)
        }
        if let server = ServerRows.table(columns) {
            sections.append("## Server section\n\nconcreport's own server under the same load in each file: requests per second and "
                + "the p99 latency (one figure per file, so only a large difference is flagged), `/health` during the load "
                + "(medians of its polls); ratios are per request (above 1: slower), flagged by the same noise rule; not part of "
                + "`--fail-above`.\n\n" + server.markdown)
        }
        sections.append(flaggedSection())
        if let notes = notesSection() { sections.append(notes) }
        return sections.joined(separator: "\n\n").replacingTrailingNewlines() + "\n"
    }

    /// Four files or more: machines as rows, ranked, then each workload with a row per machine. The wide
    /// per-figure tables of the GIL experiments and the server are left to `--format json` and to diffs of
    /// fewer files.
    private func fleetMarkdown(baseline: String) -> String {
        var sections = ["# concreport diff: a fleet of \(columns.count) machines", introduction(baseline: baseline)]
        sections.append("## Ranking\n\nMachines ranked by one core's speed on the calibrated kernel. The best CPU speedup "
            + "is the thread or process pool's over sequential on that machine; async I/O ÷ one wait is 1.00 when every "
            + "wait overlapped; `/health` is its 99th percentile (or its slowest poll, with the count, below "
            + "\(Thresholds.minimumSamplesForPercentile99) polls) while the server computed on its process pool.\n\n"
            + FleetTables.ranking(columns).markdown)
        sections.append("## Machines\n\n" + FleetTables.machines(columns, files: inputs.map(\.name)).markdown)
        sections.append(settingsSummary())
        for workload in WorkloadID.allCases {
            let workloadRows = rows.filter { $0.key.workload == workload }
            guard !workloadRows.isEmpty else { continue }
            let unit = workload == .cpu ? "seconds per 10⁹ iterations" : "median wall time"
            sections.append("## \(DiffText.workloadTitle(workload)) workload\n\nEach cell: the \(unit), and its ratio to "
                + "\(text(baseline)).\n\n" + FleetTables.workload(workloadRows, columns: columns).markdown)
        }
        sections.append(flaggedSection())
        if let notes = notesSection() { sections.append(notes) }
        return sections.joined(separator: "\n\n").replacingTrailingNewlines() + "\n"
    }

    /// The settings in a fleet: only the differences, one line each.
    private func settingsSummary() -> String {
        let baseline = columns[0].name
        var lines: [String] = []
        for (index, differences) in settingsDifferences.enumerated() {
            for difference in differences {
                lines.append("- \(text(columns[index + 1].name)) has \(difference.field) = \(text(difference.otherValue)), "
                    + "\(text(baseline)) has \(text(difference.baselineValue)): \(difference.consequence).")
            }
        }
        return "## Settings\n\n" + (lines.isEmpty ? "All files used the same settings." : lines.joined(separator: "\n"))
    }

    private func introduction(baseline: String) -> String {
        let drift = Int((Thresholds.betweenRunDrift * 100).rounded())
        var text = """
        Compares \(inputs.count) results files, each named by its machine's label. The first, \(self.text(baseline)), is the baseline: each ratio is \
        another file's median divided by the baseline's, so above 1.00× is slower. I/O-bound runs are compared by their wall \
        times, since every machine waits the same. CPU-bound runs are compared by their time per 10⁹ iterations of the \
        calibrated kernel: each machine sizes its task to take the same time on its own core, so equal wall times say \
        nothing, and a faster core shows below 1.00×. A difference is flagged (▲ slower, ▼ faster) only when it exceeds \
        both runs' own noise (the rule the post's verdicts use: medians at least \(Int(Thresholds.minimumEffect * 100)) % apart; \
        with at least \(Thresholds.minimumRunsForRankTest) repetitions on each side a two-sided Mann–Whitney U test, \
        α = \(Thresholds.alpha), and medians further apart than either MAD; with fewer, min–max ranges, outliers left out, that do not overlap) \
        **and** the \(drift) % by which one machine's medians drift between runs minutes apart (docs/fleet.md), and, for a \
        latency, only when its median moved by \(Thresholds.negligibleLatencyShiftMs) ms or more.
        """
        if inputs.contains(where: { $0.results.settings.quick }) {
            text += "\n\nSome files come from `--quick` runs: their runs are too short and too few for a firm comparison, "
                + "so every flag that involves one is marked indicative."
        }
        return text
    }

    /// The file behind each column, listed once, and which tool versions wrote them: files of one schema
    /// version compare field by field whichever version measured them.
    private func filesSection() -> String {
        let lines = zip(columns, inputs).enumerated().map { index, pair in
            "\(index + 1). \(text(pair.0.name)): \(text(pair.1.name)), measured by concreport \(text(pair.1.results.tool.version))"
        }
        let versions = toolVersions
        let schema = inputs.first?.results.schemaVersion ?? Results.currentSchemaVersion
        let verdict = versions.count > 1
            ? "The files come from \(versions.count) tool versions (\(versions.map(text).joined(separator: ", "))) that write the same "
                + "schema, version \(schema), so every figure is read the same way and compared as it stands; "
                + "a change in how a version measures shows here as a difference."
            : "Every file comes from concreport \(text(versions.first ?? "")), schema version \(schema)."
        return "## Files\n\n" + lines.joined(separator: "\n") + "\n\n" + verdict
    }

    private func settingsSection() -> String {
        var table = DiffTable(header: ["Setting"] + columns.map(\.name))
        for field in SettingsDifference.fields {
            table.append([field.name] + inputs.map { field.value($0.results.settings) })
        }
        var lines: [String] = []
        let baseline = columns[0].name
        for (index, differences) in settingsDifferences.enumerated() {
            let other = columns[index + 1].name
            for difference in differences {
                lines.append("- **Warning:** \(text(other)) has \(difference.field) = \(text(difference.otherValue)), "
                    + "\(text(baseline)) has \(text(difference.baselineValue)): \(difference.consequence).")
            }
        }
        let verdict = lines.isEmpty
            ? "All files used the same settings."
            : "**Warning:** the settings differ; only cells measured the same way are compared.\n\n"
                + lines.joined(separator: "\n")
        return "## Settings\n\n" + table.markdown + "\n\n" + verdict
    }

    private func cellsTable(_ rows: [DiffRow]) -> DiffTable {
        let baseline = columns[0].name
        let cpu = rows.first?.key.workload == .cpu
        let what = cpu ? "s per 10⁹ iterations" : "median ± MAD"
        var table = DiffTable(header: ["Strategy"] + columns.map { "\($0.name) \(what)" }
            + columns.dropFirst().map { "\($0.name) ÷ \(baseline)" })
        for row in rows {
            let medians = zip(row.cells, columns).map { cell, column in
                cell.map { c -> String in
                    guard !c.runs.isEmpty else { return "no runs" }
                    let measure: DiffChange.Measure = cpu ? .secondsPerGigaIteration : .wallSeconds
                    let samples = DiffRow.samples(c, column.results, measure)
                    guard !samples.isEmpty else { return "no work recorded" }
                    let summary = Summary(samples)
                    return "\(NumberText.seconds(summary.median)) ± \(NumberText.seconds(summary.mad)) (n = \(summary.count))"
                } ?? "—"
            }
            let ratios = row.outcomes.map { outcome -> String in
                switch outcome {
                case let .skipped(reason): return "not compared: \(reason)"
                case let .compared(change):
                    let difference: Difference = change.flagged ? (change.ratio > 1 ? .slower : .faster) : .same
                    return NumberText.ratio(change.ratio) + DiffNumber.flag(difference, indicative: change.indicative)
                }
            }
            table.append([row.key.strategy.rawValue] + medians + ratios)
        }
        return table
    }

    private func flaggedSection() -> String {
        let flagged = changes.filter(\.flagged)
        guard !flagged.isEmpty else {
            return "## Flagged changes\n\nNone: every difference compared is within the runs' own noise or the drift between runs."
        }
        let lines = flagged.map { change in
            let unit = change.measure == .secondsPerGigaIteration ? " per 10⁹ iterations" : ""
            return "- \(DiffText.workloadTitle(change.workload)), \(change.strategy.rawValue): \(text(change.otherFile)) "
                + "\(NumberText.ratio(change.ratio)) of \(text(change.baselineFile)) "
                + "(\(NumberText.seconds(change.baselineMedian)) → \(NumberText.seconds(change.otherMedian))\(unit), "
                + "\(NumberText.signedPercent(change.slowdownPercent)))\(change.indicative ? ", indicative (`--quick`)" : ""); \(text(change.reason))."
        }
        return "## Flagged changes\n\n" + lines.joined(separator: "\n")
    }

    private func notesSection() -> String? {
        let notes = throttlingWarnings.map { "- \(text($0))." } + rows.flatMap { row in
            row.notes.map { "- \(DiffText.workloadTitle(row.key.workload)), \(row.key.strategy.rawValue): \(text($0))." }
        }
        return notes.isEmpty ? nil : "## Notes\n\n" + notes.joined(separator: "\n")
    }

    /// A value in running text: escaped like a table cell, so no file name or reason becomes markup.
    private func text(_ value: String) -> String { DiffTable.escape(value) }
}

private extension String {
    func replacingTrailingNewlines() -> String {
        var trimmed = self
        while trimmed.hasSuffix("\n") { trimmed.removeLast() }
        return trimmed
    }
}
