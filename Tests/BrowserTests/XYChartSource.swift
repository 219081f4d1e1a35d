import Foundation

/// What an `xychart-beta` source declares, read independently of the code that wrote it: the x-axis
/// categories, the values of its `bar` series and the values of each `line` series.
struct XYChartSource: Equatable {
    var categories: [String] = []
    var barValues = 0
    var linePoints: [Int] = []

    init(categories: [String], barValues: Int, linePoints: [Int]) {
        self.categories = categories
        self.barValues = barValues
        self.linePoints = linePoints
    }

    init?(_ source: String) {
        let lines = source.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        guard lines.contains("xychart-beta") else { return nil }
        for line in lines {
            if line.hasPrefix("x-axis"), let list = Self.list(in: line) {
                categories = list.map { $0.trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "\"")) }
            } else if line.hasPrefix("bar"), let list = Self.list(in: line) {
                barValues += list.count
            } else if line.hasPrefix("line"), let list = Self.list(in: line) {
                linePoints.append(list.count)
            }
        }
    }

    /// The comma-separated items between the line's last `[` and `]` (quoted items hold no commas here).
    private static func list(in line: String) -> [String]? {
        guard let open = line.lastIndex(of: "["), let close = line.lastIndex(of: "]"), open < close else { return nil }
        return line[line.index(after: open)..<close].split(separator: ",").map(String.init)
    }
}
