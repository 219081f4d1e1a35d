import Analysis
import Results

/// ```` ```concreport plot sweep ```` and ```` ```concreport plot comparison.io ```` (`comparison.cpu`):
/// `xychart-beta` plots beside the tables. `sweep`: the measured speedup per worker count as bars, the
/// ideal min(workers, usable cores) as a line. `comparison.<w>`: the median wall time per strategy on one
/// workload as bars (strategy names from the options, as in `comparison`).
struct PlotDirective: Directive {
    static let arguments = ["sweep"] + WorkloadID.allCases.map { "comparison.\($0.rawValue)" }
    static let optionKeys = ["title", "x", "y"] + StrategyLabels.strategyKeys

    let argument: String
    let location: SourceLocation
    let title: String
    let xTitle: String?
    let yTitle: String?
    let labels: StrategyLabels?

    init(_ call: DirectiveCall) throws(TemplateError) {
        try call.checkOptions(allowed: Self.optionKeys)
        argument = try call.requireArgument(among: Self.arguments)
        location = call.location
        title = call.option("title") ?? ""
        xTitle = call.option("x")
        yTitle = call.option("y")
        labels = argument == "sweep" ? nil : try StrategyLabels(call, directive: "plot", workloads: false)
    }

    func markdown(for facts: PostFacts) throws(TemplateError) -> String {
        if argument == "sweep" {
            guard let sweep = facts.findings.sweep else {
                throw .missingData(at: location.description, reason: "these results hold no core sweep")
            }
            return XYChart(title: title, xTitle: xTitle ?? "workers", categories: sweep.points.map { String($0.workers) },
                           yTitle: yTitle ?? "speedup (×)",
                           series: [.init(kind: .bar, values: sweep.points.map { $0.speedup ?? 0 }),
                                    .init(kind: .line, values: sweep.points.map(\.idealSpeedup))]).mermaidBlock
        }
        let workload = WorkloadID(rawValue: String(argument.dropFirst("comparison.".count)))!
        let cells: [(strategy: StrategyID, cell: CellFindings)] = StrategyID.allCases.compactMap { strategy in
            facts.findings.cells[workload]?[strategy].map { (strategy, $0) }
        }
        guard !cells.isEmpty else {
            throw .missingData(at: location.description, reason: "these results hold no \(workload.rawValue) cells")
        }
        return XYChart(title: title, xTitle: xTitle ?? "strategy",
                       categories: cells.map { labels?.label($0.strategy) ?? $0.strategy.rawValue },
                       yTitle: yTitle ?? "median wall time (s)",
                       series: [.init(kind: .bar, values: cells.map(\.cell.summary.median))]).mermaidBlock
    }
}
