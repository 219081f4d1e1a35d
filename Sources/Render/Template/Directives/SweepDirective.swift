import Foundation
import Results

/// ```` ```concreport sweep ````: one row per worker count of the core sweep — workers, wall time,
/// speedup and efficiency as `SweepFindings` computes them,
/// voluntary and involuntary context switches and migrations. Cells are bare numbers; the headers carry
/// the units, so a post's language decides how they read.
struct SweepDirective: Directive {
    static let optionKeys = ["columns"]
    static let defaultColumns = ["Workers", "Wall (s)", "Speedup (×)", "Efficiency (%)", "Voluntary switches",
                                 "Involuntary switches", "Migrations"]

    let location: SourceLocation
    let table: DirectiveTable

    init(_ call: DirectiveCall) throws(TemplateError) {
        try call.checkOptions(allowed: Self.optionKeys)
        if call.argument != nil { _ = try call.requireArgument(among: []) }
        location = call.location
        table = try DirectiveTable(call, defaults: Self.defaultColumns, alignments: Array(repeating: "---:", count: 7))
    }

    func markdown(for facts: PostFacts) throws(TemplateError) -> String {
        guard let sweep = facts.findings.sweep else {
            throw .missingData(at: location.description, reason: "these results hold no core sweep")
        }
        return table.markdown(rows: sweep.points.map { point in
            [String(point.workers), Seconds.text(point.wallSeconds),
             point.speedup.map { NumberText.fixed($0, decimals: 2) } ?? "n/a",
             point.efficiency.map { NumberText.fixed($0 * 100, decimals: 0) } ?? "n/a",
             String(point.voluntarySwitches), String(point.involuntarySwitches), String(point.migrations)]
        })
    }
}
