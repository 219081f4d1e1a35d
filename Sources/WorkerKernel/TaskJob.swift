/// What one task does. The processes strategy sends it to its workers (`WorkerWire`).
public enum TaskJob: Sendable, Equatable {
    /// Block the thread for this long (the original post's `time.sleep`); async tasks await instead.
    case wait(seconds: Double)
    /// Run the CPU kernel for this many iterations.
    case compute(iterations: Int)
}
