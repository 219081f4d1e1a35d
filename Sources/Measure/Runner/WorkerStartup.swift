import WorkerKernel

/// What starting workers costs: `posix_spawn` plus the worker's start-up plus its first answer (an empty
/// wait). For `make bench` (Sources/concreport-bench).
public enum WorkerStartup {
    /// Seconds per worker for a pool of `workers` started together, as a run starts its pool: every worker
    /// spawned, every first request sent, every answer read; the total divided by `workers`.
    public static func perWorkerInPool(executable: String, workers: Int) throws -> Double {
        try WorkerExecutable.check(executable)
        let start = Linux.monotonicNanoseconds()
        let pool = try WorkerProcess.spawnPool(count: workers, executable: executable)
        defer { WorkerProcess.stopAndReap(pool) }
        for (index, worker) in pool.enumerated() {
            try worker.send(WorkerRequest(index: index, job: .wait(seconds: 0)))
        }
        for worker in pool { _ = try worker.receive(named: "a task record") }
        return Double(Linux.monotonicNanoseconds() - start) / 1e9 / Double(workers)
    }

    /// One worker at a time, then its exit at EOF: the latency of one start.
    /// Seconds per sample, in the order measured.
    public static func measure(executable: String, samples: Int) throws -> [Double] {
        try WorkerExecutable.check(executable)
        return try (0..<samples).map { _ in
            let start = Linux.monotonicNanoseconds()
            let worker = try WorkerProcess.spawnPool(count: 1, executable: executable)[0]
            do {
                _ = try worker.perform(WorkerRequest(index: 0, job: .wait(seconds: 0)))
            } catch {
                WorkerProcess.stopAndReap([worker])
                throw error
            }
            let answered = Linux.monotonicNanoseconds()
            if let error = worker.finish() { throw error }
            return Double(answered - start) / 1e9
        }
    }
}
