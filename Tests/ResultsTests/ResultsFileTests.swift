import Foundation
import XCTest
@testable import Results

final class ResultsFileTests: XCTestCase {
    func testRoundTripIsEqualAndByteIdentical() throws {
        let data = try ResultsFile.encode(SampleResults.results)
        XCTAssertEqual(try ResultsFile.decode(data), SampleResults.results)
        XCTAssertEqual(try ResultsFile.encode(SampleResults.results), data)
        XCTAssertEqual(try ResultsFile.encode(ResultsFile.decode(data)), data)
        XCTAssertEqual(data.last, 0x0A)
    }

    func testEncodingIsPrettyWithSortedKeysAndStrategyKeys() throws {
        let text = try XCTUnwrap(String(data: ResultsFile.encode(SampleResults.results), encoding: .utf8))
        XCTAssertTrue(text.hasPrefix("{\n  \"calibration\" : {"), String(text.prefix(40)))
        XCTAssertTrue(text.contains("\"strategy\" : \"global-lock\""))
        XCTAssertTrue(text.contains("model/1"), "slashes are not escaped")
    }

    func testStoredSummariesAreRecomputedFromTheRuns() throws {
        var object = try SampleResults.jsonObject()
        var comparison = try XCTUnwrap(object["comparison"] as? [String: Any])
        var cells = try XCTUnwrap(comparison["cells"] as? [[String: Any]])
        var summary = try XCTUnwrap(cells[0]["summary"] as? [String: Any])
        summary["median"] = 123.0
        cells[0]["summary"] = summary
        comparison["cells"] = cells
        object["comparison"] = comparison
        let decoded = try ResultsFile.decode(SampleResults.data(object), path: "edited.json")
        XCTAssertEqual(decoded.comparison.cells[0].summary, Summary(decoded.comparison.cells[0].runs.map(\.wallSeconds)))
        XCTAssertEqual(decoded, SampleResults.results)
    }

    func testAnotherSchemaVersionIsRefused() throws {
        var object = try SampleResults.jsonObject()
        object["schemaVersion"] = 2
        XCTAssertThrowsError(try ResultsFile.decode(SampleResults.data(object), path: "old.json")) { error in
            XCTAssertEqual(error as? ResultsError, .schemaVersion(path: "old.json", found: 2, expected: 1))
            XCTAssertTrue("\(error)".contains("old.json has schemaVersion 2"), "\(error)")
        }
    }

    func testAnotherSchemaVersionIsRefusedEvenWhenTheRestDiffers() throws {
        let data = Data(#"{"schemaVersion": 7, "somethingElse": true}"#.utf8)
        XCTAssertThrowsError(try ResultsFile.decode(data, path: "new.json")) { error in
            XCTAssertEqual(error as? ResultsError, .schemaVersion(path: "new.json", found: 7, expected: 1))
        }
    }

    func testTruncatedJSONIsNotResults() throws {
        let data = try ResultsFile.encode(SampleResults.results)
        assertNotResults(data.prefix(data.count / 2), reasonContains: "malformed JSON")
    }

    func testWrongTypeNamesItsPlace() throws {
        var object = try SampleResults.jsonObject()
        var machine = object["machine"] as! [String: Any]
        machine["logicalCPUs"] = "four"
        object["machine"] = machine
        assertNotResults(try SampleResults.data(object), reasonContains: "machine.logicalCPUs")
    }

    func testSchemaVersionOfTheWrongTypeIsNotResults() throws {
        var object = try SampleResults.jsonObject()
        object["schemaVersion"] = "1"
        assertNotResults(try SampleResults.data(object), reasonContains: "schemaVersion")
    }

    func testMissingFieldIsNamed() throws {
        var object = try SampleResults.jsonObject()
        object["settings"] = nil
        assertNotResults(try SampleResults.data(object), reasonContains: "missing field \"settings\"")
        object = try SampleResults.jsonObject()
        object["schemaVersion"] = nil
        assertNotResults(try SampleResults.data(object), reasonContains: "missing field \"schemaVersion\"")
    }

    func testACellWithoutRunsIsRefusedByName() throws {
        var object = try SampleResults.jsonObject()
        var comparison = object["comparison"] as! [String: Any]
        var cells = comparison["cells"] as! [[String: Any]]
        cells[1]["runs"] = [Any]()
        comparison["cells"] = cells
        object["comparison"] = comparison
        let strategy = try XCTUnwrap(StrategyID(rawValue: cells[1]["strategy"] as! String))
        let workload = try XCTUnwrap(WorkloadID(rawValue: cells[1]["workload"] as! String))
        XCTAssertThrowsError(try ResultsFile.decode(SampleResults.data(object), path: "empty.json")) { error in
            XCTAssertEqual(error as? ResultsError, .emptyCell(path: "empty.json", strategy: strategy, workload: workload))
            XCTAssertTrue("\(error)".contains("empty.json holds no measured run for \(strategy.rawValue)/\(workload.rawValue) (0 repetitions)"), "\(error)")
        }
    }

    func testNotAnObjectIsNotResults() {
        assertNotResults(Data("[1, 2, 3]".utf8), reasonContains: "expected")
    }

    func testUnknownStrategyNamesItsPlace() throws {
        var object = try SampleResults.jsonObject()
        var comparison = object["comparison"] as! [String: Any]
        var cells = comparison["cells"] as! [[String: Any]]
        cells[0]["strategy"] = "coroutines"
        comparison["cells"] = cells
        object["comparison"] = comparison
        assertNotResults(try SampleResults.data(object), reasonContains: "comparison.cells.0.strategy")
    }

    func testUnreadableFile() {
        let path = "/nonexistent/concreport/results.json"
        XCTAssertThrowsError(try ResultsFile.load(path: path)) { error in
            guard case let .unreadable(errorPath, _)? = error as? ResultsError else {
                return XCTFail("expected .unreadable, got \(error)")
            }
            XCTAssertEqual(errorPath, path)
        }
    }

    func testThrottlingRoundTripsAndOlderFilesWithoutItStillDecode() throws {
        var throttled = SampleResults.results
        throttled.throttling = CPUThrottling(periods: 120, throttledPeriods: 7, throttledSeconds: 0.35)
        let data = try ResultsFile.encode(throttled)
        XCTAssertEqual(try ResultsFile.decode(data), throttled)
        let text = try XCTUnwrap(String(data: data, encoding: .utf8))
        XCTAssertTrue(text.contains("\"throttledPeriods\" : 7"), text)

        let object = try SampleResults.jsonObject()
        XCTAssertNil(object["throttling"], "absent, not null, when not recorded")
        XCTAssertNil(try ResultsFile.decode(SampleResults.data(object)).throttling)
        XCTAssertEqual(try ResultsFile.decode(SampleResults.data(object)).schemaVersion, 1)
    }

    func testLoadReadsWhatEncodeWrote() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("results-\(UUID().uuidString).json")
        defer { try? FileManager.default.removeItem(at: url) }
        try ResultsFile.encode(SampleResults.results).write(to: url)
        XCTAssertEqual(try ResultsFile.load(path: url.path), SampleResults.results)
    }

    func testAFolderOrAMissingFileIsUnreadable() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("unreadable-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for path in [folder.path, folder.appendingPathComponent("missing.json").path] {
            XCTAssertThrowsError(try ResultsFile.load(path: path)) { error in
                guard case .unreadable? = error as? ResultsError else { return XCTFail("expected .unreadable, got \(error)") }
            }
        }
    }

    private func assertNotResults(_ data: Data, reasonContains expected: String,
                                  file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertThrowsError(try ResultsFile.decode(data, path: "bad.json"), file: file, line: line) { error in
            guard case let .notResults(path, reason)? = error as? ResultsError else {
                return XCTFail("expected .notResults, got \(error)", file: file, line: line)
            }
            XCTAssertEqual(path, "bad.json", file: file, line: line)
            XCTAssertTrue(reason.contains(expected), "reason \"\(reason)\" lacks \"\(expected)\"", file: file, line: line)
        }
    }
}
