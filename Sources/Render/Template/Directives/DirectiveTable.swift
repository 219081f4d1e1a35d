/// The table a directive writes: headers from the `columns` option (separated by `;`, in the post's
/// language) or the English defaults, and rows of generated cells, every cell escaped for a table.
struct DirectiveTable: Sendable {
    let headers: [String]
    /// One GFM delimiter per column (`---:`, `:---`).
    let alignments: [String]

    init(_ call: DirectiveCall, defaults: [String], alignments: [String]) throws(TemplateError) {
        self.alignments = alignments
        guard let spelled = call.option("columns") else {
            headers = defaults
            return
        }
        headers = spelled.split(separator: ";", omittingEmptySubsequences: false).map { String($0).trimmingSpaces }
        guard headers.count == defaults.count else {
            throw .malformedExpression(at: call.options.last { $0.key == "columns" }!.location.description,
                                       text: spelled, reason: "`columns` needs \(defaults.count) headers separated by `;`")
        }
    }

    func markdown(rows: [[String]]) -> String {
        let cell = SpliceContext.tableCell
        var lines = ["| " + headers.map(cell.escape).joined(separator: " | ") + " |",
                     "|" + alignments.joined(separator: "|") + "|"]
        for row in rows {
            lines.append("| " + row.map(cell.escape).joined(separator: " | ") + " |")
        }
        return lines.joined(separator: "\n")
    }
}
