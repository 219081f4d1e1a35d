import XCTest
@testable import Measure

final class AsyncStrategyTests: XCTestCase {
    func testEveryTaskRunsOnOneThreadThatIsNotTheCaller() throws {
        let outcome = try TestRuns.run(AsyncStrategy(), TestRuns.computePlan(tasks: 4, workers: 4))
        XCTAssertEqual(outcome.tasks.map(\.index), [0, 1, 2, 3])
        let threads = Set(outcome.tasks.map(\.tid))
        XCTAssertEqual(threads.count, 1)
        XCTAssertNotEqual(threads.first, Linux.threadID())
    }

    func testCPUTasksOnOneThreadDoNotOverlap() throws {
        let tasks = try TestRuns.run(AsyncStrategy(), TestRuns.computePlan(tasks: 3, workers: 3)).tasks
            .sorted { $0.startSeconds < $1.startSeconds }
        for (earlier, later) in zip(tasks, tasks.dropFirst()) {
            XCTAssertLessThanOrEqual(earlier.endSeconds, later.startSeconds)
        }
    }
}
