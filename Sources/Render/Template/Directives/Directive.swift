import Analysis
import Results

/// A generated block: one type per directive, each checked when the template is read and rendered
/// from `PostFacts` when the post is filled.
protocol Directive: Sendable {
    /// The Markdown that replaces the whole fence (no trailing newline).
    func markdown(for facts: PostFacts) throws(TemplateError) -> String
}

/// The directives templates may use: one entry each, which `make` picks from, `--list-names` prints and
/// an unknown name is matched against, so the three cannot drift apart.
enum DirectiveRegistry {
    /// Which arguments an entry claims, and how its usage line shows them.
    enum Claim: Sendable {
        /// No argument (one given is refused by the directive).
        case none
        /// Exactly this argument.
        case exactly(String)
        /// Arguments that start with this prefix; `shown` in the usage line.
        case prefix(String, shown: String)
        /// Any other argument, checked by the directive; `shown` in the usage line.
        case rest(shown: String)

        func claims(_ argument: String?) -> Bool {
            switch self {
            case .none, .rest: return true
            case let .exactly(expected): return argument == expected
            case let .prefix(prefix, _): return argument?.hasPrefix(prefix) == true
            }
        }

        var shown: String {
            switch self {
            case .none: return ""
            case let .exactly(argument): return argument
            case let .prefix(_, shown), let .rest(shown): return shown
            }
        }
    }

    struct Entry: Sendable {
        let name: String
        let claim: Claim
        let options: [String]
        let make: @Sendable (DirectiveCall) throws(TemplateError) -> any Directive

        var usage: String {
            let head = claim.shown.isEmpty ? name : name + " " + claim.shown
            return head.padding(toLength: max(head.count, 29), withPad: " ", startingAt: 0) + " options: " + options.joined(separator: ", ")
        }
    }

    /// In the order they are tried: for one name, the entries with an exact or prefix claim come first.
    static let entries: [Entry] = [
        Entry(name: "gantt", claim: .exactly("lock"), options: GanttDirective.optionKeys) { call throws(TemplateError) in try LockGanttDirective(call) },
        Entry(name: "gantt", claim: .exactly("convoy"), options: ConvoyGanttDirective.optionKeys) { call throws(TemplateError) in try ConvoyGanttDirective(call) },
        Entry(name: "gantt", claim: .prefix("timeline.", shown: TimelineGanttDirective.arguments.joined(separator: "|")),
              options: TimelineGanttDirective.optionKeys) { call throws(TemplateError) in try TimelineGanttDirective(call) },
        Entry(name: "gantt", claim: .prefix("server.", shown: "server.<endpoint>"),
              options: ServerGanttDirective.optionKeys) { call throws(TemplateError) in try ServerGanttDirective(call) },
        Entry(name: "gantt", claim: .prefix("cores.", shown: CoreGanttDirective.arguments.joined(separator: "|")),
              options: CoreGanttDirective.optionKeys) { call throws(TemplateError) in try CoreGanttDirective(call) },
        Entry(name: "gantt", claim: .rest(shown: "<workload>.<strategy>"), options: GanttDirective.optionKeys) { call throws(TemplateError) in try GanttDirective(call) },
        Entry(name: "tasks", claim: .exactly("gather"), options: GatherTasksDirective.optionKeys) { call throws(TemplateError) in try GatherTasksDirective(call) },
        Entry(name: "tasks", claim: .exactly("demo"), options: DemoTasksDirective.optionKeys) { call throws(TemplateError) in try DemoTasksDirective(call) },
        Entry(name: "tasks", claim: .rest(shown: "<workload>.<strategy>"), options: TasksDirective.optionKeys) { call throws(TemplateError) in try TasksDirective(call) },
        Entry(name: "comparison", claim: .none, options: ComparisonDirective.optionKeys) { call throws(TemplateError) in try ComparisonDirective(call) },
        Entry(name: "spread", claim: .none, options: SpreadDirective.optionKeys) { call throws(TemplateError) in try SpreadDirective(call) },
        Entry(name: "sweep", claim: .none, options: SweepDirective.optionKeys) { call throws(TemplateError) in try SweepDirective(call) },
        Entry(name: "corebusy", claim: .none, options: CoreBusyDirective.optionKeys) { call throws(TemplateError) in try CoreBusyDirective(call) },
        Entry(name: "plot", claim: .rest(shown: PlotDirective.arguments.joined(separator: "|")), options: PlotDirective.optionKeys) { call throws(TemplateError) in try PlotDirective(call) },
        Entry(name: "server", claim: .rest(shown: ServerTableDirective.groups.keys.sorted().joined(separator: "|")),
              options: ServerTableDirective.optionKeys) { call throws(TemplateError) in try ServerTableDirective(call) },
        Entry(name: "throttling", claim: .none, options: ThrottlingDirective.optionKeys) { call throws(TemplateError) in try ThrottlingDirective(call) },
        Entry(name: "warnings", claim: .none, options: WarningsDirective.optionKeys) { call throws(TemplateError) in try WarningsDirective(call) },
    ]

    /// Every directive name, once, in the entries' order.
    static var names: [String] {
        entries.map(\.name).reduce(into: []) { names, name in if !names.contains(name) { names.append(name) } }
    }

    /// One line per entry, for `--list-names`.
    static var usage: [String] { entries.map(\.usage) }

    static func make(_ call: DirectiveCall) throws(TemplateError) -> any Directive {
        guard let entry = entries.first(where: { $0.name == call.name && $0.claim.claims(call.argument) }) else {
            throw .unknownDirective(at: call.location.description, name: call.name,
                                    suggestion: NearestName.to(call.name, among: names))
        }
        return try entry.make(call)
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
