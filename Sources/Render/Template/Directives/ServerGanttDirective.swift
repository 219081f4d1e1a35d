import Results

/// ```` ```concreport gantt server.<e> ````: request lifetimes at the start of one endpoint style's load,
/// as the load generator saw them: one section per client connection (the first few), bars from sent to
/// answered, and a section for the `/health` poller.
struct ServerGanttDirective: Directive {
    static let optionKeys = GanttDirective.optionKeys + ["health"]
    static var arguments: [String] { ServerStyle.allCases.map { "server." + NameCatalog.templateName($0) } }

    let location: SourceLocation
    let style: GanttStyle
    let endpoint: ServerStyle
    /// The health poller's section name and bar label.
    let healthLane: String

    init(_ call: DirectiveCall) throws(TemplateError) {
        try call.checkOptions(allowed: Self.optionKeys)
        location = call.location
        let argument = try call.requireArgument(among: Self.arguments)
        endpoint = ServerStyle.allCases.first { "server." + NameCatalog.templateName($0) == argument }!
        style = try GanttStyle(call, defaultTask: "request", defaultLane: "Connection")
        healthLane = call.option("health") ?? "/health"
    }

    func markdown(for facts: PostFacts) throws(TemplateError) -> String {
        guard let run = facts.results.server?.run(endpoint) else {
            throw .missingData(at: location.description, reason: "these results hold no server run of \(endpoint.path)")
        }
        return style.render(Self.chart(spans: run.spans, style: style, healthLane: healthLane))
    }

    static func chart(spans: [RequestSpan], style: GanttStyle, healthLane: String) -> GanttChart {
        let connections = Set(spans.compactMap(\.connection)).sorted()
        var sections = connections.map { connection in
            GanttSection(name: "\(style.lane) \(connection + 1)", bars: spans.filter { $0.connection == connection }.map {
                GanttBar(label: style.task, startSeconds: $0.startSeconds, endSeconds: $0.endSeconds)
            })
        }
        sections.append(GanttSection(name: healthLane, bars: spans.filter { $0.connection == nil }.map {
            GanttBar(label: healthLane, startSeconds: $0.startSeconds, endSeconds: $0.endSeconds)
        }))
        return GanttChart(title: style.title, sections: sections)
    }
}
