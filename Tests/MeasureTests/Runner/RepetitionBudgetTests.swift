@testable import Measure
import Results
import XCTest

final class RepetitionBudgetTests: XCTestCase {
    private let calibration = Calibration(kernel: "test", iterationsPerTask: 1000, targetSeconds: 0.5, measuredSeconds: 0.5)

    private func cpuRepetitions(remaining: Double, usableCores: Int = 2) -> Set<Int> {
        let cells = CellPlan.all(settings: Settings.originalPost(quick: false), calibration: calibration)
        let planned = RepetitionBudget(remainingSeconds: remaining).apply(to: cells, usableCores: usableCores, taskSeconds: 0.5)
        return Set(planned.filter { $0.run.workload == .cpu }.map(\.repetitions))
    }

    func testAGenerousBudgetKeepsTheAskedRepetitions() {
        XCTAssertEqual(cpuRepetitions(remaining: 10_000), [5])
    }

    func testATightBudgetNeverGoesBelowThree() {
        XCTAssertEqual(cpuRepetitions(remaining: 1), [3])
    }

    func testRoundsInBetweenFitTheBudget() {
        // Fixed: I/O 10 + 3 + 3 + 3.6 + 3 = 22.6 s, CPU warm-ups 2 + 2 + 1.04 + 1 + 2 = 8.04 s; a CPU round 8.04 s.
        XCTAssertEqual(cpuRepetitions(remaining: 22.6 + 8.04 + 4 * 8.04 + 1), [4])
    }

    func testIOCellsAreLeftAlone() {
        let cells = CellPlan.all(settings: Settings.originalPost(quick: false), calibration: calibration)
        let planned = RepetitionBudget(remainingSeconds: 1).apply(to: cells, usableCores: 2, taskSeconds: 0.5)
        XCTAssertEqual(planned.filter { $0.run.workload == .io }.map(\.repetitions),
                       cells.filter { $0.run.workload == .io }.map(\.repetitions))
    }

    func testEstimatesDividePerUsableCore() {
        let cells = CellPlan.all(settings: Settings.originalPost(quick: false), calibration: calibration)
        let threads = cells.first { $0.strategy == .threads && $0.run.workload == .cpu }!
        XCTAssertEqual(threads.estimatedRunSeconds(usableCores: 1, taskSeconds: 0.5), 2.0, accuracy: 1e-9)
        XCTAssertEqual(threads.estimatedRunSeconds(usableCores: 4, taskSeconds: 0.5), 0.5, accuracy: 1e-9)
    }
}
