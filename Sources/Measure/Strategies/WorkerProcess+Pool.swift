import Foundation
import Synchronization

extension WorkerProcess {
    /// Spawns `count` workers; if one cannot be started, those already running are stopped and reaped.
    static func spawnPool(count: Int, executable: String) throws -> [WorkerProcess] {
        // A worker that dies must surface as EPIPE on write, not kill us with SIGPIPE.
        signal(SIGPIPE, SIG_IGN)
        let environment = WorkerEnvironment()
        let spawned = SpawnOutcomes(count: count)
        // Two spawners: `posix_spawn` returns only once the kernel has exec'd the worker, so a single
        // spawner left the second core idle while workers started (the quick run's 10 processes paid it).
        // Both spawners outlive the pool: the calling thread, and the program's own spawner thread (not
        // a Dispatch thread, which may exit mid-run and take its workers with it: `SpawnerThread`).
        let helper = count > 1 ? SpawnerThread.shared : nil
        let lanes = helper == nil ? 1 : min(Self.spawners, count)
        let spawnLane: @Sendable (Int) -> Void = { lane in
            for index in stride(from: lane, to: count, by: lanes) {
                let outcome = Result { try spawn(executable: executable, environment: environment) }
                spawned.slots.withLock { $0[index] = outcome }
                if case .failure = outcome { return }
            }
        }
        let helped = DispatchSemaphore(value: 0)
        for lane in 1..<lanes {
            helper?.run { spawnLane(lane); helped.signal() }
        }
        spawnLane(0)
        for _ in 1..<lanes { helped.wait() }
        var workers: [WorkerProcess] = []
        var firstError: (any Error)?
        for outcome in spawned.slots.withLock({ $0 }) {
            switch outcome {
            case let .success(worker)?: workers.append(worker)
            case let .failure(error)?: firstError = firstError ?? error
            case nil: break
            }
        }
        if let firstError {
            stopAndReap(workers)
            throw firstError
        }
        return workers
    }

    static let spawners = 2

    /// Ends every worker of a pool that could not run (a refused thread, a failed spawn) and reaps it.
    static func stopAndReap(_ pool: [WorkerProcess]) {
        for worker in pool { worker.stop(); _ = worker.finish() }
    }
}

/// What each spawn of a pool gave, by worker index; shared by the two spawners.
private final class SpawnOutcomes: Sendable {
    let slots: Mutex<[Result<WorkerProcess, any Error>?]>
    init(count: Int) { slots = Mutex(Array(repeating: nil, count: count)) }
}

/// The first error among a pool's threads: the ones after it are its consequences (stopped workers).
final class FirstFailure: Sendable {
    private let error = Mutex<MeasureError?>(nil)

    /// Keeps `failure` if none came before; returns whether it was the first.
    func record(_ failure: MeasureError) -> Bool {
        error.withLock { current in
            guard current == nil else { return false }
            current = failure
            return true
        }
    }

    var recorded: MeasureError? { error.withLock { $0 } }
}

/// The environment a worker starts with: this process's, plus `SWIFT_BACKTRACE=enable=no`. The Swift
/// runtime's crash backtracer reads /proc/self/maps and probes the terminal at every start, a sixth of a
/// worker's start-up (perf, `make bench`); a crashing worker then dies of its signal at once, which the
/// parent reports (MeasureError.workerDied). Built once per pool; the strings stay `environ`'s own.
// @unchecked Sendable: built before the spawners start and only read by them.
final class WorkerEnvironment: @unchecked Sendable {
    private let backtraceOff = strdup("SWIFT_BACKTRACE=enable=no")
    private var pointers: [UnsafeMutablePointer<CChar>?] = []

    init() {
        var entry = environ
        while let variable = entry.pointee {
            if strncmp(variable, "SWIFT_BACKTRACE=", 16) != 0 { pointers.append(variable) }
            entry += 1
        }
        pointers.append(backtraceOff)
        pointers.append(nil)
    }

    deinit { free(backtraceOff) }

    func withPointer<R>(_ body: (UnsafePointer<UnsafeMutablePointer<CChar>?>) -> R) -> R {
        pointers.withUnsafeBufferPointer { body($0.baseAddress!) }
    }
}
