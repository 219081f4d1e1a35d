/// Which text a Gantt bar can carry without spilling over its neighbours. Mermaid draws a label that is
/// wider than its bar beside the bar, where it runs into the next bar or label of a dense lane; so a bar
/// keeps its label only when the label fits inside it at a blog's content width, else its trailing number
/// (`Worker 3` → `3`), else nothing (the lane's name and the chart's title say what the bars are).
/// The browser test (`Tests/BrowserTests/ChartLayoutTests.swift`) checks the result in Chromium.
struct GanttLabelFit: Sendable {
    /// The content width a chart is laid out for (a blog column; GitHub's is wider).
    static let contentWidth = 750.0
    /// Mermaid's Gantt defaults (`gantt.leftPadding`, `gantt.rightPadding`).
    static let defaultLeftPadding = 75.0
    static let rightPadding = 75.0

    /// Room on the left for the lane names: Mermaid's default, or wider when a name needs it.
    let leftPadding: Double
    let startMilliseconds: Int
    let spanMilliseconds: Int

    init(chart: GanttChart) {
        let names = chart.sections.filter { !$0.bars.isEmpty }.map(\.name)
        let widest = names.map { Self.estimatedWidth($0) }.max() ?? 0
        // Mermaid draws a lane's name from x = 10: keep a gap before the first bar.
        leftPadding = max(Self.defaultLeftPadding, (widest + 16).rounded(.up))
        let bars = chart.sections.flatMap(\.bars)
        startMilliseconds = bars.map(\.startMilliseconds).min() ?? 0
        spanMilliseconds = max((bars.map(\.endMilliseconds).max() ?? 1) - startMilliseconds, 1)
    }

    /// Pixels the bars' time axis spans.
    var axisWidth: Double { Self.contentWidth - leftPadding - Self.rightPadding }

    /// The text drawn on `bar`: its label, its trailing number, or "" when neither fits inside it.
    func caption(for bar: GanttBar) -> String {
        let width = Double(bar.endMilliseconds - bar.startMilliseconds) / Double(spanMilliseconds) * axisWidth
        for candidate in [bar.label, Self.trailingNumber(of: bar.label)] where !candidate.isEmpty {
            if Self.estimatedWidth(candidate) + 6 <= width { return candidate }
        }
        return ""
    }

    /// `Worker 12` → `12`; "" when the label does not end in a number.
    static func trailingNumber(of label: String) -> String {
        let digits = label.reversed().prefix { $0.isASCII && $0.isNumber }
        return digits.count < label.count ? String(digits.reversed()) : ""
    }

    /// A generous estimate of the drawn width at Mermaid's 11 px Gantt font: wide (CJK, Hangul)
    /// characters a full em, others about two thirds of one.
    static func estimatedWidth(_ text: String) -> Double {
        text.unicodeScalars.reduce(0) { width, scalar in
            switch scalar.value {
            case 0x20: return width + 3.5
            case 0x1100...0x11FF, 0x2E80...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFF00...0xFF60:
                return width + 12
            default: return width + 7.5
            }
        }
    }
}
