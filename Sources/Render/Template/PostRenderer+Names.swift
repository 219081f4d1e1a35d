extension PostRenderer {
    /// For `--list-names` without results: every value name and every directive's usage.
    public static func names() -> [String] {
        NameCatalog.declarations.keys.sorted() + DirectiveRegistry.usage.map { "```concreport " + $0 }
    }
}
