import XCTest
@testable import Analysis

/// The digits a reader gets: two significant for a ratio, three for seconds, three (at most two decimals)
/// for a latency, counted after rounding.
final class ReadablePrecisionTests: XCTestCase {
    func testRatiosGetTwoSignificantDigits() {
        XCTAssertEqual(ReadablePrecision.decimals(for: 10.004, significantDigits: ReadablePrecision.ratioDigits), 0)
        XCTAssertEqual(ReadablePrecision.decimals(for: 9.97, significantDigits: ReadablePrecision.ratioDigits), 0, "rounds up to 10")
        XCTAssertEqual(ReadablePrecision.decimals(for: 1.94, significantDigits: ReadablePrecision.ratioDigits), 1)
        XCTAssertEqual(ReadablePrecision.decimals(for: 0.97, significantDigits: ReadablePrecision.ratioDigits), 2)
    }

    func testSecondsGetThreeSignificantDigits() {
        XCTAssertEqual(ReadablePrecision.decimals(for: 10.01, significantDigits: ReadablePrecision.secondsDigits), 1)
        XCTAssertEqual(ReadablePrecision.decimals(for: 2.043, significantDigits: ReadablePrecision.secondsDigits), 2)
        XCTAssertEqual(ReadablePrecision.decimals(for: 0.959, significantDigits: ReadablePrecision.secondsDigits), 3)
        XCTAssertEqual(ReadablePrecision.decimals(for: 0, significantDigits: ReadablePrecision.secondsDigits), 0)
    }

    func testLatenciesStopAtAHundredthOfAMillisecond() {
        XCTAssertEqual(ReadablePrecision.latencyDecimals(for: 570.45), 0)
        XCTAssertEqual(ReadablePrecision.latencyDecimals(for: 52.64), 1)
        XCTAssertEqual(ReadablePrecision.latencyDecimals(for: 6.2), 2)
        XCTAssertEqual(ReadablePrecision.latencyDecimals(for: 0.84), 2)
    }
}
