import Results

/// ```` ```concreport gantt timeline.sliced ````: one traced run of the timeline experiment, every bar a
/// stretch a task really spent on a CPU. `by: task` (default) gives each task its lane; `by: cpu` gives
/// each CPU its lane with bars labelled by task. `empty` is said instead of a chart when the run does not
/// exist (the parallel run on a one-core machine); without it that is an error.
struct TimelineGanttDirective: Directive {
    static let optionKeys = GanttDirective.optionKeys + ["by", "empty"]
    static let arguments = ["timeline.sequential", "timeline.sliced", "timeline.parallel"]

    enum Lanes: String, Sendable { case task, cpu }

    let argument: String
    let lanes: Lanes
    let location: SourceLocation
    let style: GanttStyle

    init(_ call: DirectiveCall) throws(TemplateError) {
        try call.checkOptions(allowed: Self.optionKeys)
        argument = try call.requireArgument(among: Self.arguments)
        let by = call.option("by")?.trimmingSpaces ?? Lanes.task.rawValue
        guard let lanes = Lanes(rawValue: by) else {
            throw .malformedExpression(at: call.options.last { $0.key == "by" }!.location.description, text: by,
                                       reason: "`by` is `task` or `cpu`")
        }
        self.lanes = lanes
        location = call.location
        style = try GanttStyle(call, defaultTask: "Task", defaultLane: lanes == .task ? "Task" : "CPU")
    }

    func markdown(for facts: PostFacts) throws(TemplateError) -> String {
        let results = facts.results
        guard let timeline = results.timeline else {
            throw .missingData(at: location.description, reason: "these results hold no timeline experiment")
        }
        let run: TracedRun? = switch argument {
        case "timeline.sequential": timeline.sequential
        case "timeline.sliced": timeline.timeSliced
        default: timeline.parallel
        }
        guard let run else {
            guard let empty = style.empty else {
                throw .missingData(at: location.description,
                                   reason: "these results have no \(argument) run (one usable core); give `empty:` to say so instead")
            }
            return empty
        }
        // In a row and time-sliced, the tasks ran on one CPU: one task at a time, which the chart must keep.
        return style.render(chart(run.slices, oneAtATime: argument != "timeline.parallel" && lanes == .task))
    }

    private func chart(_ slices: [CPUSlice], oneAtATime: Bool) -> GanttChart {
        let keys = Set(slices.map { lanes == .task ? $0.task : $0.cpu }).sorted()
        let sections = keys.map { key in
            GanttSection(
                name: "\(style.lane) \(lanes == .task ? key + 1 : key)",
                bars: slices.filter { (lanes == .task ? $0.task : $0.cpu) == key }.map {
                    GanttBar(label: "\(style.task) \($0.task + 1)", startSeconds: $0.startSeconds, endSeconds: $0.endSeconds)
                })
        }
        return GanttChart(title: style.title, sections: sections, exclusive: oneAtATime)
    }
}
