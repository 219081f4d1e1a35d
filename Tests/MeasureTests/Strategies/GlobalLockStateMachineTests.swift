import XCTest
@testable import Measure
import Results

final class GlobalLockStateMachineTests: XCTestCase {
    func testAWaiterThatTimesOutRaisesADropRequestAndTheHolderHandsOver() {
        var lock = GlobalLockStateMachine()
        XCTAssertEqual(lock.take(thread: 0, now: 0), .acquired)
        XCTAssertEqual(lock.take(thread: 1, now: 0.001), .wait(savedSwitchNumber: 1))
        XCTAssertFalse(lock.dropRequested)

        XCTAssertEqual(lock.waitEnded(thread: 1, timedOut: true, savedSwitchNumber: 1, now: 0.006), .wait(savedSwitchNumber: 1))
        XCTAssertTrue(lock.dropRequested)
        XCTAssertEqual(lock.dropRequests, 1)

        // FORCE_SWITCHING: the holder must wait until the requester has really taken the lock.
        XCTAssertEqual(lock.release(thread: 0, now: 0.0061), .waitForSwitch)
        XCTAssertFalse(lock.hasSwitched(from: 0))
        XCTAssertEqual(lock.waitEnded(thread: 1, timedOut: false, savedSwitchNumber: 1, now: 0.0062), .acquired)
        XCTAssertTrue(lock.hasSwitched(from: 0))
        XCTAssertEqual(lock.switchNumber, 2)
        XCTAssertEqual(lock.forcedSwitches, 1)
        XCTAssertFalse(lock.dropRequested)
        XCTAssertEqual(lock.intervals, [LockInterval(thread: 0, startSeconds: 0, endSeconds: 0.0061)])
    }

    func testNoDropRequestWhenTheLockChangedHandsDuringTheWait() {
        var lock = GlobalLockStateMachine()
        _ = lock.take(thread: 0, now: 0)
        XCTAssertEqual(lock.take(thread: 2, now: 0), .wait(savedSwitchNumber: 1))
        XCTAssertEqual(lock.take(thread: 1, now: 0), .wait(savedSwitchNumber: 1))
        // Thread 0 blocks on I/O: a plain release, and thread 1 takes over.
        XCTAssertEqual(lock.release(thread: 0, now: 0.002), .released)
        XCTAssertEqual(lock.waitEnded(thread: 1, timedOut: false, savedSwitchNumber: 1, now: 0.002), .acquired)
        // Thread 2's interval ends, but a switch happened meanwhile: it waits again, asking nothing.
        XCTAssertEqual(lock.waitEnded(thread: 2, timedOut: true, savedSwitchNumber: 1, now: 0.005), .wait(savedSwitchNumber: 2))
        XCTAssertFalse(lock.dropRequested)
        XCTAssertEqual(lock.dropRequests, 0)
    }

    func testRetakingByTheSameThreadIsNotASwitch() {
        var lock = GlobalLockStateMachine()
        _ = lock.take(thread: 0, now: 0)
        XCTAssertEqual(lock.release(thread: 0, now: 1), .released)
        XCTAssertEqual(lock.take(thread: 0, now: 2), .acquired)
        XCTAssertEqual(lock.switchNumber, 1)
        XCTAssertEqual(lock.intervals.count, 1)
    }

    /// Two CPU-bound threads on a fake millisecond clock: the holder polls for drop requests every
    /// millisecond, the waiter's timed wait lasts one 5 ms switch interval. Ownership must alternate in
    /// slices of one interval (plus the poll delay), as CPython's threads do.
    func testTwoBusyThreadsAlternateEverySwitchInterval() {
        let interval = 5
        var lock = GlobalLockStateMachine()
        var now = 0
        func seconds(_ ms: Int) -> Double { Double(ms) / 1000 }

        var holder = 0
        var waiter = 1
        XCTAssertEqual(lock.take(thread: holder, now: 0), .acquired)
        guard case var .wait(saved) = lock.take(thread: waiter, now: 0) else { return XCTFail("second thread acquired") }
        var waitDeadline = interval

        while now < 60 {
            now += 1
            if now >= waitDeadline {
                guard case let .wait(next) = lock.waitEnded(thread: waiter, timedOut: true, savedSwitchNumber: saved, now: seconds(now)) else {
                    return XCTFail("waiter acquired a held lock")
                }
                saved = next
                waitDeadline = now + interval
            }
            if lock.dropRequested {
                XCTAssertEqual(lock.release(thread: holder, now: seconds(now)), .waitForSwitch)
                XCTAssertEqual(lock.waitEnded(thread: waiter, timedOut: false, savedSwitchNumber: saved, now: seconds(now)), .acquired)
                XCTAssertTrue(lock.hasSwitched(from: holder))
                swap(&holder, &waiter)
                guard case let .wait(next) = lock.take(thread: waiter, now: seconds(now)) else { return XCTFail("both hold") }
                saved = next
                waitDeadline = now + interval
            }
        }
        let slices = lock.intervals
        XCTAssertGreaterThanOrEqual(slices.count, 10)
        XCTAssertEqual(slices.map(\.thread), slices.indices.map { $0 % 2 })
        for slice in slices {
            XCTAssertEqual(slice.endSeconds - slice.startSeconds, seconds(interval), accuracy: 0.0011)
        }
        XCTAssertEqual(lock.forcedSwitches, slices.count)
        XCTAssertEqual(lock.dropRequests, slices.count)
    }
}
