/// The original post's FastAPI section, measured: one web server on 127.0.0.1 whose endpoints handle the
/// same work in different styles, each loaded by concreport's own load generator while `/health` is polled.
/// `Sources/Measure/Server/` measures it.
public struct ServerExperiment: Codable, Sendable, Equatable {
    /// What served: "SwiftNIO" and the swift-nio release the executable was built with for concreport's own server
    /// (e.g. `SwiftNIO 2.101.3`), `FastAPI 0.115 on uvicorn 0.34` for the original post's app.
    public var server: String
    /// The upstream's fixed answer delay, seconds (one per upstream call).
    public var upstreamDelaySeconds: Double
    /// Upstream calls per `/io-async` request (awaited together, as `asyncio.gather` does).
    public var upstreamCallsPerRequest: Int
    /// Threads of the pool blocking I/O is offloaded to (the original post's `ThreadPoolExecutor(max_workers=10)`).
    public var ioThreads: Int
    /// Threads or processes of the CPU pools.
    public var cpuWorkers: Int
    /// Processes of the `/cpu-bound-fewer` pool (one fewer than the usable cores, at least one); nil in
    /// files written before it was measured.
    public var fewerCPUWorkers: Int?
    /// CPU time one CPU-bound request computes, seconds, as sized (each handler's own time is in its run).
    public var cpuTaskSeconds: Double
    /// Pause between two `/health` polls, seconds (each poll waits for the previous answer).
    public var healthIntervalSeconds: Double
    /// `/health` latencies with no load, seconds, in order: the idle reference.
    public var idleHealthLatencySeconds: [Double]
    /// One load run per endpoint style, in `ServerStyle` order.
    public var runs: [ServerLoadRun]
    /// The scheduling policy the `/cpu-bound-idle` pool's workers and the upstream stand-in ran under,
    /// `SCHED_IDLE`: they take only the cores the event loop and the clients leave free. Nil when the kernel
    /// refused it. (In files written before `/cpu-bound-idle`, every CPU pool ran under it.)
    public var backgroundPolicy: String?

    public init(server: String, upstreamDelaySeconds: Double, upstreamCallsPerRequest: Int, ioThreads: Int, cpuWorkers: Int,
                cpuTaskSeconds: Double, healthIntervalSeconds: Double, idleHealthLatencySeconds: [Double], runs: [ServerLoadRun],
                backgroundPolicy: String? = nil, fewerCPUWorkers: Int? = nil) {
        self.server = server
        self.fewerCPUWorkers = fewerCPUWorkers
        self.upstreamDelaySeconds = upstreamDelaySeconds
        self.upstreamCallsPerRequest = upstreamCallsPerRequest
        self.ioThreads = ioThreads
        self.cpuWorkers = cpuWorkers
        self.cpuTaskSeconds = cpuTaskSeconds
        self.healthIntervalSeconds = healthIntervalSeconds
        self.idleHealthLatencySeconds = idleHealthLatencySeconds
        self.runs = runs
        self.backgroundPolicy = backgroundPolicy
    }

    public func run(_ style: ServerStyle) -> ServerLoadRun? { runs.first { $0.style == style } }
}

/// How an endpoint handles its work: the original post's three handlers, each beside its bad variant, and `/health`.
/// The raw value is the JSON key.
public enum ServerStyle: String, Codable, Sendable, CaseIterable, Comparable {
    /// `/health`: answers at once (the server's own ceiling).
    case health
    /// `/io-async`: awaits three upstream calls together on the event loop.
    case ioAsync = "io-async"
    /// `/io-sync`: a blocking upstream call offloaded to the I/O thread pool.
    case ioThreadPool = "io-sync"
    /// `/io-sync-on-loop`: the same blocking call made on the event loop.
    case ioOnLoop = "io-sync-on-loop"
    /// `/io-async-shared`: `/io-async` with one HTTP client kept for the app's lifetime instead of one built
    /// per request (the original post's app only; concreport's server has no client to build).
    case ioAsyncShared = "io-async-shared"
    /// `/cpu-bound`: the computation sent to a pool of worker processes, at the default priority, as the
    /// original post creates its `ProcessPoolExecutor`.
    case cpuProcessPool = "cpu-bound"
    /// `/cpu-bound-idle`: the same pool with its workers under SCHED_IDLE, so they take only cores the event
    /// loop leaves free (a remedy).
    case cpuProcessPoolIdle = "cpu-bound-idle"
    /// `/cpu-bound-fewer`: a pool of one worker fewer than the usable cores, at the default priority, so one
    /// core stays for the loop (a remedy).
    case cpuProcessPoolFewer = "cpu-bound-fewer"
    /// `/cpu-threads`: the computation on a thread pool, at the default priority.
    case cpuThreadPool = "cpu-threads"
    /// `/cpu-def`: a plain `def` endpoint, which FastAPI runs in its own thread pool (the original post's app only).
    case cpuDef = "cpu-def"
    /// `/cpu-on-loop`: the computation on the event loop.
    case cpuOnLoop = "cpu-on-loop"

    /// The endpoint's path.
    public var path: String { "/" + rawValue }

    /// Endpoints only the original post's FastAPI app has: what FastAPI users write, with no counterpart in
    /// concreport's server.
    public var appOnly: Bool { self == .ioAsyncShared || self == .cpuDef }

    public static func < (lhs: ServerStyle, rhs: ServerStyle) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// One endpoint under load: a fixed number of requests over a fixed number of keep-alive connections,
/// bounded in time, with `/health` polled on a connection of its own meanwhile.
public struct ServerLoadRun: Codable, Sendable, Equatable {
    public var style: ServerStyle
    /// Concurrent connections, each sending its next request when the previous one is answered.
    public var concurrency: Int
    /// Requests planned.
    public var requests: Int
    /// Requests answered with status 200 before the time bound.
    public var completed: Int
    /// Requests that failed (a connection error or another status).
    public var failed: Int
    /// From the first request sent to the last answer, seconds.
    public var wallSeconds: Double
    /// The answered requests' latencies, from the generator's HDR histogram.
    public var latency: LatencySummary
    /// `/health` latencies during the load, seconds, in order.
    public var healthLatencySeconds: [Double]
    /// From the handler's start to its answer being ready, measured in the server, seconds (median; a
    /// pooled handler's includes its wait for a pool thread); nil for `/health` and for the original post's app.
    public var handlerMedianSeconds: Double?
    /// CPU time the load generator's event-loop thread used, seconds (its cost on the shared cores).
    public var generatorCPUSeconds: Double
    /// A sample of request lifetimes from the start of the run (a few connections and the health polls),
    /// seconds since the first request, for the post's chart.
    public var spans: [RequestSpan]

    public init(style: ServerStyle, concurrency: Int, requests: Int, completed: Int, failed: Int, wallSeconds: Double,
                latency: LatencySummary, healthLatencySeconds: [Double], handlerMedianSeconds: Double?,
                generatorCPUSeconds: Double, spans: [RequestSpan]) {
        self.style = style
        self.concurrency = concurrency
        self.requests = requests
        self.completed = completed
        self.failed = failed
        self.wallSeconds = wallSeconds
        self.latency = latency
        self.healthLatencySeconds = healthLatencySeconds
        self.handlerMedianSeconds = handlerMedianSeconds
        self.generatorCPUSeconds = generatorCPUSeconds
        self.spans = spans
    }
}

/// Percentiles read from an HDR histogram (3 significant digits), seconds.
public struct LatencySummary: Codable, Sendable, Equatable {
    public var count: Int
    public var p50Seconds: Double
    public var p90Seconds: Double
    public var p99Seconds: Double
    public var maxSeconds: Double
    public var meanSeconds: Double

    public init(count: Int, p50Seconds: Double, p90Seconds: Double, p99Seconds: Double, maxSeconds: Double, meanSeconds: Double) {
        self.count = count
        self.p50Seconds = p50Seconds
        self.p90Seconds = p90Seconds
        self.p99Seconds = p99Seconds
        self.maxSeconds = maxSeconds
        self.meanSeconds = meanSeconds
    }
}

/// One request's lifetime as its client saw it: sent, then answered.
public struct RequestSpan: Codable, Sendable, Equatable {
    /// The client connection (0-based), or nil for the `/health` poller.
    public var connection: Int?
    public var startSeconds: Double
    public var endSeconds: Double

    public init(connection: Int?, startSeconds: Double, endSeconds: Double) {
        self.connection = connection
        self.startSeconds = startSeconds
        self.endSeconds = endSeconds
    }
}

/// The original post's FastAPI app run for real beside concreport's server (`--compare-python`).
public struct PythonServerComparison: Codable, Sendable, Equatable {
    /// The interpreter, e.g. `CPython 3.11.7`; nil when none could run the app.
    public var interpreter: String?
    /// Why the app did not run (no python3, FastAPI or uvicorn missing, it failed to start); nil when it ran.
    public var unavailableReason: String?
    /// Its measurement, with the same load generator; nil when it did not run.
    public var experiment: ServerExperiment?
    /// CPU time the loop's thread spent building `/io-async`'s client, per request, seconds (`time.thread_time`
    /// around `httpx.AsyncClient()`); nil when not measured.
    public var clientBuildSecondsPerRequest: Double?
    /// The app under uvicorn with two worker processes, on the CPU endpoints that need no process pool; nil
    /// when not measured.
    public var twoWorkers: ServerExperiment?

    public init(interpreter: String?, unavailableReason: String?, experiment: ServerExperiment?,
                clientBuildSecondsPerRequest: Double? = nil, twoWorkers: ServerExperiment? = nil) {
        self.interpreter = interpreter
        self.unavailableReason = unavailableReason
        self.experiment = experiment
        self.clientBuildSecondsPerRequest = clientBuildSecondsPerRequest
        self.twoWorkers = twoWorkers
    }
}
