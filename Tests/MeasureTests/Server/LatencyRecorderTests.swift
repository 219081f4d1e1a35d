import XCTest
@testable import Measure
import Results

/// `LatencyRecorder`: nanoseconds in, seconds out, through an HDR histogram of microseconds with three
/// significant digits (so values read back within 0.1 %).
final class LatencyRecorderTests: XCTestCase {
    func testAnEmptyRecorderSummarisesToZeros() {
        let summary = LatencyRecorder().summary
        XCTAssertEqual(summary, LatencySummary(count: 0, p50Seconds: 0, p90Seconds: 0, p99Seconds: 0, maxSeconds: 0, meanSeconds: 0))
    }

    func testPercentilesMaxAndMeanOfOneToAHundredMilliseconds() {
        var recorder = LatencyRecorder()
        for milliseconds in (1...100).reversed() { recorder.record(nanoseconds: UInt64(milliseconds) * 1_000_000) }
        XCTAssertEqual(recorder.count, 100)
        let summary = recorder.summary
        XCTAssertEqual(summary.count, 100)
        XCTAssertEqual(summary.p50Seconds, 0.050, accuracy: 0.050 * 0.001)
        XCTAssertEqual(summary.p90Seconds, 0.090, accuracy: 0.090 * 0.001)
        XCTAssertEqual(summary.p99Seconds, 0.099, accuracy: 0.099 * 0.001)
        XCTAssertEqual(summary.maxSeconds, 0.100, accuracy: 0.100 * 0.001)
        XCTAssertEqual(summary.meanSeconds, 0.0505, accuracy: 0.0505 * 0.001)
    }

    func testValuesAreClampedToOneMicrosecondAndOneMinute() {
        var recorder = LatencyRecorder()
        recorder.record(nanoseconds: 0)
        recorder.record(nanoseconds: 999)
        var summary = recorder.summary
        XCTAssertEqual(summary.count, 2)
        XCTAssertEqual(summary.maxSeconds, 0.000_001, "under a microsecond counts as one")
        recorder.record(nanoseconds: 3_600 * 1_000_000_000)
        summary = recorder.summary
        XCTAssertEqual(summary.count, 3, "an hour is still counted")
        XCTAssertEqual(summary.maxSeconds, 60, accuracy: 60 * 0.001, "as a minute, the histogram's top")
    }
}
