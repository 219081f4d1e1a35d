import Analysis
import Results

/// A generated block: one type per directive, each checked when the template is read and rendered
/// from `PostFacts` when the post is filled.
protocol Directive: Sendable {
    /// The Markdown that replaces the whole fence (no trailing newline).
    func markdown(for facts: PostFacts) throws(TemplateError) -> String
}

/// The directives templates may use, picked by name.
enum DirectiveRegistry {
    static let names = ["gantt", "tasks", "comparison", "spread", "sweep", "corebusy", "plot", "server", "throttling", "warnings"]

    /// One line per directive, for `--list-names`.
    static let usage = [
        "gantt <workload>.<strategy>   options: title, lane, task, maxBars, untilMs, note",
        "gantt lock                    options: title, lane, task, maxBars, untilMs, note",
        "gantt convoy                  options: title, lane, task, maxBars, untilMs, note, io, wait",
        "gantt timeline.sequential|timeline.sliced|timeline.parallel   options: title, lane, task, maxBars, untilMs, note, by (task|cpu), empty",
        "gantt cores.half|cores.equal|cores.double   options: title, lane, task, maxBars, untilMs, note, empty, idle",
        "gantt server.<endpoint>       options: title, lane, task, maxBars, untilMs, note, health, poll, connections",
        "tasks <workload>.<strategy>   options: columns",
        "tasks gather                  options: columns (4)",
        "tasks demo                    options: columns (5)",
        "comparison                    options: columns (5), sequential, async, threads, processes, globalLock, baseline, faster, same, slower ({speedup})",
        "spread                        options: columns (8), sequential, async, threads, processes, globalLock, io, cpu",
        "sweep                         options: columns (7)",
        "corebusy                      options: columns (3)",
        "plot sweep                    options: title, x, y",
        "plot comparison.io|comparison.cpu   options: title, x, y, sequential, async, threads, processes, globalLock",
        "server io|cpu|health          options: columns (6), ours, python, cut, health, ioAsync, ioThreadPool, ioOnLoop, cpuProcessPool, cpuThreadPool, cpuOnLoop",
        "throttling                    options: columns (4), " + MeasuredSection.allCases.map(\.rawValue).joined(separator: ", "),
        "warnings                      options: none, " + RunWarning.Kind.allCases.map(\.rawValue).joined(separator: ", "),
    ]

    static func make(_ call: DirectiveCall) throws(TemplateError) -> any Directive {
        switch call.name {
        case "gantt" where call.argument == "lock":
            return try LockGanttDirective(call)
        case "gantt" where call.argument == "convoy":
            return try ConvoyGanttDirective(call)
        case "gantt" where call.argument?.hasPrefix("timeline.") == true:
            return try TimelineGanttDirective(call)
        case "gantt" where call.argument?.hasPrefix("server.") == true:
            return try ServerGanttDirective(call)
        case "gantt" where call.argument?.hasPrefix("cores.") == true:
            return try CoreGanttDirective(call)
        case "gantt":
            return try GanttDirective(call)
        case "tasks" where call.argument == "gather":
            return try GatherTasksDirective(call)
        case "tasks" where call.argument == "demo":
            return try DemoTasksDirective(call)
        case "tasks":
            return try TasksDirective(call)
        case "comparison":
            return try ComparisonDirective(call)
        case "spread":
            return try SpreadDirective(call)
        case "sweep":
            return try SweepDirective(call)
        case "plot":
            return try PlotDirective(call)
        case "corebusy":
            return try CoreBusyDirective(call)
        case "server":
            return try ServerTableDirective(call)
        case "throttling":
            return try ThrottlingDirective(call)
        case "warnings":
            return try WarningsDirective(call)
        default:
            throw .unknownDirective(at: call.location.description, name: call.name,
                                    suggestion: NearestName.to(call.name, among: names))
        }
    }
}

/// `io.async` → the workload and strategy it names.
struct CellReference: Sendable, Equatable {
    var workload: WorkloadID
    var strategy: StrategyID

    init(_ call: DirectiveCall) throws(TemplateError) {
        let argument = try call.requireArgument(among: StrategyID.cellNames)
        let parts = argument.split(separator: ".").map(String.init)
        workload = WorkloadID(rawValue: parts[0])!
        strategy = StrategyID.allCases.first { $0.templateName == parts[1] }!
    }

    func representativeRun(in results: Results, at location: SourceLocation) throws(TemplateError) -> Run {
        guard let run = results.comparison.cell(strategy, workload)?.representativeRun else {
            throw .missingData(at: location.description,
                               reason: "these results have no runs of \(strategy.rawValue) on the \(workload.rawValue) workload")
        }
        return run
    }
}
