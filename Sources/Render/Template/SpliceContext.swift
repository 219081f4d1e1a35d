/// Where a generated value lands, which decides how it is escaped.
enum SpliceContext: Sendable, Equatable {
    /// Paragraph, heading or list item text.
    case text
    /// A GFM table cell: as text, and `|` must not split the cell.
    case tableCell
    /// A YAML front-matter line; `quote` says whether the placeholder sits inside a quoted scalar.
    case frontMatter(quote: YAMLQuote)

    enum YAMLQuote: Sendable, Equatable { case none, single, double }

    /// The value's text made safe for this context. Newlines never leak: they become spaces.
    func escape(_ raw: String) -> String {
        // `isNewline`, not `== "\n"`: "\r\n" is one Character, and U+2028 or U+0085 end a line too.
        let flat = String(raw.map { $0.isNewline ? " " : $0 })
        switch self {
        case .text: return MarkdownEscaping.text(flat, escapingPipes: false)
        case .tableCell: return MarkdownEscaping.text(flat, escapingPipes: true)
        case let .frontMatter(quote): return YAMLEscaping.scalar(flat, inside: quote)
        }
    }
}

/// Backslash escapes that keep generated text literal wherever it lands in Markdown.
enum MarkdownEscaping {
    /// Punctuation that can start or end inline markup (emphasis, links, code, HTML, entities, autolinks).
    private static let alwaysEscaped: Set<Character> = ["\\", "`", "*", "_", "[", "]", "<", ">", "!", "&", "~", "{", "}", "#"]

    static func text(_ raw: String, escapingPipes: Bool) -> String {
        var out = ""
        for character in raw {
            if alwaysEscaped.contains(character) || (escapingPipes && character == "|") {
                out.append("\\")
            }
            out.append(character)
        }
        // At the start of a line these would open a list, a heading underline or a quote.
        if let first = out.first, "-+=".contains(first) { out = "\\" + out }
        let digitCount = out.prefix { $0.isASCII && $0.isNumber }.count
        if digitCount > 0, digitCount < out.count {
            let markerIndex = out.index(out.startIndex, offsetBy: digitCount)
            let after = out.index(after: markerIndex)
            if ".)".contains(out[markerIndex]), after == out.endIndex || out[after] == " " {
                out.insert("\\", at: markerIndex)
            }
        }
        return out
    }
}

/// Quoting for values placed in YAML front matter.
enum YAMLEscaping {
    static func scalar(_ raw: String, inside quote: SpliceContext.YAMLQuote) -> String {
        switch quote {
        case .double: return doubleQuotedBody(raw)
        case .single: return raw.replacingOccurrences(of: "'", with: "''")
        case .none: return needsQuotes(raw) ? "\"" + doubleQuotedBody(raw) + "\"" : raw
        }
    }

    private static func doubleQuotedBody(_ raw: String) -> String {
        raw.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
    }

    /// A plain scalar is fine unless it is empty, starts with an indicator, has edge spaces, holds `: ` or
    /// ` #` (which end a plain scalar) or a flow indicator (`tags: [a, {{ x }}]`), or reads as another type
    /// (`true`, `null`, `~`), which would change the value's meaning.
    private static func needsQuotes(_ raw: String) -> Bool {
        guard let first = raw.first, let last = raw.last else { return true }
        if "-?:,[]{}#&*!|>'\"%@`".contains(first) { return true }
        if first == " " || last == " " || last == ":" { return true }
        if ["true", "false", "yes", "no", "on", "off", "null", "~"].contains(raw.lowercased()) { return true }
        return raw.contains(": ") || raw.contains(" #") || raw.contains("\\") || raw.contains(where: { ",[]{}".contains($0) })
    }
}
