import XCTest
@testable import Analysis

/// `NoiseRule.compareSamples`: many latency samples with a long tail. A shift the rank test sees is a
/// difference even when the tail's MAD is wider than the shift; below the minimum effect it is not.
final class NoiseRuleSamplesTests: XCTestCase {
    /// 40 quick polls against 40 polls of which 10 are as quick, 12 are 40 µs slower and 18 wait 0.5 ms: the
    /// median moves by about 55 µs, less than the loaded side's MAD.
    private let idle = (0..<40).map { 0.0001 + Double($0 % 5) * 0.00001 }
    private var loaded: [Double] { idle.enumerated().map { $0.element + ($0.offset < 10 ? 0 : $0.offset < 22 ? 0.00004 : 0.0005) } }

    func testAShiftTheRankTestSeesIsSlowerThoughTheTailIsWide() {
        let outcome = NoiseRule.compareSamples(baseline: idle, other: loaded)
        XCTAssertEqual(outcome.difference, .slower)
        XCTAssertEqual(NoiseRule.compare(baseline: idle, other: loaded).difference, .same,
                       "the wall-time rule asks the gap to clear both MADs, which the tail widens")
    }

    func testAShiftBelowTheMinimumEffectIsTheSame() {
        let nudged = idle.map { $0 * 1.01 }
        XCTAssertEqual(NoiseRule.compareSamples(baseline: idle, other: nudged).difference, .same)
    }

    func testFewSamplesFallBackToTheRunsRule() {
        XCTAssertEqual(NoiseRule.compareSamples(baseline: [0.001, 0.0011], other: [0.002, 0.0021]),
                       NoiseRule.compare(baseline: [0.001, 0.0011], other: [0.002, 0.0021]))
    }
}
