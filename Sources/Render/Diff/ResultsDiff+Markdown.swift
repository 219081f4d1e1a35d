import Analysis
import Results

extension ResultsDiff {
    /// The comparison as a Markdown document: machines, settings, then per workload and strategy the
    /// medians side by side with their ratio to the first file, flagged where they exceed the noise.
    public func markdown() -> String {
        guard let baseline = columns.first else { return "# concreport diff\n\nNo results files given.\n" }
        var sections = ["# concreport diff", introduction(baseline: baseline.name), filesSection()]
        sections.append("## Machines\n\n" + MachineFactsRows.table(columns).markdown)
        sections.append(settingsSection())
        for workload in WorkloadID.allCases {
            let workloadRows = rows.filter { $0.key.workload == workload }
            guard !workloadRows.isEmpty else { continue }
            sections.append("## \(DiffText.workloadTitle(workload)) workload\n\n" + cellsTable(workloadRows).markdown)
            sections += DiffCharts.charts(workload: workload, rows: workloadRows, columns: columns.map(\.name))
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

    private func introduction(baseline: String) -> String {
        """
        Compares \(inputs.count) results files, each named by its machine's label. The first, \(text(baseline)), is the baseline: each ratio is \
        another file's median wall time divided by the baseline's, so above 1.00× is slower. A difference is \
        flagged (▲ slower, ▼ faster) only when it exceeds both runs' own noise: the medians differ by at least \
        \(Int(Thresholds.minimumEffect * 100)) %, and with at least \(Thresholds.minimumRunsForRankTest) repetitions on \
        each side a two-sided Mann–Whitney U test (α = \(Thresholds.alpha)) and medians further apart than either \
        MAD; with fewer, min–max ranges that do not overlap. The post's own verdicts use the same rule.
        """
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
        var table = DiffTable(header: ["Strategy"] + columns.map { "\($0.name) median ± MAD" }
            + columns.dropFirst().map { "\($0.name) ÷ \(baseline)" })
        for row in rows {
            let medians = row.cells.map { cell in
                cell.map { c in
                    c.runs.isEmpty ? "no runs"
                        : "\(DiffNumber.seconds(c.summary.median)) ± \(DiffNumber.seconds(c.summary.mad)) (n = \(c.summary.count))"
                } ?? "—"
            }
            let ratios = row.outcomes.map { outcome -> String in
                switch outcome {
                case let .skipped(reason): return "not compared: \(reason)"
                case let .compared(change):
                    let ratio = DiffNumber.ratio(change.ratio)
                    guard change.flagged else { return ratio }
                    return ratio + (change.ratio > 1 ? " ▲ slower" : " ▼ faster")
                }
            }
            table.append([row.key.strategy.rawValue] + medians + ratios)
        }
        return table
    }

    private func flaggedSection() -> String {
        let flagged = changes.filter(\.flagged)
        guard !flagged.isEmpty else {
            return "## Flagged changes\n\nNone: every difference compared is within the runs' own noise."
        }
        let lines = flagged.map { change in
            "- \(DiffText.workloadTitle(change.workload)), \(change.strategy.rawValue): \(text(change.otherFile)) "
                + "\(DiffNumber.ratio(change.ratio)) of \(text(change.baselineFile)) "
                + "(\(DiffNumber.seconds(change.baselineMedianSeconds)) → \(DiffNumber.seconds(change.otherMedianSeconds)), "
                + "\(DiffNumber.percent(change.slowdownPercent))); \(text(change.reason))."
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
