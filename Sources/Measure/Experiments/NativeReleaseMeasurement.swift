import Foundation
import Results
import WorkerKernel

/// Global-lock threads whose kernel releases the lock around its "native" part, as
/// NumPy releases the GIL inside its loops and Cython does in a `nogil` block: each call runs
/// `heldIterations` holding the lock (the Python-level part, answering drop requests), then
/// `nativeIterations` with the lock released, then takes it back. Beside it, the same tasks in a row, on
/// free threads and behind the lock without releasing it; `repetitions` interleaved rounds.
struct NativeReleaseMeasurement {
    /// Kernel iterations of one native call: a few hundred microseconds, the size of one NumPy operation
    /// on a medium array (64 of the kernel's chunks, `Sources/Measure/Workloads/CPUKernel.swift`).
    static let nativeCallIterations = 64 * CPUKernel.chunkIterations
    /// The Python-level part of each call: one chunk, holding the lock.
    static let heldIterations = CPUKernel.chunkIterations

    var tasks: Int
    var workers: Int
    var task: SizedTask
    var repetitions: Int
    var switchIntervalSeconds: Double

    func measure() throws -> NativeReleaseExperiment {
        var sequential: [Double] = [], threads: [Double] = [], locked: [Double] = [], native: [Double] = []
        for _ in 0..<repetitions {
            sequential.append(timed { for _ in 0..<tasks { CPUKernel.run(iterations: task.iterations) } })
            threads.append(try timed { try runThreads(lock: nil, releasing: false) })
            locked.append(try timed { try runThreads(lock: makeLock(), releasing: false) })
            native.append(try timed { try runThreads(lock: makeLock(), releasing: true) })
        }
        return NativeReleaseExperiment(
            tasks: tasks, workers: workers, taskIterations: task.iterations,
            nativeCallIterations: Self.nativeCallIterations, heldIterationsPerCall: Self.heldIterations,
            sequentialWallSeconds: sequential, threadsWallSeconds: threads, globalLockWallSeconds: locked,
            nativeReleaseWallSeconds: native)
    }

    private func makeLock() -> GlobalLock {
        GlobalLock(switchIntervalSeconds: switchIntervalSeconds, originNanoseconds: Linux.monotonicNanoseconds())
    }

    private func timed(_ body: () throws -> Void) rethrows -> Double {
        let start = Linux.monotonicNanoseconds()
        try body()
        return Double(Linux.monotonicNanoseconds() - start) / 1e9
    }

    /// Worker i runs tasks i, i + workers, …; with a lock, each holds it while computing, releasing it
    /// around every native call when `releasing`.
    private func runThreads(lock: GlobalLock?, releasing: Bool) throws {
        let tasks = tasks, workers = workers, iterations = task.iterations
        let limit = task.timeLimitSeconds(tasks: tasks)
        try WorkerThreads.run(count: workers, timeoutSeconds: limit,
                              abandonAfterTimeout: .experimentTimedOut(experiment: "native release", limitSeconds: limit)) { thread in
            guard let lock else {
                for _ in stride(from: thread, to: tasks, by: workers) { CPUKernel.run(iterations: iterations) }
                return
            }
            lock.take(thread)
            for _ in stride(from: thread, to: tasks, by: workers) {
                guard releasing else {
                    CPUKernel.run(iterations: iterations) { lock.yieldIfRequested(thread) }
                    continue
                }
                var remaining = iterations
                while remaining > 0 {
                    let held = min(remaining, Self.heldIterations)
                    CPUKernel.run(iterations: held) { lock.yieldIfRequested(thread) }
                    remaining -= held
                    guard remaining > 0 else { break }
                    let nativeCall = min(remaining, Self.nativeCallIterations)
                    lock.release(thread)
                    CPUKernel.run(iterations: nativeCall)
                    lock.take(thread)
                    remaining -= nativeCall
                }
            }
            lock.release(thread)
        }
    }
}
