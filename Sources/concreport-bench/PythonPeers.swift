import BuiltIn
import Foundation

/// CPython on the bench's scale figures, in the same run: N sleepers of `seconds` each with asyncio,
/// threading, and a multiprocessing pool started with fork or with spawn (the original post's executors),
/// by `python/sleepers.py`.
enum PythonPeers {
    enum Kind: String {
        case asyncio, threads, fork, spawn
    }

    /// Wall seconds of each of `repetitions` runs.
    static func sleepers(python: String, kind: Kind, count: Int, seconds: Double, repetitions: Int) throws -> [Double] {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("concreport-bench-py-\(getpid())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let script = folder.appendingPathComponent(BuiltIn.PythonScript.sleepers.fileName)
        try BuiltIn.PythonScript.sleepers.text.write(to: script, atomically: true, encoding: .utf8)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = ["-I", script.path, kind.rawValue, "\(count)", "\(seconds)", "\(repetitions)"]
        process.currentDirectoryURL = folder
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0,
              let walls = try? JSONDecoder().decode([Double].self, from: data), walls.count == repetitions else {
            throw BenchError.peerFailed("python3 \(kind.rawValue) \(count) sleepers: exit \(process.terminationStatus), \(String(decoding: data, as: UTF8.self))")
        }
        return walls
    }
}

enum BenchError: Error, CustomStringConvertible {
    case peerFailed(String)
    case commandFailed(String)

    var description: String {
        switch self {
        case let .peerFailed(text): return "a CPython peer failed: \(text)"
        case let .commandFailed(text): return "\(text) failed"
        }
    }
}
