import Foundation
import XCTest
@testable import Measure

/// The built worker executables: `concreport-worker`, and `concreport-faulty-worker`
/// (Tests/FaultyWorker/main.swift), which fails on purpose. `swift build --build-tests` builds both beside
/// the test bundle, where concreport finds its worker beside itself.
enum WorkerBinary {
    static let faultyName = "concreport-faulty-worker"

    struct NotFound: Error, CustomStringConvertible {
        var name: String
        var searched: [String]
        var description: String { "no \(name) executable in \(searched); run `swift build --build-tests` first" }
    }

    static func path(named name: String = WorkerExecutable.name) throws -> String {
        var directories: [URL] = [Bundle.main.bundleURL, Bundle.main.bundleURL.deletingLastPathComponent()]
        for bundle in Bundle.allBundles { directories.append(bundle.bundleURL.deletingLastPathComponent()) }
        directories.append(URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent())
        for directory in directories {
            let candidate = directory.appendingPathComponent(name).path
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        throw NotFound(name: name, searched: directories.map(\.path))
    }
}

/// A worker started through a small shell script that notes its pid in a file, then execs the worker
/// (same pid): a test learns every worker it started, including those a failed run stopped before they
/// answered, and checks that those were reaped. Only those: `waitpid(-1, …)` would also see, and reap,
/// the children of whatever else runs in this process.
///
/// The processes strategy starts its worker with no arguments, so the script also carries the faulty
/// worker's (`RecordedWorker.faulty`).
struct RecordedWorker {
    /// The script, to hand to `ProcessesStrategy(workerExecutable:)` and the like.
    let path: String
    private let folder: String

    /// `concreport-worker`, as concreport starts it.
    static func plain(in test: XCTestCase) throws -> RecordedWorker {
        try RecordedWorker(executable: WorkerBinary.path(), arguments: [], in: test)
    }

    /// `concreport-faulty-worker` with these arguments, e.g. `["kill", "1"]` (Tests/FaultyWorker/main.swift).
    static func faulty(_ arguments: String..., in test: XCTestCase) throws -> RecordedWorker {
        try RecordedWorker(executable: WorkerBinary.path(named: WorkerBinary.faultyName), arguments: arguments, in: test)
    }

    private init(executable: String, arguments: [String], in test: XCTestCase) throws {
        folder = NSTemporaryDirectory() + "concreport-worker-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let removed = folder
        test.addTeardownBlock { try? FileManager.default.removeItem(atPath: removed) }
        path = folder + "/worker"
        let command = ([executable] + arguments).map(Self.quoted).joined(separator: " ")
        let script = "#!/bin/sh\necho $$ >> \(Self.quoted(folder + "/pids"))\nexec \(command)\n"
        try script.write(toFile: path, atomically: true, encoding: .utf8)
        XCTAssertEqual(chmod(path, 0o755), 0)
    }

    private static func quoted(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }

    /// The pids of the workers started so far.
    var pids: [pid_t] {
        let text = (try? String(contentsOfFile: folder + "/pids", encoding: .utf8)) ?? ""
        return text.split(separator: "\n").compactMap { pid_t($0) }
    }

    /// At least `minimum` workers were started, and none is still a child of this process: each was
    /// reaped. Looks without reaping (`WNOWAIT`), so a worker left behind stays visible to its owner.
    func assertEveryWorkerReaped(minimum: Int = 1, file: StaticString = #filePath, line: UInt = #line) {
        let pids = pids
        XCTAssertGreaterThanOrEqual(pids.count, minimum, "workers started: \(pids)", file: file, line: line)
        for pid in pids {
            var info = siginfo_t()
            let result = waitid(P_PID, id_t(pid), &info, WEXITED | WNOHANG | WNOWAIT)
            let code = errno
            XCTAssertTrue(result == -1 && code == ECHILD, "worker process \(pid) was left unreaped", file: file, line: line)
        }
    }
}
