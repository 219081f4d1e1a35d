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

    func testEveryTaskResumesOnTheThreadItStartedOn() throws {
        let compute = try TestRuns.run(AsyncStrategy(), TestRuns.computePlan(tasks: 3, workers: 3)).tasks
        let waits = RunPlan(workload: .io, jobs: Array(repeating: .wait(seconds: 0.001), count: 3), workers: 1,
                            switchIntervalSeconds: 0.005, timeLimitSeconds: 60)
        let waited = try TestRuns.run(AsyncStrategy(), waits).tasks
        XCTAssertEqual(waited.count, 3)
        for task in compute {
            XCTAssertEqual(task.resumedTids, [task.tid], "CPU work: the end only")
            XCTAssertEqual(task.threadsSeen, [task.tid])
        }
        for task in waited {
            XCTAssertEqual(task.resumedTids, [task.tid, task.tid], "after the wait and at the end")
            XCTAssertEqual(task.threadsSeen, [task.tid])
        }
    }

    func testOtherStrategiesDoNotRecordResumedThreads() throws {
        let tasks = try TestRuns.run(SequentialStrategy(), TestRuns.computePlan(tasks: 2, workers: 1)).tasks
        XCTAssertTrue(tasks.allSatisfy { $0.resumedTids == nil && $0.threadsSeen == [$0.tid] })
    }
}
