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

/// The hand-offs behind the convoy and native release, on a fake clock.
final class GlobalLockConvoyHandOffTests: XCTestCase {
    /// The I/O thread (0) releases the lock around a blocking call; the CPU-bound thread (1) takes it.
    /// When the call returns, the I/O thread must wait a whole switch interval, raise a drop request,
    /// and only then get the lock back from the CPU-bound thread.
    func testAnIOThreadWaitsOneSwitchIntervalAfterEveryBlockingCall() {
        var lock = GlobalLockStateMachine()
        XCTAssertEqual(lock.take(thread: 0, now: 0), .acquired)
        guard case let .wait(cpuSaved) = lock.take(thread: 1, now: 0) else { return XCTFail("both hold") }
        // The blocking call: a plain release (no request pending), and the waiting CPU thread takes over.
        XCTAssertEqual(lock.release(thread: 0, now: 0.0001), .released)
        XCTAssertEqual(lock.waitEnded(thread: 1, timedOut: false, savedSwitchNumber: cpuSaved, now: 0.0002), .acquired)
        // The answer arrives at 0.3 ms: the lock is held, so the I/O thread waits.
        guard case let .wait(ioSaved) = lock.take(thread: 0, now: 0.0003) else { return XCTFail("I/O thread took a held lock") }
        XCTAssertFalse(lock.dropRequested)
        // One interval later nothing changed: it asks the holder to drop the lock.
        XCTAssertEqual(lock.waitEnded(thread: 0, timedOut: true, savedSwitchNumber: ioSaved, now: 0.0053), .wait(savedSwitchNumber: ioSaved))
        XCTAssertTrue(lock.dropRequested)
        // The CPU thread answers at its next check, and must wait until the I/O thread really has the lock.
        XCTAssertEqual(lock.release(thread: 1, now: 0.00531), .waitForSwitch)
        XCTAssertEqual(lock.waitEnded(thread: 0, timedOut: false, savedSwitchNumber: ioSaved, now: 0.00532), .acquired)
        XCTAssertTrue(lock.hasSwitched(from: 1))
        let ioWait = 0.00532 - 0.0003
        XCTAssertGreaterThanOrEqual(ioWait, 0.005)
        XCTAssertEqual(lock.forcedSwitches, 1)
        XCTAssertEqual(lock.intervals.map(\.thread), [0, 1])
    }

    /// Alone, the I/O thread retakes a free lock at once: no wait, no request, no switch.
    func testAnIOThreadAloneRetakesTheLockAtOnce() {
        var lock = GlobalLockStateMachine()
        _ = lock.take(thread: 0, now: 0)
        for trip in 0..<3 {
            let at = Double(trip) * 0.001
            XCTAssertEqual(lock.release(thread: 0, now: at + 0.0001), .released)
            XCTAssertEqual(lock.take(thread: 0, now: at + 0.0002), .acquired)
        }
        XCTAssertEqual(lock.switchNumber, 1)
        XCTAssertEqual(lock.dropRequests, 0)
    }

    /// Native release: two threads that release the lock around their native part hand it to each other
    /// without a single drop request, so neither ever waits a switch interval.
    func testNativeReleaseHandsTheLockOverWithoutDropRequests() {
        var lock = GlobalLockStateMachine()
        XCTAssertEqual(lock.take(thread: 0, now: 0), .acquired)
        guard case var .wait(saved) = lock.take(thread: 1, now: 0) else { return XCTFail("both hold") }
        var now = 0.0
        var holder = 0
        for _ in 0..<10 {
            now += 0.000002  // the held part
            XCTAssertEqual(lock.release(thread: holder, now: now), .released)
            let other = 1 - holder
            XCTAssertEqual(lock.waitEnded(thread: other, timedOut: false, savedSwitchNumber: saved, now: now), .acquired)
            // The releaser computes its native part and then wants the lock back: it waits briefly.
            guard case let .wait(next) = lock.take(thread: holder, now: now + 0.0001) else { return XCTFail("both hold") }
            saved = next
            holder = other
        }
        XCTAssertEqual(lock.dropRequests, 0)
        XCTAssertEqual(lock.forcedSwitches, 0)
        XCTAssertEqual(lock.intervals.count, 10)
        XCTAssertTrue(lock.intervals.allSatisfy { $0.endSeconds - $0.startSeconds < 0.005 })
    }
}
