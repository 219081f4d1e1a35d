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
    private func launch() throws -> Launched {
        let tag = UUID().uuidString
        let process = Process()
        process.executableURL = CommandRunner.binary
        process.arguments = ["--quick", "--io-wait", "0.5", "--lang", "en"]
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

    func testCtrlCStopsEverythingWithStatus130() throws {
        let run = try launch()
        _ = try waitForWorker(run)
        kill(run.process.processIdentifier, SIGINT)
        let result = finish(run)
        XCTAssertEqual(result.status, 130, result.stderr)
        XCTAssertEqual(result.stdout, "")
        XCTAssertTrue(result.stderr.contains("interrupted"), result.stderr)
        assertNothingLeft(run)
    }

    func testSIGTERMStopsEverythingWithStatus143() throws {
        let run = try launch()
        _ = try waitForWorker(run)
        kill(run.process.processIdentifier, SIGTERM)
        let result = finish(run)
        XCTAssertEqual(result.status, 143, result.stderr)
        XCTAssertEqual(result.stdout, "")
        assertNothingLeft(run)
    }

    func testAKilledWorkerFailsTheRunWithoutAPost() throws {
        let run = try launch()
        let worker = try waitForWorker(run)
        kill(worker, SIGKILL)
        let result = finish(run)
        XCTAssertEqual(result.status, 1, result.stderr)
        XCTAssertEqual(result.stdout, "")
        XCTAssertTrue(result.stderr.contains("measuring failed"), result.stderr)
        XCTAssertTrue(result.stderr.contains("\(worker)"), "the message names the worker: \(result.stderr)")
        assertNothingLeft(run)
    }
}
