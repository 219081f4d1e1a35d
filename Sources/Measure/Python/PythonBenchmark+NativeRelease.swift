import BuiltIn
import Foundation
import Results

extension PythonBenchmark {
    /// Runs `python/native_release.py`: for each library it can import (hashlib; NumPy when installed),
    /// `tasks` tasks of `targetSeconds` each, one after another and on one thread each, `rounds` interleaved rounds.
    public static func runNativeRelease(python: String, tasks: Int, targetSeconds: Double, rounds: Int,
                                        timeoutSeconds: Double? = nil) throws -> [PythonNativeRelease] {
        precondition(tasks > 0 && rounds > 0 && targetSeconds > 0, "tasks, rounds and targetSeconds must be positive")
        // Not -I: NumPy may live in the user's site-packages.
        let expected = 2 * (1 + 2 * Double(tasks) * targetSeconds * Double(rounds))
        let stdout = try runScript(.nativeRelease, python: python, flags: ["-s"], arguments: ["\(tasks)", "\(targetSeconds)", "\(rounds)"],
                                   timeoutSeconds: timeoutSeconds ?? 10 * expected + 30)
        let preview = String(decoding: stdout.prefix(400), as: UTF8.self)
        let experiments: [PythonNativeRelease]
        do {
            experiments = try JSONDecoder().decode([PythonNativeRelease].self, from: stdout)
        } catch {
            throw PythonBenchmarkError.badOutput(reason: "not the expected JSON: \(error)", stdout: preview)
        }
        guard !experiments.isEmpty, experiments.allSatisfy({
            $0.sequentialWallSeconds.count == rounds && $0.threadsWallSeconds.count == rounds
                && ($0.sequentialWallSeconds + $0.threadsWallSeconds).allSatisfy { $0 > 0 }
        }) else {
            throw PythonBenchmarkError.badOutput(reason: "expected \(rounds) positive times per variant", stdout: preview)
        }
        return experiments
    }
}
