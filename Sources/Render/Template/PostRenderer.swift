import Results

/// Fills a template set from measurements into the Markdown post. Same results, same bytes.
public struct PostRenderer: Sendable {
    let templates: TemplateSet

    public init(templates: TemplateSet) {
        self.templates = templates
    }

    /// The post: each file filled, files separated by a blank line, checked by parsing it again.
    public func markdown(for results: Results) throws -> String {
        try markdown(for: PostFacts(results))
    }

    /// The post from facts worked out beforehand, so that two posts of one run share them.
    public func markdown(for facts: PostFacts) throws -> String {
        var post = ""
        for template in templates.templates {
            let part = try TemplateFiller(template: template).fill(facts)
            guard !part.allSatisfy(\.isWhitespace) else { continue }
            if !post.isEmpty {
                if !post.hasSuffix("\n") { post += "\n" }
                if !post.hasSuffix("\n\n") { post += "\n" }
            }
            post += part
        }
        if !post.hasSuffix("\n") { post += "\n" }
        try PostChecker.check(post)
        return post
    }

    /// For `--list-names`: every value as `name = value` for these results, then every directive's usage.
    public static func names(for results: Results) -> [String] {
        let values = PostFacts(results)
        return values.names.map { "\($0) = \(values[$0]!.text)" }
            + DirectiveRegistry.usage.map { "```concreport " + $0 }
    }
}
