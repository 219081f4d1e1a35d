/// `2026-11-25T18:30:00.123+09:00` → `2026-11-25 18:30:00 +0900`, the date form Jekyll front matter uses.
struct JekyllDate {
    let text: String

    init?(iso8601: String) {
        let parts = iso8601.split(separator: "T", maxSplits: 1).map(String.init)
        guard parts.count == 2, parts[0].count == 10 else { return nil }
        var time = parts[1]
        var offset = "+0000"
        if time.hasSuffix("Z") {
            time.removeLast()
        } else if let sign = time.lastIndex(where: { $0 == "+" || $0 == "-" }) {
            offset = String(time[sign...]).replacingOccurrences(of: ":", with: "")
            time = String(time[..<sign])
        }
        if let dot = time.firstIndex(of: ".") { time = String(time[..<dot]) }
        guard time.count == 8, offset.count == 5 else { return nil }
        text = "\(parts[0]) \(time) \(offset)"
    }
}
