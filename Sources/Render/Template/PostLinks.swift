/// Where the posts of one run live on the blog, so that each can link to the others: the original post
/// this one re-measures (the series' part 2), the post itself and its companion. Set by `--original-url`,
/// `--post-url` and `--companion-url`; the defaults are relative permalinks in the series' style
/// (`/posts/<slug>/`), which Jekyll's `permalink:` front matter in the shipped templates honours.
public struct PostLinks: Sendable, Equatable {
    public var original: String
    public var post: String
    public var companion: String

    public static let defaultOriginal = "/posts/concurrency-vs-parallelism/"
    public static let defaultPost = "/posts/concurrency-vs-parallelism-measured/"
    public static let defaultCompanion = "/posts/concurrency-vs-parallelism-measured-notes/"

    public init(original: String = Self.defaultOriginal, post: String = Self.defaultPost, companion: String = Self.defaultCompanion) {
        self.original = original
        self.post = post
        self.companion = companion
    }
}
