import Foundation
import XCTest

/// Bad usage or input: a clear message on stderr, exit 2, nothing on stdout.
final class BadInputTests: XCTestCase {
    func testUnknownLanguage() throws {
        try assertRejected(["--lang", "xx", "--quick"], mentions: "xx")
    }

    func testTasksOutOfRange() throws {
        try assertRejected(["--cpu-tasks", "0"], mentions: "--cpu-tasks 0 is out of range (1…1024)")
        try assertRejected(["--io-tasks", "1000000000"], mentions: "--io-tasks 1000000000 is out of range")
        try assertRejected(["--io-tasks", "-3"], mentions: "--io-tasks -3 is out of range")
        try assertRejected(["--cpu-workers", "-1"], mentions: "--cpu-workers -1 is out of range")
        try assertRejected(["--repetitions", "0"], mentions: "--repetitions 0 is out of range")
    }

    func testDurationsOutOfRange() throws {
        try assertRejected(["--io-wait", "-1"], mentions: "--io-wait -1.0 is out of range")
        try assertRejected(["--cpu-target", "-0.5"], mentions: "--cpu-target -0.5 is out of range")
        try assertRejected(["--io-wait", "1e9"], mentions: "--io-wait 1000000000.0 is out of range (0.001…60.0)")
        try assertRejected(["--time-budget", "inf"], mentions: "--time-budget inf is out of range")
        try assertRejected(["--switch-interval", "nan"], mentions: "--switch-interval nan is out of range")
        try assertRejected(["diff", "a.json", "b.json", "--fail-above", "-5"], mentions: "--fail-above")
    }

    func testUnusableLabels() throws {
        try assertRejected(["--quick", "--label", "  "], mentions: "--label is empty")
        try assertRejected(["--quick", "--label", "two\nlines"], mentions: "--label contains a line break")
        try assertRejected(["--quick", "--label", String(repeating: "x", count: 61)], mentions: "--label has 61 characters; at most 60")
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

    /// An unreadable folder cannot be made for a test that runs as root (chmod 000 does not stop root), so
    /// the unreadable cases are a file where the folder belongs and a folder without any *.md.
    func testTemplatesThatCannotBeReadAsAFolder() throws {
        try assertRejected(["--templates", RepositoryFixtures.twoCoreResults, "--quick"],
                           mentions: "--templates \(RepositoryFixtures.twoCoreResults): is a file")
        let empty = try CommandRunner.temporaryDirectory()
        try Data("not a template".utf8).write(to: URL(fileURLWithPath: empty + "/notes.txt"))
        try assertRejected(["--templates", empty, "--quick"], mentions: "\(empty):1:1: no *.md template files in this folder")
    }

    func testUnwritableOutIsRefusedBeforeMeasuring() throws {
        let folder = try CommandRunner.temporaryDirectory()
        let regularFile = folder + "/file"
        try Data("x".utf8).write(to: URL(fileURLWithPath: regularFile))
        try assertRejected(["--quick", "--out", regularFile + "/post"], mentions: "--out \(regularFile)/post: cannot create it, \(regularFile) is not a directory")
        try assertRejected(["--quick", "--out", regularFile], mentions: "--out \(regularFile): exists and is not a directory")
        try assertRejected(["--quick", "--out", "/proc/concreport-out"], mentions: "--out /proc/concreport-out: cannot write in /proc")
        try assertRejected(["--quick", "--json", "/proc/concreport.json"], mentions: "--json /proc/concreport.json: cannot write in /proc")
        try assertRejected(["--quick", "--json", folder + "/missing/results.json"], mentions: "the folder \(folder)/missing does not exist")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder), ["file"])
    }
}
