import Foundation
import XCTest
@testable import Measure
import Results
import WorkerKernel

final class RunnerTests: XCTestCase {
    private let calibration = Calibration(kernel: CPUKernel.name, iterationsPerTask: 1000, targetSeconds: 0.5, measuredSeconds: 0.5)

    func testCellsFollowTheSettings() {
        let settings = Settings.originalPost(quick: false)
        let cells = CellPlan.all(settings: settings, calibration: calibration)
        XCTAssertEqual(cells.count, 10)
        let sequentialIO = cells.first { $0.strategy == .sequential && $0.run.workload == .io }!
        XCTAssertEqual(sequentialIO.repetitions, 1, "one 10 s run of sleeping")
        XCTAssertEqual(CellPlan.plan(.sequential, .io, settings: .originalPost(quick: true), calibration: calibration).repetitions, 1,
                       "a run of 10 × 0.1 s already takes a second")
        var short = Settings.originalPost(quick: true)
        short.ioWaitSeconds = 0.01
        XCTAssertEqual(CellPlan.plan(.sequential, .io, settings: short, calibration: calibration).repetitions, 3)
        XCTAssertEqual(sequentialIO.warmupRuns, 0)
        XCTAssertEqual(sequentialIO.run.jobs, Array(repeating: .wait(seconds: 1), count: 10))
        let threadsIO = cells.first { $0.strategy == .threads && $0.run.workload == .io }!
        XCTAssertEqual(threadsIO.run.workers, 10)
        let processesCPU = cells.first { $0.strategy == .processes && $0.run.workload == .cpu }!
        XCTAssertEqual(processesCPU.run.workers, 4)
        XCTAssertEqual(processesCPU.repetitions, 5)
        XCTAssertEqual(processesCPU.warmupRuns, 1)
        XCTAssertEqual(processesCPU.run.jobs, Array(repeating: .compute(iterations: 1000), count: 4))
        let asyncCPU = cells.first { $0.strategy == .async && $0.run.workload == .cpu }!
        XCTAssertEqual(asyncCPU.run.workers, 1)
    }

    func testRepetitionsAreInterleavedAcrossStrategies() {
        var settings = Settings.originalPost(quick: true)
        settings.repetitions = 2
        settings.warmupRuns = 1
        settings.ioWaitSeconds = 0.01
        let cells = CellPlan.all(settings: settings, calibration: calibration, strategies: [.sequential, .threads])
        let order = Runner.schedule(cells).map { "\(cells[$0.cell].subject)\($0.warmup ? " w" : "")#\($0.number)" }
        XCTAssertEqual(order, [
            "sequential/cpu w#1", "threads/cpu w#1",
            "sequential/io#1", "threads/io#1", "sequential/cpu#1", "threads/cpu#1",
            "sequential/io#2", "threads/io#2", "sequential/cpu#2", "threads/cpu#2",
        ])
    }

    func testThrottlingIsTheDifferenceOfTwoReadings() {
        let before = MachineProbe.CPUStat(periods: 10, throttledPeriods: 2, throttledSeconds: 0.5)
        let quiet = MachineProbe.CPUStat(periods: 30, throttledPeriods: 2, throttledSeconds: 0.5)
        let held = MachineProbe.CPUStat(periods: 30, throttledPeriods: 6, throttledSeconds: 1.75)
        XCTAssertNil(Runner.throttling(before: nil, after: held))
        XCTAssertNil(Runner.throttling(before: before, after: nil))
        let none = Runner.throttling(before: before, after: quiet)
        XCTAssertEqual(none, CPUThrottling(periods: 20, throttledPeriods: 0, throttledSeconds: 0))
        let some = Runner.throttling(before: before, after: held)
        XCTAssertEqual(some, CPUThrottling(periods: 20, throttledPeriods: 4, throttledSeconds: 1.25))
    }

    func testExperimentsCanBeLeftOut() throws {
        let settings = Settings(quick: true, ioTasks: 1, ioWaitSeconds: 0, ioThreads: 1, cpuTasks: 1, cpuWorkers: 1,
                                cpuTaskTargetSeconds: 0.002, repetitions: 1, warmupRuns: 0, switchIntervalSeconds: 0.0005)
        let lines = LockedLines()
        var runner = Runner(settings: settings, workerExecutable: try WorkerBinary.path()) { lines.append($0) }
        runner.strategies = [.sequential]
        runner.runsExperiments = false
        let results = try runner.run()
        XCTAssertNil(results.timeline)
        XCTAssertNil(results.coreSweep)
        XCTAssertEqual(lines.all.last.map { $0.hasPrefix("[3/3] sequential/cpu") }, true, "\(lines.all)")
    }

    func testMeasureCellsGivesEveryStrategyItsWarmUpsAndRuns() throws {
        let settings = Settings(quick: true, ioTasks: 2, ioWaitSeconds: 0, ioThreads: 2, cpuTasks: 2, cpuWorkers: 2,
                                cpuTaskTargetSeconds: 0.002, repetitions: 1, warmupRuns: 1, switchIntervalSeconds: 0.0005)
        let runner = Runner(settings: settings, workerExecutable: try WorkerBinary.path()) { _ in }
        let calibration = Calibration(kernel: "xorshift64", iterationsPerTask: 100_000, targetSeconds: 0.002, measuredSeconds: 0.002)
        let cells = try runner.measureCells([.sequential, .threads, .processes], .cpu, calibration: calibration, repetitions: 3)
        XCTAssertEqual(Set(cells.keys), [.sequential, .threads, .processes])
        for (strategy, cell) in cells {
            XCTAssertEqual(cell.strategy, strategy)
            XCTAssertEqual(cell.runs.count, 3, "\(strategy)")
            XCTAssertEqual(cell.warmupWallSeconds.count, 1, "\(strategy)")
            XCTAssertTrue(cell.runs.allSatisfy { $0.tasks.count == 2 }, "\(strategy)")
        }
        // The schedule behind it: warm-ups first, then the rounds, each round visiting every strategy.
        let plans = [StrategyID.sequential, .threads].map { strategy -> CellPlan in
            var plan = CellPlan.plan(strategy, .cpu, settings: settings, calibration: calibration)
            plan.repetitions = 2
            return plan
        }
        XCTAssertEqual(Runner.schedule(plans).map { "\($0.cell)\($0.warmup ? "w" : "r")\($0.number)" },
                       ["0w1", "1w1", "0r1", "1r1", "0r2", "1r2"])
    }

    func testTimestampCarriesTheUTCOffset() {
        let date = Date(timeIntervalSince1970: 1_795_599_000)  // 2026-11-25T09:30:00Z
        XCTAssertEqual(Runner.timestamp(date, timeZone: TimeZone(secondsFromGMT: 9 * 3600)!), "2026-11-25T18:30:00+09:00")
        XCTAssertEqual(Runner.timestamp(date, timeZone: TimeZone(secondsFromGMT: 0)!), "2026-11-25T09:30:00+00:00")
    }

    func testATinyRunFillsEveryCell() throws {
        let settings = Settings(quick: true, ioTasks: 2, ioWaitSeconds: 0, ioThreads: 2, cpuTasks: 2, cpuWorkers: 2,
                                cpuTaskTargetSeconds: 0.002, repetitions: 1, warmupRuns: 0, switchIntervalSeconds: 0.0005,
                                timelineTaskSeconds: 0.001, gatherTasks: 2, gatherWaitSeconds: 0, demoProcesses: 2,
                                demoTaskSeconds: 0.001, sweepTaskSeconds: 0.001)
        let lines = LockedLines()
        let results = try Runner(settings: settings, workerExecutable: try WorkerBinary.path()) { lines.append($0) }.run()
        XCTAssertEqual(results.comparison.cells.count, 10)
        for cell in results.comparison.cells {
            XCTAssertEqual(cell.runs.count, 1, "\(cell.strategy)/\(cell.workload)")
            XCTAssertEqual(cell.runs[0].tasks.count, 2)
        }
        XCTAssertNotNil(results.globalLock)
        XCTAssertGreaterThan(results.calibration.iterationsPerTask, 0)
        XCTAssertTrue(lines.all.contains { $0.hasPrefix("[11/18] global-lock/cpu") }, "\(lines.all)")
        XCTAssertTrue(lines.all.contains { $0.hasPrefix("[15/18] core sweep") }, "\(lines.all)")
        XCTAssertTrue(lines.all.contains { $0.hasPrefix("[16/18] convoy") }, "\(lines.all)")
        XCTAssertTrue(lines.all.contains { $0.hasPrefix("[17/18] native release") }, "\(lines.all)")
        XCTAssertTrue(lines.all.contains { $0.hasPrefix("[18/18] server") }, "\(lines.all)")
        // The server section: every endpoint style, each answered, `/health` polled under each load.
        let server = try XCTUnwrap(results.server)
        XCTAssertEqual(server.runs.map(\.style), ServerStyle.allCases.filter { !$0.appOnly }, "every style but the app's own")
        XCTAssertFalse(server.idleHealthLatencySeconds.isEmpty)
        for run in server.runs {
            XCTAssertGreaterThan(run.completed, 0, run.style.path)
            XCTAssertEqual(run.failed, 0, run.style.path)
            XCTAssertLessThanOrEqual(run.latency.p50Seconds, run.latency.p99Seconds, run.style.path)
            XCTAssertLessThanOrEqual(run.latency.p99Seconds, run.latency.maxSeconds, run.style.path)
            XCTAssertFalse(run.healthLatencySeconds.isEmpty, run.style.path)
            XCTAssertEqual(run.handlerMedianSeconds == nil, run.style == .health, run.style.path)
        }
        XCTAssertEqual(results.convoy?.runs.map(\.cpuThreads), [0, 1, 2])
        XCTAssertEqual(results.convoy?.sweep.map(\.switchIntervalSeconds), [0.001, 0.005, 0.020])
        for run in (results.convoy?.runs ?? []) + (results.convoy?.sweep ?? []) {
            XCTAssertEqual(run.latencySeconds.count, run.switchIntervalSeconds == 0.0005 ? results.convoy?.roundTrips : results.convoy.map { $0.roundTrips / 2 })
            XCTAssertEqual(run.lockWaits?.count, 2 * run.latencySeconds.count)
            XCTAssertEqual(run.cpuIterations == nil, run.cpuThreads == 0)
            XCTAssertEqual(run.cpuSeconds == nil, run.cpuThreads == 0)
        }
        XCTAssertEqual(results.nativeRelease?.nativeReleaseWallSeconds.count, 3)  // a quick run
        XCTAssertEqual(results.gather?.tasks.count, 2)
        XCTAssertEqual(results.processDemo?.processes, 2)
        XCTAssertNotNil(results.timeline)
        XCTAssertEqual(results.coreSweep?.points.first?.workers, 1)
        XCTAssertEqual(try ResultsFile.decode(ResultsFile.encode(results)), results)
    }
}

private final class LockedLines: @unchecked Sendable {
    // @unchecked Sendable: every access holds `lock`.
    private let lock = NSLock()
    private var lines: [String] = []
    func append(_ line: String) { lock.withLock { lines.append(line) } }
    var all: [String] { lock.withLock { lines } }
}
