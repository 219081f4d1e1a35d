import XCTest
@testable import Measure
import WorkerKernel

final class CalibratorTests: XCTestCase {
    func testMoreIterationsNeverTakeLessCPUTime() {
        // Sixteen times the work: CPU time must grow, whatever else the machine is doing.
        let small = Calibrator.threadCPUSeconds(iterations: 1 << 16)
        let large = Calibrator.threadCPUSeconds(iterations: 1 << 20)
        XCTAssertGreaterThan(large, small)
    }

    func testKernelIsNotFoldedAndCallsItsHookPerChunk() {
        var chunks = 0
        let one = CPUKernel.run(iterations: 3 * CPUKernel.chunkIterations + 1) { chunks += 1 }
        XCTAssertEqual(chunks, 4)
        XCTAssertNotEqual(one, CPUKernel.run(iterations: 3 * CPUKernel.chunkIterations + 2))
    }

    func testScalesLinearlyToTheTarget() throws {
        // A fake kernel taking 2 ns per iteration: 10 ms needs 5 million.
        let calibrator = Calibrator(targetSeconds: 0.01, measure: { Double($0) * 2e-9 })
        let calibration = try calibrator.calibrate()
        XCTAssertEqual(Double(calibration.iterationsPerTask), 5_000_000, accuracy: 5_000)
        XCTAssertEqual(calibration.measuredSeconds, 0.01, accuracy: 1e-4)
        XCTAssertEqual(calibration.targetSeconds, 0.01)
        XCTAssertEqual(calibration.kernel, CPUKernel.name)
    }

    func testRescalesOnceWhenTheCheckIsOff() throws {
        // Small sizes look cheap (1 ns), large ones cost 2 ns: the first scaling undershoots by half.
        let calibrator = Calibrator(targetSeconds: 0.01, measure: { Double($0) * ($0 > 3_000_000 ? 2e-9 : 1e-9) })
        let calibration = try calibrator.calibrate()
        XCTAssertEqual(calibration.measuredSeconds, 0.01, accuracy: 1e-4)
    }

    func testAKernelThatTakesNoTimeFailsCalibration() {
        XCTAssertThrowsError(try Calibrator(targetSeconds: 0.01, measure: { _ in 0 }).calibrate()) { error in
            guard case MeasureError.calibrationFailed = error else { return XCTFail("unexpected \(error)") }
        }
        XCTAssertThrowsError(try Calibrator(targetSeconds: 0, measure: { _ in 1 }).calibrate())
    }
}
