import Foundation
import XCTest
import Results

final class PythonComparisonTests: XCTestCase {
    private let comparison = PythonComparison(
        pythonVersion: "3.12.3", implementation: "CPython", gilEnabled: true, switchIntervalSeconds: 0.005,
        processStartMethod: "fork", tasks: 4, workers: 4, targetSeconds: 0.5, loopSize: 5_000_000,
        calibratedTaskSeconds: 0.51,
        cells: [
            PythonCell(strategy: .sequential, wallSeconds: [2.0, 2.2, 1.8]),
            PythonCell(strategy: .threads, wallSeconds: [2.1, 2.1, 2.2]),
            PythonCell(strategy: .processes, wallSeconds: [0.5, 0.6, 0.4]),
        ])

    func testRoundTripsThroughJSON() throws {
        let data = try JSONEncoder().encode(comparison)
        XCTAssertEqual(try JSONDecoder().decode(PythonComparison.self, from: data), comparison)
        XCTAssertTrue(String(decoding: data, as: UTF8.self).contains(#""strategy":"processes""#))
    }

    func testFreeThreadedBuildIsOptional() throws {
        let data = try JSONEncoder().encode(comparison)
        XCTAssertFalse(String(decoding: data, as: UTF8.self).contains("freeThreadedBuild"), "nil is left out")
        XCTAssertNil(try JSONDecoder().decode(PythonComparison.self, from: data).freeThreadedBuild, "older files")
        var recorded = comparison
        recorded.freeThreadedBuild = false
        let written = try JSONEncoder().encode(recorded)
        XCTAssertTrue(String(decoding: written, as: UTF8.self).contains(#""freeThreadedBuild":false"#))
        XCTAssertEqual(try JSONDecoder().decode(PythonComparison.self, from: written), recorded)
    }

    func testCellLookupByStrategy() {
        XCTAssertEqual(comparison.cell(.threads)?.summary.median, 2.1)
        var partial = comparison
        partial.cells.removeAll { $0.strategy == .processes }
        XCTAssertNil(partial.cell(.processes))
    }
}
