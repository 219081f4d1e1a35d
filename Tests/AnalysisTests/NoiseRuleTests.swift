import XCTest
@testable import Analysis

final class NoiseRuleTests: XCTestCase {
    private func difference(_ baseline: [Double], _ other: [Double]) -> Difference {
        NoiseRule.compare(baseline: baseline, other: other).difference
    }

    func testASignificantShiftSmallerThanAMadIsTheSame() {
        let outcome = NoiseRule.compare(baseline: [1.00, 1.20, 0.80, 1.10, 0.90, 1.05, 0.95],
                                        other: [1.06, 1.26, 0.86, 1.16, 0.96, 1.11, 1.01])
        XCTAssertEqual(outcome.difference, .same, "\(outcome.reason)")
    }

    func testShiftsBelowTheMinimumEffectAreTheSameEvenWithSeparateRanges() {
        // Ten sleeps of 1 s: ranges a few microseconds wide that do not overlap, yet no change.
        XCTAssertEqual(difference([1.001_90, 1.001_91, 1.001_92], [1.002_10, 1.002_11, 1.002_12]), .same)
        XCTAssertEqual(difference([1.000, 1.001, 1.002], [1.030, 1.031, 1.032]), .same, "3 % is below the minimum effect")
        XCTAssertEqual(difference([1.000, 1.001, 1.002], [1.060, 1.061, 1.062]), .slower)
        XCTAssertEqual(difference([1.060, 1.061, 1.062], [1.000, 1.001, 1.002]), .faster)
    }

    func testFewRunsNeedSeparateRanges() {
        XCTAssertEqual(difference([1.0, 1.02, 0.98], [1.5, 1.51, 1.49]), .slower)
        let overlapping = NoiseRule.compare(baseline: [1.0, 1.3, 0.9], other: [1.25, 1.5, 1.4])
        XCTAssertEqual(overlapping.difference, .same)
        XCTAssertEqual(overlapping.reason, .ranges(baselineRuns: 3, otherRuns: 3, overlap: true))
        // Five on one side, three on the other: still the range rule.
        XCTAssertEqual(difference([1, 1.01, 0.99, 1.02, 0.98], [2, 2.1, 1.9]), .slower)
    }

    func testTheReportedThreadsAgainstProcessesGapIsTheSame() {
        // A reader's case: threads 0.992–1.078 s, processes 1.005–1.114 s, medians 34 ms apart.
        XCTAssertEqual(difference([0.992, 1.020, 1.078], [1.005, 1.054, 1.114]), .same)
    }

    func testManyRunsUseTheRankTest() {
        let base = [1.00, 1.01, 0.99, 1.02, 0.98, 1.00]
        let slower = base.map { $0 * 1.2 }
        XCTAssertEqual(difference(base, slower), .slower)
        guard case let .rankTest(p, significant, beyondMAD) = NoiseRule.compare(baseline: base, other: slower).reason else {
            return XCTFail("six runs a side use the rank test")
        }
        XCTAssertLessThan(p, Thresholds.alpha)
        XCTAssertTrue(significant && beyondMAD)
    }

    func testOneRunOnASideNeedsTheLargerSingleRunEffect() {
        XCTAssertEqual(difference([1.0], [1.07]), .same, "no spread to consult: 7 % is within what one run can do")
        XCTAssertEqual(difference([1.0], [0.5]), .faster)
        XCTAssertEqual(difference([10.0], [1.0, 1.01, 1.0]), .faster)
        XCTAssertEqual(difference([], [0.5]), .same)
    }

    /// One run against one run has no spread: a small gap gets no verdict, never "the same".
    func testOneRunEachIsNeverCalledTheSame() {
        XCTAssertEqual(OneRunDifference(baseline: 0.122, other: 0.124), .oneRunEach)
        XCTAssertEqual(OneRunDifference(baseline: 1.0, other: 1.0), .oneRunEach)
        XCTAssertEqual(OneRunDifference(baseline: 1.0, other: 1.0 + Thresholds.minimumEffectOfSingleRuns * 1.01), .slower)
        XCTAssertEqual(OneRunDifference(baseline: 1.0, other: 0.5), .faster)
    }
}
