import BuiltIn
import Foundation
import Results

extension PythonBenchmark {
    /// Runs `python/convoy.py`, the convoy experiment in CPython: `roundTrips` round trips alone, beside 1 and
    /// beside 2 CPU-bound Python threads, each the same round trip as `ConvoyMeasurement`'s.
    /// The child is killed after `timeoutSeconds` (by default 30 s of start-up and 0.3 s per round trip).
    public static func runConvoy(python: String, roundTrips: Int, peerDelaySeconds: Double,
                                 timeoutSeconds: Double? = nil) throws -> PythonConvoy {
        precondition(roundTrips > 0, "roundTrips must be positive")
        let stdout = try runScript(.convoy, python: python, flags: ["-I"], arguments: ["\(roundTrips)", "\(peerDelaySeconds)"],
                                   timeoutSeconds: timeoutSeconds ?? (30 + 0.3 * Double(roundTrips)))
        let preview = String(decoding: stdout.prefix(400), as: UTF8.self)
        let convoy: PythonConvoy
        do {
            convoy = try JSONDecoder().decode(PythonConvoy.self, from: stdout)
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
