import Foundation

/// An event loop: the one thread that calls `run` runs every job enqueued on it, in order, and wakes its
/// own sleepers. It is both the task executor (where tasks preferring it run) and the serial executor
/// (isolation), so structured concurrency on it is concurrency without parallelism, like asyncio's loop.
///
/// The loop runs on its caller's thread, as `asyncio.run` runs its loop: a fresh thread would allocate
/// from a fresh glibc arena, which grows a page at a time with an `mprotect` each (`grow_heap`); for
/// 100 000 sleepers that was 37 000 calls and about 0.1 s of the run, which the main thread's arena,
/// grown by `brk` with its top pad, does not pay.
///
/// `sleep` keeps its timers here, as asyncio's `sleep` uses the loop's `call_later`: `Task.sleep` would
/// hand every timer to Dispatch's threads, which then queue 100 000 wake-ups at once from other threads.
// @unchecked Sendable: `jobs`, `timers` and `stopping` are only touched with `condition` locked.
final class OneThreadExecutor: TaskExecutor, SerialExecutor, @unchecked Sendable {
    private let condition = NSCondition()
    private var jobs: [UnownedJob] = []
    private var timers = TimerQueue()
    private var stopping = false

    func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        condition.lock()
        jobs.append(job)
        condition.signal()
        condition.unlock()
    }

    func asUnownedSerialExecutor() -> UnownedSerialExecutor { UnownedSerialExecutor(ordinary: self) }

    func asUnownedTaskExecutor() -> UnownedTaskExecutor { UnownedTaskExecutor(ordinary: self) }

    /// Suspends the calling task for `seconds` without holding the loop's thread.
    /// `nonisolated(nonsending)`: entered without an executor hop (see `TaskRunner.performAsync`).
    nonisolated(nonsending) func sleep(seconds: Double) async {
        let deadline = Linux.monotonicNanoseconds() + Int64(max(0, seconds) * 1e9)
        await withUnsafeContinuation { (continuation: UnsafeContinuation<Void, Never>) in
            condition.lock()
            timers.add(deadlineNanoseconds: deadline, continuation)
            condition.signal()
            condition.unlock()
        }
    }

    /// Asks `run` to return once the queued jobs and pending sleeps are done (callable from any thread,
    /// typically by the last job).
    func stop() {
        condition.lock()
        stopping = true
        condition.signal()
        condition.unlock()
    }

    /// Runs the loop on the calling thread until `stop` was called and nothing is left to do (true), or
    /// until the monotonic clock reaches `deadlineNanoseconds` (false: the tasks still on the loop are
    /// abandoned, as they cannot be stopped from outside). The deadline is checked between batches of
    /// jobs: like the sequential strategy's loop, a job already running is not interrupted.
    func run(deadlineNanoseconds: Int64) -> Bool {
        // The jobs being run, swapped with `jobs` under the lock: each buffer keeps its capacity. Copying
        // `jobs` and emptying it instead made a fresh buffer of the whole capacity (100 000 jobs after the
        // sleepers were created) at every turn of the loop, whose page faults perf showed.
        var batch: [UnownedJob] = []
        while true {
            condition.lock()
            var due: [UnsafeContinuation<Void, Never>] = []
            while jobs.isEmpty && due.isEmpty && !(stopping && timers.isEmpty) {
                let now = Linux.monotonicNanoseconds()
                guard now < deadlineNanoseconds else {
                    condition.unlock()
                    return false
                }
                due = timers.popDue(now: now)
                guard due.isEmpty else { break }
                let wake = min(timers.nextDeadlineNanoseconds ?? deadlineNanoseconds, deadlineNanoseconds)
                _ = condition.wait(until: Date(timeIntervalSinceNow: max(0, Double(wake - now) / 1e9)))
            }
            if jobs.isEmpty && due.isEmpty {
                condition.unlock()
                return true
            }
            swap(&batch, &jobs)
            condition.unlock()
            // Resuming enqueues each sleeper back on this loop (it prefers this executor).
            for continuation in due { continuation.resume() }
            for job in batch {
                job.runSynchronously(isolatedTo: asUnownedSerialExecutor(), taskExecutor: asUnownedTaskExecutor())
            }
            batch.removeAll(keepingCapacity: true)
            guard Linux.monotonicNanoseconds() < deadlineNanoseconds else { return false }
        }
    }
}
