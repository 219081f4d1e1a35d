import XCTest
import Results
@testable import Analysis

/// What the analysis concludes on each machine shape of `Tests/Fixtures/`.
final class FindingsTests: XCTestCase {
    private func findings(_ shape: FixtureResults.Shape) throws -> Findings {
        Findings(try FixtureResults.load(shape))
    }

    func testOneUsableCoreClaimsNoParallelismAnywhere() throws {
        let f = try findings(.oneCore)
        XCTAssertEqual(f.machine.shape, .one)
        XCTAssertEqual(f.machine.limit, .affinity)
        XCTAssertEqual(f.cell(.threads, .cpu)?.parallelism, .oneWorker, "a pool sized to one core has one thread")
        XCTAssertEqual(f.cell(.processes, .cpu)?.parallelism, .oneWorker)
        XCTAssertEqual(f.cell(.globalLock, .cpu)?.parallelism, .oneCore, "two lock threads share the one core")
        XCTAssertEqual(f.timeline?.parallel, .notPossible)
        XCTAssertEqual(f.processDemo?.parallelism, .notPossible)
        XCTAssertEqual(f.lock.turns, .tookTurns, "the global lock runs two threads even on one core")
        XCTAssertEqual(f.lock.threads, 2)
        XCTAssertEqual(Set(f.warnings.map(\.kind)), [.fewerUsableCores, .singleCore])
    }

    func testSweepEfficiencyNeverExceedsAHundredPercent() throws {
        for shape in FixtureResults.Shape.allCases {
            guard let sweep = try findings(shape).sweep else { continue }
            for point in sweep.points {
                XCTAssertLessThanOrEqual(point.efficiency ?? 0, 1, "\(shape) at \(point.workers) workers")
            }
        }
    }

    func testAQuotaOfOneCPUIsOneCoreAndThrottlingIsReported() throws {
        let f = try findings(.quota)
        XCTAssertEqual(f.machine.usableCores, 1)
        XCTAssertEqual(f.machine.shape, .oneByQuota, "one CPU's time spread over two CPUs")
        XCTAssertEqual(f.machine.limit, .quota)
        XCTAssertTrue(f.machine.throttled)
        XCTAssertTrue(f.warnings.contains { $0.kind == .throttled && $0.value == 3.1 })
        XCTAssertEqual(f.machine.throttledSections, [.comparison, .timeline, .coreSweep, .convoy, .nativeRelease],
                       "only the sections whose periods ran out waited for quota, in the order measured")
        XCTAssertEqual(f.machine.throttlingBySection.map(\.section).count, 8, "every section read, the unthrottled ones too")
        XCTAssertEqual(f.cell(.processes, .cpu)?.vsSequential, .slower, "0.89×, beyond the runs' spread")
        XCTAssertEqual(f.cell(.processes, .cpu)?.parallelism, .oneWorker)
    }

    func testTwoQuietCoresRunThreadsAndProcessesInParallel() throws {
        let f = try findings(.twoCore)
        XCTAssertEqual(f.machine.shape, .all)
        XCTAssertEqual(f.machine.limit, CoreLimit.none)
        XCTAssertTrue(f.machine.throttlingBySection.isEmpty, "no cpu.stat readings in this file")
        XCTAssertTrue(f.machine.logicalCPUsShareCores, "two logical CPUs on one physical core")
        XCTAssertEqual(f.cell(.threads, .cpu)?.parallelism, .parallel)
        XCTAssertEqual(f.cell(.processes, .cpu)?.parallelism, .parallel)
        XCTAssertEqual(f.cell(.globalLock, .cpu)?.vsSequential, .same)
        XCTAssertEqual(f.cell(.async, .io)?.vsSequential, .faster)
        XCTAssertTrue(f.cell(.async, .io)?.oneThread ?? false)
        XCTAssertEqual(f.lock.turns, .tookTurns)
        XCTAssertEqual(f.timeline?.parallel, .parallel)
        XCTAssertTrue(f.timeline?.fewerCPUsThanTasks ?? false, "three tasks on two cores")
        XCTAssertTrue(f.cell(.threads, .cpu)?.severalCoresBusy ?? false)
        XCTAssertFalse(f.cell(.sequential, .cpu)?.severalCoresBusy ?? true)
    }

    func testNoisyCoresCallATieATie() throws {
        let f = try findings(.noisy)
        XCTAssertEqual(f.cpuProcessesVsThreads, .same, "ranges 0.99–1.08 s and 1.01–1.11 s overlap")
        XCTAssertTrue(f.cell(.threads, .cpu)?.best ?? false)
        XCTAssertTrue(f.cell(.processes, .cpu)?.best ?? false, "tied with threads within noise")
        XCTAssertFalse(f.cell(.sequential, .cpu)?.best ?? true)
        XCTAssertEqual(f.cell(.globalLock, .cpu)?.vsSequential, .same)
        XCTAssertTrue(f.warnings.contains { $0.kind == .highLoad })
    }

    func testSixteenCoresScale() throws {
        let f = try findings(.sixteenCore)
        XCTAssertEqual(f.machine.shape, .all)
        XCTAssertEqual(f.cell(.threads, .cpu)?.parallelism, .parallel)
        XCTAssertEqual(f.cell(.globalLock, .cpu)?.vsThreadsOrSame(f), .slower)
        XCTAssertEqual(f.timeline?.parallel, .parallel)
        XCTAssertFalse(f.timeline?.fewerCPUsThanTasks ?? true)
        XCTAssertEqual(f.sweep?.growth, .withTheWork)
        XCTAssertTrue(f.sweep?.equalKeptCoresBusy ?? false)
        XCTAssertEqual(f.warnings, [])
    }

    func testAFreeThreadedPythonIsNamedAndNotTakenForTheGIL() throws {
        let f = try findings(.freeThreaded)
        let python = try XCTUnwrap(f.python)
        XCTAssertEqual(python.interpreter, "CPython 3.13.1")
        XCTAssertEqual(python.gil, .off)
        XCTAssertEqual(python.threadsVsSequential, .faster)
        XCTAssertEqual(python.agreement, .emulationSlower, "the emulated lock keeps its threads serial; GIL-free threads are not")
    }

    func testPythonAgreementWeighsTheSpreadOfBothSides() throws {
        var results = try FixtureResults.load(.twoCore)
        // CPython threads spread 1.43–2.52 s around a 2.0 s loop: a wide range that covers the emulation's 1.0×.
        results.python = PythonComparison(
            pythonVersion: "3.11.2", implementation: "CPython", gilEnabled: true, switchIntervalSeconds: 0.005,
            processStartMethod: "fork", tasks: 4, workers: 2, targetSeconds: 0.5, loopSize: 1, calibratedTaskSeconds: 0.5,
            cells: [PythonCell(strategy: .sequential, wallSeconds: [2.0, 2.0, 2.0]),
                    PythonCell(strategy: .threads, wallSeconds: [1.43, 2.05, 2.52]),
                    PythonCell(strategy: .processes, wallSeconds: [1.1, 1.0, 1.2])])
        let python = try XCTUnwrap(Findings(results).python)
        XCTAssertEqual(python.gil, .on)
        XCTAssertEqual(python.agreement, .agrees)
        XCTAssertEqual(python.threadsVsSequential, .same)
    }

    func testAOneThreadLockPoolTakesNoTurns() throws {
        var results = try FixtureResults.load(.oneCore)
        results.globalLock = GlobalLockTrace(intervals: [LockInterval(thread: 0, startSeconds: 0, endSeconds: 2)],
                                             forcedSwitches: 0, dropRequests: 0)
        XCTAssertEqual(Findings(results).lock.turns, .noTurns)
        results.globalLock = nil
        XCTAssertEqual(Findings(results).lock.turns, .notRecorded)
    }

    func testAnAsyncTaskThatMovesThreadIsReported() throws {
        var results = try FixtureResults.load(.twoCore)
        let index = try XCTUnwrap(results.comparison.cells.firstIndex { $0.strategy == .async && $0.workload == .io })
        for run in results.comparison.cells[index].runs.indices {
            let tid = results.comparison.cells[index].runs[run].tasks[0].tid
            results.comparison.cells[index].runs[run].tasks[0].resumedTids = [tid + 1]
        }
        let f = Findings(results)
        XCTAssertEqual(f.cell(.async, .io)?.tasksThatMovedThread, 1)
        XCTAssertFalse(f.cell(.async, .io)?.oneThread ?? true)
        XCTAssertTrue(f.warnings.contains { $0.kind == .movedThread && $0.subject == "async/io" })
    }

    func testSummariesAreRecomputedFromTheRuns() throws {
        var results = try FixtureResults.load(.twoCore)
        let index = try XCTUnwrap(results.comparison.cells.firstIndex { $0.strategy == .threads && $0.workload == .cpu })
        let walls = results.comparison.cells[index].runs.map(\.wallSeconds)
        results.comparison.cells[index].summary = Summary([99])
        XCTAssertEqual(Findings(results).cell(.threads, .cpu)?.summary.median, Summary(walls).median)
    }

    /// A quota of one CPU on two, with tasks shorter than its period: the CPU cells still ran faster than
    /// sequential, so the verdicts say parallel (the measurement first) and a warning explains the bursts.
    func testSpeedupsUnderAQuotaAreReportedAsMeasuredAndExplained() throws {
        var results = try FixtureResults.load(.quota)
        XCTAssertEqual(results.machine.usableCores, 1)
        results.comparison = try FixtureResults.load(.twoCore).comparison
        let f = Findings(results)
        XCTAssertEqual(f.cell(.threads, .cpu)?.parallelism, .parallel)
        XCTAssertEqual(f.cell(.processes, .cpu)?.parallelism, .parallel)
        XCTAssertEqual(f.cell(.globalLock, .cpu)?.parallelism, .noGain == f.cell(.globalLock, .cpu)?.parallelism ? .noGain : .oneCore)
        let bursts = try XCTUnwrap(f.warnings.first { $0.kind == .quotaBursts })
        XCTAssertEqual(bursts.value, results.machine.cgroupQuotaCPUs)
        XCTAssertTrue(bursts.subject?.contains("threads/cpu ") == true, "\(bursts)")
        XCTAssertFalse(f.warnings.contains { $0.kind == .singleCore }, "no \"no strategy could compute in parallel\" beside a measured burst")
        // The shipped quota shape ran no faster than sequential: the quota explains that, and no burst is claimed.
        let flat = try findings(.quota)
        XCTAssertFalse(flat.warnings.contains { $0.kind == .quotaBursts })
        XCTAssertNotEqual(flat.cell(.threads, .cpu)?.parallelism, .parallel)
        XCTAssertTrue(flat.warnings.contains { $0.kind == .singleCore })
    }

    func testTheServerPoolsAreSaidToComputeInParallelOnlyWithWorkersAndCores() throws {
        XCTAssertTrue(try findings(.twoCore).serverPoolsCanComputeInParallel)
        XCTAssertFalse(try findings(.quota).serverPoolsCanComputeInParallel, "one worker on a quota of one CPU")
        XCTAssertFalse(try findings(.oneCore).serverPoolsCanComputeInParallel)
    }

    func testOneWorkerIsNeverCreditedToTheCores() throws {
        var results = try FixtureResults.load(.twoCore)
        for index in results.comparison.cells.indices where results.comparison.cells[index].workload == .cpu {
            results.comparison.cells[index].workers = 1
        }
        let f = Findings(results)
        for strategy in [StrategyID.threads, .processes, .globalLock] {
            XCTAssertEqual(f.cell(strategy, .cpu)?.parallelism, .oneWorker, strategy.rawValue)
        }
    }

    func testCPythonCellsAreHeldToTheSameSpreadRule() throws {
        var results = try FixtureResults.load(.freeThreaded)
        var python = try XCTUnwrap(results.python)
        python.cells[0].wallSeconds = [1.0, 1.3, 0.8, 1.25, 0.75]
        results.python = python
        let spread = Findings(results).warnings.filter { $0.kind == .highSpread }.compactMap(\.subject)
        XCTAssertTrue(spread.contains("CPython \(python.cells[0].strategy.rawValue)/cpu"), "\(spread)")
    }

    func testRepetitionsCutByTheTimeBudgetAreStated() throws {
        var results = try FixtureResults.load(.twoCore)
        XCTAssertFalse(Findings(results).warnings.contains { $0.kind == .fewerRepetitions })
        let index = try XCTUnwrap(results.comparison.cells.firstIndex { $0.strategy == .threads && $0.workload == .cpu })
        results.comparison.cells[index].runs.removeLast(2)
        let warning = try XCTUnwrap(Findings(results).warnings.first { $0.kind == .fewerRepetitions })
        XCTAssertEqual(warning.subject, "threads/cpu \(results.settings.repetitions - 2)/\(results.settings.repetitions)")
    }

    /// The FastAPI app's `/io-async` in the two-core fixture answered 1 100 requests before its time bound.
    func testServerRunsCutByTheirTimeBoundAreStatedForEitherServer() throws {
        var results = try FixtureResults.load(.twoCore)
        let cut = try XCTUnwrap(results.pythonServer?.experiment?.runs.first { $0.completed < $0.requests })
        let subject = try XCTUnwrap(Findings(results).warnings.first { $0.kind == .serverRunCut }?.subject)
        XCTAssertEqual(subject, "FastAPI \(cut.style.path) \(cut.completed)/\(cut.requests)")
        let ours = try XCTUnwrap(results.server?.runs.firstIndex { $0.style == .ioOnLoop })
        results.server!.runs[ours].completed -= 10
        let both = try XCTUnwrap(Findings(results).warnings.first { $0.kind == .serverRunCut }?.subject)
        XCTAssertTrue(both.hasPrefix("concreport /io-sync-on-loop "), both)
        XCTAssertFalse(try Findings(FixtureResults.load(.sixteenCore)).warnings.contains { $0.kind == .serverRunCut })
    }

    func testSlowFirstRunOnlyForCellsWithWarmups() throws {
        let f = try findings(.twoCore)
        XCTAssertEqual(f.warnings.filter { $0.kind == .slowFirstRun }.map(\.subject), ["processes/cpu"])
        var results = try FixtureResults.load(.twoCore)
        for index in results.comparison.cells.indices where results.comparison.cells[index].workload == .io {
            results.comparison.cells[index].warmupWallSeconds = [100]
            results.comparison.cells[index].warmupWallSeconds.removeAll()
        }
        XCTAssertFalse(Findings(results).warnings.contains { $0.kind == .slowFirstRun && $0.subject?.hasSuffix("/io") == true })
    }
}

private extension CellFindings {
    func vsThreadsOrSame(_ findings: Findings) -> Difference { findings.cpuGlobalLockVsThreads }
}

final class MachineShapeTests: XCTestCase {
    func testOneCPUOfAffinityIsNotAQuotaOverSeveralCPUs() throws {
        var results = try FixtureResults.load(.quota)
        XCTAssertEqual(Findings(results).machine.shape, .oneByQuota)
        results.machine.affinityCPUs = [0]
        XCTAssertEqual(Findings(results).machine.shape, .one)
        XCTAssertEqual(Findings(results).machine.limit, .both)
    }
}
