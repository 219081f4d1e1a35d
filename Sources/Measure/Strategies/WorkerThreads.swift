import Foundation
import Results
import Synchronization

/// Starts `count` OS threads running `body(threadIndex)` and waits for all of them. Past
/// `timeoutSeconds`, `onTimeout` runs once and then either the wait goes on (`onTimeout` made the bodies
/// end, e.g. by killing their worker processes) or, with `abandonAfterTimeout`, that error is thrown at
/// once: threads in this process cannot be stopped, so the run is given up and the error ends the program.
enum WorkerThreads {
    /// Every thread is created before any body runs: when the kernel refuses one (ulimit -u), the
    /// threads already made end without running their body and this throws `threadStartFailed`.
    static func run(count: Int, timeoutSeconds: Double? = nil, onTimeout: () -> Void = {},
                    abandonAfterTimeout: MeasureError? = nil,
                    _ body: @escaping @Sendable (Int) -> Void) throws(MeasureError) {
        let done = DispatchGroup()
        let go = DispatchSemaphore(value: 0)
        let abandoned = Atomic<Bool>(false)
        var started = 0
        var failure: MeasureError?
        for index in 0..<count {
            done.enter()
            do {
                try OSThread.start(name: "concreport-worker-\(index)", index: index, of: count) {
                    go.wait()
                    if !abandoned.load(ordering: .acquiring) { body(index) }
                    done.leave()
                }
                started += 1
            } catch {
                done.leave()
                failure = error
                break
            }
        }
        if failure != nil { abandoned.store(true, ordering: .releasing) }
        for _ in 0..<started { go.signal() }
        if let failure {
            done.wait()
            throw failure
        }
        if let timeoutSeconds, done.wait(timeout: .now() + timeoutSeconds) == .timedOut {
            onTimeout()
            if let abandonAfterTimeout { throw abandonAfterTimeout }
        }
        done.wait()
    }
}

/// The shared queue a pool's workers take task indices from, and the records they hand back.
/// With at least one worker per task, worker i runs task i, so thread and task numbers agree.
final class TaskQueue: Sendable {
    let count: Int
    private let dedicated: Bool
    private let state: Mutex<State>

    private struct State {
        var next = 0
        var taken: [Bool]
        var records: [TaskRecord?]
    }

    init(count: Int, workers: Int) {
        self.count = count
        dedicated = workers >= count
        state = Mutex(State(taken: Array(repeating: false, count: count),
                            records: Array(repeating: nil, count: count)))
    }

    /// The next task for `worker`, or nil when none is left for it.
    func take(worker: Int) -> Int? {
        state.withLock { state in
            if dedicated {
                guard worker < count, !state.taken[worker], state.next < count else { return nil }
                state.taken[worker] = true
                return worker
            }
            guard state.next < count else { return nil }
            defer { state.next += 1 }
            return state.next
        }
    }

    /// Stops handing out tasks (after a failure).
    func drain() { state.withLock { $0.next = count } }

    func finish(_ record: TaskRecord) {
        state.withLock { $0.records[record.index] = record }
    }

    /// Every finished task, in task order.
    var finished: [TaskRecord] { state.withLock { $0.records.compactMap { $0 } } }
}
