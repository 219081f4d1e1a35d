import BuiltIn
import Results

/// The original post's FastAPI section, measured with concreport's own server (`Sources/Measure/Server/`): the
/// upstream, the app server with its pools, the load generator and the health poller all on 127.0.0.1,
/// all stopped (and every worker process reaped) before it returns, also when it fails.
struct ServerMeasurement {
    /// The upstream's answer delay: a quick API call on a local network.
    static let upstreamDelaySeconds = 0.01
    /// The original post's `ThreadPoolExecutor(max_workers=10)`.
    static let ioThreads = 10
    static let upstreamCalls = 3
    /// CPU time of one CPU-bound request: long enough to see, short enough for a few dozen per second;
    /// half of it under `--quick`.
    static func cpuTaskSeconds(quick: Bool) -> Double { quick ? 0.01 : 0.02 }

    /// The remedy `/cpu-bound-idle` measures, and how the upstream stand-in (another machine, in a real
    /// deployment) is scheduled: under SCHED_IDLE the pool's workers take only cores the event loop and the
    /// clients leave free. At the default priority (`/cpu-bound`, as the original post creates its pool) as many busy
    /// workers as cores leave each waking loop about a scheduler slice behind them. The original post's app does the
    /// same through its idle pool's initializer (`python/fastapi_app.py`) and shares the upstream.
    static let backgroundPolicy = "SCHED_IDLE"

    var cpuWorkers: Int
    var calibration: Calibration
    var workerExecutable: String
    var quick: Bool
    let progress: (String) -> Void

    /// One worker fewer than the usable cores, at least one: the remedy that leaves the loop a core.
    static func fewerCPUWorkers(usableCores: Int) -> Int { max(1, usableCores - 1) }

    var usableCores: Int

    func measure() throws -> ServerExperiment {
        let task = SizedTask(seconds: Self.cpuTaskSeconds(quick: quick), calibration: calibration)
        let upstream = try UpstreamServer(delaySeconds: Self.upstreamDelaySeconds)
        defer { upstream.stop() }
        let server = try AppServer(upstreamPort: upstream.port, upstreamCalls: Self.upstreamCalls, ioThreads: Self.ioThreads,
                                   cpuWorkers: cpuWorkers, fewerCPUWorkers: Self.fewerCPUWorkers(usableCores: usableCores),
                                   cpuIterations: task.iterations, workerExecutable: workerExecutable)
        defer { server.stop() }
        let generator = LoadGenerator()
        defer { generator.stop() }
        let poller = HealthPoller()
        defer { poller.stop() }
        progress("      serving on 127.0.0.1:\(server.port), upstream on 127.0.0.1:\(upstream.port)")
        var suite = ServerLoadSuite(port: server.port, quick: quick, progress: progress)
        suite.handlerMedian = { server.times.median($0) }
        suite.resetHandlerTimes = { server.times.reset() }
        let (idle, runs) = try suite.measure(generator: generator, poller: poller)
        return ServerExperiment(server: Self.serverName, upstreamDelaySeconds: Self.upstreamDelaySeconds,
                                upstreamCallsPerRequest: Self.upstreamCalls, ioThreads: Self.ioThreads, cpuWorkers: cpuWorkers,
                                cpuTaskSeconds: task.expectedSeconds, healthIntervalSeconds: ServerLoadSuite.healthIntervalSeconds,
                                idleHealthLatencySeconds: idle, runs: runs,
                                backgroundPolicy: Self.backgroundPolicy(upstream: upstream, server: server),
                                fewerCPUWorkers: server.fewerCPUWorkers)
    }

    static func backgroundPolicy(upstream: UpstreamServer, server: AppServer) -> String? {
        upstream.inBackground && server.idlePoolInBackground ? backgroundPolicy : nil
    }

    /// "SwiftNIO" and the swift-nio release this executable was built with (`BuiltIn.swiftNIOVersion`).
    static let serverName = "SwiftNIO \(BuiltIn.swiftNIOVersion)"
}
