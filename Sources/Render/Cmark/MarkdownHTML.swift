/// Markdown to HTML with cmark-gfm (tables, strikethrough, autolinks), for `--format html`.
public enum MarkdownHTML {
    /// An HTML fragment of `markdown`, YAML front matter left out. Raw HTML passes only when `unsafe`.
    public static func fragment(_ markdown: String, unsafe: Bool) -> String {
        let source = SourceLines(markdown)
        let body = source.frontMatterEnd > 0 ? source.text(from: source.frontMatterEnd) : markdown
        return CmarkDocument.renderHTML(body, unsafe: unsafe)
    }
}
