/// What this executable carries inside it, so that a copied binary needs no files beside it but its
/// worker: the shipped templates and the facts of its own build. Both are generated from the checkout at
/// build time by `Plugins/EmbedBuildFacts`.
public enum BuiltIn {
    /// The shipped templates of one language, in file-name order, each named by its path in the repository
    /// so that messages point at the file to edit: the post (`templates/<language>/*.md`), or with
    /// `folder` a set beside it (`templates/<language>/companion/*.md`).
    public static func templates(language: String, folder: String? = nil) -> [(name: String, text: String)] {
        let prefix = language + "/" + (folder.map { $0 + "/" } ?? "")
        return embeddedTemplates
            .filter { $0.path.hasPrefix(prefix) && !$0.path.dropFirst(prefix.count).contains("/") }
            .map { (name: "templates/" + $0.path, text: $0.text) }
    }

    /// The commit the executable was built from (12 hex digits, `-dirty` with uncommitted changes), or
    /// "unknown" when it was built outside a git checkout.
    public static let commit = embeddedCommit

    /// The Swift compiler that built it, e.g. "6.3.1 (swift-6.3.1-RELEASE)".
    public static let swiftVersion = embeddedSwiftVersion
}
