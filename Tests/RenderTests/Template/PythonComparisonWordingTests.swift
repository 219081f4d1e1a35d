import XCTest
@testable import Render
import Results

/// The CPython section appears only with `--compare-python` data, and judges the emulation by the gap
/// between the two "threads ÷ sequential" ratios.
final class PythonComparisonWordingTests: XCTestCase {
    private func results(pythonThreads: Double) throws -> Results {
        var results = try Fixtures.twoCore()
        func cell(_ strategy: PythonStrategy, _ seconds: Double) -> PythonCell {
            PythonCell(strategy: strategy, wallSeconds: [seconds, seconds, seconds])
        }
        results.python = PythonComparison(
            pythonVersion: "3.11.7", implementation: "CPython", gilEnabled: true, switchIntervalSeconds: 0.005,
            processStartMethod: "fork", tasks: 4, workers: 2, targetSeconds: 0.5, loopSize: 8_500_000,
            calibratedTaskSeconds: 0.5,
            cells: [cell(.sequential, 2.0), cell(.threads, pythonThreads), cell(.processes, 1.1)]
        )
        return results
    }

    private func render(_ results: Results, _ language: String) throws -> String {
        try PostRenderer(templates: TemplateSet.load(directory: Fixtures.path("templates/\(language)"))).markdown(for: results)
    }

    func testNoPythonDataNoSection() throws {
        XCTAssertFalse(try render(Fixtures.twoCore(), "en").contains("The real GIL, measured beside it"))
        XCTAssertFalse(try render(Fixtures.twoCore(), "ko").contains("진짜 GIL을 옆에서 재 보기"))
    }

    func testACloseEmulationIsCalledClose() throws {
        let fixture = try Fixtures.twoCore()
        let emulated = fixture.comparison.cell(.globalLock, .cpu)!.summary.median / fixture.comparison.cell(.sequential, .cpu)!.summary.median
        let en = try render(results(pythonThreads: 2.0 * emulated), "en")
        XCTAssertTrue(en.contains("CPython 3.11.7"))
        XCTAssertTrue(en.contains("close enough to trust the lesson above"), en)
        XCTAssertTrue(try render(results(pythonThreads: 2.0 * emulated), "ko").contains("믿어도 될 만큼 가깝다"))
    }

    func testAFarEmulationIsCalledAnApproximation() throws {
        let en = try render(results(pythonThreads: 3.0), "en")
        XCTAssertTrue(en.contains("read the emulated figures as an approximation"), en)
        XCTAssertTrue(try render(results(pythonThreads: 3.0), "ko").contains("근삿값으로 읽어야 한다"))
    }
}
