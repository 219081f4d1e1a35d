@testable import Measure
import Synchronization
import XCTest

final class TimerQueueTests: XCTestCase {
    private final class WakeLog: Sendable {
        let entries = Mutex<[(name: String, tid: Int32)]>([])
    }

    /// Sleepers wake soonest deadline first (ties in arrival order), all resumed on the thread running the loop.
    func testSleepersWakeInDeadlineOrderOnTheLoopThread() throws {
        let loop = OneThreadExecutor()
        let woken = WakeLog()
        Task(executorPreference: loop) {
            await withTaskGroup(of: Void.self) { group in
                for (name, seconds) in [("c", 0.030), ("a", 0.010), ("b", 0.020), ("a2", 0.010), ("now", 0.0)] {
                    group.addTask(executorPreference: loop) {
                        await loop.sleep(seconds: seconds)
                        woken.entries.withLock { $0.append((name, Linux.threadID())) }
                    }
                }
            }
            loop.stop()
        }
        XCTAssertTrue(loop.run(deadlineNanoseconds: Linux.monotonicNanoseconds() + 10_000_000_000))
        let order = woken.entries.withLock { $0 }
        XCTAssertEqual(order.map(\.name).filter { $0 != "now" }, ["a", "a2", "b", "c"])
        XCTAssertEqual(Set(order.map(\.tid)), [Linux.threadID()])
    }

    /// A loop never stopped gives up at its deadline instead of waiting for its sleepers.
    func testTheLoopReturnsFalseAtItsDeadline() {
        let loop = OneThreadExecutor()
        Task(executorPreference: loop) { await loop.sleep(seconds: 5) }
        let start = Linux.monotonicNanoseconds()
        XCTAssertFalse(loop.run(deadlineNanoseconds: start + 20_000_000))
        let elapsed = Linux.monotonicNanoseconds() - start
        XCTAssertGreaterThanOrEqual(elapsed, 20_000_000)
        XCTAssertLessThan(elapsed, 2_000_000_000)
    }
}
