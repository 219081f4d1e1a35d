import Analysis
import Results

/// What a post knows of one run: the measurements, what the analysis concluded from them, where the posts
/// live, and every value a template can name, as the declarations of `NameCatalog` compute it. The set of
/// names is the same for every results file (a value that was not measured is `missing`), so a typo is
/// caught on any machine.
public struct PostFacts: Sendable {
    public let results: Results
    public let findings: Findings
    public let links: PostLinks

    public init(_ results: Results, links: PostLinks = PostLinks()) {
        self.results = results
        findings = Findings(results)
        self.links = links
    }

    /// The value a template names, computed when asked (a post asks for a few hundred of the catalog's
    /// names); nil for a name no declaration makes.
    subscript(name: String) -> TemplateValue? {
        guard let declaration = NameCatalog.declarations[name] else { return nil }
        return declaration.format.value(declaration.compute(self))
    }

    /// Every name a template may use, sorted.
    var names: [String] { NameCatalog.declarations.keys.sorted() }
}
