import Dispatch
import Synchronization

/// A one-shot barrier: holds a group of threads until the last one arrives, which takes the common
/// origin on the monotonic clock and releases the others, so thread and process start-up never count
/// as part of a traced run.
final class StartGate: Sendable {
    private let parties: Int
    private let arrived = Mutex(0)
    private let gate = DispatchSemaphore(value: 0)
    private let origin = Atomic<Int64>(0)

    init(parties: Int) { self.parties = max(1, parties) }

    /// The origin, once the gate has opened.
    var originNanoseconds: Int64 { origin.load(ordering: .acquiring) }

    /// Called once by each thread; returns the origin once every thread has arrived.
    func pass() -> Int64 {
        let last = arrived.withLock { count -> Bool in
            count += 1
            return count == parties
        }
        if last {
            origin.store(Linux.monotonicNanoseconds(), ordering: .releasing)
            for _ in 1..<parties { gate.signal() }
        } else {
            gate.wait()
        }
        return originNanoseconds
    }
}
