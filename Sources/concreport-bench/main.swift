import Foundation
import Measure
import Results

// The fidelity and cost benchmark: every figure measured in this one run, on this machine, as the median
// of at least three runs with its min–max, printed with its goal; CPython beside concreport on the same
// figures when python3 is on PATH. Timing claims live here, not in the unit tests.

let own = WorkerExecutable.ownExecutable()
let binary = URL(fileURLWithPath: own).deletingLastPathComponent().appendingPathComponent("concreport").path
let worker = WorkerExecutable.beside(own)
for path in [binary, worker] where !FileManager.default.isExecutableFile(atPath: path) {
    FileHandle.standardError.write(Data("concreport-bench: build concreport first (\(path) is missing)\n".utf8))
    exit(2)
}
let usable = MachineProbe.probe().usableCores
let python = PythonBenchmark.locatePython()
var figures: [Figure] = []
@MainActor func report(_ figure: Figure) {
    figures.append(figure)
    FileHandle.standardOutput.write(Data((figure.line + "\n").utf8))
}
@MainActor func report(_ peer: PeerLine) {
    FileHandle.standardOutput.write(Data((peer.line + "\n").utf8))
}
/// `concreport-bench [SECTION…]` runs only the named sections (io, cpu, costs, scale, tool; `scale:async`
/// runs one scale figure), for profiling one of them; with no arguments, everything.
let sections = CommandLine.arguments.dropFirst()
func wants(_ section: String, _ part: String? = nil) -> Bool {
    sections.isEmpty || sections.contains(section) || part.map { sections.contains("\(section):\($0)") } == true
}
func note(_ text: String) { FileHandle.standardError.write(Data("bench: \(text)\n".utf8)) }
func walls(_ cell: Cell) -> [Double] { cell.runs.map(\.wallSeconds) }
/// Run i of `top` divided by run i of `bottom`: runs measured side by side, so each ratio is one reading.
func paired(_ top: [Double], _ bottom: [Double]) -> [Double] { zip(top, bottom).map { $0 / $1 } }

var settings = Settings.originalPost(quick: false)
settings.cpuTasks = usable
settings.cpuWorkers = usable
let runner = Runner(settings: settings, workerExecutable: worker, progress: { _ in })
let calibration = try runner.calibrate()
note("calibrated \(calibration.iterationsPerTask) iterations per \(settings.cpuTaskTargetSeconds) s task; \(usable) usable cores; python3: \(python ?? "none")")

// I/O: 10 tasks × 1 s, and the quick run's 10 × 0.1 s for processes.
if wants("io") {
    note("I/O 10 × 1 s")
    for (strategy, goal) in [(StrategyID.async, 1.01), (.threads, 1.01), (.globalLock, 1.01), (.processes, 1.10)] {
        let cell = try runner.measureCell(strategy, .io, calibration: calibration, repetitions: 3)
        report(Figure(name: "I/O \(strategy.rawValue): wall / ideal", runs: walls(cell).map { $0 / settings.ioWaitSeconds },
                      unit: "", goal: .atMost(goal)))
    }
    var quickIO = settings
    quickIO.ioWaitSeconds = 0.1
    let quickProcesses = try Runner(settings: quickIO, workerExecutable: worker, progress: { _ in })
        .measureCell(.processes, .io, calibration: calibration, repetitions: 5)
    report(Figure(name: "quick I/O processes (10 × 0.1 s): wall / ideal", runs: walls(quickProcesses).map { $0 / 0.1 },
                  unit: "", goal: .atMost(1.15)))
}

// CPU: tasks = usable cores, and the original post's own CPU-bound experiment in CPython.
if wants("cpu") {
    note("CPU, \(usable) tasks")
    // Interleaved, as a full run measures them: the ratios below pair run i of one strategy with run i of another.
    let cpu = try runner.measureCells(StrategyID.allCases, .cpu, calibration: calibration, repetitions: 3).mapValues(walls)
    for strategy in [StrategyID.threads, .processes] {
        report(Figure(name: "CPU \(strategy.rawValue): speedup / usable cores",
                      runs: paired(cpu[.sequential]!, cpu[strategy]!).map { $0 / Double(usable) }, unit: "", goal: .atLeast(0.95)))
    }
    report(Figure(name: "CPU global-lock / sequential", runs: paired(cpu[.globalLock]!, cpu[.sequential]!), unit: "",
                  goal: .within(0.97, 1.10)))
    report(Figure(name: "CPU async (one thread) / sequential", runs: paired(cpu[.async]!, cpu[.sequential]!), unit: "",
                  goal: .within(0.98, 1.03)))
    if let python {
        note("CPython: the original post's CPU-bound experiment, \(usable) tasks")
        let peer = try PythonBenchmark.run(python: python, tasks: usable, workers: usable,
                                           targetSeconds: settings.cpuTaskTargetSeconds, repetitions: 3)
        let pyWalls = { (strategy: PythonStrategy) in peer.cell(strategy)?.wallSeconds ?? [] }
        report(PeerLine(name: "CPU sequential: wall, s", concreport: cpu[.sequential]!, peer: pyWalls(.sequential),
                        peerName: "CPython"))
        report(PeerLine(name: "CPU threads: speedup over sequential", concreport: paired(cpu[.sequential]!, cpu[.threads]!),
                        peer: paired(pyWalls(.sequential), pyWalls(.threads)), peerName: "CPython"))
        report(PeerLine(name: "CPU processes: speedup over sequential", concreport: paired(cpu[.sequential]!, cpu[.processes]!),
                        peer: paired(pyWalls(.sequential), pyWalls(.processes)), peerName: "CPython"))
    }
}

// The GIL experiments: their cost, the convoy against CPython's, native release against free threads.
if wants("gil") {
    note("GIL experiments: convoy, switch-interval sweep, native release, 3 times")
    var gilWalls: [Double] = [], emulated: [Double] = [], nativeOverFree: [Double] = [], nativeSpeedups: [Double] = []
    var nativeWorkers = 0, nativeRounds = 0
    // Beside two CPU-bound threads: the median round trip and all round trips together.
    var emulatedTwoMedian: [Double] = [], emulatedTwoTotal: [Double] = []
    var roundTrips = 0, peerDelay = 0.0
    for _ in 0..<3 {
        let start = Date()
        let convoy = try runner.measureConvoy()
        let native = try runner.measureNativeRelease(calibration: calibration, usableCores: usable)
        gilWalls.append(Date().timeIntervalSince(start))
        roundTrips = convoy.roundTrips
        peerDelay = convoy.peerDelaySeconds
        if let beside = convoy.run(beside: 1)?.latencySeconds, !beside.isEmpty { emulated.append(Summary.median(of: beside)) }
        if let beside = convoy.run(beside: 2)?.latencySeconds, !beside.isEmpty {
            emulatedTwoMedian.append(Summary.median(of: beside))
            emulatedTwoTotal.append(beside.reduce(0, +))
        }
        let sequential = Summary.median(of: native.sequentialWallSeconds)
        nativeOverFree.append((sequential / Summary.median(of: native.nativeReleaseWallSeconds))
            / (sequential / Summary.median(of: native.threadsWallSeconds)))
        nativeSpeedups.append(sequential / Summary.median(of: native.nativeReleaseWallSeconds))
        nativeWorkers = native.workers
        nativeRounds = native.sequentialWallSeconds.count
    }
    report(Figure(name: "GIL experiments (convoy, sweep, native release), wall", runs: gilWalls, unit: "s", goal: .atMost(8)))
    if let python {
        let reals = try (0..<3).map { _ in try PythonBenchmark.runConvoy(python: python, roundTrips: roundTrips, peerDelaySeconds: peerDelay) }
        let theirs = reals.filter(\.gilEnabled).compactMap { real in
            real.run(beside: 1).flatMap { $0.latencySeconds.isEmpty ? nil : Summary.median(of: $0.latencySeconds) }
        }
        if let first = reals.first, !theirs.isEmpty {
            report(Figure(name: "convoy beside 1 thread: emulated / \(first.implementation) \(first.pythonVersion) median round trip",
                          runs: paired(emulated, theirs), unit: "", goal: .within(1 / 1.5, 1.5)))
            let two = reals.filter(\.gilEnabled).compactMap { $0.run(beside: 2)?.latencySeconds }.filter { !$0.isEmpty }
            report(Figure(name: "convoy beside 2 threads: emulated / \(first.implementation) \(first.pythonVersion) median round trip",
                          runs: paired(emulatedTwoMedian, two.map { Summary.median(of: $0) }), unit: "", goal: .within(1 / 1.5, 1.5)))
            report(Figure(name: "convoy beside 2 threads: emulated / \(first.implementation) \(first.pythonVersion) all round trips",
                          runs: paired(emulatedTwoTotal, two.map { $0.reduce(0, +) }), unit: "", goal: .within(1 / 1.5, 1.5)))
        } else {
            note("the python3 found runs without a GIL: the convoy is not compared")
        }
        // CPython's own native release (hashlib releases the GIL while it hashes), beside the emulated one.
        let taskSeconds = 0.2 / Double(max(1, nativeWorkers))
        let hashlib = try (0..<3).compactMap { _ in
            try PythonBenchmark.runNativeRelease(python: python, tasks: nativeWorkers, targetSeconds: taskSeconds, rounds: nativeRounds)
                .first { $0.library.hasPrefix("hashlib") }
        }
        let theirSpeedups = hashlib.map { Summary.median(of: $0.sequentialWallSeconds) / Summary.median(of: $0.threadsWallSeconds) }
        report(PeerLine(name: "native release: speedup over the tasks in a row (\(nativeWorkers) threads)",
                        concreport: nativeSpeedups, peer: theirSpeedups, peerName: "CPython hashlib"))
    } else {
        note("no python3 on PATH: the convoy and native release are not compared with CPython")
    }
    report(Figure(name: "native release speedup / free threads' speedup (\(usable) usable cores)", runs: nativeOverFree, unit: "",
                  goal: .atLeast(0.9)))
}

// Costs of measuring.
if wants("costs") {
    // 15 alternations a run: the overhead is a few tenths of a percent, and 7 left the median within the
    // host's own drift of the 1 % bound.
    let tracing = (0..<3).map { _ in TracingCost.measure(iterations: calibration.iterationsPerTask, repetitions: 15) }
    report(Figure(name: "tracing on vs off: wall overhead", runs: tracing.map { ($0.traced / $0.bare - 1) * 100 }, unit: "%", goal: .atMost(1)))
    let pooled = try (0..<5).map { _ in try WorkerStartup.perWorkerInPool(executable: worker, workers: 16) }
    report(Figure(name: "worker spawn + first response, per worker (pool of 16)", runs: pooled.map { $0 * 1000 }, unit: "ms",
                  goal: .atMost(2)))
    let alone = try WorkerStartup.measure(executable: worker, samples: 21)
    report(Figure(name: "worker spawn + first response, one at a time", runs: alone.map { $0 * 1000 }, unit: "ms", goal: .none))
}

// Scale: many sleepers at once, and CPython's peers at the same scale.
let peerKinds: [StrategyID: [(PythonPeers.Kind, String)]] = [
    .async: [(.asyncio, "CPython asyncio")], .threads: [(.threads, "CPython threading")],
    .processes: [(.fork, "CPython multiprocessing fork"), (.spawn, "CPython multiprocessing spawn")],
]
for (strategy, count, goal) in [(StrategyID.async, 100_000, 1.35), (.threads, 1_000, 1.5), (.processes, 64, 1.10)]
    where wants("scale", strategy.rawValue) {
    note("scale: \(count) \(strategy.rawValue) sleepers")
    var scale = settings
    scale.ioTasks = count
    scale.ioThreads = count
    let cell = try Runner(settings: scale, workerExecutable: worker, progress: { _ in })
        .measureCell(strategy, .io, calibration: calibration, repetitions: 3)
    let ratios = walls(cell).map { $0 / scale.ioWaitSeconds }
    // Where the time beyond the ideal went: tasks still starting, or wake-ups falling behind.
    for run in cell.runs {
        let starts = run.tasks.map(\.startSeconds), ends = run.tasks.map(\.endSeconds)
        note(String(format: "  run %.3f s: tasks started %.3f–%.3f s, ended %.3f–%.3f s", run.wallSeconds,
                    starts.min() ?? 0, starts.max() ?? 0, ends.min() ?? 0, ends.max() ?? 0))
    }
    report(Figure(name: "scale: \(count) \(strategy.rawValue) sleepers, wall / ideal", runs: ratios, unit: "", goal: .atMost(goal)))
    guard let python else { continue }
    for (kind, peerName) in peerKinds[strategy] ?? [] {
        note("scale: \(count) sleepers in \(peerName)")
        let peer = try PythonPeers.sleepers(python: python, kind: kind, count: count, seconds: scale.ioWaitSeconds, repetitions: 3)
        report(PeerLine(name: "scale: \(count) sleepers, wall / ideal", concreport: ratios,
                        peer: peer.map { $0 / scale.ioWaitSeconds }, peerName: peerName))
    }
}

// The tool itself: posix_spawn and waitpid around the command, its stdout to /dev/null, so the time is
// the command's own (Foundation's Process adds its run-loop wait to short commands).
func timeCommand(_ arguments: [String]) throws -> Double {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    let argv: [UnsafeMutablePointer<CChar>?] = ([binary] + arguments).map { strdup($0) } + [nil]
    defer { argv.forEach { free($0) } }
    var pid: pid_t = 0
    let start = DispatchTime.now().uptimeNanoseconds
    guard posix_spawn(&pid, binary, &actions, nil, argv, environ) == 0 else {
        throw BenchError.commandFailed("starting concreport \(arguments.joined(separator: " "))")
    }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) < 0, errno == EINTR {}
    let end = DispatchTime.now().uptimeNanoseconds
    guard status == 0 else { throw BenchError.commandFailed("concreport \(arguments.joined(separator: " "))") }
    return Double(end - start) / 1e9
}
let folder = NSTemporaryDirectory() + "concreport-bench-\(getpid())"
if wants("server") {
    try ServerBench.run(runner: runner, calibration: calibration, worker: worker, usable: usable)
}

if wants("tool") {
    note("the tool: --quick ×3, render ×10, full run ×3, each with CPython when python3 is on PATH (goals: quick ≤ 15 s, full ≤ 120 s)")
    report(Figure(name: "--quick run (CPython included), wall",
                  runs: try (0..<3).map { _ in try timeCommand(["--quick", "--quiet", "--out", folder + "-quick"]) }, unit: "s", goal: .atMost(15)))
    // `make bench` runs in the repository: render the committed example there, else the quick run's results.
    let example = FileManager.default.currentDirectoryPath + "/output/example/results.json"
    let renderInput = FileManager.default.fileExists(atPath: example) ? example : folder + "-quick/results.json"
    report(Figure(name: "render of \(renderInput == example ? "output/example" : "the quick run's") results.json (process included)",
                  runs: try (0..<10).map { _ in try timeCommand(["render", renderInput]) * 1000 }, unit: "ms", goal: .atMost(100)))
    report(Figure(name: "full run (concreport --out, CPython included), wall",
                  runs: try (0..<3).map { _ in try timeCommand(["--quiet", "--out", folder]) }, unit: "s", goal: .atMost(120)))
    try? FileManager.default.removeItem(atPath: folder)
    try? FileManager.default.removeItem(atPath: folder + "-quick")
}

let judged = figures.compactMap { $0.goal.met(by: $0.value) }
print("\(judged.filter { $0 }.count) of \(judged.count) figures met their goal")
