@testable import Measure
import Synchronization
import XCTest

final class TimerQueueTests: XCTestCase {
    private final class WakeLog: Sendable {
        let entries = Mutex<[(name: String, tid: Int32)]>([])
    }

    /// Sleepers wake soonest deadline first (ties in arrival order), all resumed on the loop's thread.
    func testSleepersWakeInDeadlineOrderOnTheLoopThread() async throws {
        let loop = try OneThreadExecutor()
        defer { loop.shutdown() }
        let woken = WakeLog()
        await withTaskGroup(of: Void.self) { group in
            for (name, seconds) in [("c", 0.030), ("a", 0.010), ("b", 0.020), ("a2", 0.010), ("now", 0.0)] {
                group.addTask(executorPreference: loop) {
                    await loop.sleep(seconds: seconds)
                    woken.entries.withLock { $0.append((name, Linux.threadID())) }
                }
            }
        }
        let order = woken.entries.withLock { $0 }
        XCTAssertEqual(order.map(\.name).filter { $0 != "now" }, ["a", "a2", "b", "c"])
        XCTAssertEqual(Set(order.map(\.tid)).count, 1)
        XCTAssertNotEqual(order.first?.tid, Linux.threadID())
    }
}
