import Foundation
import Synchronization

/// One OS thread per entry of `cpus`, each pinned to its CPU before a common start, running
/// `body(threadIndex)`; returns the start origin and every body's result in thread order.
enum PinnedThreads {
    static func run<Result: Sendable>(cpus: [Int], timeLimitSeconds: Double, experiment: String,
                                      _ body: @escaping @Sendable (Int) -> Result) throws
        -> (originNanoseconds: Int64, results: [Result]) {
        let gate = StartGate(parties: cpus.count)
        let results = Mutex<[Result?]>(Array(repeating: nil, count: cpus.count))
        let pinFailure = Mutex<MeasureError?>(nil)
        try WorkerThreads.run(count: cpus.count, timeoutSeconds: timeLimitSeconds,
                              abandonAfterTimeout: .experimentTimedOut(experiment: experiment, limitSeconds: timeLimitSeconds)) { index in
            let code = Linux.pinCurrentThread(to: cpus[index])
            if code != 0 { pinFailure.withLock { $0 = .pinningFailed(cpu: cpus[index], errno: code) } }
            _ = gate.pass()
            guard code == 0 else { return }
            let result = body(index)
            results.withLock { $0[index] = result }
        }
        if let failure = pinFailure.withLock({ $0 }) { throw failure }
        return (gate.originNanoseconds, results.withLock { $0.compactMap { $0 } })
    }
}
