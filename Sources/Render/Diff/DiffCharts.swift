import Results

/// `diff`'s plots: for each workload and strategy, the median wall time of every machine as a bar, so
/// the machines read side by side. The tables above them keep every number.
enum DiffCharts {
    /// An x-axis label short enough that the machines' labels do not run into each other in a 700 px
    /// chart (about 8 px a character at xychart's 14 px font).
    static func axisLabel(_ label: String, machines: Int) -> String {
        let room = max(6, 700 / max(machines, 1) / 8)
        return label.count <= room ? label : String(label.prefix(room - 1)) + "…"
    }

    static func charts(workload: WorkloadID, rows: [DiffRow], columns: [String]) -> [String] {
        rows.compactMap { row -> String? in
            guard row.cells.contains(where: { $0 != nil }) else { return nil }
            return XYChart(
                title: "\(DiffText.workloadTitle(workload)), \(row.key.strategy.rawValue): median wall time",
                xTitle: "machine",
                categories: columns.map { axisLabel($0, machines: columns.count) },
                yTitle: "seconds",
                series: [.init(kind: .bar, values: row.cells.map { $0.map { $0.runs.isEmpty ? 0 : $0.summary.median } ?? 0 })]
            ).mermaidBlock
        }
    }
}
