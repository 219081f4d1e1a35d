import Results

/// ```` ```concreport gantt lock ````: who held the global lock when, one section per thread.
struct LockGanttDirective: Directive {
    let location: SourceLocation
    let style: GanttStyle

    init(_ call: DirectiveCall) throws(TemplateError) {
        try call.checkOptions(allowed: GanttDirective.optionKeys)
        location = call.location
        style = try GanttStyle(call, defaultTask: "lock")
    }

    func markdown(for facts: PostFacts) throws(TemplateError) -> String {
        let results = facts.results
        guard let trace = results.globalLock else {
            throw .missingData(at: location.description, reason: "these results hold no global-lock trace")
        }
        return style.render(Self.chart(trace: trace, lane: style.lane, task: style.task, title: style.title))
    }

    static func chart(trace: GlobalLockTrace, lane: String, task: String, title: String?) -> GanttChart {
        let threads = Set(trace.intervals.map(\.thread)).sorted()
        let sections = threads.map { thread in
            GanttSection(name: "\(lane) \(thread + 1)", bars: trace.intervals.filter { $0.thread == thread }.map {
                GanttBar(label: task, startSeconds: $0.startSeconds, endSeconds: $0.endSeconds)
            })
        }
        return GanttChart(title: title, sections: sections, exclusive: true)
    }
}
