import Results

/// `diff`'s plots: for each workload and strategy, every machine's median as a bar (wall time for I/O-bound
/// work, time per 10⁹ iterations for CPU-bound work, as the tables compare them), so the machines read side
/// by side. The tables above them keep every number.
enum DiffCharts {
    /// An x-axis label short enough that the machines' labels do not run into each other in a 700 px
    /// chart (about 8 px a character at xychart's 14 px font).
    static func axisLabel(_ label: String, machines: Int) -> String {
        let room = max(6, 700 / max(machines, 1) / 8)
        return label.count <= room ? label : String(label.prefix(room - 1)) + "…"
    }

    static func charts(workload: WorkloadID, rows: [DiffRow], columns: [(name: String, results: Results)]) -> [String] {
        let measure: DiffChange.Measure = workload == .cpu ? .secondsPerGigaIteration : .wallSeconds
        return rows.compactMap { row -> String? in
            guard row.cells.contains(where: { $0 != nil }) else { return nil }
            let medians = zip(row.cells, columns).map { cell, column -> Double in
                guard let cell else { return 0 }
                let samples = DiffRow.samples(cell, column.results, measure)
                return samples.isEmpty ? 0 : Summary.median(of: samples)
            }
            return XYChart(
                title: "\(DiffText.workloadTitle(workload)), \(row.key.strategy.rawValue): "
                    + (measure == .wallSeconds ? "median wall time" : "median time per 10⁹ iterations"),
                xTitle: "machine",
                categories: columns.map { axisLabel($0.name, machines: columns.count) },
                yTitle: "seconds",
                series: [.init(kind: .bar, values: medians)]
            ).mermaidBlock
        }
    }
}
