import Results

/// ```` ```concreport gantt convoy ````: who held the global lock during the convoy run beside one
/// CPU-bound thread, one section per thread, with the I/O thread's waits to retake the lock drawn in its
/// own section as grey bars labelled `wait`.
struct ConvoyGanttDirective: Directive {
    static let optionKeys = GanttDirective.optionKeys + ["io", "wait"]

    let location: SourceLocation
    let style: GanttStyle
    /// The I/O thread's section name.
    let ioLane: String
    /// The label of its waits for the lock.
    let waitLabel: String

    init(_ call: DirectiveCall) throws(TemplateError) {
        try call.checkOptions(allowed: Self.optionKeys)
        location = call.location
        style = try GanttStyle(call, defaultTask: "lock", defaultLane: "CPU thread")
        ioLane = call.option("io") ?? "I/O thread"
        waitLabel = call.option("wait") ?? "waits for the lock"
    }

    func markdown(for facts: PostFacts) throws(TemplateError) -> String {
        guard let run = facts.results.convoy?.run(beside: 1), let trace = run.lockTrace else {
            throw .missingData(at: location.description, reason: "these results hold no convoy run beside a CPU-bound thread")
        }
        return style.render(Self.chart(trace: trace, waits: run.lockWaits ?? [], style: style, ioLane: ioLane, waitLabel: waitLabel))
    }

    /// Lock thread 0 is the I/O thread: its holds and its waits share its section, in time order. The chart
    /// starts where the measured round trips do (the first recorded wait): the warm-up round trips before
    /// them record no waits, and drawn they would look like round trips that never waited.
    static func chart(trace: GlobalLockTrace, waits: [LockInterval], style: GanttStyle, ioLane: String, waitLabel: String) -> GanttChart {
        let origin = waits.map(\.startSeconds).min() ?? 0
        let shifted = trace.intervals.filter { $0.endSeconds > origin }.map {
            LockInterval(thread: $0.thread, startSeconds: max(0, $0.startSeconds - origin), endSeconds: $0.endSeconds - origin)
        }
        let waits = waits.map { LockInterval(thread: $0.thread, startSeconds: $0.startSeconds - origin, endSeconds: $0.endSeconds - origin) }
        let threads = Set(shifted.map(\.thread)).union([0]).sorted()
        let sections = threads.map { thread in
            var bars = shifted.filter { $0.thread == thread }.map {
                (label: style.task, start: $0.startSeconds, end: $0.endSeconds)
            }
            if thread == 0 {
                // Waits shorter than a bar's millisecond say nothing in the chart.
                bars += waits.filter { $0.endSeconds - $0.startSeconds >= 0.0005 }.map { (label: waitLabel, start: $0.startSeconds, end: $0.endSeconds) }
            }
            return GanttSection(name: thread == 0 ? ioLane : "\(style.lane) \(thread)",
                                bars: bars.sorted { $0.start < $1.start }.map {
                                    GanttBar(label: $0.label, startSeconds: $0.start, endSeconds: $0.end,
                                             muted: $0.label == waitLabel && thread == 0)
                                })
        }
        return GanttChart(title: style.title, sections: sections, exclusive: true)
    }
}
