/// Parses the filled post again and refuses it if filling broke it: a table row whose cell count differs
/// from its header's (cmark-gfm would silently drop or pad cells), or a `{{` left behind.
enum PostChecker {
    static let fileName = "(filled post)"

    static func check(_ markdown: String) throws(TemplateError) {
        let source = SourceLines(markdown)
        for (index, line) in source.lines.enumerated() {
            if let offset = line.firstOffset(of: Array("{{".utf8)) {
                throw .checkFailed(at: "\(fileName):\(index + 1):\(offset + 1)", reason: "a placeholder was left unfilled")
            }
        }
        let bodyStart = source.frontMatterEnd
        guard bodyStart < source.lines.count else { return }
        try checkTables(CmarkDocument.parse(source.text(from: bodyStart)), source: source, bodyStart: bodyStart)
    }

    private static func checkTables(_ node: MarkdownNode, source: SourceLines, bodyStart: Int) throws(TemplateError) {
        guard node.kind == .table else {
            for child in node.children { try checkTables(child, source: source, bodyStart: bodyStart) }
            return
        }
        let rows = node.children.filter(\.isTableRow)
        guard rows.count > 0 else { return }
        let headerLine = bodyStart + TemplateLocator.headerLine(of: node) - 1
        let expected = cellCount(source.lines[headerLine])
        for index in 1..<rows.count {
            let line = headerLine + 1 + index
            let found = cellCount(source.lines[line])
            if found != expected {
                throw .checkFailed(at: "\(fileName):\(line + 1):1",
                                   reason: "a table row has \(found) cells where its header has \(expected)")
            }
        }
    }

    /// Cells in a GFM table row as cmark-gfm splits them: at every `|` not escaped by a backslash
    /// (even inside code spans), ignoring a block quote's `>` markers and a leading and a trailing pipe.
    static func cellCount(_ line: [UInt8]) -> Int {
        var bytes = ArraySlice(line)
        while let first = bytes.first, first == 0x20 || first == 0x09 || first == 0x3E { bytes.removeFirst() }
        while let last = bytes.last, last == 0x20 || last == 0x09 { bytes.removeLast() }
        if bytes.first == 0x7C { bytes.removeFirst() }
        var pipes = 0
        var escaped = false
        var endsWithPipe = false
        for byte in bytes {
            endsWithPipe = false
            if escaped { escaped = false; continue }
            if byte == 0x5C { escaped = true } else if byte == 0x7C { pipes += 1; endsWithPipe = true }
        }
        return endsWithPipe ? pipes : pipes + 1
    }
}
