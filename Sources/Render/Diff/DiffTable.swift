/// A GFM table whose every cell is escaped, so no value (a `|` in a CPU model, a newline in an OS name)
/// can add a column or end the row.
struct DiffTable {
    var header: [String]
    var rows: [[String]] = []

    init(header: [String]) { self.header = header }

    mutating func append(_ row: [String]) {
        precondition(row.count == header.count, "a row of \(row.count) cells in a table of \(header.count) columns")
        rows.append(row)
    }

    var markdown: String {
        var lines = [line(header), "|" + String(repeating: "---|", count: header.count)]
        lines += rows.map(line)
        return lines.joined(separator: "\n") + "\n"
    }

    private func line(_ cells: [String]) -> String {
        "| " + cells.map(DiffTable.escape).joined(separator: " | ") + " |"
    }

    /// Backslash-escapes what would break the cell or turn text into markup; a line break becomes a space.
    static func escape(_ text: String) -> String {
        var escaped = ""
        for character in text {
            switch character {
            case "\r\n", "\n", "\r": escaped.append(" ")
            case "\\", "|", "*", "_", "`", "<", ">", "[", "]": escaped += "\\\(character)"
            default: escaped.append(character)
            }
        }
        return escaped.isEmpty ? " " : escaped
    }
}
