import Foundation
import XCTest
@testable import Measure
import Results
import WorkerKernel

/// The gap detector on a synthetic clock: no real waiting.
final class SliceRecorderTests: XCTestCase {
    private func slices(_ readings: [(nanoseconds: Int64, cpu: Int32)], threshold: Int64 = 100,
                        capacity: Int = 64) -> [RawSlice] {
        var recorder = SliceRecorder(gapThresholdNanoseconds: threshold, capacity: capacity)
        for reading in readings { recorder.note(nanoseconds: reading.nanoseconds, cpu: reading.cpu) }
        return recorder.slices
    }

    func testSteadyReadingsMakeOneSlice() {
        XCTAssertEqual(slices([(0, 1), (10, 1), (20, 1), (30, 1)]),
                       [RawSlice(cpu: 1, startNanoseconds: 0, endNanoseconds: 30)])
    }

    func testAGapAboveTheThresholdEndsTheSlice() {
        XCTAssertEqual(slices([(0, 0), (10, 0), (20, 0), (500, 0), (510, 0), (900, 0)]), [
            RawSlice(cpu: 0, startNanoseconds: 0, endNanoseconds: 20),
            RawSlice(cpu: 0, startNanoseconds: 500, endNanoseconds: 510),
            RawSlice(cpu: 0, startNanoseconds: 900, endNanoseconds: 900),
        ])
    }

    func testAGapOfExactlyTheThresholdIsNoGap() {
        XCTAssertEqual(slices([(0, 0), (100, 0), (201, 0)]), [
            RawSlice(cpu: 0, startNanoseconds: 0, endNanoseconds: 100),
            RawSlice(cpu: 0, startNanoseconds: 201, endNanoseconds: 201),
        ])
    }

    func testAChangeOfCPUStartsASliceEvenWithoutAGap() {
        XCTAssertEqual(slices([(0, 0), (10, 0), (20, 1), (30, 1)]), [
            RawSlice(cpu: 0, startNanoseconds: 0, endNanoseconds: 10),
            RawSlice(cpu: 1, startNanoseconds: 20, endNanoseconds: 30),
        ])
    }

    func testAFullBufferExtendsTheLastSliceInsteadOfGrowing() {
        XCTAssertEqual(slices([(0, 0), (500, 0), (1000, 1), (1010, 1)], capacity: 2), [
            RawSlice(cpu: 0, startNanoseconds: 0, endNanoseconds: 0),
            RawSlice(cpu: 0, startNanoseconds: 500, endNanoseconds: 1010),
        ])
    }

    func testNoReadingsNoSlices() {
        XCTAssertEqual(slices([]), [])
    }

    func testMigrationsCountChangesOfCPUBetweenSlices() {
        let task = TracedTask(pid: 1, tid: 1, startNanoseconds: 0, endNanoseconds: 100, slices: [
            RawSlice(cpu: 0, startNanoseconds: 0, endNanoseconds: 10),
            RawSlice(cpu: 0, startNanoseconds: 20, endNanoseconds: 30),
            RawSlice(cpu: 1, startNanoseconds: 40, endNanoseconds: 50),
            RawSlice(cpu: 0, startNanoseconds: 60, endNanoseconds: 100),
        ], voluntarySwitches: 0, involuntarySwitches: 3)
        XCTAssertEqual(task.migrations, 2)
        XCTAssertEqual(task.cpuSlices(task: 4, originNanoseconds: -1_000_000_000).first,
                       CPUSlice(task: 4, pid: 1, tid: 1, cpu: 0, startSeconds: 1, endSeconds: 1.00000001))
    }
}
