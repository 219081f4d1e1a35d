import Results

/// The slow end of a set of latencies: their 99th percentile where there are enough of them for one to
/// mean something, else their maximum, called so (the nearest-rank 99th percentile of fewer than
/// `Thresholds.minimumSamplesForPercentile99` values is the maximum anyway, or next to it).
public struct TailLatency: Sendable, Equatable {
    /// What `ms` is, for the templates' words.
    public enum Kind: String, Sendable, CaseIterable, Verdict {
        case percentile99
        /// Fewer samples than `Thresholds.minimumSamplesForPercentile99`: the slowest one.
        case slowest
    }

    /// The 99th percentile or the maximum, milliseconds.
    public var ms: Double
    /// How many latencies it was taken from.
    public var samples: Int
    /// Too few samples for a 99th percentile: `ms` is the slowest one.
    public var isMaximum: Bool

    public var kind: Kind { isMaximum ? .slowest : .percentile99 }

    init(seconds: [Double]) {
        self.init(percentile99Seconds: Summary.percentile(of: seconds, 0.99), maximumSeconds: seconds.max() ?? 0, samples: seconds.count)
    }

    /// From a summary that kept both (an HDR histogram's).
    init(percentile99Seconds: Double, maximumSeconds: Double, samples: Int) {
        self.samples = samples
        isMaximum = samples < Thresholds.minimumSamplesForPercentile99
        ms = (isMaximum ? maximumSeconds : percentile99Seconds) * 1000
    }
}
