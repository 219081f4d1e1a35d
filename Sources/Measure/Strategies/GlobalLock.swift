import Foundation
import Results
import Synchronization

/// A GIL: one mutex and condition variable guarding `GlobalLockStateMachine`, plus a second condition
/// for FORCE_SWITCHING, as in CPython's `Python/ceval_gil.c`. Waiters wait one switch interval at a time
/// and then raise a drop request; the holder polls `yieldIfRequested` every few microseconds of work.
// @unchecked Sendable: `machine` is only touched with `mutex` locked; the pthread objects live as long as the lock.
final class GlobalLock: @unchecked Sendable {
    let switchIntervalSeconds: Double
    private let originNanoseconds: Int64
    private let mutex = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
    /// `gil->cond`: signalled when the lock is dropped.
    private let dropped = UnsafeMutablePointer<pthread_cond_t>.allocate(capacity: 1)
    /// `gil->switch_cond`: signalled when a thread has taken the lock.
    private let switched = UnsafeMutablePointer<pthread_cond_t>.allocate(capacity: 1)
    private var machine = GlobalLockStateMachine()
    /// Mirror of `machine.dropRequested` for the holder's lock-free poll (CPython's eval breaker).
    private let dropRequest = Atomic<Bool>(false)

    init(switchIntervalSeconds: Double, originNanoseconds: Int64) {
        self.switchIntervalSeconds = max(switchIntervalSeconds, 1e-6)
        self.originNanoseconds = originNanoseconds
        pthread_mutex_init(mutex, nil)
        var attributes = pthread_condattr_t()
        pthread_condattr_init(&attributes)
        pthread_condattr_setclock(&attributes, CLOCK_MONOTONIC)
        pthread_cond_init(dropped, &attributes)
        pthread_cond_init(switched, &attributes)
        pthread_condattr_destroy(&attributes)
    }

    deinit {
        pthread_cond_destroy(switched)
        pthread_cond_destroy(dropped)
        pthread_mutex_destroy(mutex)
        switched.deallocate()
        dropped.deallocate()
        mutex.deallocate()
    }

    /// `take_gil`: blocks until `thread` holds the lock.
    func take(_ thread: Int) {
        pthread_mutex_lock(mutex)
        var action = machine.take(thread: thread, now: now())
        while case let .wait(saved) = action {
            let timedOut = waitOneInterval()
            action = machine.waitEnded(thread: thread, timedOut: timedOut, savedSwitchNumber: saved, now: now())
            dropRequest.store(machine.dropRequested, ordering: .relaxed)
        }
        dropRequest.store(machine.dropRequested, ordering: .relaxed)
        pthread_cond_broadcast(switched)
        pthread_mutex_unlock(mutex)
    }

    /// `drop_gil`: releases the lock; if a drop request is pending, waits until another thread took it.
    func release(_ thread: Int) {
        pthread_mutex_lock(mutex)
        let action = machine.release(thread: thread, now: now())
        dropRequest.store(machine.dropRequested, ordering: .relaxed)
        // Every waiter wakes and whichever runs first takes the lock: a dropped GIL does not go to the thread
        // that asked for it. CPython signals one waiter, but its waiters' timed waits run out and start again
        // every interval, so which one takes a dropped GIL is in effect the scheduler's choice, and a
        // CPU-bound waiter often wins. With a signal to one waiter the emulated convoy beside two CPU-bound
        // threads came out about half as long as CPython's (`make bench`, "convoy beside 2 threads").
        pthread_cond_broadcast(dropped)
        if action == .waitForSwitch {
            while !machine.hasSwitched(from: thread) { pthread_cond_wait(switched, mutex) }
        }
        pthread_mutex_unlock(mutex)
    }

    /// The eval loop's check: hand the lock over if a waiter asked for it.
    @inline(__always)
    func yieldIfRequested(_ thread: Int) {
        guard dropRequest.load(ordering: .relaxed) else { return }
        release(thread)
        take(thread)
    }

    /// Every ownership interval so far, drop requests and forced switches.
    var trace: GlobalLockTrace {
        pthread_mutex_lock(mutex)
        defer { pthread_mutex_unlock(mutex) }
        return machine.trace
    }

    private func now() -> Double { Double(Linux.monotonicNanoseconds() - originNanoseconds) / 1e9 }

    /// Waits on `dropped` for at most one switch interval; true when it timed out.
    private func waitOneInterval() -> Bool {
        var deadline = timespec()
        clock_gettime(CLOCK_MONOTONIC, &deadline)
        let total = Int64(deadline.tv_nsec) + Int64(switchIntervalSeconds * 1e9)
        deadline.tv_sec += Int(total / 1_000_000_000)
        deadline.tv_nsec = Int(total % 1_000_000_000)
        return pthread_cond_timedwait(dropped, mutex, &deadline) == ETIMEDOUT
    }
}
