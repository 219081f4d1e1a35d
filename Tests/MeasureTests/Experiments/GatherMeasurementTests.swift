import XCTest
@testable import Measure

final class GatherMeasurementTests: XCTestCase {
    func testEveryTaskRunsOnTheOneLoopThread() throws {
        let demo = try GatherMeasurement(tasks: 3, waitSeconds: 0).measure()
        XCTAssertEqual(demo.waitSeconds, 0)
        XCTAssertEqual(demo.tasks.map(\.index), [0, 1, 2])
        XCTAssertEqual(Set(demo.tasks.map(\.tid)), [Linux.threadID()], "the caller's thread runs the loop")
        for task in demo.tasks {
            XCTAssertGreaterThanOrEqual(task.startSeconds, 0)
            XCTAssertLessThanOrEqual(task.startSeconds, task.endSeconds)
            XCTAssertLessThanOrEqual(task.endSeconds, demo.wallSeconds)
            XCTAssertEqual(task.resumedTids, [task.tid, task.tid], "after the wait and at the end, on the loop")
        }
    }
}
