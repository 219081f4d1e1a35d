import Analysis
import Results

/// ```` ```concreport gantt cores.double ````: one point of the core sweep, one lane per CPU, every bar a
/// sampled stretch a worker ran on that CPU, labelled by worker. `half`, `equal` and `double` pick the
/// points with fewer, as many and more workers than usable cores; `empty` is said instead of a chart when
/// the sweep has no such point (no "fewer" point with one usable core); without it that is an error.
struct CoreGanttDirective: Directive {
    static let optionKeys = GanttDirective.optionKeys + ["empty", "idle"]
    static let arguments = SweepRole.allCases.map { "cores.\($0.rawValue)" }

    let role: SweepRole
    let location: SourceLocation
    let style: GanttStyle

    init(_ call: DirectiveCall) throws(TemplateError) {
        try call.checkOptions(allowed: Self.optionKeys)
        let argument = try call.requireArgument(among: Self.arguments)
        role = SweepRole(rawValue: String(argument.dropFirst("cores.".count)))!
        location = call.location
        style = try GanttStyle(call, defaultTask: "Worker", defaultLane: "CPU")
        idle = call.option("idle") ?? "idle"
    }

    /// The label of an idle CPU's lane.
    let idle: String

    func markdown(for facts: PostFacts) throws(TemplateError) -> String {
        let results = facts.results
        guard let sweep = results.coreSweep else {
            throw .missingData(at: location.description, reason: "these results hold no core sweep")
        }
        guard let point = role.point(in: sweep, usableCores: results.machine.usableCores) else {
            guard let empty = style.empty else {
                throw .missingData(at: location.description,
                                   reason: "the core sweep has no point for `cores.\(role.rawValue)`; give `empty:` to say so instead")
            }
            return empty
        }
        let busy = Set(point.slices.map(\.cpu))
        let idleCPUs = Self.idleCPUs(busy: busy, machine: results.machine)
        let end = point.slices.map(\.endSeconds).max() ?? 0
        let sections = busy.union(idleCPUs).sorted().map { cpu in
            guard busy.contains(cpu) else {
                return GanttSection(name: "\(style.lane) \(cpu)",
                                    bars: [GanttBar(label: idle, startSeconds: 0, endSeconds: end, muted: true)])
            }
            return GanttSection(name: "\(style.lane) \(cpu)", bars: point.slices.filter { $0.cpu == cpu }.map {
                GanttBar(label: "\(style.task) \($0.task + 1)", startSeconds: $0.startSeconds, endSeconds: $0.endSeconds)
            })
        }
        return style.render(GanttChart(title: style.title, sections: sections))
    }

    /// The usable CPUs no worker was seen on, drawn as idle lanes so every core the title speaks of has
    /// one: CPUs of the affinity set, lowest first, until the lanes number the usable cores.
    static func idleCPUs(busy: Set<Int>, machine: MachineFacts) -> [Int] {
        let missing = max(0, machine.usableCores - busy.count)
        return Array(machine.affinityCPUs.sorted().filter { !busy.contains($0) }.prefix(missing))
    }
}
