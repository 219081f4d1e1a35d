import XCTest
@testable import Measure
import Results

final class GlobalLockStrategyTests: XCTestCase {
    func testOwnershipIntervalsNeverOverlapAndEveryThreadHeldTheLock() throws {
        // A short switch interval so that hand-offs happen within a few milliseconds of work.
        let plan = TestRuns.computePlan(tasks: 3, workers: 3, iterations: 400_000, switchInterval: 0.0002)
        let outcome = try TestRuns.run(GlobalLockStrategy(), plan)
        XCTAssertEqual(outcome.tasks.map(\.index), [0, 1, 2])
        let trace = try XCTUnwrap(outcome.lockTrace)
        let intervals = trace.intervals.sorted { $0.startSeconds < $1.startSeconds }
        XCTAssertEqual(Set(intervals.map(\.thread)), [0, 1, 2])
        for (earlier, later) in zip(intervals, intervals.dropFirst()) {
            XCTAssertLessThanOrEqual(earlier.endSeconds, later.startSeconds, "two threads held the lock at once")
        }
        for interval in intervals { XCTAssertLessThanOrEqual(interval.startSeconds, interval.endSeconds) }
        XCTAssertLessThanOrEqual(trace.forcedSwitches, trace.dropRequests)
        // Three workers for three tasks: lock thread i ran task i, on its own kernel thread.
        XCTAssertEqual(trace.threadIDs, outcome.tasks.map(\.tid))
        XCTAssertEqual(Set(trace.threadIDs).count, 3)
    }

    func testAThreadWaitingOnIOLetsAnotherRun() throws {
        // Zero-length waits: each still releases and re-takes the lock.
        let plan = RunPlan(workload: .io, jobs: Array(repeating: .wait(seconds: 0), count: 2), workers: 2,
                           switchIntervalSeconds: 0.005, timeLimitSeconds: 60)
        let trace = try XCTUnwrap(try TestRuns.run(GlobalLockStrategy(), plan).lockTrace)
        // Each thread holds the lock before and after its wait: at least two intervals each.
        XCTAssertEqual(trace.intervals.filter { $0.thread == 0 }.count, 2)
        XCTAssertEqual(trace.intervals.filter { $0.thread == 1 }.count, 2)
    }
}
