import Analysis
import Results

/// ```` ```concreport comparison ````: one row per strategy — on each workload the median ± MAD (bare seconds:
/// the headers carry the unit in the post's language) and how it
/// compares with sequential, in the words the template gives per verdict (`faster`, `same`, `slower`, with
/// a `{speedup}` slot) and `baseline` for the sequential row itself.
struct ComparisonDirective: Directive {
    static let verdictKeys = ["baseline"] + Difference.allCases.map(\.rawValue)
    static let optionKeys = ["columns"] + StrategyLabels.strategyKeys + verdictKeys
    static let defaultColumns = ["Strategy", "I/O-bound (s)", "vs sequential", "CPU-bound (s)", "vs sequential"]

    let location: SourceLocation
    let table: DirectiveTable
    let labels: StrategyLabels
    let words: [String: String]

    init(_ call: DirectiveCall) throws(TemplateError) {
        try call.checkOptions(allowed: Self.optionKeys)
        if call.argument != nil { _ = try call.requireArgument(among: []) }
        location = call.location
        table = try DirectiveTable(call, defaults: Self.defaultColumns, alignments: [":---", "---:", "---:", "---:", "---:"])
        labels = try StrategyLabels(call, directive: "comparison", workloads: false)
        var words: [String: String] = [:]
        for key in Self.verdictKeys {
            guard let text = call.option(key) else {
                throw .missingOption(at: call.location.description, directive: "comparison", key: key)
            }
            words[key] = text
        }
        self.words = words
    }

    func markdown(for facts: PostFacts) throws(TemplateError) -> String {
        table.markdown(rows: StrategyID.allCases.map { strategy in
            [labels.label(strategy)] + WorkloadID.allCases.flatMap { workload in
                guard let cell = facts.findings.cell(strategy, workload) else { return ["n/a", "n/a"] }
                let key = strategy == .sequential ? "baseline" : cell.vsSequential.rawValue
                let speedup = cell.speedup.map { NumberText.fixed($0, decimals: 2) } ?? "n/a"
                return ["\(Seconds.text(cell.summary.median)) ± \(SpreadDirective.mad(cell))",
                        (words[key] ?? "").replacingOccurrences(of: "{speedup}", with: speedup)]
            }
        })
    }
}
