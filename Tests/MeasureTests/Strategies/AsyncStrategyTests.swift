import XCTest
@testable import Measure

final class AsyncStrategyTests: XCTestCase {
    /// The caller's thread runs the loop, as `asyncio.run` runs its loop on the thread that calls it.
    func testEveryTaskRunsOnTheCallersThread() throws {
        let outcome = try TestRuns.run(AsyncStrategy(), TestRuns.computePlan(tasks: 4, workers: 4))
        XCTAssertEqual(outcome.tasks.map(\.index), [0, 1, 2, 3])
        let threads = Set(outcome.tasks.map(\.tid))
        XCTAssertEqual(threads, [Linux.threadID()])
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

    func testALoopTasksFactsBecomeItsRecord() {
        let runner = TaskRunner(originNanoseconds: 1_000_000_000)
        let waited = runner.record(LoopTaskFacts(index: 7, start: 1_500_000_000, end: 2_500_000_000, tid: 11, resumedTid: 12,
                                                 endTid: 13, cpuBefore: 1, cpuAfter: 0, computeCPUs: nil))
        XCTAssertEqual(waited.index, 7)
        XCTAssertEqual(waited.startSeconds, 0.5, accuracy: 1e-12)
        XCTAssertEqual(waited.endSeconds, 1.5, accuracy: 1e-12)
        XCTAssertEqual(waited.tid, 11)
        XCTAssertEqual(waited.resumedTids, [12, 13])
        XCTAssertEqual(waited.cpus, [1, 0], "in order of first sighting")
        let sameCPU = runner.record(LoopTaskFacts(index: 0, start: 1_000_000_000, end: 1_000_000_000, tid: 1, resumedTid: 1,
                                                  endTid: 1, cpuBefore: 3, cpuAfter: 3, computeCPUs: nil))
        XCTAssertEqual(sameCPU.cpus, [3])
        let unread = runner.record(LoopTaskFacts(index: 0, start: 1_000_000_000, end: 1_000_000_000, tid: 1, resumedTid: nil,
                                                 endTid: 1, cpuBefore: -1, cpuAfter: 2, computeCPUs: nil))
        XCTAssertEqual(unread.cpus, [2])
        XCTAssertEqual(unread.resumedTids, [1], "no wait: the end only")
        let computed = runner.record(LoopTaskFacts(index: 0, start: 1_000_000_000, end: 1_000_000_000, tid: 1, resumedTid: nil,
                                                   endTid: 1, cpuBefore: -1, cpuAfter: -1, computeCPUs: [0, 1]))
        XCTAssertEqual(computed.cpus, [0, 1])
        XCTAssertEqual(computed.pid, getpid())
    }

    func testOtherStrategiesDoNotRecordResumedThreads() throws {
        let tasks = try TestRuns.run(SequentialStrategy(), TestRuns.computePlan(tasks: 2, workers: 1)).tasks
        XCTAssertTrue(tasks.allSatisfy { $0.resumedTids == nil && $0.threadsSeen == [$0.tid] })
    }
}
