import WorkerKernel

/// What starting one worker costs: `posix_spawn` plus the worker's start-up plus its first answer (an
/// empty wait), one worker at a time, then its exit at EOF. For `make bench` (Sources/concreport-bench).
public enum WorkerStartup {
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
