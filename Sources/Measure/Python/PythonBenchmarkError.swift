import Foundation

/// Why the Python comparison could not be measured; each message says what to do.
public enum PythonBenchmarkError: Error, CustomStringConvertible, Equatable {
    /// No `python3` on PATH.
    case pythonNotFound
    /// The interpreter could not be started at all.
    case couldNotStart(python: String, reason: String)
    /// The interpreter exited with a non-zero status; `stderr` is the end of what it wrote there.
    case exited(status: Int32, stderr: String)
    /// The interpreter was killed by a signal it did not send itself.
    case killedBySignal(Int32, stderr: String)
    /// It exited 0 but its stdout was not the expected JSON; `stdout` is the start of what it wrote.
    case badOutput(reason: String, stdout: String)
    /// It ran past `seconds`, so it and its process group (`pid` leads it) were killed.
    case timedOut(seconds: Double, pid: Int32)

    public var description: String {
        switch self {
        case .pythonNotFound:
            return "python3 was not found on PATH: install Python 3 or leave out --compare-python."
        case let .couldNotStart(python, reason):
            return "could not start \(python): \(reason). Check that it is an executable Python 3 interpreter."
        case let .exited(status, stderr):
            return "python3 exited with status \(status)\(Self.quoted(stderr)). "
                + "Check that it is Python 3.8 or newer, or leave out --compare-python."
        case let .killedBySignal(signal, stderr):
            return "python3 was killed by signal \(signal)\(Self.quoted(stderr)). "
                + "If memory ran out, try fewer --cpu-workers; otherwise run again."
        case let .badOutput(reason, stdout):
            return "python3 printed something other than the expected JSON (\(reason))\(Self.quoted(stdout)). "
                + "Check that python3 is a plain CPython without a startup script writing to stdout."
        case let .timedOut(seconds, pid):
            return "python3 (pid \(pid)) was still running after \(Self.format(seconds)) s and was killed. "
                + "The machine may be overloaded: run again, or use a smaller --cpu-target."
        }
    }

    private static func quoted(_ text: String) -> String {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        return trimmed.isEmpty ? "" : ":\n\(trimmed)\n"
    }

    private static func format(_ seconds: Double) -> String {
        String(format: "%.1f", seconds)
    }
}
