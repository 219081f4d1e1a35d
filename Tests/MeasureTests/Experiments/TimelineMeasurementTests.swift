import XCTest
@testable import Measure
import Results
import WorkerKernel

final class TimelineMeasurementTests: XCTestCase {
    private let tinyTask = SizedTask(seconds: 0.001, calibration: Calibration(
        kernel: CPUKernel.name, iterationsPerTask: 300_000, targetSeconds: 0.001, measuredSeconds: 0.001))

    private var usableCPUs: [Int] { Runner.usableCPUs(MachineProbe.probe()) }

    func testEveryRunTracesThreeTasksInsideItsWallTime() throws {
        let timeline = try TimelineMeasurement(task: tinyTask, usableCPUs: usableCPUs).measure()
        XCTAssertEqual(timeline.taskIterations, 300_000)
        XCTAssertEqual(timeline.gapThresholdSeconds, TimelineMeasurement.gapThresholdSeconds)
        for run in [timeline.sequential, timeline.timeSliced] + [timeline.parallel].compactMap({ $0 }) {
            SliceInvariants.assertWellFormed(run.slices, wallSeconds: run.wallSeconds, tasks: 3)
            XCTAssertGreaterThanOrEqual(run.involuntarySwitches, 0)
            XCTAssertEqual(Set(run.slices.map(\.pid)), [getpid()])
        }
    }

    func testSequentialTasksRunOneAfterAnother() throws {
        let run = try TimelineMeasurement(task: tinyTask, usableCPUs: usableCPUs).measure().sequential
        let lastEnd = (0..<3).map { task in run.slices.filter { $0.task == task }.map(\.endSeconds).max()! }
        let firstStart = (0..<3).map { task in run.slices.filter { $0.task == task }.map(\.startSeconds).min()! }
        XCTAssertLessThan(lastEnd[0], firstStart[1])
        XCTAssertLessThan(lastEnd[1], firstStart[2])
    }

    func testTimeSlicedTasksAllRunOnTheOnePinnedCPU() throws {
        let cpus = usableCPUs
        let timeline = try TimelineMeasurement(task: tinyTask, usableCPUs: cpus).measure()
        XCTAssertEqual(timeline.slicedCPU, cpus[0])
        XCTAssertEqual(Set(timeline.timeSliced.slices.map(\.cpu)), [cpus[0]])
        XCTAssertEqual(Set(timeline.sequential.slices.map(\.cpu)), [cpus[0]])
    }

    func testParallelTasksRunOnDistinctPinnedCPUs() throws {
        let cpus = usableCPUs
        guard cpus.count >= 2 else { throw XCTSkip("one usable core: no parallel run") }
        let parallel = try XCTUnwrap(try TimelineMeasurement(task: tinyTask, usableCPUs: cpus).measure().parallel)
        let cpuOfTask = (0..<3).map { task in Set(parallel.slices.filter { $0.task == task }.map(\.cpu)) }
        for task in 0..<3 { XCTAssertEqual(cpuOfTask[task], [cpus[task % cpus.count]], "task \(task)") }
        XCTAssertNotEqual(cpuOfTask[0], cpuOfTask[1])
    }

    func testOneUsableCoreHasNoParallelRun() throws {
        let timeline = try TimelineMeasurement(task: tinyTask, usableCPUs: [usableCPUs[0]]).measure()
        XCTAssertNil(timeline.parallel)
    }
}
