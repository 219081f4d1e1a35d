/// One node of a parsed Markdown document, copied out of cmark-gfm's C tree.
///
/// Lines and columns are 1-based as cmark-gfm reports them; columns count UTF-8 bytes. Softbreaks
/// report 0:0.
struct MarkdownNode: Sendable, Equatable {
    enum Kind: Sendable, Equatable {
        case document, blockQuote, list, item, codeBlock, htmlBlock, customBlock, paragraph, heading
        case thematicBreak, text, softbreak, linebreak, code, htmlInline, customInline, emphasis
        case strong, link, image, table, tableHeader, tableRow, tableCell, strikethrough
        case other(String)
    }

    var kind: Kind
    var startLine: Int
    var startColumn: Int
    var endLine: Int
    var endColumn: Int
    /// The decoded text of text, code, code block and HTML nodes (not the source bytes).
    var literal: String?
    /// The info string of a fenced code block.
    var fenceInfo: String?
    var children: [MarkdownNode]

    /// This node and all its descendants, depth first.
    var allNodes: [MarkdownNode] {
        [self] + children.flatMap(\.allNodes)
    }

    var isTableRow: Bool { kind == .tableRow || kind == .tableHeader }
}
