/// What this executable carries inside it, so that a copied binary needs no files beside it but its
/// worker: the shipped templates and the facts of its own build. Both are generated from the checkout at
/// build time by `Plugins/EmbedBuildFacts`.
public enum BuiltIn {
    /// The shipped templates of one language (`templates/<language>/*.md`), in file-name order, each named
    /// by its path in the repository so that messages point at the file to edit.
    public static func templates(language: String) -> [(name: String, text: String)] {
        embeddedTemplates
            .filter { $0.path.hasPrefix(language + "/") && !$0.path.dropFirst(language.count + 1).contains("/") }
            .map { (name: "templates/" + $0.path, text: $0.text) }
    }

    /// The commit the executable was built from (12 hex digits, `-dirty` with uncommitted changes), or
    /// "unknown" when it was built outside a git checkout.
    public static let commit = embeddedCommit

    /// The Swift compiler that built it, e.g. "6.3.1 (swift-6.3.1-RELEASE)".
    public static let swiftVersion = embeddedSwiftVersion
}
