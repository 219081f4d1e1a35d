import Analysis
import Results

/// ```` ```concreport server io|cpu|health ````: one row per endpoint of that kind — concreport's server,
/// then the original post's FastAPI app when it was measured — with requests per second, p50 and p99 latency and
/// `/health`'s 99th percentile during the load. Cells are bare numbers; the headers carry the units. A
/// load that left requests unanswered (the time bound, or failures) says so after its requests per second (`cut`).
/// `servers` picks which servers' rows appear, in that order (`python, pythonWorkers` for the app alone).
struct ServerTableDirective: Directive {
    static let groups: [String: [ServerStyle]] = [
        "io": [.ioAsync, .ioAsyncShared, .ioThreadPool, .ioOnLoop],
        "cpu": [.cpuProcessPool, .cpuProcessPoolIdle, .cpuProcessPoolFewer, .cpuThreadPool, .cpuDef, .cpuOnLoop],
        "health": [.health],
    ]
    static let optionKeys = ["columns", "servers", "ours", "python", "pythonWorkers", "cut", "slowest"] + ServerStyle.allCases.map(\.templateName)
    static let defaultColumns = ["Endpoint", "Server", "Requests/s", "p50 (ms)", "p99 (ms)", "/health p99 (ms)"]

    /// The servers whose rows a table shows (`servers` option).
    enum Server: String, CaseIterable {
        case ours, python, pythonWorkers
    }

    let location: SourceLocation
    let table: DirectiveTable
    let servers: [Server]
    let styles: [ServerStyle]
    let labels: [ServerStyle: String]
    let oursLabel: String?
    let pythonLabel: String?
    /// The server column of the app under uvicorn with two workers (default: its name, which says so).
    let pythonWorkersLabel: String?
    /// Said after the requests per second when not every request was answered (the time bound, or failures).
    let cutNote: String
    /// Said after a 99th-percentile cell that is the slowest of too few samples (`TailLatency`); `{n}` is
    /// their count.
    let slowestNote: String

    init(_ call: DirectiveCall) throws(TemplateError) {
        try call.checkOptions(allowed: Self.optionKeys)
        location = call.location
        styles = Self.groups[try call.requireArgument(among: Self.groups.keys.sorted())]!
        table = try DirectiveTable(call, defaults: Self.defaultColumns, alignments: [":---", ":---", "---:", "---:", "---:", "---:"])
        var labels: [ServerStyle: String] = [:]
        for style in ServerStyle.allCases { labels[style] = call.option(style.templateName) ?? style.path }
        self.labels = labels
        oursLabel = call.option("ours")
        pythonLabel = call.option("python")
        pythonWorkersLabel = call.option("pythonWorkers")
        if let listed = call.option("servers") {
            servers = try listed.split(separator: ",").map { name throws(TemplateError) -> Server in
                let name = name.trimmingCharacters(in: .whitespaces)
                guard let server = Server(rawValue: name) else {
                    throw .unknownArgument(at: call.location.description, directive: "server (option servers)", argument: name,
                                           suggestion: NearestName.to(name, among: Server.allCases.map(\.rawValue)))
                }
                return server
            }
        } else {
            servers = Server.allCases
        }
        cutNote = call.option("cut") ?? "({answered} of {planned} answered)"
        slowestNote = call.option("slowest") ?? "(slowest of {n})"
    }

    func markdown(for facts: PostFacts) throws(TemplateError) -> String {
        guard let ours = facts.findings.server else {
            throw .missingData(at: location.description, reason: "these results hold no server experiment")
        }
        let app = facts.findings.pythonServer.findings
        let twoWorkers = facts.findings.pythonServer.twoWorkers
        var rows: [[String]] = []
        for style in styles {
            for server in servers {
                switch server {
                case .ours:
                    if let found = ours.style(style) { rows.append(row(style, oursLabel ?? ours.server, found)) }
                case .python:
                    if let app, let found = app.style(style) { rows.append(row(style, pythonLabel ?? app.server, found)) }
                case .pythonWorkers:
                    if let twoWorkers, let found = twoWorkers.style(style) { rows.append(row(style, pythonWorkersLabel ?? twoWorkers.server, found)) }
                }
            }
        }
        return table.markdown(rows: rows)
    }

    private func row(_ style: ServerStyle, _ server: String, _ found: ServerStyleFindings) -> [String] {
        let cut = found.completedAll ? "" : " " + cutNote.replacingOccurrences(of: "{answered}", with: String(found.completed))
            .replacingOccurrences(of: "{planned}", with: String(found.requests))
        return [labels[style] ?? style.path, server, NumberText.fixed(found.throughput, decimals: 0) + cut, Self.latency(found.p50Ms),
         tail(found.tail), tail(found.healthTail)]
    }

    static func latency(_ ms: Double) -> String {
        NumberText.fixed(ms, decimals: ReadablePrecision.latencyDecimals(for: ms))
    }

    private func tail(_ tail: TailLatency) -> String {
        let value = Self.latency(tail.ms)
        return tail.isMaximum ? value + " " + slowestNote.replacingOccurrences(of: "{n}", with: String(tail.samples)) : value
    }
}
