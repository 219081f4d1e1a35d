@testable import Measure
import Results
import XCTest

/// A run that overruns its limit ends with `timedOut` instead of hanging the tool, whatever the strategy:
/// in-process threads and event loops cannot be stopped, so the run is abandoned (the error ends the
/// program, and with it the stuck threads).
final class OverrunTests: XCTestCase {
    private func overrunningPlan(limit: Double) -> RunPlan {
        // Each task waits 2 s; the limit is a fraction of that.
        RunPlan(workload: .io, jobs: Array(repeating: .wait(seconds: 2), count: 2), workers: 2,
                switchIntervalSeconds: 0.005, timeLimitSeconds: limit)
    }

    func testEveryInProcessStrategyGivesUpAtItsLimit() {
        for strategy: any Strategy in [ThreadsStrategy(), GlobalLockStrategy(), AsyncStrategy()] {
            let start = Linux.monotonicNanoseconds()
            XCTAssertThrowsError(try TestRuns.run(strategy, overrunningPlan(limit: 0.05))) { error in
                XCTAssertEqual(error as? MeasureError, .timedOut(strategy: strategy.id, workload: .io, limitSeconds: 0.05))
            }
            let seconds = Double(Linux.monotonicNanoseconds() - start) / 1e9
            XCTAssertLessThan(seconds, 1.5, "\(strategy.id) waited for its stuck tasks instead of giving up")
        }
    }
}
