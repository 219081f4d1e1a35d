import Analysis
import Results

/// One strategy on one workload compared between the baseline file and one other file.
public struct DiffChange: Sendable, Equatable {
    /// What the compared medians measure.
    public enum Measure: String, Sendable, Equatable {
        /// Wall time of a run, seconds (I/O-bound: the same waits on every machine).
        case wallSeconds
        /// Wall time per 10⁹ iterations of the calibrated kernel, seconds (CPU-bound: each machine sizes its
        /// task to its own core, so wall times alone come out equal by construction).
        case secondsPerGigaIteration
    }

    public var workload: WorkloadID
    public var strategy: StrategyID
    /// Name of the first file, the one every other file is compared with.
    public var baselineFile: String
    public var otherFile: String
    public var measure: Measure
    /// Median in the baseline file, in `measure`'s unit.
    public var baselineMedian: Double
    /// Median in the other file, in `measure`'s unit.
    public var otherMedian: Double
    /// Other median over baseline median: above 1 is slower than the baseline.
    public var ratio: Double
    /// Whether the difference exceeds both runs' noise and the between-run drift (`MachineComparison`).
    public var flagged: Bool
    /// A `--quick` file was compared: the flag is indicative only.
    public var indicative: Bool
    /// Why it was flagged or not, in a sentence.
    public var reason: String

    /// A flagged change where the other file is slower.
    public var isSlowdown: Bool { flagged && ratio > 1 }

    /// How much slower the other file is, in percent (negative when faster).
    public var slowdownPercent: Double { (ratio - 1) * 100 }
}
