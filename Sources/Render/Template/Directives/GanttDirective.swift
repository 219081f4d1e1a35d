import Results

/// ```` ```concreport gantt io.async ````: the tasks of a cell's representative run, one section per
/// thread or process they ran on.
struct GanttDirective: Directive {
    static let optionKeys = ["title", "lane", "task", "maxBars", "untilMs", "note"]

    let cell: CellReference
    let location: SourceLocation
    let style: GanttStyle

    init(_ call: DirectiveCall) throws(TemplateError) {
        try call.checkOptions(allowed: Self.optionKeys)
        cell = try CellReference(call)
        location = call.location
        style = try GanttStyle(call, defaultTask: "Task")
    }

    func markdown(for facts: PostFacts) throws(TemplateError) -> String {
        let results = facts.results
        let run = try cell.representativeRun(in: results, at: location)
        let tasks = run.tasks.sorted { ($0.startSeconds, $0.index) < ($1.startSeconds, $1.index) }
        var lanes: [LaneKey] = []
        var bars: [LaneKey: [GanttBar]] = [:]
        for task in tasks {
            let key = LaneKey(pid: task.pid, tid: task.tid)
            if bars[key] == nil { lanes.append(key) }
            bars[key, default: []].append(GanttBar(label: "\(style.task) \(task.index + 1)",
                                                   startSeconds: task.startSeconds, endSeconds: task.endSeconds))
        }
        let sections = lanes.enumerated().map { number, key in
            GanttSection(name: "\(style.lane) \(number + 1)", bars: bars[key] ?? [])
        }
        return style.render(GanttChart(title: style.title, sections: sections))
    }

    private struct LaneKey: Hashable {
        var pid: Int32
        var tid: Int32
    }
}

/// The options every Gantt directive shares, and how a limited chart is written out.
struct GanttStyle: Sendable {
    var title: String?
    var lane: String
    var task: String
    var maxBars: Int
    /// Draw only the first `untilMs` milliseconds (a window on a long trace), when given.
    var untilMilliseconds: Int?
    /// Said after the chart when bars were merged; `{merges}` and `{resolutionMs}` are filled in.
    var note: String?
    /// Said instead of a chart when the run has nothing to draw (a parallel run on one core), when allowed.
    var empty: String?

    init(_ call: DirectiveCall, defaultTask: String, defaultLane: String = "Thread") throws(TemplateError) {
        title = call.option("title")
        lane = call.option("lane") ?? defaultLane
        task = call.option("task") ?? defaultTask
        maxBars = try call.count("maxBars", default: GanttBarLimiter.defaultMaxBars)
        untilMilliseconds = call.option("untilMs") == nil ? nil : try call.count("untilMs", default: 0)
        note = call.option("note")
        empty = call.option("empty")
    }

    func render(_ chart: GanttChart) -> String {
        var chart = chart
        if let until = untilMilliseconds { chart = Self.cut(chart, at: until) }
        let limited = chart.exclusive ? Self.limitExclusive(chart, maxBars: maxBars) : Self.limit(chart, maxBars: maxBars)
        // `{windowMs}` in a title or note is the span really drawn, which a short run or a cut window makes
        // shorter than `untilMs`.
        let window = String(limited.chart.spanMilliseconds)
        var drawn = limited.chart
        drawn.title = drawn.title?.replacingOccurrences(of: "{windowMs}", with: window)
        var out = drawn.mermaidBlock
        if limited.merges > 0, let note {
            out += "\n\n" + note
                .replacingOccurrences(of: "{merges}", with: String(limited.merges))
                .replacingOccurrences(of: "{resolutionMs}", with: String(limited.resolutionMilliseconds))
                .replacingOccurrences(of: "{windowMs}", with: window)
        }
        return out
    }

    /// Only what starts before `until` milliseconds, cut off there.
    static func cut(_ chart: GanttChart, at until: Int) -> GanttChart {
        var chart = chart
        for index in chart.sections.indices {
            chart.sections[index].bars = chart.sections[index].bars.filter { $0.startMilliseconds < until }.map {
                GanttBar(label: $0.label, startMilliseconds: $0.startMilliseconds,
                         endMilliseconds: min($0.endMilliseconds, until), muted: $0.muted)
            }
        }
        return chart
    }

    /// Merges same-label neighbours; when that cannot reach `maxBars` (labels alternate in a lane), redraws
    /// the lanes in time windows first. `merges` counts every bar the reader does not see.
    static func limit(_ chart: GanttChart, maxBars: Int) -> GanttBarLimiter.Limited {
        let chart = GanttBarLimiter.untangled(chart)
        let limiter = GanttBarLimiter(maxBars: maxBars)
        let merged = limiter.limit(chart)
        guard merged.chart.barCount > maxBars, let resampled = GanttResampler(maxBars: maxBars).resample(chart) else {
            return merged
        }
        let again = limiter.limit(resampled.chart)
        return GanttBarLimiter.Limited(chart: again.chart, merges: chart.barCount - again.chart.barCount,
                                       resolutionMilliseconds: max(resampled.windowMilliseconds, again.resolutionMilliseconds))
    }
}
