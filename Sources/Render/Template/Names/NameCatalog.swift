/// Every name a template may use, declared once (see `NameFamily`).
enum NameCatalog {
    static let families: [NameFamily] = run + machine + settings + cells + lock + timeline + demos + sweep + python
        + convoy + switchSweep + nativeRelease + server + warnings

    /// Every name with its format and how its value is computed: templates are checked against the
    /// formats before anything is measured, and `PostFacts` computes a value when a template asks for it.
    static let declarations: [String: (format: ValueFormat, compute: NameFamily.Compute)] = {
        var declarations: [String: (format: ValueFormat, compute: NameFamily.Compute)] = [:]
        for family in families {
            for member in family.members {
                precondition(declarations[member.name] == nil, "\(member.name) is declared twice")
                declarations[member.name] = (family.format, member.compute)
            }
        }
        return declarations
    }()

    /// Every name with its format, for checking templates before anything is measured.
    static let formats: [String: ValueFormat] = declarations.mapValues(\.format)

    /// The names table of `docs/templates.md`: one row per declaration, as the docs show it.
    static var markdownTable: String {
        var lines = ["| Name | Format | Meaning |", "|:---|:---|:---|"]
        for family in families {
            lines.append("| `\(family.pattern)` | \(family.format.description) | \(family.meaning.replacingOccurrences(of: "|", with: "\\|")) |")
        }
        return lines.joined(separator: "\n")
    }
}
