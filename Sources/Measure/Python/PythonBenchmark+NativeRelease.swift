import BuiltIn
import Foundation
import Results

extension PythonBenchmark {
    /// Runs `python/native_release.py`: for each library it can import (hashlib; NumPy when installed),
    /// `tasks` tasks of `targetSeconds` each, one after another and on one thread each, `rounds` interleaved rounds.
    public static func runNativeRelease(python: String, tasks: Int, targetSeconds: Double, rounds: Int,
                                        timeoutSeconds: Double? = nil) throws -> [PythonNativeRelease] {
        precondition(tasks > 0 && rounds > 0 && targetSeconds > 0, "tasks, rounds and targetSeconds must be positive")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("concreport-python-\(UUID().uuidString)")
        let scriptURL = folder.appendingPathComponent(BuiltIn.PythonScript.nativeRelease.fileName)
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try BuiltIn.PythonScript.nativeRelease.text.write(to: scriptURL, atomically: true, encoding: .utf8)
        } catch {
            throw PythonBenchmarkError.couldNotStart(
                python: python, reason: "could not write its script to \(folder.path): \(error.localizedDescription)")
        }
        defer { try? FileManager.default.removeItem(at: folder) }
        // Not -I: NumPy may live in the user's site-packages.
        let expected = 2 * (1 + 2 * Double(tasks) * targetSeconds * Double(rounds))
        let outcome = try PythonChildProcess.run(
            executable: python, arguments: ["-s", scriptURL.path, "\(tasks)", "\(targetSeconds)", "\(rounds)"], in: folder,
            timeoutSeconds: timeoutSeconds ?? 10 * expected + 30)
        let stderr = String(decoding: outcome.stderr.suffix(2_000), as: UTF8.self)
        if let signal = outcome.signal { throw PythonBenchmarkError.killedBySignal(signal, stderr: stderr) }
        if let status = outcome.exitStatus, status != 0 { throw PythonBenchmarkError.exited(status: status, stderr: stderr) }
        let preview = String(decoding: outcome.stdout.prefix(400), as: UTF8.self)
        let experiments: [PythonNativeRelease]
        do {
            experiments = try JSONDecoder().decode([PythonNativeRelease].self, from: outcome.stdout)
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
