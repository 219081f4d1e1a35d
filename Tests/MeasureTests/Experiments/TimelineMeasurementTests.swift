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
            XCTAssertGreaterThanOrEqual(run.involuntarySwitches, SliceInvariants.switchesShown(run.slices),
                                        "fewer preemptions counted than the slices show")
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

    /// The slices' lower bound on preemptions: a gap of one task in which a whole slice of another ran on
    /// the CPU it had left counts; a gap with nothing in it, or with another task on another CPU, does not.
    func testSlicesShowASwitchOnlyWhereAnotherTaskRanOnTheCPUThatWasLeft() {
        func slice(_ task: Int, _ cpu: Int, _ start: Double, _ end: Double) -> CPUSlice {
            CPUSlice(task: task, pid: 1, tid: Int32(10 + task), cpu: cpu, startSeconds: start, endSeconds: end)
        }
        let slices = [slice(0, 0, 0, 1), slice(1, 0, 1.1, 1.9), slice(0, 0, 2, 3), slice(1, 1, 3.5, 4),
                      slice(0, 0, 4.1, 5), slice(0, 0, 6, 7)]
        // Task 0 is out at 1–2 (task 1 ran on CPU 0), task 1 at 1.9–3.5 (task 0 ran on CPU 0, which task 1
        // had left); task 0's gaps at 3–4.1 (task 1 on CPU 1) and 5–6 (nothing) show nothing.
        XCTAssertEqual(SliceInvariants.switchesShown(slices), 2)
        XCTAssertEqual(SliceInvariants.migrations(slices), 1)
        XCTAssertEqual(SliceInvariants.switchesShown(slices.filter { $0.task == 0 }), 0)
    }

    func testOneUsableCoreHasNoParallelRun() throws {
        let timeline = try TimelineMeasurement(task: tinyTask, usableCPUs: [usableCPUs[0]]).measure()
        XCTAssertNil(timeline.parallel)
    }
}
