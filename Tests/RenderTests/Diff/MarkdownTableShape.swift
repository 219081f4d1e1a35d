/// Reads the GFM tables of a Markdown text back as column counts, counting only unescaped `|`.
enum MarkdownTableShape {
    /// Each table (consecutive lines starting with `|`) as the column count of each of its lines.
    static func tables(in markdown: String) -> [[Int]] {
        var tables: [[Int]] = []
        var current: [Int] = []
        for line in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("|") {
                current.append(columns(String(line)))
            } else if !current.isEmpty {
                tables.append(current)
                current = []
            }
        }
        if !current.isEmpty { tables.append(current) }
        return tables
    }

    /// A row `| a | b |` has two columns: one fewer than its unescaped pipes.
    static func columns(_ line: String) -> Int {
        var pipes = 0
        var escaped = false
        for character in line {
            if escaped { escaped = false; continue }
            if character == "\\" { escaped = true } else if character == "|" { pipes += 1 }
        }
        return pipes - 1
    }

    /// The table whose header line contains `text`.
    static func header(containing text: String, in markdown: String) -> String? {
        markdown.split(separator: "\n").first { $0.hasPrefix("|") && $0.contains(text) }.map(String.init)
    }
}
