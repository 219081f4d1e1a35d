import Foundation

/// Work run on a thread of its own; `wait()` returns its outcome.
final class InBackground<Value: Sendable>: @unchecked Sendable {
    // @unchecked Sendable: `outcome` is written once by the thread before `done` is signalled and read
    // only after `wait()` has seen that signal.
    private var outcome: Result<Value, any Error> = .failure(CancellationError())
    private let done = DispatchSemaphore(value: 0)
    private let lock = NSLock()
    private var waited = false

    init(_ work: @escaping @Sendable () throws -> Value) {
        Thread.detachNewThread { [self] in
            outcome = Result { try work() }
            done.signal()
        }
    }

    func wait() throws -> Value {
        lock.lock()
        if !waited {
            done.wait()
            waited = true
        }
        lock.unlock()
        return try outcome.get()
    }
}
