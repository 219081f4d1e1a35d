import Foundation

/// What a finished post holds, as cmark-gfm reads it: its title, tables and code blocks. For checks of
/// the output (tests, the HTML page's title) without handing cmark nodes out of this folder.
public struct PostOutline: Sendable {
    public struct CodeBlock: Sendable, Equatable {
        /// The fence's info string (`mermaid`, `swift`, …), empty for none.
        public var info: String
        public var literal: String
    }

    /// The front matter's `title:` value, unquoted, if there is one.
    public var title: String?
    /// Every table: rows (header first) of cell texts.
    public var tables: [[[String]]]
    public var codeBlocks: [CodeBlock]

    public init(markdown: String) {
        let source = SourceLines(markdown)
        let bodyStart = source.frontMatterEnd
        title = source.lines.prefix(bodyStart).lazy
            .map { String(decoding: $0, as: UTF8.self) }
            .first { $0.hasPrefix("title:") }
            .map { Self.unquote(String($0.dropFirst("title:".count))) }
        let document = CmarkDocument.parse(bodyStart > 0 ? source.text(from: bodyStart) : markdown)
        let nodes = document.allNodes
        tables = nodes.filter { $0.kind == .table }.map { table in
            table.children.filter(\.isTableRow).map { row in
                row.children.map { cell in cell.allNodes.compactMap { $0.kind == .text || $0.kind == .code ? $0.literal : nil }.joined() }
            }
        }
        codeBlocks = nodes.filter { $0.kind == .codeBlock }.map {
            CodeBlock(info: $0.fenceInfo ?? "", literal: $0.literal ?? "")
        }
    }

    private static func unquote(_ value: String) -> String {
        let trimmed = value.trimmingCharacters(in: .whitespaces)
        guard trimmed.count >= 2, let first = trimmed.first, first == trimmed.last, first == "\"" || first == "'" else {
            return trimmed
        }
        return String(trimmed.dropFirst().dropLast())
    }
}
