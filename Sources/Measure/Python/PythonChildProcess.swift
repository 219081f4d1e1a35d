import Foundation

/// One interpreter run with a time limit, its stdout and stderr in files (so a chatty child never
/// blocks on a full pipe), and nothing of its process group left behind.
struct PythonChildProcess {
    /// How the child ended and what it wrote.
    struct Outcome {
        var reason: Process.TerminationReason
        /// Exit status, or the signal number when `reason` is `.uncaughtSignal`.
        var status: Int32
        var stdout: Data
        var stderr: Data
    }

    static func run(executable: String, arguments: [String], in folder: URL,
                    timeoutSeconds: Double) throws -> Outcome {
        let stdoutURL = folder.appendingPathComponent("stdout.json")
        let stderrURL = folder.appendingPathComponent("stderr.txt")
        let stdout = try openForWriting(stdoutURL)
        defer { try? stdout.close() }
        let stderr = try openForWriting(stderrURL)
        defer { try? stderr.close() }

        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = stdout
        process.standardError = stderr
        let exited = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in exited.signal() }
        do {
            try process.run()
        } catch {
            throw PythonBenchmarkError.couldNotStart(python: executable, reason: error.localizedDescription)
        }
        let pid = process.processIdentifier
        if exited.wait(timeout: .now() + timeoutSeconds) == .timedOut {
            if !killGroup(ledBy: pid), process.isRunning {
                _ = kill(pid, SIGKILL)  // Not a group leader after all: at least the child itself.
            }
            exited.wait()  // Foundation reaps the child before signalling, so no zombie stays.
            throw PythonBenchmarkError.timedOut(seconds: timeoutSeconds, pid: pid)
        }
        // A crashed interpreter can leave pool workers behind in its group.
        _ = killGroup(ledBy: pid)
        process.waitUntilExit()  // Returns at once; makes sure the status is set before we read it.
        return Outcome(
            reason: process.terminationReason,
            status: process.terminationStatus,
            stdout: (try? Data(contentsOf: stdoutURL)) ?? Data(),
            stderr: (try? Data(contentsOf: stderrURL)) ?? Data()
        )
    }

    /// swift-corelibs-foundation spawns with POSIX_SPAWN_SETPGROUP and group 0, so the child leads
    /// a group of its own that holds every pool worker. Returns false when no such group exists.
    private static func killGroup(ledBy pid: Int32) -> Bool {
        kill(-pid, SIGKILL) == 0
    }

    private static func openForWriting(_ url: URL) throws -> FileHandle {
        guard FileManager.default.createFile(atPath: url.path, contents: nil) else {
            throw PythonBenchmarkError.couldNotStart(
                python: "python3", reason: "could not create \(url.path) for its output")
        }
        return try FileHandle(forWritingTo: url)
    }
}
