/// The second line of defence for busy lanes: when bars of different labels alternate (workers taking
/// turns on one CPU), merging same-label neighbours cannot shorten the chart. The timeline is then cut
/// into windows of one width; in each window a lane shows the label that ran longest in it (nothing when
/// the lane was idle for most of it), and equal neighbours join. The window widens until the chart fits.
struct GanttResampler: Sendable {
    static let windowsMilliseconds = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1_000, 2_000, 5_000, 10_000, 30_000, 60_000]

    var maxBars: Int

    /// The chart drawn at the narrowest window that fits, with that window; nil when none fits.
    func resample(_ chart: GanttChart) -> (chart: GanttChart, windowMilliseconds: Int)? {
        for window in Self.windowsMilliseconds {
            var resampled = chart
            resampled.sections = chart.sections.map { resample($0, window: window) }
            if resampled.barCount <= maxBars { return (resampled, window) }
        }
        return nil
    }

    private func resample(_ section: GanttSection, window: Int) -> GanttSection {
        let end = section.bars.map(\.endMilliseconds).max() ?? 0
        let muted = Set(section.bars.filter(\.muted).map(\.label))
        var bars: [GanttBar] = []
        var windowStart = 0
        while windowStart < end {
            let windowEnd = windowStart + window
            var occupancy: [String: Int] = [:]
            var order: [String] = []
            for bar in section.bars {
                let overlap = min(bar.endMilliseconds, windowEnd) - max(bar.startMilliseconds, windowStart)
                guard overlap > 0 else { continue }
                if occupancy[bar.label] == nil { order.append(bar.label) }
                occupancy[bar.label, default: 0] += overlap
            }
            let busy = occupancy.values.reduce(0, +)
            // Ties go to the label seen first in the window, so the result does not depend on hashing.
            var label: String?
            for candidate in order where label == nil || occupancy[candidate]! > occupancy[label!]! {
                label = candidate
            }
            if busy * 2 >= min(window, end - windowStart), let label {
                let barEnd = min(windowEnd, end)
                if let last = bars.last, last.label == label, last.endMilliseconds == windowStart {
                    bars[bars.count - 1].endMilliseconds = barEnd
                } else {
                    bars.append(GanttBar(label: label, startMilliseconds: windowStart, endMilliseconds: barEnd,
                                         muted: muted.contains(label)))
                }
            }
            windowStart = windowEnd
        }
        return GanttSection(name: section.name, bars: bars)
    }
}
