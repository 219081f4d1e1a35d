import Results

/// The hand-off rules of CPython's GIL (`Python/ceval_gil.c`, `take_gil`/`drop_gil` with
/// FORCE_SWITCHING), as a value that returns what to do next. It never waits or reads a clock: the
/// caller passes the time, so tests drive it with a fake clock and no threads.
struct GlobalLockStateMachine {
    enum TakeAction: Equatable {
        case acquired
        /// Wait on the lock's condition for one switch interval, then call `waitEnded`.
        case wait(savedSwitchNumber: Int)
    }

    enum ReleaseAction: Equatable {
        case released
        /// FORCE_SWITCHING: wait until `hasSwitched(from:)`, so the requester really gets the lock.
        case waitForSwitch
    }

    private(set) var holder: Int?
    private(set) var lastHolder: Int?
    /// Bumped whenever a different thread takes the lock (`gil->switch_number`).
    private(set) var switchNumber = 0
    /// `gil_drop_request`: the holder must hand over at its next check.
    private(set) var dropRequested = false
    private(set) var dropRequests = 0
    private(set) var forcedSwitches = 0
    private(set) var intervals: [LockInterval] = []
    private var heldSince: Double = 0

    mutating func take(thread: Int, now: Double) -> TakeAction {
        guard holder == nil else { return .wait(savedSwitchNumber: switchNumber) }
        acquire(thread: thread, now: now)
        return .acquired
    }

    /// After a wait on the condition: take the lock if free; if the wait timed out and nobody took the
    /// lock meanwhile (same switch number), ask the holder to drop it.
    mutating func waitEnded(thread: Int, timedOut: Bool, savedSwitchNumber: Int, now: Double) -> TakeAction {
        guard holder != nil else {
            acquire(thread: thread, now: now)
            return .acquired
        }
        if timedOut, switchNumber == savedSwitchNumber, !dropRequested {
            dropRequested = true
            dropRequests += 1
        }
        return .wait(savedSwitchNumber: switchNumber)
    }

    mutating func release(thread: Int, now: Double) -> ReleaseAction {
        precondition(holder == thread, "thread \(thread) releases a global lock held by \(String(describing: holder))")
        holder = nil
        intervals.append(LockInterval(thread: thread, startSeconds: heldSince, endSeconds: now))
        guard dropRequested, lastHolder == thread else { return .released }
        dropRequested = false
        forcedSwitches += 1
        return .waitForSwitch
    }

    func hasSwitched(from thread: Int) -> Bool { lastHolder != thread }

    var trace: GlobalLockTrace {
        GlobalLockTrace(intervals: intervals, forcedSwitches: forcedSwitches, dropRequests: dropRequests)
    }

    private mutating func acquire(thread: Int, now: Double) {
        holder = thread
        heldSince = now
        if lastHolder != thread {
            lastHolder = thread
            switchNumber += 1
        }
        // The new holder clears a pending request: it has been answered.
        dropRequested = false
    }
}
