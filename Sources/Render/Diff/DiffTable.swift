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
        return lines.joined(separator: "\n")
    }

    private func line(_ cells: [String]) -> String {
        "| " + cells.map(DiffTable.escape).joined(separator: " | ") + " |"
    }

    /// Backslash-escapes what would break the cell or turn text into markup; a line break becomes a space.
    /// `_` between letters or digits (`x86_64`) and `<` that cannot open a tag stay as they are: CommonMark
    /// reads them literally, and the raw report stays readable.
    static func escape(_ text: String) -> String {
        let characters = Array(text)
        var escaped = ""
        for (index, character) in characters.enumerated() {
            let before = index > 0 ? characters[index - 1] : nil
            let after = index + 1 < characters.count ? characters[index + 1] : nil
            switch character {
            case "\r\n", "\n", "\r":
                escaped.append(" ")
            case "_" where before?.isLetterOrDigit == true && after?.isLetterOrDigit == true:
                escaped.append(character)
            case "<" where !(after.map { $0.isASCII && ($0.isLetter || "/!?".contains($0)) } ?? false):
                escaped.append(character)
            case "\\", "|", "*", "_", "`", "<", "[", "]":
                escaped += "\\\(character)"
            default:
                escaped.append(character)
            }
        }
        return escaped.isEmpty ? " " : escaped
    }
}

private extension Character {
    var isLetterOrDigit: Bool { isLetter || isNumber }
}
