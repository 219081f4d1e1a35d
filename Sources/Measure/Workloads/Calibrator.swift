import Results
import WorkerKernel

/// Sizes the CPU kernel so one task takes `targetSeconds` on this machine: measure a growing size until
/// the clock reads it well, scale linearly to the target, then verify (and rescale once if off by > 10 %).
/// Times are the thread's CPU time, so other programs on a shared machine disturb them less than wall time.
struct Calibrator {
    var targetSeconds: Double
    /// Seconds one task of the given iterations takes.
    var measure: (Int) -> Double = Calibrator.threadCPUSeconds(iterations:)

    /// Probes stop growing once a probe takes this long (or a fifth of the target).
    private var probeSeconds: Double { min(0.02, targetSeconds / 5) }

    func calibrate() throws -> Calibration {
        guard targetSeconds > 0, targetSeconds.isFinite else {
            throw MeasureError.calibrationFailed(reason: "the target duration \(targetSeconds) s is not positive")
        }
        var iterations = 1 << 14
        var seconds = measure(iterations)
        while seconds < probeSeconds {
            guard iterations < Int.max / 64 else {
                throw MeasureError.calibrationFailed(reason: "the kernel takes no measurable time (\(seconds) s for \(iterations) iterations)")
            }
            // Grow by at most 8× per step, faster when the reading is still tiny.
            let factor = seconds > 0 ? min(8, max(2, probeSeconds / seconds * 1.2)) : 8
            iterations = Int(Double(iterations) * factor)
            seconds = measure(iterations)
        }
        var sized = scaled(iterations, took: seconds)
        var checked = verify(sized)
        if abs(checked / targetSeconds - 1) > 0.1 {
            sized = scaled(sized, took: checked)
            checked = verify(sized)
        }
        return Calibration(kernel: CPUKernel.name, iterationsPerTask: sized,
                           targetSeconds: targetSeconds, measuredSeconds: checked)
    }

    private func scaled(_ iterations: Int, took seconds: Double) -> Int {
        max(CPUKernel.chunkIterations, Int((Double(iterations) * targetSeconds / seconds).rounded()))
    }

    /// Median of a few checks; one when the target is long (a check costs a whole task).
    private func verify(_ iterations: Int) -> Double {
        let checks = min(3, max(1, Int(0.3 / targetSeconds)))
        return Summary.median(of: (0..<checks).map { _ in measure(iterations) })
    }

    /// The kernel as tasks run it (CPU sightings included), timed by the thread's CPU clock.
    static func threadCPUSeconds(iterations: Int) -> Double {
        var sightings = CPUSightings()
        let start = Linux.threadCPUSeconds()
        CPUKernel.run(iterations: iterations) { sightings.note() }
        return Linux.threadCPUSeconds() - start
    }
}
