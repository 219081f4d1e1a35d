import Foundation
import Measure
import Results

// The fidelity and cost benchmark: every figure measured in this one run, on this machine, printed
// with its goal. Timing claims live here, not in the unit tests.

let binary = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
    .deletingLastPathComponent().appendingPathComponent("concreport").path
guard FileManager.default.isExecutableFile(atPath: binary) else {
    FileHandle.standardError.write(Data("concreport-bench: build concreport first (\(binary) is missing)\n".utf8))
    exit(2)
}
let usable = MachineProbe.probe().usableCores
var figures: [Figure] = []
@MainActor func report(_ figure: Figure) {
    figures.append(figure)
    FileHandle.standardOutput.write(Data((figure.line + "\n").utf8))
}
func note(_ text: String) { FileHandle.standardError.write(Data("bench: \(text)\n".utf8)) }

var settings = Settings.seed(quick: false)
settings.cpuTasks = usable
settings.cpuWorkers = usable
let runner = Runner(settings: settings, workerExecutable: binary, progress: { _ in })
let calibration = try runner.calibrate()
note("calibrated \(calibration.iterationsPerTask) iterations per \(settings.cpuTaskTargetSeconds) s task; \(usable) usable cores")

// I/O: 10 tasks × 1 s.
note("I/O 10 × 1 s")
for (strategy, goal) in [(StrategyID.async, 1.01), (.threads, 1.01), (.globalLock, 1.01), (.processes, 1.10)] {
    let cell = try runner.measureCell(strategy, .io, calibration: calibration, repetitions: 3)
    report(Figure(name: "I/O \(strategy.rawValue): wall / ideal", value: cell.summary.median / settings.ioWaitSeconds,
                  unit: "", goal: .atMost(goal)))
}

// CPU: tasks = usable cores.
note("CPU, \(usable) tasks")
var cpu: [StrategyID: Double] = [:]
for strategy in StrategyID.allCases {
    cpu[strategy] = try runner.measureCell(strategy, .cpu, calibration: calibration, repetitions: 3).summary.median
}
for strategy in [StrategyID.threads, .processes] {
    report(Figure(name: "CPU \(strategy.rawValue): speedup / usable cores", value: cpu[.sequential]! / cpu[strategy]! / Double(usable),
                  unit: "", goal: .atLeast(0.95)))
}
report(Figure(name: "CPU global-lock / sequential", value: cpu[.globalLock]! / cpu[.sequential]!, unit: "", goal: .within(0.97, 1.10)))
report(Figure(name: "CPU async (one thread) / sequential", value: cpu[.async]! / cpu[.sequential]!, unit: "", goal: .within(0.98, 1.03)))

// The GIL experiments (issue #13): the convoy against CPython's, native release against free threads.
note("GIL experiments: convoy, switch-interval sweep, native release")
let gilStart = Date()
let convoy = try runner.measureConvoy()
let native = try runner.measureNativeRelease(calibration: calibration, usableCores: usable)
report(Figure(name: "GIL experiments (convoy, sweep, native release), wall", value: Date().timeIntervalSince(gilStart),
              unit: "s", goal: .atMost(8)))
if let python = PythonBenchmark.locatePython(), let emulated = convoy.run(beside: 1)?.latencySeconds {
    let real = try PythonBenchmark.runConvoy(python: python, roundTrips: convoy.roundTrips, peerDelaySeconds: convoy.peerDelaySeconds)
    if real.gilEnabled, let theirs = real.run(beside: 1)?.latencySeconds {
        report(Figure(name: "convoy beside 1 thread: emulated / \(real.implementation) \(real.pythonVersion) median round trip",
                      value: Summary.median(of: emulated) / Summary.median(of: theirs), unit: "", goal: .within(1 / 1.5, 1.5)))
    }
} else {
    note("no python3 on PATH: the convoy is not compared with CPython")
}
let nativeSpeedup = Summary.median(of: native.sequentialWallSeconds) / Summary.median(of: native.nativeReleaseWallSeconds)
let freeSpeedup = Summary.median(of: native.sequentialWallSeconds) / Summary.median(of: native.threadsWallSeconds)
report(Figure(name: "native release speedup / free threads' speedup (\(native.workers) threads)", value: nativeSpeedup / freeSpeedup,
              unit: "", goal: .atLeast(0.9)))

// Costs of measuring.
let tracing = TracingCost.measure(iterations: calibration.iterationsPerTask, repetitions: 7)
report(Figure(name: "tracing on vs off: wall overhead", value: (tracing.traced / tracing.bare - 1) * 100, unit: "%", goal: .atMost(1)))
var spawnSettings = settings
spawnSettings.ioTasks = 16
spawnSettings.ioThreads = 16
spawnSettings.ioWaitSeconds = 0.001
let spawn = try Runner(settings: spawnSettings, workerExecutable: binary, progress: { _ in })
    .measureCell(.processes, .io, calibration: calibration, repetitions: 3)
report(Figure(name: "process spawn cost per worker (16 workers)", value: (spawn.summary.median - 0.001) / 16 * 1000, unit: "ms", goal: .none))

// Scale: many sleepers at once.
for (strategy, count) in [(StrategyID.async, 100_000), (.threads, 1_000), (.processes, 64)] {
    note("scale: \(count) \(strategy.rawValue) sleepers")
    var scale = settings
    scale.ioTasks = count
    scale.ioThreads = count
    let cell = try Runner(settings: scale, workerExecutable: binary, progress: { _ in })
        .measureCell(strategy, .io, calibration: calibration, repetitions: 3)
    report(Figure(name: "scale: \(count) \(strategy.rawValue) sleepers, wall / ideal", value: cell.summary.median / scale.ioWaitSeconds,
                  unit: "", goal: .atMost(1.5)))
}

// The tool itself.
func timeCommand(_ arguments: [String]) throws -> Double {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: binary)
    process.arguments = arguments
    process.standardOutput = FileHandle.nullDevice
    let start = Date()
    try process.run()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else {
        throw NSError(domain: "concreport-bench", code: Int(process.terminationStatus),
                      userInfo: [NSLocalizedDescriptionKey: "concreport \(arguments.joined(separator: " ")) failed"])
    }
    return Date().timeIntervalSince(start)
}
let folder = NSTemporaryDirectory() + "concreport-bench-\(getpid())"
note("the tool: full run, --quick, render")
report(Figure(name: "full run (concreport --out), wall", value: try timeCommand(["--quiet", "--out", folder]), unit: "s", goal: .atMost(75)))
report(Figure(name: "--quick run, wall", value: try timeCommand(["--quick", "--quiet", "--out", folder + "-quick"]), unit: "s", goal: .atMost(8)))
let renders = try (0..<5).map { _ in try timeCommand(["render", folder + "/results.json"]) }
report(Figure(name: "render of a saved results.json (process included)", value: Summary.median(of: renders) * 1000, unit: "ms", goal: .atMost(100)))

let judged = figures.compactMap { $0.goal.met(by: $0.value) }
print("\(judged.filter { $0 }.count) of \(judged.count) figures met their goal")
