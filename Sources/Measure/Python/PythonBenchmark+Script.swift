import BuiltIn
import Foundation

extension PythonBenchmark {
    /// Runs one of the built-in scripts (`python/`) from a file in a temporary folder of its own, and returns
    /// what it printed on stdout. A file rather than `-c`: "spawn" and "forkserver" pool workers re-import
    /// the main module from its path. `flags` go before the script (`-I`, `-s`); the child is killed, with
    /// its pool workers, after `timeoutSeconds`.
    static func runScript(_ script: BuiltIn.PythonScript, python: String, flags: [String], arguments: [String],
                          timeoutSeconds: Double) throws -> Data {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("concreport-python-\(UUID().uuidString)")
        let scriptURL = folder.appendingPathComponent(script.fileName)
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try script.text.write(to: scriptURL, atomically: true, encoding: .utf8)
        } catch {
            throw PythonBenchmarkError.couldNotStart(
                python: python, reason: "could not write its script to \(folder.path): \(error.localizedDescription)")
        }
        defer { try? FileManager.default.removeItem(at: folder) }
        let outcome = try PythonChildProcess.run(executable: python, arguments: flags + [scriptURL.path] + arguments,
                                                 in: folder, timeoutSeconds: timeoutSeconds)
        let stderr = String(decoding: outcome.stderr.suffix(2_000), as: UTF8.self)
        if let signal = outcome.signal { throw PythonBenchmarkError.killedBySignal(signal, stderr: stderr) }
        if let status = outcome.exitStatus, status != 0 { throw PythonBenchmarkError.exited(status: status, stderr: stderr) }
        return outcome.stdout
    }
}
