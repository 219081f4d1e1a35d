import Foundation
import XCTest
@testable import Measure
import Results
import WorkerKernel

final class ProcessDemoMeasurementTests: XCTestCase {
    func testEachTaskRunsInItsOwnWorkerProcess() throws {
        let task = SizedTask(seconds: 0.001, calibration: Calibration(
            kernel: CPUKernel.name, iterationsPerTask: 200_000, targetSeconds: 0.001, measuredSeconds: 0.001))
        let worker = try RecordedWorker.plain(in: self)
        let demo = try ProcessDemoMeasurement(processes: 3, task: task, workerExecutable: worker.path).measure()
        XCTAssertEqual(demo.processes, 3)
        XCTAssertEqual(demo.run.tasks.map(\.index), [0, 1, 2])
        XCTAssertEqual(Set(demo.run.tasks.map(\.pid)).count, 3)
        XCTAssertFalse(demo.run.tasks.map(\.pid).contains(getpid()))
        XCTAssertTrue(demo.run.tasks.allSatisfy { !$0.cpus.isEmpty && $0.endSeconds <= demo.run.wallSeconds })
        XCTAssertGreaterThan(demo.sequentialWallSeconds, 0)
        XCTAssertTrue(Set(demo.run.tasks.map(\.pid)).isSubset(of: worker.pids), "the tasks ran in the workers started")
        worker.assertEveryWorkerReaped(minimum: 3)
    }
}
