/// Escaping for text placed in a Mermaid Gantt chart.
enum MermaidText {
    /// Line keywords that would be read as a statement if a task or section name began with them.
    private static let keywords = ["gantt", "section", "title", "dateformat", "axisformat", "tickinterval",
                                   "todaymarker", "excludes", "includes", "inclusiveenddates", "topaxis",
                                   "weekday", "weekend", "acctitle", "accdescr", "click", "displaymode"]

    /// A task or section name: `:` would end the name and `#` start an entity, so both become entities
    /// (`#58;`, `#35;`); a leading keyword or a `%` as second character (a comment) has its character
    /// written as an entity too, which Mermaid decodes for display.
    static func name(_ raw: String) -> String {
        let flat = oneLine(raw).trimmingSpaces
        var out = ""
        for (offset, character) in flat.enumerated() {
            switch character {
            case ":": out += "#58;"
            case "#": out += "#35;"
            case ";" where offset == 0: out += "#59;"
            case "%" where offset <= 1: out += "#37;"
            default: out.append(character)
            }
        }
        let lower = flat.lowercased()
        if let first = flat.unicodeScalars.first, keywords.contains(where: { lower.hasPrefix($0) }) {
            out = "#\(first.value);" + String(out.dropFirst())
        }
        return out.isEmpty ? "#32;" : out
    }

    /// A chart title: one line, no comment marker, and `#` as an entity (Mermaid decodes `#1;` in a
    /// title as the character numbered 1).
    static func title(_ raw: String) -> String {
        oneLine(raw).replacingOccurrences(of: "#", with: "#35;").replacingOccurrences(of: "%%", with: "%#37;").trimmingSpaces
    }

    static func oneLine(_ raw: String) -> String {
        // `isNewline`: "\r\n" is one Character, and U+2028 or U+0085 end a line too.
        String(raw.map { $0.isNewline ? " " : $0 })
    }
}

extension String {
    var trimmingSpaces: String {
        var slice = Substring(self)
        while slice.first == " " || slice.first == "\t" { slice.removeFirst() }
        while slice.last == " " || slice.last == "\t" { slice.removeLast() }
        return String(slice)
    }
}
