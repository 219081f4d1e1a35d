import BuiltIn
import Foundation
import Results

/// The original post's FastAPI app (`python/fastapi_app.py`) run for real under uvicorn (`--compare-python`),
/// against the same local upstream and measured by the same load generator and plan as concreport's server.
/// Needs an interpreter with FastAPI, uvicorn, httpx and requests (`scripts/setup.sh` makes `.venv-fastapi/`);
/// without one, or when the app does not start, the comparison records why and the run goes on. The
/// interpreter leads its own process group (its process pool's workers share it), killed whole at the end
/// or on Ctrl-C.
public struct PythonServerMeasurement {
    public var cpuWorkers: Int
    /// The machine's usable cores: the `/cpu-bound-fewer` pool has one fewer.
    public var usableCores: Int
    public var quick: Bool
    let progress: (String) -> Void

    public init(cpuWorkers: Int, usableCores: Int, quick: Bool, progress: @escaping (String) -> Void) {
        self.cpuWorkers = cpuWorkers
        self.usableCores = usableCores
        self.quick = quick
        self.progress = progress
    }

    /// Where an interpreter with the app's packages may be: `CONCREPORT_FASTAPI_PYTHON`, the virtual
    /// environment `scripts/setup.sh` makes in the working folder, then python3 on PATH.
    static func candidates() -> [String] {
        var paths: [String] = []
        if let chosen = ProcessInfo.processInfo.environment["CONCREPORT_FASTAPI_PYTHON"] { paths.append(chosen) }
        paths.append(FileManager.default.currentDirectoryPath + "/.venv-fastapi/bin/python3")
        if let python = PythonBenchmark.locatePython() { paths.append(python) }
        return paths.filter { FileManager.default.isExecutableFile(atPath: $0) }
    }

    public func measure() -> PythonServerComparison {
        let folder = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("concreport-fastapi-\(getpid())")
        defer { try? FileManager.default.removeItem(at: folder) }
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            guard let python = try Self.candidates().first(where: { try Self.hasPackages($0, folder: folder) }) else {
                return PythonServerComparison(interpreter: nil, unavailableReason: "no python3 with FastAPI, uvicorn, httpx and requests was found (scripts/setup.sh installs them into .venv-fastapi)", experiment: nil)
            }
            return try run(python: python, folder: folder)
        } catch {
            return PythonServerComparison(interpreter: nil, unavailableReason: "the app could not be measured: \(error)", experiment: nil)
        }
    }

    /// Whether the interpreter finds the app's packages. `find_spec` locates them without importing them:
    /// importing FastAPI costs about a second of CPU, which the app's own start pays anyway.
    static func hasPackages(_ python: String, folder: URL) throws -> Bool {
        let check = "import importlib.util, sys; sys.exit(any(importlib.util.find_spec(m) is None for m in ('fastapi', 'uvicorn', 'httpx', 'requests')))"
        let outcome = try PythonChildProcess.run(executable: python, arguments: ["-c", check], in: folder, timeoutSeconds: 30)
        return outcome.exitStatus == 0
    }

    /// The endpoints the two-worker app is loaded on: the CPU endpoints that need no process pool.
    static let twoWorkerStyles: [ServerStyle] = [.cpuDef, .cpuOnLoop]

    private func run(python: String, folder: URL) throws -> PythonServerComparison {
        let upstream = try UpstreamServer(delaySeconds: ServerMeasurement.upstreamDelaySeconds)
        defer { upstream.stop() }
        let script = folder.appendingPathComponent(BuiltIn.PythonScript.fastAPIApp.fileName)
        try Data(BuiltIn.PythonScript.fastAPIApp.text.utf8).write(to: script)
        let fewer = ServerMeasurement.fewerCPUWorkers(usableCores: usableCores)
        var interpreter = ""
        var clientBuild: Double?
        var loopSize: Int?
        let app = try serve(python: python, script: script, upstream: upstream, fewer: fewer, mode: "one") { started, name in
            interpreter = "\(started.implementation) \(started.version)"
            loopSize = started.loopSize
            let (idle, runs) = try load(port: started.port, styles: ServerStyle.allCases)
            clientBuild = Self.clientBuildSeconds(port: started.port)
            return experiment(name, idle: idle, runs: runs, fewer: fewer,
                              background: started.background == true && upstream.inBackground)
        }
        progress("      the same app under uvicorn with 2 worker processes, on \(Self.twoWorkerStyles.map(\.path).joined(separator: " and "))")
        // The same loop size as the first app's, so one request is the same work in both.
        let twoWorkers = try? serve(python: python, script: script, upstream: upstream, fewer: fewer, mode: "workers",
                                    loopSize: loopSize) { started, name in
            // Both workers must be serving before the load: a short burst reaches each of them.
            try Self.waitForWorkers(port: started.port)
            let (idle, runs) = try load(port: started.port, styles: Self.twoWorkerStyles)
            return experiment(name + ", --workers 2", idle: idle, runs: runs, fewer: fewer, background: false)
        }
        return PythonServerComparison(interpreter: interpreter, unavailableReason: nil, experiment: app,
                                      clientBuildSecondsPerRequest: clientBuild, twoWorkers: twoWorkers)
    }

    private func load(port: Int, styles: [ServerStyle]) throws -> (idleHealth: [Double], runs: [ServerLoadRun]) {
        let generator = LoadGenerator()
        defer { generator.stop() }
        let poller = HealthPoller()
        defer { poller.stop() }
        return try ServerLoadSuite(port: port, quick: quick, styles: styles, progress: progress).measure(generator: generator, poller: poller)
    }

    private func experiment(_ name: String, idle: [Double], runs: [ServerLoadRun], fewer: Int, background: Bool) -> ServerExperiment {
        ServerExperiment(server: name, upstreamDelaySeconds: ServerMeasurement.upstreamDelaySeconds,
                         upstreamCallsPerRequest: ServerMeasurement.upstreamCalls, ioThreads: ServerMeasurement.ioThreads,
                         cpuWorkers: cpuWorkers, cpuTaskSeconds: ServerMeasurement.cpuTaskSeconds(quick: quick),
                         healthIntervalSeconds: ServerLoadSuite.healthIntervalSeconds, idleHealthLatencySeconds: idle, runs: runs,
                         backgroundPolicy: background ? ServerMeasurement.backgroundPolicy : nil, fewerCPUWorkers: fewer)
    }

    /// Starts the app in `mode`, hands its start line and name to `body`, and kills its process group after.
    private func serve<T>(python: String, script: URL, upstream: UpstreamServer, fewer: Int, mode: String, loopSize: Int? = nil,
                          _ body: (Started, String) throws -> T) throws -> T {
        let folder = script.deletingLastPathComponent()
        let stdout = folder.appendingPathComponent("app-\(mode).out"), stderr = folder.appendingPathComponent("app-\(mode).err")
        let pid = try PythonChildProcess.spawn(python, [script.path, String(upstream.port), String(ServerMeasurement.cpuTaskSeconds(quick: quick)),
                                                        String(cpuWorkers), String(fewer), mode] + (loopSize.map { [String($0)] } ?? []),
                                               stdout: stdout.path, stderr: stderr.path)
        ChildProcesses.started(pid, leadsGroup: true)
        defer {
            _ = PythonChildProcess.killGroup(ledBy: pid)
            ChildProcesses.reaping(pid)
            _ = PythonChildProcess.reap(pid)
        }
        let started = try Self.waitForStart(stdout: stdout, stderr: stderr, pid: pid)
        let name = "FastAPI \(started.fastapi) on uvicorn \(started.uvicorn), \(started.implementation) \(started.version)"
        progress("      \(name) serving on 127.0.0.1:\(started.port)")
        return try body(started, name)
    }

    /// `/stats` after the loads: the loop's CPU time building clients over the clients built.
    static func clientBuildSeconds(port: Int) -> Double? {
        guard let answer = BlockingGet.answer(port: port, path: "/stats"),
              let split = answer.firstRange(of: Array("\r\n\r\n".utf8)) else { return nil }
        struct Stats: Decodable { var seconds: Double; var count: Int }
        guard let stats = try? JSONDecoder().decode(Stats.self, from: Data(answer[split.upperBound...])), stats.count > 0 else { return nil }
        return stats.seconds / Double(stats.count)
    }

    /// Waits (at most 30 s) until `/health` answers: the two workers import the app before they serve.
    static func waitForWorkers(port: Int) throws {
        let deadline = Date().addingTimeInterval(30)
        while Date() < deadline {
            if BlockingGet.answer(port: port, path: "/health") != nil { return }
            usleep(50_000)
        }
        throw MeasureError.serverFailed(reason: "the two-worker app did not answer /health")
    }

    struct Started: Decodable {
        var port: Int
        var fastapi: String
        var uvicorn: String
        var implementation: String
        var version: String
        /// Whether the idle pool's workers run under SCHED_IDLE, as concreport's idle pool's do.
        var background: Bool?
        /// n of the sum of squares one CPU-bound request computes.
        var loopSize: Int?
    }

    /// Waits (at most 30 s) for the app's first line; fails with its stderr if it exits first.
    static func waitForStart(stdout: URL, stderr: URL, pid: pid_t) throws -> Started {
        let deadline = Date().addingTimeInterval(30)
        while Date() < deadline {
            if let data = try? Data(contentsOf: stdout), let line = data.split(separator: UInt8(ascii: "\n")).first,
               let started = try? JSONDecoder().decode(Started.self, from: Data(line)) {
                return started
            }
            // Exited already (left unreaped: the caller reaps it)?
            var info = siginfo_t()
            if waitid(P_PID, id_t(pid), &info, WEXITED | WNOHANG | WNOWAIT) == 0, info._sifields._sigchld.si_pid == pid { break }
            usleep(20_000)
        }
        let said = (try? String(contentsOf: stderr, encoding: .utf8))?.split(separator: "\n").suffix(3).joined(separator: " ") ?? ""
        throw MeasureError.serverFailed(reason: "the FastAPI app did not start: \(said)")
    }
}
