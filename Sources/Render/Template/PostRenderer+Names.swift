extension PostRenderer {
    /// For `--list-names` without results: every value name and every directive's usage.
    public static func names() -> [String] {
        NameCatalog.formats.keys.sorted() + DirectiveRegistry.usage.map { "```concreport " + $0 }
    }

    /// The names table of `docs/templates.md`, generated from the declarations.
    public static var namesTable: String { NameCatalog.markdownTable }
}
