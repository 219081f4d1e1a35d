/// Simplifying a chart of something one lane holds at a time (a lock) without ever drawing two holders at
/// once: rounding to whole milliseconds is undone where it makes holds overlap, a merge may not bridge a
/// gap in which another lane held it, and when merging cannot reach `maxBars` the chart draws a shorter
/// window instead (its title says how long, through `{windowMs}`).
extension GanttStyle {
    static func limitExclusive(_ chart: GanttChart, maxBars: Int) -> GanttBarLimiter.Limited {
        // Separated before untangling, so that a lane's touching holds are not joined across another lane's
        // hold, and after, since untangling may move a hold by its minimum millisecond.
        let prepared = separated(GanttBarLimiter.untangled(separated(chart)))
        var limited = GanttBarLimiter(maxBars: maxBars, exclusive: true).limit(prepared)
        if limited.chart.barCount > maxBars {
            // The earliest `maxBars` bars, and the window up to the first one left out.
            let starts = limited.chart.sections.flatMap(\.bars).map(\.startMilliseconds).sorted()
            limited.chart = cut(limited.chart, at: starts[maxBars])
        }
        return limited
    }

    /// The holds of different lanes never overlap. Rounding to whole milliseconds (and the 1 ms minimum)
    /// can make them: in time order, shortest first where two start in the same millisecond, each hold
    /// starts no sooner than the one before it ended, so a sub-millisecond hold keeps its millisecond and
    /// the long hold around it is split; a hold left with no millisecond is not drawn.
    static func separated(_ chart: GanttChart) -> GanttChart {
        var holds: [(section: Int, bar: GanttBar)] = []
        for (index, section) in chart.sections.enumerated() {
            holds += section.bars.filter { !$0.muted }.map { (index, $0) }
        }
        holds.sort {
            ($0.bar.startMilliseconds, $0.bar.endMilliseconds - $0.bar.startMilliseconds, $0.section)
                < ($1.bar.startMilliseconds, $1.bar.endMilliseconds - $1.bar.startMilliseconds, $1.section)
        }
        var kept: [(section: Int, bar: GanttBar)] = []
        var previousEnd = Int.min
        for hold in holds {
            var bar = hold.bar
            bar.startMilliseconds = max(bar.startMilliseconds, previousEnd)
            guard bar.endMilliseconds > bar.startMilliseconds else { continue }
            kept.append((hold.section, bar))
            previousEnd = bar.endMilliseconds
        }
        var chart = chart
        for index in chart.sections.indices {
            let muted = chart.sections[index].bars.filter(\.muted)
            let bars = kept.filter { $0.section == index }.map(\.bar) + muted
            chart.sections[index].bars = bars.sorted { ($0.startMilliseconds, $0.endMilliseconds) < ($1.startMilliseconds, $1.endMilliseconds) }
        }
        return chart
    }
}
