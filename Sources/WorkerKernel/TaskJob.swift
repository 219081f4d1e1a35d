/// What one task does. The processes strategy sends it to its workers (`WorkerWire`).
public enum TaskJob: Sendable, Equatable {
    /// Block the thread for this long (the original post's `time.sleep`); async tasks await instead.
    case wait(seconds: Double)
    /// Run the CPU kernel for this many iterations.
    case compute(iterations: Int)
    /// Test only: the worker process kills itself with SIGKILL.
    case killWorker
    /// Test only: the worker process crashes with this signal (default action, e.g. SIGSEGV).
    case crashWorker(signal: Int32)
    /// Test only: the worker process exits with this status without answering.
    case exitWorker(status: Int32)
    /// Test only: the worker process never answers (a hung worker, for the watchdog).
    case hangWorker
}
