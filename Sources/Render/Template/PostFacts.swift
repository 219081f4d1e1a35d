import Analysis
import Results

/// What a post knows of one run: the measurements, what the analysis concluded from them, where the posts
/// live, and every value a template can name. The values are computed once, here, by the declarations of
/// `NameCatalog`; the set of names is the same for every results file (a value that was not measured is
/// `missing`), so a typo is caught on any machine.
public struct PostFacts: Sendable {
    public let results: Results
    public let findings: Findings
    public let links: PostLinks
    private var values: [String: TemplateValue] = [:]

    public init(_ results: Results, links: PostLinks = PostLinks()) {
        self.results = results
        findings = Findings(results)
        self.links = links
        // Computed from a copy without values, so that filling the dictionary never copies it.
        let measured = self
        var values: [String: TemplateValue] = [:]
        for family in NameCatalog.families {
            for member in family.members {
                values[member.name] = family.format.value(member.compute(measured))
            }
        }
        self.values = values
    }

    /// The value a template names, nil for a name no declaration makes.
    subscript(name: String) -> TemplateValue? { values[name] }

    /// Every name a template may use, sorted.
    var names: [String] { values.keys.sorted() }
}
