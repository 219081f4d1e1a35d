import BuiltIn
import Foundation
import Results

/// Runs the original post's CPU-bound experiment (`sum(i * i for i in range(n))`) in a real Python
/// interpreter: sequential, `ThreadPoolExecutor` and `ProcessPoolExecutor`, interleaved per repetition,
/// so CPython's GIL can stand beside the emulated global-lock threads.
public enum PythonBenchmark {
    /// The first executable `python3` on PATH, or nil.
    public static func locatePython() -> String? {
        locate("python3")
    }

    /// The first executable `name` in the folders of `searchPath` (by default PATH); `make bench` finds wrk with it.
    public static func locate(_ name: String, searchPath: String = ProcessInfo.processInfo.environment["PATH"] ?? "") -> String? {
        searchPath.split(separator: ":")
            .map { "\($0)/\(name)" }
            .first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// Runs `python/cpu_bound.py`: calibrates n inside Python so one task takes `targetSeconds`, then times
    /// each strategy `repetitions` times. The script is written to a file rather than passed with `-c`,
    /// because "spawn" and "forkserver" pool workers re-import the main module from its path. Blocks until
    /// done; the child is killed (with its pool workers) after `timeoutSeconds`, by default ten times the
    /// expected duration.
    public static func run(
        python: String, tasks: Int, workers: Int, targetSeconds: Double, repetitions: Int,
        timeoutSeconds: Double? = nil
    ) throws -> PythonComparison {
        precondition(tasks > 0 && workers > 0 && repetitions > 0 && targetSeconds > 0,
                     "tasks, workers, repetitions and targetSeconds must be positive")
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("concreport-python-\(UUID().uuidString)")
        let scriptURL = folder.appendingPathComponent(BuiltIn.PythonScript.cpuBound.fileName)
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try BuiltIn.PythonScript.cpuBound.text.write(to: scriptURL, atomically: true, encoding: .utf8)
        } catch {
            throw PythonBenchmarkError.couldNotStart(
                python: python, reason: "could not write its script to \(folder.path): \(error.localizedDescription)")
        }
        defer { try? FileManager.default.removeItem(at: folder) }

        // -I: isolated from PYTHON* variables and the user's site-packages, for a plain interpreter.
        let arguments = ["-I", scriptURL.path, "\(tasks)", "\(workers)", "\(targetSeconds)", "\(repetitions)"]
        let limit = timeoutSeconds ?? defaultTimeout(tasks: tasks, targetSeconds: targetSeconds, repetitions: repetitions)
        let outcome = try PythonChildProcess.run(
            executable: python, arguments: arguments, in: folder, timeoutSeconds: limit)
        let stderr = String(decoding: outcome.stderr.suffix(2_000), as: UTF8.self)
        if let signal = outcome.signal {
            throw PythonBenchmarkError.killedBySignal(signal, stderr: stderr)
        }
        if let status = outcome.exitStatus, status != 0 {
            throw PythonBenchmarkError.exited(status: status, stderr: stderr)
        }
        return try PythonBenchmarkOutput.decode(outcome.stdout, repetitions: repetitions)
            .comparison(tasks: tasks, workers: workers, targetSeconds: targetSeconds)
    }

    /// Ten times a pessimistic estimate: interpreter start, calibration (a few tasks' worth), and per
    /// repetition three strategies as slow as sequential plus two pool start-ups.
    static func defaultTimeout(tasks: Int, targetSeconds: Double, repetitions: Int) -> Double {
        let calibration = 1 + 4 * targetSeconds
        let perRepetition = 3 * Double(tasks) * targetSeconds + 0.5
        return 10 * (1 + calibration + Double(repetitions) * perRepetition)
    }
}
