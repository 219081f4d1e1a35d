import Results

/// One strategy on one workload compared between the baseline file and one other file.
public struct DiffChange: Sendable, Equatable {
    public var workload: WorkloadID
    public var strategy: StrategyID
    /// Name of the first file, the one every other file is compared with.
    public var baselineFile: String
    public var otherFile: String
    /// Median wall time in the baseline file, seconds.
    public var baselineMedianSeconds: Double
    /// Median wall time in the other file, seconds.
    public var otherMedianSeconds: Double
    /// Other median over baseline median: above 1 is slower than the baseline.
    public var ratio: Double
    /// Whether the difference exceeds both runs' own noise (see `NoiseTest`).
    public var flagged: Bool
    /// Why it was flagged or not, in a sentence.
    public var reason: String

    public init(workload: WorkloadID, strategy: StrategyID, baselineFile: String, otherFile: String,
                baselineMedianSeconds: Double, otherMedianSeconds: Double, ratio: Double,
                flagged: Bool, reason: String) {
        self.workload = workload
        self.strategy = strategy
        self.baselineFile = baselineFile
        self.otherFile = otherFile
        self.baselineMedianSeconds = baselineMedianSeconds
        self.otherMedianSeconds = otherMedianSeconds
        self.ratio = ratio
        self.flagged = flagged
        self.reason = reason
    }

    /// A flagged change where the other file is slower.
    public var isSlowdown: Bool { flagged && ratio > 1 }

    /// How much slower the other file is, in percent (negative when faster).
    public var slowdownPercent: Double { (ratio - 1) * 100 }
}
