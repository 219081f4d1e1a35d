import Foundation
import XCTest
@testable import Measure
import Results
import WorkerKernel

final class CoreSweepMeasurementTests: XCTestCase {
    func testWorkerCountsSpanFewerEqualAndMoreWorkersThanCores() {
        XCTAssertEqual(CoreSweepMeasurement.workerCounts(usableCores: 2), [1, 2, 3, 4, 6, 8])
        XCTAssertEqual(CoreSweepMeasurement.workerCounts(usableCores: 1), [1, 2, 3, 4])
        XCTAssertEqual(CoreSweepMeasurement.workerCounts(usableCores: 4), [1, 2, 4, 6, 8, 12, 16])
        XCTAssertEqual(CoreSweepMeasurement.workerCounts(usableCores: 64), [1, 32, 64, 96, 128, 192, 256])
    }

    func testPointsComeInIncreasingOrderWithSlicesOnUsableCPUs() throws {
        let cpus = Runner.usableCPUs(MachineProbe.probe())
        let task = SizedTask(seconds: 0.001, calibration: Calibration(
            kernel: CPUKernel.name, iterationsPerTask: 200_000, targetSeconds: 0.001, measuredSeconds: 0.001))
        var heard: [Int] = []
        let worker = try RecordedWorker.plain(in: self)
        let sweep = try CoreSweepMeasurement(usableCores: cpus.count, task: task,
                                             workerExecutable: worker.path).measure { heard.append($0.workers) }
        let counts = CoreSweepMeasurement.workerCounts(usableCores: cpus.count)
        XCTAssertEqual(sweep.points.map(\.workers), counts)
        XCTAssertEqual(heard, counts)
        XCTAssertGreaterThan(sweep.taskSeconds, 0)
        let affinity = Set(MachineProbe.probe().affinityCPUs)
        for point in sweep.points {
            SliceInvariants.assertWellFormed(point.slices, wallSeconds: point.wallSeconds, tasks: point.workers)
            XCTAssertTrue(point.slices.allSatisfy { affinity.contains($0.cpu) }, "\(point.workers) workers")
            XCTAssertEqual(Set(point.slices.map(\.pid)).count, point.workers, "one process per worker")
            XCTAssertFalse(point.slices.map(\.pid).contains(getpid()))
            XCTAssertGreaterThanOrEqual(point.voluntarySwitches + point.involuntarySwitches, SliceInvariants.switchesShown(point.slices),
                                        "fewer context switches counted than the slices show, \(point.workers) workers")
            XCTAssertEqual(point.migrations, SliceInvariants.migrations(point.slices), "\(point.workers) workers")
        }
        worker.assertEveryWorkerReaped(minimum: counts.reduce(0, +))
    }

    func testAPointSumsItsWorkersTraces() {
        let first = TracedTask(pid: 10, tid: 10, startNanoseconds: 1_000, endNanoseconds: 5_000, slices: [
            RawSlice(cpu: 0, startNanoseconds: 1_000, endNanoseconds: 2_000),
            RawSlice(cpu: 1, startNanoseconds: 3_000, endNanoseconds: 5_000),
        ], voluntarySwitches: 1, involuntarySwitches: 2)
        let second = TracedTask(pid: 11, tid: 11, startNanoseconds: 1_500, endNanoseconds: 9_000, slices: [
            RawSlice(cpu: 1, startNanoseconds: 1_500, endNanoseconds: 9_000),
        ], voluntarySwitches: 0, involuntarySwitches: 5)
        let point = SweepPointRun.point(workers: 2, tasks: [first, second], originNanoseconds: 0)
        XCTAssertEqual(point.workers, 2)
        XCTAssertEqual(point.wallSeconds, 9e-6)
        XCTAssertEqual(point.voluntarySwitches, 1)
        XCTAssertEqual(point.involuntarySwitches, 7)
        XCTAssertEqual(point.migrations, 1)
        XCTAssertEqual(point.slices.map(\.task), [0, 1, 0])
        XCTAssertEqual(point.slices.map(\.pid), [10, 11, 10])
    }
}
