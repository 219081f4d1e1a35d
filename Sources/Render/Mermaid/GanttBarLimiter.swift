/// Keeps a chart readable: while it has more bars than `maxBars`, merges the two adjacent bars of the
/// same lane and label with the smallest gap between them. The chart says how much it was simplified.
struct GanttBarLimiter: Sendable {
    static let defaultMaxBars = 60

    struct Limited: Sendable, Equatable {
        var chart: GanttChart
        /// Number of merges performed (bars removed).
        var merges: Int
        /// The widest gap a merge bridged, milliseconds: shorter gaps are not visible in the chart.
        var resolutionMilliseconds: Int
    }

    var maxBars: Int = defaultMaxBars
    /// The chart draws something one lane holds at a time (`GanttChart.exclusive`): a merge may not bridge a
    /// gap in which another lane held it.
    var exclusive = false

    func limit(_ chart: GanttChart) -> Limited {
        var chart = Self.untangled(chart)
        var merges = 0
        var resolution = 0
        while chart.barCount > maxBars, let (section, bar, gap) = smallestGap(in: chart) {
            var bars = chart.sections[section].bars
            bars[bar].endMilliseconds = max(bars[bar].endMilliseconds, bars[bar + 1].endMilliseconds)
            bars.remove(at: bar + 1)
            chart.sections[section].bars = bars
            merges += 1
            resolution = max(resolution, gap)
        }
        return Limited(chart: chart, merges: merges, resolutionMilliseconds: resolution)
    }

    /// Each lane sorted, with no two bars overlapping: rounding to whole milliseconds and the 1 ms minimum
    /// can make neighbours overlap, which compact display would draw as extra rows. Same-label bars that
    /// touch or overlap become one (not counted as a merge: nothing is hidden); a bar overlapping a
    /// differently labelled one by at most that 1 ms starts where that one ends. Longer overlaps are real
    /// (async tasks waiting side by side on one thread) and stay.
    static func untangled(_ chart: GanttChart) -> GanttChart {
        var chart = chart
        for index in chart.sections.indices {
            let sorted = chart.sections[index].bars.sorted {
                ($0.startMilliseconds, $0.endMilliseconds) < ($1.startMilliseconds, $1.endMilliseconds)
            }
            var bars: [GanttBar] = []
            for bar in sorted {
                guard let last = bars.last, bar.startMilliseconds <= last.endMilliseconds else {
                    bars.append(bar)
                    continue
                }
                if bar.label == last.label {
                    bars[bars.count - 1].endMilliseconds = max(last.endMilliseconds, bar.endMilliseconds)
                } else if last.endMilliseconds - bar.startMilliseconds > 1 {
                    bars.append(bar)
                } else {
                    bars.append(GanttBar(label: bar.label, startMilliseconds: last.endMilliseconds,
                                         endMilliseconds: bar.endMilliseconds, muted: bar.muted))
                }
            }
            chart.sections[index].bars = bars
        }
        return chart
    }

    /// The mergeable neighbours closest in time. Ties go to the lane with the most bars, then to the pair
    /// whose merged bar is shortest, so merging spreads evenly instead of swallowing one lane from its start.
    private func smallestGap(in chart: GanttChart) -> (section: Int, bar: Int, gap: Int)? {
        var best: (section: Int, bar: Int, gap: Int, key: [Int])?
        for (sectionIndex, section) in chart.sections.enumerated() {
            let bars = section.bars
            for index in bars.indices.dropLast() where bars[index].label == bars[index + 1].label {
                if exclusive, heldByAnotherLane(in: chart, besides: sectionIndex,
                                                from: bars[index].endMilliseconds, to: bars[index + 1].startMilliseconds) {
                    continue
                }
                let gap = max(0, bars[index + 1].startMilliseconds - bars[index].endMilliseconds)
                let span = bars[index + 1].endMilliseconds - bars[index].startMilliseconds
                let key = [gap, -bars.count, span, sectionIndex, index]
                if best == nil || key.lexicographicallyPrecedes(best!.key) { best = (sectionIndex, index, gap, key) }
            }
        }
        return best.map { ($0.section, $0.bar, $0.gap) }
    }

    private func heldByAnotherLane(in chart: GanttChart, besides section: Int, from: Int, to: Int) -> Bool {
        chart.sections.enumerated().contains { other, lane in
            other != section && lane.bars.contains { !$0.muted && $0.startMilliseconds < to && $0.endMilliseconds > from }
        }
    }
}
