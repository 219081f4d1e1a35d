import XCTest
import Results
@testable import Render

final class GILExperimentRowsTests: XCTestCase {
    func testFilesWithoutTheExperimentsGetNoSection() {
        let plain = DiffFixture.results { _, _ in DiffFixture.tight(0.5) }
        XCTAssertNil(GILExperimentRows.table([("a.json", plain), ("b.json", plain)]))
        XCTAssertFalse(ResultsDiff([("a.json", plain), ("b.json", plain)]).markdown().contains("## GIL experiments"))
    }

    func testTheSameFileFlagsNothingAndAMuchSlowerConvoyIsFlagged() throws {
        let base = try Fixtures.twoCore()
        let same = try XCTUnwrap(GILExperimentRows.table([("a.json", base), ("b.json", base)])).markdown
        XCTAssertFalse(same.contains("▲"))
        XCTAssertFalse(same.contains("▼"))
        XCTAssertTrue(same.contains("| convoy: round trip beside 1 CPU-bound thread |"))
        XCTAssertTrue(same.contains("| native release: global lock, released |"))

        var slower = base
        slower.convoy?.runs = base.convoy!.runs.map { run in
            var run = run
            if run.cpuThreads == 1 { run.latencySeconds = run.latencySeconds.map { $0 * 3 } }
            return run
        }
        let table = try XCTUnwrap(GILExperimentRows.table([("a.json", base), ("b.json", slower)])).markdown
        let row = try XCTUnwrap(table.split(separator: "\n").first { $0.hasPrefix("| convoy: round trip beside 1 CPU-bound thread |") })
        XCTAssertTrue(row.contains("3.00× ▲ slower"), String(row))
        let alone = try XCTUnwrap(table.split(separator: "\n").first { $0.hasPrefix("| convoy: round trip alone |") })
        XCTAssertFalse(alone.contains("▲"))
        XCTAssertEqual(Set(MarkdownTableShape.tables(in: table).flatMap { $0 }), [4])
    }
}
