import Analysis
import Foundation
import Results

/// ```` ```concreport throttling ````: the cgroup quota's throttling section by section (`cpu.stat` read
/// before and after each), so a reader sees which measurements waited for quota and which did not. One
/// option per section names it in the post's language.
struct ThrottlingDirective: Directive {
    static let defaultLabels: [MeasuredSection: String] = [
        .comparison: "the comparison", .timeline: "the timeline", .gather: "the gather demo",
        .processDemo: "the process demo", .coreSweep: "the core sweep", .convoy: "the convoy",
        .nativeRelease: "native release", .server: "the server", .python: "CPython, CPU-bound",
        .pythonConvoy: "CPython, convoy", .pythonServer: "the FastAPI app",
    ]
    static let optionKeys = ["columns"] + MeasuredSection.allCases.map(\.rawValue)
    static let defaultColumns = ["Part of the run", "Quota periods", "Periods that ran out", "Throttled (CPU s)"]

    let call: DirectiveCall
    let table: DirectiveTable

    init(_ call: DirectiveCall) throws(TemplateError) {
        try call.checkOptions(allowed: Self.optionKeys)
        if call.argument != nil { _ = try call.requireArgument(among: []) }
        self.call = call
        table = try DirectiveTable(call, defaults: Self.defaultColumns, alignments: [":---", "---:", "---:", "---:"])
    }

    func markdown(for facts: PostFacts) throws(TemplateError) -> String {
        table.markdown(rows: facts.findings.machine.throttlingBySection.map { section, throttling in
            [call.option(section.rawValue) ?? Self.defaultLabels[section] ?? section.rawValue,
             String(throttling.periods), String(throttling.throttledPeriods), Seconds.text(throttling.throttledSeconds)]
        })
    }
}
