import Foundation
import XCTest

/// Faults while measuring: Ctrl-C, SIGTERM, a worker killed from outside. Each must end the run with the
/// right status, print no post, and leave no process of the run behind.
final class FaultTests: XCTestCase {
    private struct Launched {
        let process: Process
        let tag: String
        let stdout: Pipe
        let stderr: Pipe
    }

    /// Starts a measurement whose processes cells run long enough to be caught with workers alive.
    private func launch(out: String? = nil) throws -> Launched {
        let tag = UUID().uuidString
        let process = Process()
        process.executableURL = CommandRunner.binary
        process.arguments = ["--quick", "--no-python", "--io-wait", "0.5", "--lang", "en"] + (out.map { ["--out", $0] } ?? [])
        var environment = ProcessInfo.processInfo.environment
        environment["CONCREPORT_TEST_TAG"] = tag
        process.environment = environment
        let stdout = Pipe(), stderr = Pipe()
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        return Launched(process: process, tag: tag, stdout: stdout, stderr: stderr)
    }

    private func waitForWorker(_ run: Launched) throws -> Int32 {
        var worker: Int32?
        let found = ProcessTable.waitUntil(seconds: 60) {
            worker = ProcessTable.pids(taggedWith: run.tag).first { $0 != run.process.processIdentifier }
            return worker != nil
        }
        XCTAssertTrue(found, "no worker process appeared")
        return try XCTUnwrap(worker)
    }

    private func finish(_ run: Launched) -> (status: Int32, stdout: String, stderr: String) {
        let out = run.stdout.fileHandleForReading.readDataToEndOfFile()
        let err = run.stderr.fileHandleForReading.readDataToEndOfFile()
        run.process.waitUntilExit()
        return (run.process.terminationStatus, String(decoding: out, as: UTF8.self), String(decoding: err, as: UTF8.self))
    }

    private func assertNothingLeft(_ run: Launched, file: StaticString = #filePath, line: UInt = #line) {
        let clean = ProcessTable.waitUntil(seconds: 5) { ProcessTable.pids(taggedWith: run.tag).isEmpty }
        XCTAssertTrue(clean, "left running: \(ProcessTable.pids(taggedWith: run.tag))", file: file, line: line)
    }

    /// An `--out` folder holding one file of the user's, which an interrupted or failed run must leave as it was.
    private func outFolder() throws -> String {
        let folder = try CommandRunner.temporaryDirectory()
        try Data("mine".utf8).write(to: URL(fileURLWithPath: folder + "/keep.txt"))
        return folder
    }

    private func assertUnchanged(_ folder: String, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder), ["keep.txt"], "partial output left", file: file, line: line)
    }

    func testCtrlCStopsEverythingWithStatus130() throws {
        let out = try outFolder()
        let run = try launch(out: out)
        _ = try waitForWorker(run)
        kill(run.process.processIdentifier, SIGINT)
        let result = finish(run)
        XCTAssertEqual(result.status, 130, result.stderr)
        XCTAssertEqual(result.stdout, "")
        XCTAssertTrue(result.stderr.contains("interrupted"), result.stderr)
        assertNothingLeft(run)
        assertUnchanged(out)
    }

    func testSIGTERMStopsEverythingWithStatus143() throws {
        let out = try outFolder()
        let run = try launch(out: out)
        _ = try waitForWorker(run)
        kill(run.process.processIdentifier, SIGTERM)
        let result = finish(run)
        XCTAssertEqual(result.status, 143, result.stderr)
        XCTAssertEqual(result.stdout, "")
        assertNothingLeft(run)
        assertUnchanged(out)
    }

    func testAKilledWorkerFailsTheRunWithoutAPost() throws {
        let out = try outFolder()
        let run = try launch(out: out)
        let worker = try waitForWorker(run)
        kill(worker, SIGKILL)
        let result = finish(run)
        XCTAssertEqual(result.status, 1, result.stderr)
        XCTAssertEqual(result.stdout, "")
        XCTAssertTrue(result.stderr.contains("measuring failed"), result.stderr)
        XCTAssertTrue(result.stderr.contains("\(worker)"), "the message names the worker: \(result.stderr)")
        assertNothingLeft(run)
        assertUnchanged(out)
    }

    /// A worker ended by another signal mid-run: reported with the signal's name, no hang, nothing written.
    /// (Not SIGSEGV sent with kill: Swift's crash handler catches it, prints a backtrace and, as the signal
    /// was not a fault, lets the worker go on; real crashes come from the faulty worker in ProcessesStrategyTests,
    /// Tests/FaultyWorker/main.swift.)
    func testAWorkerEndedBySIGTERMFailsTheRunWithoutAPost() throws {
        let out = try outFolder()
        let run = try launch(out: out)
        let worker = try waitForWorker(run)
        kill(worker, SIGTERM)
        let result = finish(run)
        XCTAssertEqual(result.status, 1, result.stderr)
        XCTAssertEqual(result.stdout, "")
        XCTAssertTrue(result.stderr.contains("measuring failed: worker process \(worker) of the processes strategy was killed by signal 15 (SIGTERM) while running task"), result.stderr)
        assertNothingLeft(run)
        assertUnchanged(out)
    }

    /// Ctrl-C while the server section runs (its server, upstream, load generator and worker processes all
    /// live): status 130, no process of the run left, and the server's port no longer answers.
    func testCtrlCDuringTheServerExperimentLeavesNothingRunning() throws {
        let run = try launch()
        var seen = ""
        let handle = run.stderr.fileHandleForReading
        while !seen.contains("serving on 127.0.0.1:") || !seen.hasSuffix("\n") {
            let chunk = handle.availableData
            if chunk.isEmpty { break }
            seen += String(decoding: chunk, as: UTF8.self)
        }
        let portLine = try XCTUnwrap(seen.split(separator: "\n").first { $0.contains("serving on 127.0.0.1:") }, seen)
        let port = try XCTUnwrap(Int(portLine.split(separator: ":")[1].prefix { $0.isNumber }), String(portLine))
        XCTAssertTrue(ProcessTable.pids(taggedWith: run.tag).count > 1, "the server's worker processes are running")
        kill(run.process.processIdentifier, SIGINT)
        let result = finish(run)
        XCTAssertEqual(result.status, 130, seen + result.stderr)
        XCTAssertEqual(result.stdout, "")
        assertNothingLeft(run)
        XCTAssertFalse(Self.accepts(port: port), "port \(port) still answers")
    }

    private static func accepts(port: Int) -> Bool {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        return withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        } == 0
    }
}
