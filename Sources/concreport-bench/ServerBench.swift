import Foundation
import Measure
import Results

/// The server section's goals: what `/health` saw, and concreport's load generator against wrk
/// on the same server, endpoint and concurrency, both on the same cores as the server.
@MainActor enum ServerBench {
    static func run(runner: Runner, calibration: Calibration, worker: String, usable: Int) throws {
        note("server section: 3 full measurements, then concreport's generator against wrk")
        var sectionWalls: [Double] = [], blockedIO: [Double] = [], blockedCPU: [Double] = []
        var beside: [ServerStyle: [Double]] = [:]
        for _ in 0..<3 {
            let start = Date()
            let experiment = try runner.measureServer(calibration: calibration, usableCores: usable)
            sectionWalls.append(Date().timeIntervalSince(start))
            let idleP99 = Summary.percentile(of: experiment.idleHealthLatencySeconds, 0.99)
            for style in [ServerStyle.ioAsync, .ioThreadPool, .cpuThreadPool, .cpuProcessPool, .cpuProcessPoolIdle, .cpuProcessPoolFewer] {
                if let run = experiment.run(style) { beside[style, default: []].append((Summary.percentile(of: run.healthLatencySeconds, 0.99) - idleP99) * 1000) }
            }
            func blocked(_ style: ServerStyle) -> Double? {
                guard let run = experiment.run(style), let handler = run.handlerMedianSeconds, handler > 0 else { return nil }
                return (run.healthLatencySeconds.max() ?? 0) / handler
            }
            blocked(.ioOnLoop).map { blockedIO.append($0) }
            blocked(.cpuOnLoop).map { blockedCPU.append($0) }
        }
        report(Figure(name: "server section, wall", runs: sectionWalls, unit: "s", goal: .atMost(15)))
        report(Figure(name: "server: blocked loop (I/O), slowest /health / handler time", runs: blockedIO, unit: "", goal: .atLeast(1)))
        report(Figure(name: "server: blocked loop (CPU), slowest /health / handler time", runs: blockedCPU, unit: "", goal: .atLeast(1)))
        // The 2 ms goal is for the offloaded styles: their work runs on pools, and the loop only hands it over.
        // `/io-async` does its I/O on the loop itself (three fresh upstream connections per request, as the
        // original post's `httpx.AsyncClient()` per request), so `/health` shares the loop with real work: reported
        // for information, and judged in the post by the analysis layer's verdict, not by a bound.
        // The pools at the default priority (`/cpu-bound`, `/cpu-threads`, as the original post creates them) are the
        // headline, measured for what they cost the loop; the 2 ms bound holds for the SCHED_IDLE remedy.
        let bounded: Set<ServerStyle> = [.ioThreadPool, .cpuProcessPoolIdle]
        for (style, runs) in beside.sorted(by: { $0.key < $1.key }) {
            report(Figure(name: "server: \(style.path), /health p99 − idle p99", runs: runs, unit: "ms",
                          goal: bounded.contains(style) ? .atMost(2) : .none))
        }
        try crossCheck(calibration: calibration, worker: worker, usable: usable)
        seedApp(usable: usable)
    }

    /// The original post's FastAPI app: its `/io-async` with one shared client against a client built per
    /// request, and what building one costs the loop; twice, when an interpreter with its packages is found.
    static func seedApp(usable: Int) {
        var sharedOverPerRequest: [Double] = [], buildMs: [Double] = []
        for _ in 0..<2 {
            let comparison = PythonServerMeasurement(cpuWorkers: usable, usableCores: usable, quick: false, progress: { _ in }).measure()
            guard let app = comparison.experiment else {
                note("the original post's FastAPI app was not measured: \(comparison.unavailableReason ?? "unknown")")
                return
            }
            func rate(_ style: ServerStyle) -> Double? {
                app.run(style).flatMap { $0.wallSeconds > 0 ? Double($0.completed) / $0.wallSeconds : nil }
            }
            if let shared = rate(.ioAsyncShared), let perRequest = rate(.ioAsync), perRequest > 0 {
                sharedOverPerRequest.append(shared / perRequest)
            }
            comparison.clientBuildSecondsPerRequest.map { buildMs.append($0 * 1000) }
        }
        if !sharedOverPerRequest.isEmpty {
            report(Figure(name: "FastAPI app /io-async: one shared client ÷ a client per request, requests/s", runs: sharedOverPerRequest,
                          unit: "", goal: .none))
        }
        if !buildMs.isEmpty {
            report(Figure(name: "FastAPI app /io-async: the loop's CPU time building a client, per request", runs: buildMs, unit: "ms", goal: .none))
        }
    }

    /// wrk -t1 and concreport's generator (one event-loop thread each) at the same concurrency.
    static func crossCheck(calibration: Calibration, worker: String, usable: Int) throws {
        guard let wrk = PythonBenchmark.locate("wrk") else {
            note("wrk is not on PATH (apt-get install wrk, scripts/setup.sh): no cross-check")
            return
        }
        let server = try ServerUnderTest(workerExecutable: worker, cpuWorkers: usable, calibration: calibration)
        defer { server.stop() }
        let concurrency = 16
        for (style, requests, goal) in [(ServerStyle.ioAsync, 3_000, "async"), (.health, 60_000, "health")] {
            var ours: [ServerUnderTest.Load] = [], theirs: [WrkResult] = []
            for _ in 0..<3 {
                _ = try server.load(style, concurrency: concurrency, requests: requests / 10, timeLimitSeconds: 5)  // warm
                let load = try server.load(style, concurrency: concurrency, requests: requests, timeLimitSeconds: 10)
                ours.append(load)
                theirs.append(try runWrk(wrk, port: server.port, path: style.path, concurrency: concurrency,
                                         seconds: max(1, Int(load.wallSeconds.rounded()))))
            }
            let throughput = zip(ours, theirs).map { $0.throughput / $1.throughput }
            if goal == "async" {
                report(Figure(name: "\(style.path) c=\(concurrency): concreport / wrk throughput", runs: throughput, unit: "", goal: .within(0.9, 1.1)))
                report(Figure(name: "\(style.path) c=\(concurrency): concreport / wrk p50", runs: zip(ours, theirs).map { $0.p50Seconds / $1.p50Seconds },
                              unit: "", goal: .within(0.9, 1.1)))
            } else {
                report(Figure(name: "\(style.path) c=\(concurrency): concreport / wrk throughput", runs: throughput, unit: "", goal: .atLeast(0.8)))
                report(Figure(name: "\(style.path) c=\(concurrency): wrk throughput", runs: theirs.map(\.throughput), unit: "req/s", goal: .none))
            }
            report(Figure(name: "\(style.path) c=\(concurrency): generator CPU per 1000 requests", runs: ours.map { $0.generatorCPUSeconds / ($0.throughput * $0.wallSeconds) * 1e6 },
                          unit: "ms", goal: .none))
            report(Figure(name: "\(style.path) c=\(concurrency): generator CPU / wall (one core = 1)", runs: ours.map { $0.generatorCPUSeconds / $0.wallSeconds },
                          unit: "", goal: .none))
        }
    }

    struct WrkResult {
        var throughput: Double
        var p50Seconds: Double
    }

    static func runWrk(_ wrk: String, port: Int, path: String, concurrency: Int, seconds: Int) throws -> WrkResult {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: wrk)
        process.arguments = ["-t1", "-c\(concurrency)", "-d\(seconds)s", "--latency", "http://127.0.0.1:\(port)\(path)"]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return try parseWrk(output)
    }

    /// `Requests/sec:  1234.56` and the `--latency` table's `50%    1.23ms` line.
    static func parseWrk(_ output: String) throws -> WrkResult {
        var throughput: Double?, p50: Double?
        for line in output.split(separator: "\n") {
            let fields = line.split(separator: " ", omittingEmptySubsequences: true)
            if fields.first == "Requests/sec:", fields.count > 1 { throughput = Double(fields[1]) }
            if fields.first == "50%", fields.count > 1 { p50 = seconds(String(fields[1])) }
        }
        guard let throughput, let p50 else { throw BenchError.commandFailed("wrk said: \(output)") }
        return WrkResult(throughput: throughput, p50Seconds: p50)
    }

    static func seconds(_ text: String) -> Double? {
        for (suffix, scale) in [("us", 1e-6), ("ms", 1e-3), ("s", 1.0)] where text.hasSuffix(suffix) {
            return Double(text.dropLast(suffix.count)).map { $0 * scale }
        }
        return nil
    }
}
