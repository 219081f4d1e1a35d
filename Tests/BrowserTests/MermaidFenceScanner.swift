/// Finds the ```mermaid fenced blocks of a Markdown post by a line scan (enough for generated posts).
enum MermaidFenceScanner {
    private struct OpenFence {
        let marker: Character
        let length: Int
        let isMermaid: Bool
        var lines: [Substring] = []
    }

    static func blocks(in markdown: String) -> [String] {
        var blocks: [String] = []
        var open: OpenFence?
        for line in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = line.drop { $0 == " " }
            guard line.count - trimmed.count <= 3, let first = trimmed.first, first == "`" || first == "~" else {
                open?.lines.append(line)
                continue
            }
            let fence = trimmed.prefix { $0 == first }
            let info = trimmingWhitespace(trimmed.dropFirst(fence.count))
            if let current = open {
                if first == current.marker, fence.count >= current.length, info.isEmpty {
                    if current.isMermaid { blocks.append(current.lines.joined(separator: "\n")) }
                    open = nil
                } else {
                    open?.lines.append(line)
                }
            } else if fence.count >= 3 {
                let language = info.split(separator: " ").first.map(String.init) ?? ""
                open = OpenFence(marker: first, length: fence.count, isMermaid: language == "mermaid")
            }
        }
        return blocks
    }

    private static func trimmingWhitespace(_ text: Substring) -> Substring {
        var text = text
        while let first = text.first, first == " " || first == "\t" { text.removeFirst() }
        while let last = text.last, last == " " || last == "\t" || last == "\r" { text.removeLast() }
        return text
    }
}
