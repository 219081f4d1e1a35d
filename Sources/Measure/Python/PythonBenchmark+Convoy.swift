import BuiltIn
import Foundation
import Results

extension PythonBenchmark {
    /// Runs `python/convoy.py`, the convoy experiment in CPython: `roundTrips` round trips alone, beside 1 and
    /// beside 2 CPU-bound Python threads, each the same round trip as `ConvoyMeasurement`'s.
    /// The child is killed after `timeoutSeconds` (by default a generous 0.1 s per round trip plus start-up).
    public static func runConvoy(python: String, roundTrips: Int, peerDelaySeconds: Double,
                                 timeoutSeconds: Double? = nil) throws -> PythonConvoy {
        precondition(roundTrips > 0, "roundTrips must be positive")
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("concreport-python-\(UUID().uuidString)")
        let scriptURL = folder.appendingPathComponent(BuiltIn.PythonScript.convoy.fileName)
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try BuiltIn.PythonScript.convoy.text.write(to: scriptURL, atomically: true, encoding: .utf8)
        } catch {
            throw PythonBenchmarkError.couldNotStart(
                python: python, reason: "could not write its script to \(folder.path): \(error.localizedDescription)")
        }
        defer { try? FileManager.default.removeItem(at: folder) }
        let outcome = try PythonChildProcess.run(
            executable: python, arguments: ["-I", scriptURL.path, "\(roundTrips)", "\(peerDelaySeconds)"], in: folder,
            timeoutSeconds: timeoutSeconds ?? (30 + 0.3 * Double(roundTrips)))
        let stderr = String(decoding: outcome.stderr.suffix(2_000), as: UTF8.self)
        if let signal = outcome.signal { throw PythonBenchmarkError.killedBySignal(signal, stderr: stderr) }
        if let status = outcome.exitStatus, status != 0 { throw PythonBenchmarkError.exited(status: status, stderr: stderr) }
        let preview = String(decoding: outcome.stdout.prefix(400), as: UTF8.self)
        let convoy: PythonConvoy
        do {
            convoy = try JSONDecoder().decode(PythonConvoy.self, from: outcome.stdout)
        } catch {
            throw PythonBenchmarkError.badOutput(reason: "not the expected JSON: \(error)", stdout: preview)
        }
        guard convoy.runs.map(\.cpuThreads) == [0, 1, 2],
              convoy.runs.allSatisfy({ $0.latencySeconds.count == roundTrips }) else {
            throw PythonBenchmarkError.badOutput(reason: "expected \(roundTrips) latencies alone, beside 1 and beside 2 threads",
                                                 stdout: preview)
        }
        return convoy
    }
}
