import Results

/// The loads every endpoint style gets, against any server on 127.0.0.1 (concreport's own, or the original post's
/// FastAPI app): the idle `/health` reference first, then one load per style with `/health` polled
/// throughout. The same generator and the same plan measure both servers.
struct ServerLoadSuite {
    /// Requests per style (full run); `--quick` sends about an eighth (a sixteenth of `/health`, at least 20). Each is sized to take about a second
    /// on two cores at the default sizes: `/health` and the pooled styles are fast; the styles that block the
    /// loop serve one request at a time, and a `/health` poll then waits for a whole round of the
    /// connections' requests, so they get longer runs (enough polls for the rank test of
    /// `Sources/Analysis/Noise/NoiseRule.swift`).
    static func requests(_ style: ServerStyle, quick: Bool) -> Int {
        let full: Int
        switch style {
        case .health: full = 10_000
        case .ioAsync, .ioAsyncShared: full = 1_500
        case .ioThreadPool: full = 800
        case .ioOnLoop: full = 150
        case .cpuProcessPool, .cpuProcessPoolIdle, .cpuProcessPoolFewer, .cpuThreadPool, .cpuDef: full = 80
        case .cpuOnLoop: full = 75
        }
        guard quick else { return full }
        return style == .health ? full / 16 : max(20, full / 8)
    }

    /// Concurrent connections for every style: enough to keep the original post's pool of 10 I/O threads busy.
    static let concurrency = 16
    /// Connections whose request lifetimes are kept for the chart, and how long from the start.
    static let spanConnections = 4
    static let spanWindowSeconds = 0.5
    /// Pause between two `/health` polls.
    static let healthIntervalSeconds = 0.002
    /// The first poll under load waits this long, so it finds the load's connections open and sending.
    static let healthStartDelaySeconds = 0.01

    var port: Int
    var quick: Bool
    var styles: [ServerStyle] = ServerStyle.allCases.filter { !$0.appOnly }
    /// The server's own measure of its handlers' work, when it has one.
    var handlerMedian: (ServerStyle) -> Double? = { _ in nil }
    var resetHandlerTimes: () -> Void = {}
    let progress: (String) -> Void

    var idlePolls: Int { quick ? 40 : 150 }
    var timeLimitSeconds: Double { quick ? 1.5 : 4 }

    /// Runs the idle reference and every style's load, in `ServerStyle` order.
    func measure(generator: LoadGenerator, poller: HealthPoller) throws -> (idleHealth: [Double], runs: [ServerLoadRun]) {
        // A short unmeasured burst first: connections, the server's first allocations, the pools' threads.
        _ = try generator.run(plan(.health, requests: 200), origin: ServerClock.nanoseconds())
        let idle = try poller.start(port: port, intervalSeconds: Self.healthIntervalSeconds, polls: idlePolls,
                                    origin: ServerClock.nanoseconds(), spanWindowSeconds: 0, delaySeconds: 0).wait()
        var runs: [ServerLoadRun] = []
        for style in styles {
            resetHandlerTimes()
            let origin = ServerClock.nanoseconds()
            let polling = try poller.start(port: port, intervalSeconds: Self.healthIntervalSeconds, polls: nil, origin: origin,
                                           spanWindowSeconds: Self.spanWindowSeconds, delaySeconds: Self.healthStartDelaySeconds)
            let load = try generator.run(plan(style, requests: Self.requests(style, quick: quick)), origin: origin)
            let health = try polling.finish()
            let run = ServerLoadRun(style: style, concurrency: Self.concurrency, requests: Self.requests(style, quick: quick),
                                    completed: load.completed, failed: load.failed, wallSeconds: load.wallSeconds,
                                    latency: load.latency, healthLatencySeconds: health.latencySeconds,
                                    handlerMedianSeconds: style == .health ? nil : handlerMedian(style),
                                    generatorCPUSeconds: load.cpuSeconds, spans: (load.spans + health.spans).sorted { $0.startSeconds < $1.startSeconds })
            progress("      \(style.path): \(run.completed) answered in \(String(format: "%.2f", run.wallSeconds)) s, p50 \(Self.ms(run.latency.p50Seconds)) ms, p99 \(Self.ms(run.latency.p99Seconds)) ms; /health p99 \(Self.ms(Summary.percentile(of: run.healthLatencySeconds, 0.99))) ms")
            runs.append(run)
        }
        return (idle.latencySeconds, runs)
    }

    func plan(_ style: ServerStyle, requests: Int) -> LoadGenerator.Plan {
        LoadGenerator.Plan(port: port, path: style.path, concurrency: Self.concurrency, requests: requests,
                           timeLimitSeconds: timeLimitSeconds, spanConnections: Self.spanConnections,
                           spanWindowSeconds: Self.spanWindowSeconds)
    }

    static func ms(_ seconds: Double) -> String { String(format: "%.2f", seconds * 1000) }
}
