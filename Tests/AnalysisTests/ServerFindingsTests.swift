import XCTest
import Results
@testable import Analysis

final class ServerFindingsTests: XCTestCase {
    func testTheBlockedLoopIsFoundAndTheOffloadedOnesAreFree() throws {
        let findings = try XCTUnwrap(Findings(try FixtureResults.load(.twoCore)).server)
        XCTAssertEqual(findings.style(.ioOnLoop)?.loop, .blocked)
        XCTAssertEqual(findings.style(.cpuOnLoop)?.loop, .blocked)
        for style in [ServerStyle.ioAsync, .ioThreadPool, .cpuProcessPoolIdle, .cpuProcessPoolFewer] {
            XCTAssertEqual(findings.style(style)?.loop, .free, style.path)
        }
        // At the default priority, as the original post creates them, the busy pools slowed the loop; the remedies did not.
        for style in [ServerStyle.cpuThreadPool, .cpuProcessPool] {
            XCTAssertEqual(findings.style(style)?.loop, .slowed, style.path)
        }
        XCTAssertEqual(findings.idlePoolHealthVsDefault, .helped, "SCHED_IDLE helped the loop")
        XCTAssertEqual(findings.fewerPoolHealthVsDefault, .helped)
        XCTAssertEqual(findings.fewerPoolVsDefault, .slower, "one worker fewer serves fewer requests per second")
        XCTAssertEqual(findings.ioOnLoopVsPool, .slower)
        XCTAssertEqual(findings.cpuOnLoopVsThreads, .slower)
        XCTAssertEqual(findings.cpuProcessesVsThreads, .oneRunEach, "one load run each: no verdict of \"the same\"")
        let onLoop = try XCTUnwrap(findings.style(.ioOnLoop))
        XCTAssertGreaterThanOrEqual(onLoop.healthWaitMs, Thresholds.loopBlockedShare * (onLoop.handlerMs ?? 0))
        XCTAssertEqual(onLoop.throughput, 93, accuracy: 0.5)
    }

    /// A remedy is judged by the same rules as the loop: a shift below the negligible bound is negligible, and a
    /// pool that is the original post's own on this machine (one usable core leaves no worker to drop) is no remedy.
    func testARemedyIsOnlyCalledHelpfulBeyondNoiseAndTheNegligibleBound() throws {
        var experiment = try XCTUnwrap(try FixtureResults.load(.twoCore).server)
        // Quiet polls of about 0.4 ms: 50 µs faster is 12 % and far beyond their spread, and still no help.
        let base = (0..<60).map { 0.0004 + Double($0 % 6) * 0.000001 }
        let seed = try XCTUnwrap(experiment.runs.firstIndex { $0.style == .cpuProcessPool })
        experiment.runs[seed].healthLatencySeconds = base
        let index = try XCTUnwrap(experiment.runs.firstIndex { $0.style == .cpuProcessPoolIdle })
        experiment.runs[index].healthLatencySeconds = base.map { $0 - 0.00005 }
        XCTAssertEqual(ServerFindings.remedy(experiment, .cpuProcessPoolIdle, identical: false), .negligible, "50 µs faster is no help")
        experiment.runs[index].healthLatencySeconds = base.map { $0 - 0.0002 }
        XCTAssertEqual(ServerFindings.remedy(experiment, .cpuProcessPoolIdle, identical: false), .helped)
        experiment.runs[index].healthLatencySeconds = base
        XCTAssertEqual(ServerFindings.remedy(experiment, .cpuProcessPoolIdle, identical: false), .same)
        XCTAssertEqual(ServerFindings.remedy(experiment, .cpuProcessPoolFewer, identical: true), .identical)
        experiment.fewerCPUWorkers = experiment.cpuWorkers
        XCTAssertEqual(ServerFindings(experiment).fewerPoolHealthVsDefault, .identical)
    }

    /// The original post's app: the client it builds per request, its remedies and two uvicorn workers.
    func testTheAppsRowsGetTheirVerdicts() throws {
        let app = Findings(try FixtureResults.load(.twoCore)).pythonServer
        XCTAssertEqual(app.clientBuildMs ?? 0, 18.5, accuracy: 1e-9)
        XCTAssertEqual(app.clientBuildOverUpstreamWait ?? 0, 1.85, accuracy: 1e-9)
        XCTAssertEqual(app.findings?.sharedClientVsPerRequest, .faster, "one client for the app's lifetime serves more")
        XCTAssertEqual(app.findings?.defVsThreads, .slower)
        XCTAssertEqual(app.twoWorkers?.styles.keys.sorted(), [.cpuDef, .cpuOnLoop])
        XCTAssertEqual(app.twoWorkersVsOne[.cpuOnLoop], .faster, "two loops compute on two cores")
        XCTAssertNil(Findings(try FixtureResults.load(.sixteenCore)).pythonServer.twoWorkers)
    }

    func testSlowedIsNotBlocked() throws {
        let findings = try XCTUnwrap(Findings(try FixtureResults.load(.noisy)).server)
        XCTAssertEqual(findings.style(.ioOnLoop)?.loop, .slowed)
        XCTAssertEqual(findings.style(.cpuOnLoop)?.loop, .blocked)
        XCTAssertEqual(findings.style(.cpuProcessPool)?.loop, .slowed)
    }

    /// Blocked by the median poll's wait (a quarter handler or more), whatever the noise test says, since a
    /// blocked loop lets few polls through; otherwise slowed or free by the noise test.
    func testTheLoopRule() {
        XCTAssertEqual(ServerStyleFindings.loop(healthVsIdle: .same, medianShiftMs: 36, handlerMs: 10, hasHealth: true), .blocked,
                       "four polls, three of them waiting: blocked, though too few for the noise test")
        XCTAssertEqual(ServerStyleFindings.loop(healthVsIdle: .slower, medianShiftMs: 2, handlerMs: 10, hasHealth: true), .slowed)
        XCTAssertEqual(ServerStyleFindings.loop(healthVsIdle: .slower, medianShiftMs: 2.5, handlerMs: 10, hasHealth: true), .blocked)
        XCTAssertEqual(ServerStyleFindings.loop(healthVsIdle: .same, medianShiftMs: 0.1, handlerMs: 10, hasHealth: true), .free)
        XCTAssertEqual(ServerStyleFindings.loop(healthVsIdle: .slower, medianShiftMs: 50, handlerMs: nil, hasHealth: true), .slowed)
        XCTAssertEqual(ServerStyleFindings.loop(healthVsIdle: .slower, medianShiftMs: 50, handlerMs: 10, hasHealth: false), .notMeasured)
    }

    /// One rule for every endpoint: a shift beyond noise that moves the median by less than the stated bound
    /// is negligible, whatever its z; at the bound or above it is a slowdown.
    func testRealButTinyShiftsAreNegligible() {
        let bound = Thresholds.negligibleLatencyShiftMs
        XCTAssertEqual(ServerStyleFindings.loop(healthVsIdle: .slower, medianShiftMs: 0.0036, handlerMs: 20, hasHealth: true), .negligible)
        XCTAssertEqual(ServerStyleFindings.loop(healthVsIdle: .slower, medianShiftMs: 0.030, handlerMs: 20, hasHealth: true), .negligible)
        XCTAssertEqual(ServerStyleFindings.loop(healthVsIdle: .slower, medianShiftMs: bound, handlerMs: 20, hasHealth: true), .slowed)
        XCTAssertEqual(ServerStyleFindings.loop(healthVsIdle: .same, medianShiftMs: 0.030, handlerMs: 20, hasHealth: true), .free,
                       "inside the spread it is the same, however large the bound")
        XCTAssertEqual(ServerStyleFindings.loop(healthVsIdle: .slower, medianShiftMs: 0.05, handlerMs: 0.1, hasHealth: true), .blocked,
                       "a handler this short blocks the loop before the shift gets large")
    }

    func testThePythonAppIsMeasuredUnavailableOrNotAsked() throws {
        XCTAssertEqual(Findings(try FixtureResults.load(.twoCore)).pythonServer.state, .measured)
        XCTAssertEqual(Findings(try FixtureResults.load(.twoCore)).pythonServer.findings?.style(.ioOnLoop)?.loop, .blocked)
        let quota = Findings(try FixtureResults.load(.quota)).pythonServer
        XCTAssertEqual(quota.state, .unavailable)
        XCTAssertNotNil(quota.reason)
        XCTAssertEqual(Findings(try FixtureResults.load(.sixteenCore)).pythonServer.state, .notAsked)
    }

    /// A file written before the server section decodes and simply has none.
    func testAnOlderFileHasNoServerSection() throws {
        let older = try FixtureResults.load(.freeThreaded)
        XCTAssertNil(older.server)
        XCTAssertNil(older.pythonServer)
        XCTAssertNil(Findings(older).server)
        XCTAssertEqual(older.schemaVersion, 1)
    }
}

extension ServerFindingsTests {
    /// The original post's app does not time its handlers: the work it was given (one upstream delay, one CPU task)
    /// stands in, so its blocked loop is still called blocked.
    func testWithoutHandlerTimesTheGivenWorkStandsIn() throws {
        let app = try XCTUnwrap(Findings(try FixtureResults.load(.twoCore)).pythonServer.findings)
        XCTAssertEqual(try XCTUnwrap(app.style(.ioOnLoop)?.handlerMs), 10, accuracy: 1e-9)
        XCTAssertEqual(try XCTUnwrap(app.style(.cpuOnLoop)?.handlerMs), 20, accuracy: 1e-9)
        XCTAssertEqual(app.style(.ioOnLoop)?.loop, .blocked)
        XCTAssertEqual(app.style(.cpuOnLoop)?.loop, .blocked)
        XCTAssertNil(app.style(.health)?.handlerMs)
    }
}
