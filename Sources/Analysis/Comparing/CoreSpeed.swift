import Results

/// How fast one core of a machine runs the calibrated CPU kernel: the calibration's iterations over the
/// CPU time it measured them in. Every run sizes its CPU task to take the same time on its own machine, so
/// this, not a wall time, is what tells a faster core from a slower one.
public enum CoreSpeed {
    /// Iterations per second of one core; nil when the calibration measured nothing.
    public static func iterationsPerSecond(_ results: Results) -> Double? {
        let calibration = results.calibration
        guard calibration.measuredSeconds > 0, calibration.iterationsPerTask > 0 else { return nil }
        return Double(calibration.iterationsPerTask) / calibration.measuredSeconds
    }

    /// `other`'s core speed over `baseline`'s (above 1: faster); nil when either is unknown or the two ran
    /// different kernels.
    public static func ratio(_ other: Results, to baseline: Results) -> Double? {
        guard other.calibration.kernel == baseline.calibration.kernel,
              let was = iterationsPerSecond(baseline), let now = iterationsPerSecond(other) else { return nil }
        return now / was
    }
}
