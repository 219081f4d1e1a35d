import Results
import WorkerKernel

/// A CPU task sized from the calibration: kernel iterations and the CPU time they should take.
struct SizedTask: Sendable, Equatable {
    var iterations: Int
    var expectedSeconds: Double

    /// Scales the calibrated size linearly (the kernel's time is linear in its iterations).
    init(seconds: Double, calibration: Calibration) {
        let perTask = calibration.measuredSeconds > 0 ? calibration.measuredSeconds : calibration.targetSeconds
        let scaled = perTask > 0 ? Double(calibration.iterationsPerTask) * seconds / perTask : 0
        iterations = max(CPUKernel.chunkIterations, Int(scaled.rounded()))
        expectedSeconds = seconds
    }

    /// A limit no healthy run reaches: ten times `tasks` of these in a row, plus start-up.
    func timeLimitSeconds(tasks: Int) -> Double {
        10 * Double(tasks) * expectedSeconds + 30
    }
}
