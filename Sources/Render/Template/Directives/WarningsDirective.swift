import Analysis
import Foundation
import Results

/// ```` ```concreport warnings ````: the run's warnings as a bullet list. Each warning kind's raw value is
/// an option holding the author's sentence, with `{subject}`, `{value}` and `{percent}` slots; `none` is
/// said when there is nothing to warn about (nothing is written without it).
struct WarningsDirective: Directive {
    static let optionKeys = ["none"] + RunWarning.Kind.allCases.map(\.rawValue)

    let call: DirectiveCall

    init(_ call: DirectiveCall) throws(TemplateError) {
        try call.checkOptions(allowed: Self.optionKeys)
        if call.argument != nil { _ = try call.requireArgument(among: []) }
        // Every kind needs a sentence, so a template cannot fail only on the machine that warns.
        for kind in RunWarning.Kind.allCases where call.option(kind.rawValue) == nil {
            throw .missingOption(at: call.location.description, directive: "warnings", key: kind.rawValue)
        }
        self.call = call
    }

    func markdown(for facts: PostFacts) throws(TemplateError) -> String {
        guard !facts.findings.warnings.isEmpty else { return call.option("none") ?? "" }
        let text = SpliceContext.text
        return facts.findings.warnings.map { warning in
            let sentence = call.option(warning.kind.rawValue) ?? ""
            return "- " + sentence
                .replacingOccurrences(of: "{subject}", with: text.escape(warning.subject ?? ""))
                .replacingOccurrences(of: "{value}", with: warning.value.map { NumberText.fixed($0, decimals: 2) } ?? "")
                .replacingOccurrences(of: "{percent}", with: warning.value.map { NumberText.fixed($0 * 100, decimals: 0) } ?? "")
        }.joined(separator: "\n")
    }
}
