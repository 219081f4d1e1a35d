import Foundation

/// An event loop: one dedicated OS thread runs every job enqueued on it, in order. It is both the task
/// executor (where tasks preferring it run) and the serial executor (isolation), so structured
/// concurrency on it is concurrency without parallelism, like asyncio's loop.
// @unchecked Sendable: `jobs` and `stopping` are only touched with `condition` locked.
final class OneThreadExecutor: TaskExecutor, SerialExecutor, @unchecked Sendable {
    private let condition = NSCondition()
    private var jobs: [UnownedJob] = []
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

    /// Lets the thread finish the queued jobs and end; returns once it has.
    func shutdown() {
        condition.lock()
        stopping = true
        condition.signal()
        condition.unlock()
        stopped.wait()
    }

    private func loop() {
        while true {
            condition.lock()
            while jobs.isEmpty && !stopping { condition.wait() }
            if jobs.isEmpty {
                condition.unlock()
                stopped.signal()
                return
            }
            let batch = jobs
            jobs.removeAll(keepingCapacity: true)
            condition.unlock()
            for job in batch {
                job.runSynchronously(isolatedTo: asUnownedSerialExecutor(), taskExecutor: asUnownedTaskExecutor())
            }
        }
    }
}
