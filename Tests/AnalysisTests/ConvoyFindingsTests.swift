import XCTest
@testable import Analysis
import Results

/// The convoy, switch-interval and native-release verdicts on every fixture shape of
/// `Tests/Fixtures/make-results.py`.
final class ConvoyFindingsTests: XCTestCase {
    func testEveryShapeRecordsTheNewExperiments() throws {
        for shape in FixtureResults.Shape.allCases {
            let findings = Findings(try FixtureResults.load(shape))
            let convoy = try XCTUnwrap(findings.convoy, shape.rawValue)
            XCTAssertEqual(Set(convoy.points.keys), [0, 1, 2], shape.rawValue)
            XCTAssertEqual(Set(convoy.sweep.keys), Set(SwitchPoint.allCases), shape.rawValue)
            XCTAssertNotNil(findings.nativeRelease, shape.rawValue)
            for point in convoy.points.values {
                XCTAssertLessThanOrEqual(point.p50Ms, point.tail.ms, shape.rawValue)
                XCTAssertLessThanOrEqual(point.lockWaitPercent ?? 0, 100, shape.rawValue)
            }
        }
    }

    func testTwoQuietCoresShowAConvoyFromTheLockMatchingCPython() throws {
        let findings = Findings(try FixtureResults.load(.twoCore))
        let convoy = try XCTUnwrap(findings.convoy)
        XCTAssertEqual(convoy.effect, .fromTheLock)
        XCTAssertEqual(convoy.vsAlone[1], .slower)
        XCTAssertEqual(convoy.vsAlone[2], .slower)
        XCTAssertEqual(convoy.tradeOff, .latencyForThroughput)
        let python = try XCTUnwrap(convoy.python)
        XCTAssertEqual(python.gil, .on)
        XCTAssertEqual(python.vsAlone, .slower)
        XCTAssertEqual(python.agreement, .agrees)
        let ratio = try XCTUnwrap(python.emulatedOverReal)
        XCTAssertEqual(ratio, convoy.points[1]!.p50Ms / python.points[1]!.p50Ms, accuracy: 1e-12)
    }

    /// On one usable core the convoy still appears, and the lock's waits (not the shared core) explain it.
    func testOneCoreStillShowsTheConvoyFromTheLock() throws {
        let findings = Findings(try FixtureResults.load(.oneCore))
        XCTAssertEqual(findings.machine.shape, .one)
        XCTAssertEqual(findings.convoy?.effect, .fromTheLock)
        XCTAssertGreaterThanOrEqual(findings.convoy?.points[1]?.lockWaitPercent ?? 0, Thresholds.convoyFromLock * 100)
        XCTAssertEqual(findings.nativeRelease?.scaling, .notPossible)
    }

    func testAThrottledCoreSlowsTheReadsNotTheLock() throws {
        let findings = Findings(try FixtureResults.load(.quota))
        XCTAssertEqual(findings.convoy?.effect, .notFromTheLock)
        XCTAssertEqual(findings.nativeRelease?.scaling, .notPossible)
    }

    /// The noisy fixture's waits grow a little with the switch interval (make-results.py: `wait` × interval):
    /// 25 round trips a point are enough for the rank test to see that, though no convoy formed.
    func testNoisyCoresFormNoConvoyYetLongerIntervalsLengthenTheRoundTrips() throws {
        let findings = Findings(try FixtureResults.load(.noisy))
        XCTAssertEqual(findings.convoy?.effect, ConvoyEffect.none)
        XCTAssertEqual(findings.convoy?.tradeOff, .latencyOnly)
        XCTAssertEqual(findings.nativeRelease?.scaling, .noParallelism)
    }

    func testNativeReleaseThatLosesItsGainWhileFreeThreadsScaleIsNoGain() throws {
        var results = try FixtureResults.load(.twoCore)
        let sequential = try XCTUnwrap(results.nativeRelease?.sequentialWallSeconds)
        results.nativeRelease?.nativeReleaseWallSeconds = sequential
        XCTAssertEqual(Findings(results).nativeRelease?.scaling, .noGain)
    }

    func testNativeReleaseScalesLikeFreeThreadsOnTwoCoresAndPartlyOnSixteen() throws {
        let two = try XCTUnwrap(Findings(try FixtureResults.load(.twoCore)).nativeRelease)
        XCTAssertEqual(two.scaling, .likeFreeThreads)
        XCTAssertEqual(two.vsSequential[.globalLock], .same)
        XCTAssertGreaterThanOrEqual(two.ofFreeThreads ?? 0, Thresholds.nativeReleaseNearFreeThreads)
        XCTAssertEqual(two.heldPercent, 2048.0 / (2048 + 131_072) * 100, accuracy: 1e-9)
        let sixteen = try XCTUnwrap(Findings(try FixtureResults.load(.sixteenCore)).nativeRelease)
        XCTAssertEqual(sixteen.scaling, .partly)
        XCTAssertEqual(sixteen.nativeVsThreads, .slower)
    }

    func testACPythonWithoutItsGILIsNotComparedWithTheEmulation() throws {
        let python = try XCTUnwrap(Findings(try FixtureResults.load(.freeThreaded)).convoy?.python)
        XCTAssertEqual(python.gil, .off)
        XCTAssertEqual(python.agreement, .notCompared)
        XCTAssertNil(python.emulatedOverReal)
    }

    func testConvoyAgreementUsesTheFactorEitherWay() throws {
        var results = try FixtureResults.load(.twoCore)
        let emulated = try XCTUnwrap(Findings(results).convoy?.points[1]?.p50Ms) / 1000
        func python(median: Double) -> PythonConvoy {
            let runs = [0, 1, 2].map { ConvoyRun(cpuThreads: $0, switchIntervalSeconds: 0.005,
                                                  latencySeconds: Array(repeating: $0 == 0 ? 0.0002 : median, count: 5),
                                                  wallSeconds: 0.01) }
            return PythonConvoy(pythonVersion: "3.11.2", implementation: "CPython", gilEnabled: true, roundTrips: 5,
                                peerDelaySeconds: 0.0001, runs: runs)
        }
        results.pythonConvoy = python(median: emulated * 2)
        XCTAssertEqual(Findings(results).convoy?.python?.agreement, .emulationFaster)
        results.pythonConvoy = python(median: emulated / 2)
        XCTAssertEqual(Findings(results).convoy?.python?.agreement, .emulationSlower)
        results.pythonConvoy = python(median: emulated * 1.4)
        XCTAssertEqual(Findings(results).convoy?.python?.agreement, .agrees)
    }

    func testOlderResultsWithoutTheExperimentsHaveNoFindings() throws {
        var results = try FixtureResults.load(.twoCore)
        results.convoy = nil
        results.pythonConvoy = nil
        results.nativeRelease = nil
        let findings = Findings(results)
        XCTAssertNil(findings.convoy)
        XCTAssertNil(findings.nativeRelease)
    }

    /// Beside two CPU-bound threads the emulation is a reproduction only when its median and its round
    /// trips' total both fall within the agreement factor of CPython's.
    func testAgreementBesideTwoThreadsNeedsTheMedianAndTheTotal() {
        XCTAssertEqual(PythonConvoyFindings.agreement([1.2, 0.9]), .agrees)
        XCTAssertEqual(PythonConvoyFindings.agreement([1.0, 0.5]), .emulationFaster, "a milder total is not a reproduction")
        XCTAssertEqual(PythonConvoyFindings.agreement([1.6, 1.1]), .emulationSlower)
        XCTAssertEqual(PythonConvoyFindings.agreement([]), .notCompared)
    }

    /// A convoy lives in a few long waits: three round trips of 10 ms among twelve leave the median as it
    /// was alone, and the verdict still says the lock slowed them.
    func testAFewLongWaitsAreAConvoyEvenWithTheMedianUnmoved() throws {
        var results = try FixtureResults.load(.twoCore)
        var convoy = try XCTUnwrap(results.convoy)
        let alone = try XCTUnwrap(convoy.runs.firstIndex { $0.cpuThreads == 0 })
        let beside = try XCTUnwrap(convoy.runs.firstIndex { $0.cpuThreads == 1 })
        let quick = Array(repeating: 0.0002, count: 12)
        convoy.runs[alone].latencySeconds = quick
        convoy.runs[beside].latencySeconds = [0.0103, 0.0104, 0.0102] + Array(quick.dropFirst(3))
        convoy.runs[beside].lockWaits = (0..<3).map { LockInterval(thread: 0, startSeconds: Double($0) * 0.02, endSeconds: Double($0) * 0.02 + 0.01) }
        results.convoy = convoy
        let findings = try XCTUnwrap(ConvoyFindings(convoy, python: nil, calibration: results.calibration) as ConvoyFindings?)
        XCTAssertEqual(findings.vsAlone[1], .same, "the median did not move")
        XCTAssertEqual(findings.effect, .fromTheLock)
        XCTAssertTrue(ConvoyFindings.longerInAll(1.2, than: 1.0))
        XCTAssertFalse(ConvoyFindings.longerInAll(1.1, than: 1.0))
    }

    /// A median speedup 0.84 of the free threads' is not "like free threads", even when one slow run of
    /// three widens the spread enough that the two are not apart beyond noise.
    func testNativeReleaseLikeFreeThreadsNeedsItsSpeedupNearTheirs() throws {
        var results = try FixtureResults.load(.twoCore)
        var native = try XCTUnwrap(results.nativeRelease)
        native.sequentialWallSeconds = [0.0430, 0.0411, 0.0412]
        native.threadsWallSeconds = [0.0206, 0.0236, 0.0221]
        native.nativeReleaseWallSeconds = [0.0217, 0.0249, 0.0402]
        results.nativeRelease = native
        let findings = try XCTUnwrap(Findings(results).nativeRelease)
        XCTAssertEqual(findings.nativeVsThreads, .same)
        XCTAssertEqual(findings.scaling, .partly)
    }
}
