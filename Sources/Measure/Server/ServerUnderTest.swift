import Results

/// concreport's server with its upstream, left running for an outside load generator (`make bench` puts
/// wrk beside concreport's own generator on the same endpoint), and concreport's generator against it.
public final class ServerUnderTest {
    /// One load of concreport's generator: answered requests per second, median latency, its own CPU time.
    public struct Load: Sendable {
        public var throughput: Double
        public var p50Seconds: Double
        public var generatorCPUSeconds: Double
        public var wallSeconds: Double
    }

    public let port: Int
    /// `ServerMeasurement.backgroundPolicy` when the CPU pools and the upstream run under it, else nil.
    public var backgroundPolicy: String? {
        ServerMeasurement.backgroundPolicy(upstream: upstream, server: server)
    }
    private let upstream: UpstreamServer
    private let server: AppServer
    private let generator = LoadGenerator()

    public init(workerExecutable: String, cpuWorkers: Int, calibration: Calibration) throws {
        upstream = try UpstreamServer(delaySeconds: ServerMeasurement.upstreamDelaySeconds)
        let task = SizedTask(seconds: ServerMeasurement.cpuTaskSeconds(quick: false), calibration: calibration)
        do {
            server = try AppServer(upstreamPort: upstream.port, upstreamCalls: ServerMeasurement.upstreamCalls,
                                   ioThreads: ServerMeasurement.ioThreads, cpuWorkers: cpuWorkers,
                                   fewerCPUWorkers: ServerMeasurement.fewerCPUWorkers(usableCores: cpuWorkers), cpuIterations: task.iterations,
                                   workerExecutable: workerExecutable)
        } catch {
            upstream.stop()
            throw error
        }
        port = server.port
    }

    public func load(_ style: ServerStyle, concurrency: Int, requests: Int, timeLimitSeconds: Double) throws -> Load {
        let plan = LoadGenerator.Plan(port: port, path: style.path, concurrency: concurrency, requests: requests,
                                      timeLimitSeconds: timeLimitSeconds, spanConnections: 0, spanWindowSeconds: 0)
        let outcome = try generator.run(plan, origin: ServerClock.nanoseconds())
        return Load(throughput: outcome.wallSeconds > 0 ? Double(outcome.completed) / outcome.wallSeconds : 0,
                    p50Seconds: outcome.latency.p50Seconds, generatorCPUSeconds: outcome.cpuSeconds, wallSeconds: outcome.wallSeconds)
    }

    public func stop() {
        generator.stop()
        server.stop()
        upstream.stop()
    }
}
