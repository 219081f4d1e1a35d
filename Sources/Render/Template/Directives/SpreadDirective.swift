import Analysis
import Results

/// ```` ```concreport spread ````: every cell's runs — strategy, workload, measured runs, warm-up runs,
/// median, MAD, min–max and outliers, in seconds as bare numbers (the headers carry the unit).
struct SpreadDirective: Directive {
    static let optionKeys = ["columns"] + StrategyLabels.strategyKeys + StrategyLabels.workloadKeys
    static let defaultColumns = ["Strategy", "Workload", "Runs", "Warm-ups", "Median (s)", "MAD (s)", "Min–max (s)", "Outliers"]

    let table: DirectiveTable
    let labels: StrategyLabels

    init(_ call: DirectiveCall) throws(TemplateError) {
        try call.checkOptions(allowed: Self.optionKeys)
        if call.argument != nil { _ = try call.requireArgument(among: []) }
        table = try DirectiveTable(call, defaults: Self.defaultColumns,
                                   alignments: [":---", ":---", "---:", "---:", "---:", "---:", "---:", "---:"])
        labels = try StrategyLabels(call, directive: "spread", workloads: true)
    }

    /// "—" for a single run: one run has no spread, and 0.000 would claim a perfectly quiet cell.
    static func mad(_ cell: CellFindings) -> String {
        cell.runs > 1 ? Seconds.text(cell.summary.mad) : "—"
    }

    func markdown(for facts: PostFacts) throws(TemplateError) -> String {
        table.markdown(rows: WorkloadID.allCases.flatMap { workload in
            StrategyID.allCases.compactMap { strategy -> [String]? in
                guard let cell = facts.findings.cell(strategy, workload) else { return nil }
                let s = cell.summary
                return [labels.label(strategy), labels.label(workload), String(cell.runs), String(cell.warmupRuns),
                        Seconds.text(s.median), Self.mad(cell), "\(Seconds.text(s.min))–\(Seconds.text(s.max))",
                        String(s.outliers.count)]
            }
        })
    }
}
