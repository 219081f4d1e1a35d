import Foundation
import Results

/// ```` ```concreport corebusy ````: how long each CPU ran the sweep's workers (the sum of their sampled
/// slices on it) and that time's share of the sweep's wall time — the scheduler's load balancing, seen.
/// Usable CPUs that never ran a worker are listed with 0.
struct CoreBusyDirective: Directive {
    static let optionKeys = ["columns"]
    static let defaultColumns = ["CPU", "Busy (s)", "Share of the sweep's wall time (%)"]

    let location: SourceLocation
    let table: DirectiveTable

    init(_ call: DirectiveCall) throws(TemplateError) {
        try call.checkOptions(allowed: Self.optionKeys)
        if call.argument != nil { _ = try call.requireArgument(among: []) }
        location = call.location
        table = try DirectiveTable(call, defaults: Self.defaultColumns, alignments: ["---:", "---:", "---:"])
    }

    func markdown(for facts: PostFacts) throws(TemplateError) -> String {
        let results = facts.results
        guard let sweep = results.coreSweep else {
            throw .missingData(at: location.description, reason: "these results hold no core sweep")
        }
        var busy = Dictionary(uniqueKeysWithValues: results.machine.affinityCPUs.map { ($0, 0.0) })
        for slice in sweep.points.flatMap(\.slices) {
            busy[slice.cpu, default: 0] += max(0, slice.endSeconds - slice.startSeconds)
        }
        let wall = sweep.points.reduce(0) { $0 + $1.wallSeconds }
        return table.markdown(rows: busy.keys.sorted().map { cpu in
            [String(cpu), Seconds.text(busy[cpu]!),
             wall > 0 ? NumberText.fixed(busy[cpu]! / wall * 100, decimals: 0) : "n/a"]
        })
    }
}
