import XCTest
@testable import Measure
import Results

/// `HandlerTimes`: elapsed seconds per endpoint style since a start read from `ServerClock`.
final class HandlerTimesTests: XCTestCase {
    func testTheMedianIsPerStyleAndMeasuredFromTheGivenStart() throws {
        let times = HandlerTimes()
        XCTAssertNil(times.median(.cpuOnLoop))
        let now = ServerClock.nanoseconds()
        // Started 6, 1 and 2 s ago: the median is the 2 s one plus the moments since `now` (the mean is 3).
        for secondsAgo: UInt64 in [6, 1, 2] { times.record(.cpuOnLoop, since: now - secondsAgo * 1_000_000_000) }
        times.record(.ioAsync, since: now - 10 * 1_000_000_000)
        let median = try XCTUnwrap(times.median(.cpuOnLoop))
        XCTAssertGreaterThanOrEqual(median, 2)
        XCTAssertLessThan(median, 3)
        XCTAssertGreaterThanOrEqual(times.median(.ioAsync) ?? 0, 10)
        XCTAssertNil(times.median(.health), "a style never recorded has no median")
    }

    func testResetForgetsEveryStyle() {
        let times = HandlerTimes()
        let now = ServerClock.nanoseconds()
        times.record(.cpuOnLoop, since: now)
        times.record(.ioThreadPool, since: now)
        times.reset()
        XCTAssertNil(times.median(.cpuOnLoop))
        XCTAssertNil(times.median(.ioThreadPool))
        times.record(.ioThreadPool, since: now - 4_000_000_000)
        XCTAssertGreaterThanOrEqual(times.median(.ioThreadPool) ?? 0, 4, "only what came after the reset")
    }
}
