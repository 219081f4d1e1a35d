import XCTest
@testable import Measure

final class ThreadsStrategyTests: XCTestCase {
    func testSequentialRunsOnTheCallerOneAfterAnother() throws {
        let tasks = try TestRuns.run(SequentialStrategy(), TestRuns.computePlan(tasks: 3, workers: 3)).tasks
        XCTAssertEqual(Set(tasks.map(\.tid)), [Linux.threadID()])
        for (earlier, later) in zip(tasks, tasks.dropFirst()) {
            XCTAssertLessThanOrEqual(earlier.endSeconds, later.startSeconds)
        }
    }

    func testOneThreadPerTaskWhenThePoolIsLargeEnough() throws {
        let tasks = try TestRuns.run(ThreadsStrategy(), TestRuns.computePlan(tasks: 3, workers: 8)).tasks
        XCTAssertEqual(tasks.map(\.index), [0, 1, 2])
        XCTAssertEqual(Set(tasks.map(\.tid)).count, 3)
        XCTAssertFalse(tasks.map(\.tid).contains(Linux.threadID()))
        XCTAssertTrue(tasks.allSatisfy { !$0.cpus.isEmpty })
    }

    func testAPoolRunsEveryTaskOnAtMostItsThreads() throws {
        let tasks = try TestRuns.run(ThreadsStrategy(), TestRuns.computePlan(tasks: 5, workers: 2)).tasks
        XCTAssertEqual(tasks.map(\.index), [0, 1, 2, 3, 4])
        XCTAssertLessThanOrEqual(Set(tasks.map(\.tid)).count, 2)
    }
}
