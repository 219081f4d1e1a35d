import XCTest
@testable import Measure
import Results
import WorkerKernel

final class CellPlanTests: XCTestCase {
    private let calibration = Calibration(kernel: CPUKernel.name, iterationsPerTask: 1000, targetSeconds: 0.5, measuredSeconds: 0.5)

    private func workers(_ strategy: StrategyID, _ workload: WorkloadID, _ settings: Settings) -> Int {
        CellPlan.plan(strategy, workload, settings: settings, calibration: calibration).run.workers
    }

    func testGlobalLockRunsTwoThreadsWithOneCPUWorker() {
        var settings = Settings.originalPost(quick: true)
        settings.cpuWorkers = 1
        XCTAssertEqual(workers(.globalLock, .cpu, settings), 2, "turn-taking needs two threads")
        XCTAssertEqual(workers(.threads, .cpu, settings), 1)
        XCTAssertEqual(workers(.processes, .cpu, settings), 1)
        XCTAssertEqual(workers(.globalLock, .io, settings), 10, "I/O keeps its thread per task")
    }

    func testGlobalLockFollowsLargerPoolsAndNeverExceedsTheTasks() {
        var settings = Settings.originalPost(quick: true)
        settings.cpuWorkers = 3
        XCTAssertEqual(workers(.globalLock, .cpu, settings), 3)
        settings.cpuWorkers = 16
        XCTAssertEqual(workers(.globalLock, .cpu, settings), 4, "the original post's 4 tasks")
        settings.cpuWorkers = 1
        settings.cpuTasks = 1
        XCTAssertEqual(workers(.globalLock, .cpu, settings), 1, "one task, one thread")
    }
}
