import XCTest
@testable import Analysis
import Results

/// The rule `diff` flags by: beyond both runs' noise, beyond the between-run drift, and for a latency a shift
/// a client could notice; `--quick` files make a flag indicative.
final class MachineComparisonTests: XCTestCase {
    private func tight(_ median: Double) -> [Double] { [1.0, 1.01, 0.99, 1.005, 0.995].map { $0 * median } }

    func testDriftBetweenRunsIsNotAFlag() {
        let drifted = MachineComparison.compare(baseline: tight(1), other: tight(1.10))
        XCTAssertEqual(NoiseRule.compare(baseline: tight(1), other: tight(1.10)).difference, .slower,
                       "beyond the runs' own noise…")
        XCTAssertEqual(drifted.difference, .same, "…but within the drift one machine shows between runs")
        guard case .withinDrift = drifted.reason else { return XCTFail("\(drifted.reason)") }
    }

    func testBeyondNoiseAndDriftIsFlaggedEitherWay() {
        let slower = MachineComparison.compare(baseline: tight(1), other: tight(1 + Thresholds.betweenRunDrift + 0.05))
        XCTAssertEqual(slower.difference, .slower)
        guard case .beyond = slower.reason else { return XCTFail("\(slower.reason)") }
        XCTAssertEqual(MachineComparison.compare(baseline: tight(1), other: tight(1 / 1.44)).difference, .faster)
        XCTAssertFalse(slower.indicative)
    }

    func testNoisyRunsStayTheSameWhateverTheDrift() {
        let noisy = [0.6, 1.4, 1.0, 0.8, 1.25]
        XCTAssertEqual(MachineComparison.compare(baseline: tight(1), other: noisy).difference, .same)
    }

    /// 0.03 against 0.07 ms is "2.3× slower" and far beyond drift, yet no client notices 40 µs.
    func testATinyLatencyShiftIsNegligible() {
        let idle = tight(0.00003), busy = tight(0.00007)
        let latency = MachineComparison.compare(baseline: idle, other: busy, kind: .latency)
        XCTAssertEqual(latency.difference, .same)
        guard case let .negligible(_, shiftMs) = latency.reason else { return XCTFail("\(latency.reason)") }
        XCTAssertEqual(shiftMs, 0.04, accuracy: 1e-9)
        XCTAssertEqual(MachineComparison.compare(baseline: idle, other: busy, kind: .time).difference, .slower,
                       "a time per unit of work has no such floor")
        XCTAssertEqual(MachineComparison.compare(baseline: tight(0.001), other: tight(0.003), kind: .latency).difference, .slower)
    }

    func testQuickFilesMakeEveryOutcomeIndicative() {
        let quick = MachineComparison.compare(baseline: tight(1), other: tight(2), quick: true)
        XCTAssertEqual(quick.difference, .slower)
        XCTAssertTrue(quick.indicative)
    }

    func testCoreSpeedComesFromTheCalibration() throws {
        let slow = Calibration(kernel: "xorshift64", iterationsPerTask: 236_700_000, targetSeconds: 0.5, measuredSeconds: 0.494)
        let fast = Calibration(kernel: "xorshift64", iterationsPerTask: 345_500_000, targetSeconds: 0.5, measuredSeconds: 0.501)
        var a = try FixtureResults.load(.twoCore), b = a
        a.calibration = slow
        b.calibration = fast
        XCTAssertEqual(CoreSpeed.iterationsPerSecond(a) ?? 0, 479.1e6, accuracy: 0.1e6)
        XCTAssertEqual(CoreSpeed.ratio(b, to: a) ?? 0, 1.44, accuracy: 0.005)
        b.calibration.kernel = "another"
        XCTAssertNil(CoreSpeed.ratio(b, to: a), "different kernels do not compare")
    }
}

/// With fewer runs than the rank test needs, one flagged outlier does not stretch a range over a gap every
/// other run shows.
final class NoiseRuleOutlierTests: XCTestCase {
    func testAnOutlierDoesNotHideAClearGap() {
        let sequential = [1.8965, 1.8973, 2.07]  // the last run is an outlier (Summary.OutlierRule)
        let locked = [2.05, 2.06, 2.052]
        XCTAssertEqual(Summary(sequential).outliers, [2])
        XCTAssertEqual(NoiseRule.compare(baseline: sequential, other: locked).difference, .slower)
        XCTAssertEqual(Summary([1.8965, 1.95, 2.07]).outliers, [])
        XCTAssertEqual(NoiseRule.compare(baseline: [1.8965, 1.95, 2.07], other: locked).difference, .same,
                       "a run that is no outlier still counts")
    }

    /// A disturbance only adds time: a run faster than the rest stays in its range. The committed example's
    /// CPython loop and threads (seconds) overlap through its fastest loop run, so neither is faster.
    func testAFastOutlierStaysInItsRange() {
        let loop = [2.04, 2.06, 1.74]
        let threads = [1.99, 1.82, 1.83]
        XCTAssertEqual(Summary(loop).outliers, [2])
        XCTAssertEqual(NoiseRule.compare(baseline: loop, other: threads).difference, .same)
    }
}
