import XCTest
import Results

final class SummaryTests: XCTestCase {
    func testPercentileIsNearestRank() {
        let values = (1...100).map(Double.init)
        XCTAssertEqual(Summary.percentile(of: values, 0.5), 50)
        XCTAssertEqual(Summary.percentile(of: values, 0.99), 99)
        XCTAssertEqual(Summary.percentile(of: [3, 1, 2], 0.99), 3)
        XCTAssertEqual(Summary.percentile(of: [], 0.5), 0)
    }

    func testMedianOfOddAndEvenCounts() {
        XCTAssertEqual(Summary([3, 1, 2]).median, 2)
        XCTAssertEqual(Summary([4, 1, 3, 2]).median, 2.5)
        XCTAssertEqual(Summary([7]).median, 7)
    }

    func testMADMinMaxMean() {
        // Median 3; deviations 2, 1, 0, 1, 97 → MAD 1.
        let summary = Summary([1, 2, 3, 4, 100])
        XCTAssertEqual(summary.count, 5)
        XCTAssertEqual(summary.mad, 1)
        XCTAssertEqual(summary.min, 1)
        XCTAssertEqual(summary.max, 100)
        XCTAssertEqual(summary.mean, 22)
        XCTAssertEqual(summary.relativeSpread, 1.0 / 3, accuracy: 1e-12)
    }

    func testOutliersByModifiedZScore() {
        // Modified z = 0.6745 · |x − 3| / 1: 100 scores 65.4, 1 scores 1.35: only index 4 is reported.
        XCTAssertEqual(Summary([1, 2, 3, 4, 100]).outliers, [4])
        // 8 scores 0.6745 · 5 / 1 = 3.37 (kept), 9 scores 4.05 (reported).
        XCTAssertEqual(Summary([2, 3, 4, 3, 8]).outliers, [])
        XCTAssertEqual(Summary([2, 3, 4, 3, 9]).outliers, [4])
    }

    func testZeroMADReportsNoOutliers() {
        let summary = Summary([1, 1, 1, 1, 5])
        XCTAssertEqual(summary.mad, 0)
        XCTAssertEqual(summary.outliers, [])
        XCTAssertEqual(summary.relativeSpread, 0)
    }

    func testEmptyInput() {
        let summary = Summary([])
        XCTAssertEqual(summary.count, 0)
        XCTAssertEqual(summary.median, 0)
        XCTAssertEqual(summary.mad, 0)
        XCTAssertEqual(summary.outliers, [])
        XCTAssertEqual(summary.relativeSpread, 0)
    }
}
