import Foundation
import XCTest

/// Broken or mismatched results files, end to end: `render` refuses them with a reason, `diff` compares
/// what was measured the same way and says what it left out.
final class ResultsInputTests: XCTestCase {
    /// results-2core.json with `edit` applied, written to a temporary file.
    private func fixture(_ edit: (inout [String: Any]) -> Void) throws -> String {
        let data = try Data(contentsOf: URL(fileURLWithPath: RepositoryFixtures.twoCoreResults))
        var object = try XCTUnwrap(JSONSerialization.jsonObject(with: data) as? [String: Any])
        edit(&object)
        let path = try CommandRunner.temporaryDirectory() + "/results.json"
        try JSONSerialization.data(withJSONObject: object).write(to: URL(fileURLWithPath: path))
        return path
    }

    func testACellWithZeroRepetitionsIsRefusedByName() throws {
        let path = try fixture { object in
            var comparison = object["comparison"] as! [String: Any]
            var cells = comparison["cells"] as! [[String: Any]]
            let index = cells.firstIndex { $0["strategy"] as? String == "threads" && $0["workload"] as? String == "cpu" }!
            cells[index]["runs"] = [Any]()
            comparison["cells"] = cells
            object["comparison"] = comparison
        }
        try assertRejected(["render", path], mentions: "\(path) holds no measured run for threads/cpu (0 repetitions)")
        try assertRejected(["diff", RepositoryFixtures.twoCoreResults, path], mentions: "threads/cpu (0 repetitions)")
    }

    func testWrongTypeAndMissingFieldAreNamed() throws {
        let wrongType = try fixture { object in
            var machine = object["machine"] as! [String: Any]
            machine["logicalCPUs"] = "two"
            object["machine"] = machine
        }
        try assertRejected(["render", wrongType], mentions: "is not a concreport results file: expected Int at machine.logicalCPUs")
        let missing = try fixture { $0["comparison"] = nil }
        try assertRejected(["render", missing], mentions: "is not a concreport results file: missing field \"comparison\"")
    }

    func testTruncatedFileAndAnotherSchemaVersion() throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: RepositoryFixtures.twoCoreResults))
        let truncated = try CommandRunner.temporaryDirectory() + "/truncated.json"
        try data.prefix(data.count / 3).write(to: URL(fileURLWithPath: truncated))
        try assertRejected(["render", truncated], mentions: "\(truncated) is not a concreport results file: malformed JSON")
        let future = try fixture { $0["schemaVersion"] = 2 }
        try assertRejected(["render", future], mentions: "has schemaVersion 2, but this concreport reads version 1")
    }

    func testDiffOfDifferentSettingsWarnsAndComparesWhatMatches() throws {
        let other = try fixture { object in
            var settings = object["settings"] as! [String: Any]
            settings["ioTasks"] = 20
            object["settings"] = settings
        }
        let result = try CommandRunner.run(["diff", RepositoryFixtures.twoCoreResults, other])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stderr.contains("warning: \(other) was measured with other settings than \(RepositoryFixtures.twoCoreResults) (ioTasks)"), result.stderr)
        XCTAssertTrue(result.stdout.contains("I/O-bound cells are not compared"), result.stdout)
        XCTAssertTrue(result.stdout.contains("| threads | 1.004 s ± 0.003 s (n = 5) | 1.004 s ± 0.003 s (n = 5) | not compared: settings differ (ioTasks) |"), result.stdout)
        // The CPU-bound cells were measured alike: they are compared (a ratio, not "not compared").
        let cpuSection = try XCTUnwrap(result.stdout.components(separatedBy: "## CPU-bound workload").last)
        XCTAssertTrue(cpuSection.contains("1.00×"), cpuSection)
        XCTAssertFalse(cpuSection.contains("not compared"), cpuSection)
    }
}
