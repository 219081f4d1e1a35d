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
    /// each strategy `repetitions` times. Blocks until done; the child is killed (with its pool workers)
    /// after `timeoutSeconds`, by default ten times the expected duration.
    public static func run(
        python: String, tasks: Int, workers: Int, targetSeconds: Double, repetitions: Int,
        timeoutSeconds: Double? = nil
    ) throws -> PythonComparison {
        precondition(tasks > 0 && workers > 0 && repetitions > 0 && targetSeconds > 0,
                     "tasks, workers, repetitions and targetSeconds must be positive")
        // -I: isolated from PYTHON* variables and the user's site-packages, for a plain interpreter.
        let stdout = try runScript(.cpuBound, python: python, flags: ["-I"],
                                   arguments: ["\(tasks)", "\(workers)", "\(targetSeconds)", "\(repetitions)"],
                                   timeoutSeconds: timeoutSeconds ?? defaultTimeout(tasks: tasks, targetSeconds: targetSeconds, repetitions: repetitions))
        return try PythonBenchmarkOutput.decode(stdout, repetitions: repetitions)
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
