import XCTest
import Results
@testable import Render

final class ServerRowsTests: XCTestCase {
    func testFilesWithoutTheServerSectionGetNoSection() {
        let plain = DiffFixture.results { _, _ in DiffFixture.tight(0.5) }
        XCTAssertNil(ServerRows.table([("a.json", plain), ("b.json", plain)]))
        XCTAssertFalse(ResultsDiff([("a.json", plain), ("b.json", plain)]).markdown().contains("## Server section"))
    }

    func testTheSameFileFlagsNothingAndASlowerHealthIsFlagged() throws {
        let base = try Fixtures.twoCore()
        let same = try XCTUnwrap(ServerRows.table([("a.json", base), ("b.json", base)])).markdown
        XCTAssertFalse(same.contains("▲"))
        XCTAssertFalse(same.contains("▼"))
        XCTAssertTrue(same.contains("| /io-sync-on-loop: /health during the load |"))
        XCTAssertTrue(ResultsDiff([("a.json", base), ("b.json", base)]).markdown().contains("## Server section"))

        var slower = base
        slower.server?.runs = base.server!.runs.map { run in
            var run = run
            if run.style == .ioThreadPool { run.healthLatencySeconds = run.healthLatencySeconds.map { $0 * 4 } }
            if run.style == .ioAsync { run.wallSeconds *= 2 }
            return run
        }
        let table = try XCTUnwrap(ServerRows.table([("a.json", base), ("b.json", slower)])).markdown
        func row(_ label: String) throws -> String {
            String(try XCTUnwrap(table.split(separator: "\n").first { $0.hasPrefix("| \(label) |") }, label))
        }
        XCTAssertTrue(try row("/io-sync: /health during the load").contains("4.00× ▲ slower"))
        XCTAssertTrue(try row("/io-async: requests/s").contains("2.00× ▲ slower"))
        XCTAssertFalse(try row("/cpu-threads: /health during the load").contains("▲"))
        XCTAssertEqual(Set(MarkdownTableShape.tables(in: table).flatMap { $0 }), [4])
    }

    /// A file from before the server section beside one with it: compared where both have it, no crash.
    func testAnOlderFileBesideANewerOne() throws {
        var old = try Fixtures.twoCore()
        old.server = nil
        let table = try XCTUnwrap(ServerRows.table([("old.json", old), ("new.json", try Fixtures.twoCore())])).markdown
        XCTAssertTrue(try XCTUnwrap(table.split(separator: "\n").first { $0.hasPrefix("| /health: requests/s |") }).contains("not compared"))
    }
}
