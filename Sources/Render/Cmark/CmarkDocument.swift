import Foundation
import CCmark

/// The one place that talks to cmark-gfm: parse into Swift values, render HTML.
enum CmarkDocument {
    /// Parses GitHub-flavoured Markdown (table extension on) into a Swift node tree.
    static func parse(_ markdown: String) -> MarkdownNode {
        withParser(options: CMARK_OPT_DEFAULT, extensions: ["table"]) { parser in
            feed(parser, markdown)
            guard let root = cmark_parser_finish(parser) else {
                return MarkdownNode(kind: .document, startLine: 1, startColumn: 1, endLine: 1,
                                    endColumn: 1, literal: nil, fenceInfo: nil, children: [])
            }
            defer { cmark_node_free(root) }
            return copy(root)
        }
    }

    /// Renders Markdown as an HTML fragment. Raw HTML (and Mermaid-friendly markup the author wrote)
    /// is kept only when `unsafe` is true.
    static func renderHTML(_ markdown: String, unsafe: Bool) -> String {
        let options = CMARK_OPT_DEFAULT | (unsafe ? CMARK_OPT_UNSAFE : 0)
        return withParser(options: options, extensions: ["table", "strikethrough", "autolink"]) { parser in
            feed(parser, markdown)
            guard let root = cmark_parser_finish(parser) else { return "" }
            defer { cmark_node_free(root) }
            // The renderer needs the parser's extension list, so take it while the parser lives.
            let extensions = cmark_parser_get_syntax_extensions(parser)
            guard let html = cmark_render_html(root, options, extensions) else { return "" }
            defer { free(html) }
            return String(cString: html)
        }
    }

    private static func withParser<T>(options: Int32, extensions: [String],
                                      _ body: (OpaquePointer) -> T) -> T {
        cmark_gfm_core_extensions_ensure_registered()
        guard let parser = cmark_parser_new(options) else {
            fatalError("cmark-gfm could not allocate a parser")
        }
        defer { cmark_parser_free(parser) }
        for name in extensions {
            if let ext = cmark_find_syntax_extension(name) {
                cmark_parser_attach_syntax_extension(parser, ext)
            }
        }
        return body(parser)
    }

    private static func feed(_ parser: OpaquePointer, _ markdown: String) {
        var bytes = Array(markdown.utf8)
        bytes.withUnsafeMutableBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: max(buffer.count, 1)) { chars in
                cmark_parser_feed(parser, chars, buffer.count)
            }
        }
    }

    private static func isFenced(_ node: OpaquePointer) -> Bool {
        var length: Int32 = 0, offset: Int32 = 0
        var character: CChar = 0
        return cmark_node_get_fenced(node, &length, &offset, &character) != 0
    }

    private static func copy(_ node: OpaquePointer) -> MarkdownNode {
        var children: [MarkdownNode] = []
        var child = cmark_node_first_child(node)
        while let current = child {
            children.append(copy(current))
            child = cmark_node_next(current)
        }
        let kind = NodeTypeName(cmark_node_get_type_string(node).map { String(cString: $0) } ?? "").kind
        let hasLiteral: Bool
        switch kind {
        case .text, .code, .codeBlock, .htmlBlock, .htmlInline: hasLiteral = true
        default: hasLiteral = false
        }
        return MarkdownNode(
            kind: kind,
            startLine: Int(cmark_node_get_start_line(node)),
            startColumn: Int(cmark_node_get_start_column(node)),
            endLine: Int(cmark_node_get_end_line(node)),
            endColumn: Int(cmark_node_get_end_column(node)),
            literal: hasLiteral ? cmark_node_get_literal(node).map { String(cString: $0) } : nil,
            fenceInfo: kind == .codeBlock && isFenced(node)
                ? cmark_node_get_fence_info(node).map { String(cString: $0) } : nil,
            children: children
        )
    }
}

/// cmark-gfm's node type strings, mapped to `MarkdownNode.Kind`.
fileprivate struct NodeTypeName {
    let kind: MarkdownNode.Kind

    init(_ name: String) {
        switch name {
        case "document": kind = .document
        case "block_quote": kind = .blockQuote
        case "list": kind = .list
        case "item": kind = .item
        case "code_block": kind = .codeBlock
        case "html_block": kind = .htmlBlock
        case "custom_block": kind = .customBlock
        case "paragraph": kind = .paragraph
        case "heading": kind = .heading
        case "thematic_break": kind = .thematicBreak
        case "text": kind = .text
        case "softbreak": kind = .softbreak
        case "linebreak": kind = .linebreak
        case "code": kind = .code
        case "html_inline": kind = .htmlInline
        case "custom_inline": kind = .customInline
        case "emph": kind = .emphasis
        case "strong": kind = .strong
        case "link": kind = .link
        case "image": kind = .image
        case "table": kind = .table
        case "table_header": kind = .tableHeader
        case "table_row": kind = .tableRow
        case "table_cell": kind = .tableCell
        case "strikethrough": kind = .strikethrough
        default: kind = .other(name)
        }
    }
}
