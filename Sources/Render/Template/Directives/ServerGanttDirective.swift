import Results

/// ```` ```concreport gantt server.<e> ````: request lifetimes at the start of one endpoint style's load,
/// as the load generator saw them: one section per client connection (the first `connections`), bars from
/// sent to answered, and a section for the `/health` poller.
struct ServerGanttDirective: Directive {
    static let optionKeys = GanttDirective.optionKeys + ["health", "poll", "connections"]
    static var arguments: [String] { ServerStyle.allCases.map { "server." + $0.templateName } }

    let location: SourceLocation
    let style: GanttStyle
    let endpoint: ServerStyle
    /// The health poller's section name, and the label of its bars (short: they are narrow).
    let healthLane: String
    let pollLabel: String
    /// How many of the recorded connections to draw (keep-alive requests follow each other with almost no
    /// gap, so the bar cap would merge them: fewer lanes and a short window keep every request its own bar).
    let connections: Int

    init(_ call: DirectiveCall) throws(TemplateError) {
        try call.checkOptions(allowed: Self.optionKeys)
        location = call.location
        let argument = try call.requireArgument(among: Self.arguments)
        endpoint = ServerStyle.allCases.first { "server." + $0.templateName == argument }!
        style = try GanttStyle(call, defaultTask: "request", defaultLane: "Connection")
        healthLane = call.option("health") ?? "/health"
        pollLabel = call.option("poll") ?? "ok"
        connections = try call.count("connections", default: 4)
    }

    func markdown(for facts: PostFacts) throws(TemplateError) -> String {
        guard let run = facts.results.server?.run(endpoint) else {
            throw .missingData(at: location.description, reason: "these results hold no server run of \(endpoint.path)")
        }
        return style.render(Self.chart(spans: run.spans.filter { ($0.connection ?? 0) < connections }, style: style, healthLane: healthLane, pollLabel: pollLabel))
    }

    /// A connection's requests are numbered (`request 1`, `request 2`, …): on a keep-alive connection the
    /// next request leaves the instant the answer arrives, and same-label bars that touch would be drawn as one.
    static func chart(spans: [RequestSpan], style: GanttStyle, healthLane: String, pollLabel: String) -> GanttChart {
        let connections = Set(spans.compactMap(\.connection)).sorted()
        var sections = connections.map { connection in
            GanttSection(name: "\(style.lane) \(connection + 1)", bars: spans.filter { $0.connection == connection }.enumerated().map {
                GanttBar(label: "\(style.task) \($0.offset + 1)", startSeconds: $0.element.startSeconds, endSeconds: $0.element.endSeconds)
            })
        }
        sections.append(GanttSection(name: healthLane, bars: spans.filter { $0.connection == nil }.map {
            GanttBar(label: pollLabel, startSeconds: $0.startSeconds, endSeconds: $0.endSeconds)
        }))
        return GanttChart(title: style.title, sections: sections)
    }
}
