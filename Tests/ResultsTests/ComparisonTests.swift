import Foundation
import XCTest
import Results

final class ComparisonTests: XCTestCase {
    private let comparison = Comparison(cells: [
        SampleResults.cell(.sequential, .cpu, walls: [4.0, 4.2, 3.8]),
        SampleResults.cell(.threads, .cpu, walls: [1.0, 1.1, 0.9]),
        SampleResults.cell(.async, .cpu, walls: []),
        SampleResults.cell(.threads, .io, walls: [1.0]),
    ])

    func testCellLookup() {
        XCTAssertEqual(comparison.cell(.threads, .io)?.runs.count, 1)
        XCTAssertNil(comparison.cell(.globalLock, .io))
    }

    func testRepresentativeRunIsClosestToTheMedian() {
        let cell = SampleResults.cell(.threads, .cpu, walls: [5.0, 1.0, 3.2, 2.0, 9.0])
        XCTAssertEqual(cell.summary.median, 3.2)
        XCTAssertEqual(cell.representativeRun?.wallSeconds, 3.2)
        let even = SampleResults.cell(.threads, .cpu, walls: [1.0, 2.0, 4.0, 100.0])
        XCTAssertEqual(even.summary.median, 3.0)
        XCTAssertEqual(even.representativeRun?.wallSeconds, 2.0, "ties go to the earlier run")
    }

    func testRepresentativeRunOfNoRunsIsNil() {
        XCTAssertNil(SampleResults.cell(.threads, .cpu, walls: []).representativeRun)
    }

    func testResumedThreadsAreOptionalInJSON() throws {
        let older = #"{"index":0,"pid":1,"tid":7,"startSeconds":0,"endSeconds":1,"cpus":[0]}"#
        let decoded = try JSONDecoder().decode(TaskRecord.self, from: Data(older.utf8))
        XCTAssertNil(decoded.resumedTids)
        XCTAssertEqual(decoded.threadsSeen, [7])
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        XCTAssertFalse(String(decoding: try encoder.encode(decoded), as: UTF8.self).contains("resumedTids"))

        var moved = decoded
        moved.resumedTids = [7, 9]
        XCTAssertEqual(moved.threadsSeen, [7, 9])
        let data = try encoder.encode(moved)
        XCTAssertTrue(String(decoding: data, as: UTF8.self).contains(#""resumedTids":[7,9]"#))
        XCTAssertEqual(try JSONDecoder().decode(TaskRecord.self, from: data), moved)
    }
}
