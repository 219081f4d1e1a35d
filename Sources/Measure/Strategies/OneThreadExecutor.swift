import Foundation

/// An event loop: one dedicated OS thread runs every job enqueued on it, in order, and wakes its own
/// sleepers. It is both the task executor (where tasks preferring it run) and the serial executor
/// (isolation), so structured concurrency on it is concurrency without parallelism, like asyncio's loop.
///
/// `sleep` keeps its timers here, as asyncio's `sleep` uses the loop's `call_later`: `Task.sleep` would
/// hand every timer to Dispatch's threads, which then queue 100 000 wake-ups at once from other threads.
// @unchecked Sendable: `jobs`, `timers` and `stopping` are only touched with `condition` locked.
final class OneThreadExecutor: TaskExecutor, SerialExecutor, @unchecked Sendable {
    private let condition = NSCondition()
    private var jobs: [UnownedJob] = []
    private var timers = TimerQueue()
    private var stopping = false
    private let stopped = DispatchSemaphore(value: 0)

    /// Throws `threadStartFailed` when the kernel refuses the thread (ulimit -u).
    init(name: String = "concreport-event-loop") throws(MeasureError) {
        try OSThread.start(name: name) { [self] in loop() }
    }

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

    /// Lets the thread finish the queued jobs and end; returns once it has.
    func shutdown() {
        condition.lock()
        stopping = true
        condition.signal()
        condition.unlock()
        stopped.wait()
    }

    private func loop() {
        // The jobs being run, swapped with `jobs` under the lock: each buffer keeps its capacity. Copying
        // `jobs` and emptying it instead made a fresh buffer of the whole capacity (100 000 jobs after the
        // sleepers were created) at every turn of the loop, whose page faults perf showed.
        var batch: [UnownedJob] = []
        while true {
            condition.lock()
            var due: [UnsafeContinuation<Void, Never>] = []
            while jobs.isEmpty && due.isEmpty && !(stopping && timers.isEmpty) {
                due = timers.popDue(now: Linux.monotonicNanoseconds())
                guard due.isEmpty else { break }
                if let next = timers.nextDeadlineNanoseconds {
                    let seconds = Double(next - Linux.monotonicNanoseconds()) / 1e9
                    _ = condition.wait(until: Date(timeIntervalSinceNow: max(0, seconds)))
                } else {
                    condition.wait()
                }
            }
            if jobs.isEmpty && due.isEmpty {
                condition.unlock()
                stopped.signal()
                return
            }
            swap(&batch, &jobs)
            condition.unlock()
            // Resuming enqueues each sleeper back on this loop (it prefers this executor).
            for continuation in due { continuation.resume() }
            for job in batch {
                job.runSynchronously(isolatedTo: asUnownedSerialExecutor(), taskExecutor: asUnownedTaskExecutor())
            }
            batch.removeAll(keepingCapacity: true)
        }
    }
}
