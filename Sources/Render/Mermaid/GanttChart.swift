/// A Mermaid Gantt chart on a millisecond timeline starting at 0.
struct GanttChart: Sendable, Equatable {
    var title: String?
    var sections: [GanttSection]
    /// What the bars draw is held by one lane at a time (a lock): no two lanes' bars may overlap, except
    /// muted ones (waits), and simplifying the chart must keep it so (`GanttStyle+Exclusive.swift`).
    var exclusive = false

    var barCount: Int { sections.reduce(0) { $0 + $1.bars.count } }

    /// Where the last bar ends, milliseconds: the span the chart really draws.
    var spanMilliseconds: Int { sections.flatMap(\.bars).map(\.endMilliseconds).max() ?? 0 }

    /// The chart as a fenced `mermaid` block: `dateFormat x`, an explicit axis, no today marker,
    /// integer start and end times (a second number is the end time, never a duration). Compact display
    /// keeps each lane on one row, so turn-taking reads as alternating bars, as in the original post's charts
    /// (Mermaid ≥ 10.4 reads it from the front matter; older versions ignore it and draw a row per bar).
    var mermaidBlock: String {
        let axis = GanttAxis(spanMilliseconds: max(spanMilliseconds, 1))
        let fit = GanttLabelFit(chart: self)
        var lines = ["```mermaid", "---", "displayMode: compact"]
        if fit.leftPadding > GanttLabelFit.defaultLeftPadding {
            // Room for the lane names, so none runs into the first bar.
            lines += ["config:", "  gantt:", "    leftPadding: \(Int(fit.leftPadding))"]
        }
        lines += ["---", "gantt"]
        if let title, !title.isEmpty { lines.append("    title \(MermaidText.title(title))") }
        lines.append("    dateFormat x")
        lines.append("    axisFormat \(axis.format)")
        lines.append("    tickInterval \(axis.tickInterval)")
        lines.append("    todayMarker off")
        for section in sections where !section.bars.isEmpty {
            lines.append("    section \(MermaidText.name(section.name))")
            for bar in section.bars {
                let tag = bar.muted ? "done, " : ""
                lines.append("    \(MermaidText.name(fit.caption(for: bar))) :\(tag)\(bar.startMilliseconds), \(bar.endMilliseconds)")
            }
        }
        lines.append("```")
        return lines.joined(separator: "\n")
    }
}

/// One lane of a chart (a thread, a process, a lock holder).
struct GanttSection: Sendable, Equatable {
    var name: String
    var bars: [GanttBar]
}

/// One bar, in whole milliseconds; never shorter than 1 ms, since Mermaid drops zero-length bars.
/// `label` names what the bar is (bars merge by it); the chart draws it only where it fits
/// (`GanttLabelFit`).
struct GanttBar: Sendable, Equatable {
    var label: String
    var startMilliseconds: Int
    var endMilliseconds: Int
    /// Drawn grey (Mermaid's `done` tag): a wait or an idle lane, not work.
    var muted = false

    init(label: String, startMilliseconds: Int, endMilliseconds: Int, muted: Bool = false) {
        self.label = label
        self.startMilliseconds = startMilliseconds
        self.endMilliseconds = max(endMilliseconds, startMilliseconds + 1)
        self.muted = muted
    }

    init(label: String, startSeconds: Double, endSeconds: Double, muted: Bool = false) {
        self.init(label: label,
                  startMilliseconds: Int((max(startSeconds, 0) * 1000).rounded()),
                  endMilliseconds: Int((max(endSeconds, 0) * 1000).rounded()), muted: muted)
    }
}
