import Foundation

/// Work run on a thread of its own; `wait()` returns its outcome.
final class InBackground<Value: Sendable>: @unchecked Sendable {
    // @unchecked Sendable: `outcome` is written once by the thread before `done` is signalled and read
    // only after `wait()` has seen that signal.
    private var outcome: Result<Value, any Error> = .failure(CancellationError())
    private let done = DispatchSemaphore(value: 0)

    init(_ work: @escaping @Sendable () throws -> Value) {
        Thread.detachNewThread { [self] in
            outcome = Result { try work() }
            done.signal()
        }
    }

    /// Blocks until the work is done; any later call returns at once (the signal is passed on).
    func wait() throws -> Value {
        done.wait()
        done.signal()
        return try outcome.get()
    }
}
