import Foundation
import XCTest

/// Runs the built `concreport` binary, as a user would, and captures what it printed.
struct CommandResult {
    var status: Int32
    var stdout: String
    var stderr: String
    /// stdout as the bytes it printed.
    var stdoutBytes = Data()
}

enum CommandRunner {
    static var binary: URL {
        // On Linux the test bundle is an executable beside the package's products.
        Bundle.main.bundleURL.appendingPathComponent("concreport")
    }

    /// Runs concreport, or `executable` (a wrapper such as taskset) when given, with `environment` added
    /// and the variables named in `unsetting` removed.
    static func run(_ arguments: [String], stdin: Data? = nil, executable: URL? = nil,
                    environment: [String: String] = [:], unsetting: [String] = [],
                    directory: String? = nil) throws -> CommandResult {
        let process = Process()
        process.executableURL = executable ?? binary
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
        if !environment.isEmpty || !unsetting.isEmpty {
            process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
                .filter { !unsetting.contains($0.key) }
        }
        let out = Pipe(), err = Pipe(), input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(stdin) }
        try input.fileHandleForWriting.close()
        // Read both pipes before waiting so a chatty child cannot block on a full pipe.
        let group = DispatchGroup()
        nonisolated(unsafe) var stdoutData = Data(), stderrData = Data()
        DispatchQueue.global().async(group: group) { stdoutData = out.fileHandleForReading.readDataToEndOfFile() }
        DispatchQueue.global().async(group: group) { stderrData = err.fileHandleForReading.readDataToEndOfFile() }
        group.wait()
        process.waitUntilExit()
        return CommandResult(
            status: process.terminationStatus,
            stdout: String(decoding: stdoutData, as: UTF8.self),
            stderr: String(decoding: stderrData, as: UTF8.self),
            stdoutBytes: stdoutData
        )
    }

    /// A copy of concreport and its worker in a folder every user can read: the build folder may sit in
    /// one only root can enter (a fresh clone in `mktemp -d`). Returns the copy of concreport.
    static func copyForEveryUser() throws -> String {
        let folder = try temporaryDirectory()
        XCTAssertEqual(chmod(folder, 0o755), 0)
        for name in ["concreport", "concreport-worker"] {
            try FileManager.default.copyItem(atPath: binary.deletingLastPathComponent().appendingPathComponent(name).path,
                                             toPath: folder + "/" + name)
        }
        return folder + "/concreport"
    }

    static func temporaryDirectory() throws -> String {
        let path = NSTemporaryDirectory() + "concreport-e2e-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }
}
