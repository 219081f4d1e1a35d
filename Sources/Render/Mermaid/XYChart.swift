import Foundation

/// A Mermaid `xychart-beta` plot (Mermaid ≥ 10.5; GitHub's Mermaid): categories along x, a value axis
/// from 0, bars and lines. Series of one kind are drawn on top of each other, not side by side, so a
/// chart has at most one bar series; lines may be several.
struct XYChart: Sendable, Equatable {
    enum Kind: String, Sendable { case bar, line }

    struct Series: Sendable, Equatable {
        var kind: Kind
        var values: [Double]
    }

    var title: String
    var xTitle: String
    var categories: [String]
    var yTitle: String
    var series: [Series]

    /// The value axis starts at 0 (Mermaid's own range starts at the smallest value, which makes bars
    /// lie) and ends a little above the largest value, at a round number.
    var yMaximum: Double {
        let top = series.flatMap(\.values).filter(\.isFinite).max() ?? 1
        guard top > 0 else { return 1 }
        let magnitude = pow(10, (log10(top * 1.1)).rounded(.down))
        // Finer than 1-2-5 so that the tallest bar fills most of the chart (10.02 s gets 12, not 20).
        for step in [1.0, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10] where step * magnitude >= top * 1.1 {
            return step * magnitude
        }
        return 10 * magnitude
    }

    var mermaidBlock: String {
        // Mermaid's default palette draws bars in a pale lavender that barely shows on a white page: a
        // saturated blue for the measured bars, and orange for the line beside them.
        var lines = ["```mermaid", "---", "config:", "  themeVariables:", "    xyChart:",
                     "      plotColorPalette: \"\(Self.palette)\"", "---", "xychart-beta"]
        lines.append("    title \(Self.quoted(title))")
        lines.append("    x-axis \(Self.quoted(xTitle)) [\(categories.map(Self.quoted).joined(separator: ", "))]")
        lines.append("    y-axis \(Self.quoted(yTitle)) 0 --> \(Self.number(yMaximum))")
        for series in series {
            lines.append("    \(series.kind.rawValue) [\(series.values.map(Self.number).joined(separator: ", "))]")
        }
        lines.append("```")
        return lines.joined(separator: "\n")
    }

    /// One color per series, in order (bars first, the ideal line second).
    static let palette = "#4e79a7, #f28e2b"

    /// A value as xychart reads it: plain decimals, at most three places, never exponents.
    static func number(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        var text = NumberText.fixed(value, decimals: 3)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text == "-0" ? "0" : text
    }

    /// Text in double quotes: xychart has no escape for `"`, so it becomes `'`; one line; no `%%`.
    static func quoted(_ raw: String) -> String {
        let flat = MermaidText.oneLine(raw).trimmingSpaces
            .replacingOccurrences(of: "\"", with: "'")
            .replacingOccurrences(of: "%%", with: "% %")
        return "\"\(flat.isEmpty ? " " : flat)\""
    }
}
