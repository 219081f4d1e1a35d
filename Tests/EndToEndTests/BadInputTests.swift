import Foundation
import XCTest

/// Bad usage or input: a clear message on stderr, exit 2, nothing on stdout.
final class BadInputTests: XCTestCase {
    private func assertRejected(_ arguments: [String], mentions needle: String,
                                file: StaticString = #filePath, line: UInt = #line) throws {
        let result = try CommandRunner.run(arguments)
        XCTAssertEqual(result.status, 2, "stderr: \(result.stderr)", file: file, line: line)
        XCTAssertEqual(result.stdout, "", file: file, line: line)
        XCTAssertTrue(result.stderr.contains(needle), "stderr lacks \(needle): \(result.stderr)", file: file, line: line)
    }

    func testUnknownLanguage() throws {
        try assertRejected(["--lang", "xx", "--quick"], mentions: "xx")
    }

    func testTasksOutOfRange() throws {
        try assertRejected(["--cpu-tasks", "0"], mentions: "--cpu-tasks")
        try assertRejected(["--io-tasks", "1000000000"], mentions: "--io-tasks")
        try assertRejected(["--io-wait", "-1"], mentions: "--io-wait")
    }

    func testUnknownFormat() throws {
        try assertRejected(["--format", "pdf"], mentions: "pdf")
    }

    func testMissingResultsFile() throws {
        try assertRejected(["render", "/nonexistent/results.json"], mentions: "/nonexistent/results.json")
    }

    func testMalformedResultsFile() throws {
        let folder = try CommandRunner.temporaryDirectory()
        let path = folder + "/truncated.json"
        try Data(#"{"schemaVersion": 1, "tool": {"#.utf8).write(to: URL(fileURLWithPath: path))
        try assertRejected(["render", path], mentions: "not a concreport results file")
    }

    func testDiffRefusesAnotherSchemaVersion() throws {
        let folder = try CommandRunner.temporaryDirectory()
        let path = folder + "/future.json"
        try Data(#"{"schemaVersion": 999}"#.utf8).write(to: URL(fileURLWithPath: path))
        try assertRejected(["diff", path, path], mentions: "schemaVersion 999")
    }

    func testMissingTemplatesDirectory() throws {
        try assertRejected(["--templates", "/nonexistent/templates", "--quick"], mentions: "/nonexistent/templates")
    }
}
