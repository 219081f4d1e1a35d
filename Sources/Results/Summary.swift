/// Robust statistics over one cell's repetitions.
public struct Summary: Codable, Sendable, Equatable {
    /// Number of values.
    public var count: Int
    public var median: Double
    /// Median absolute deviation from the median (unscaled).
    public var mad: Double
    public var min: Double
    public var max: Double
    public var mean: Double
    /// Indices of values whose modified z-score exceeds 3.5 (Iglewicz and Hoaglin, 1993) and that lie more than
    /// 1 % from the median; reported, never dropped.
    public var outliers: [Int]

    public init(_ values: [Double]) {
        count = values.count
        guard !values.isEmpty else {
            median = 0; mad = 0; min = 0; max = 0; mean = 0; outliers = []
            return
        }
        let m = Summary.median(of: values)
        let deviations = values.map { abs($0 - m) }
        let mad = Summary.median(of: deviations)
        median = m
        self.mad = mad
        min = values.min()!
        max = values.max()!
        mean = values.reduce(0, +) / Double(values.count)
        // With near-identical runs the MAD is tiny and the z-score flags microsecond jitter: an outlier
        // must also be more than 1 % away from the median.
        outliers = mad > 0
            ? values.indices.filter {
                OutlierRule.zScoreScale * abs(values[$0] - m) / mad > OutlierRule.zScoreAbove
                    && abs(values[$0] - m) > OutlierRule.minimumRelativeDistance * m
            }
            : []
    }

    /// Which runs are outliers, in one place: `Tests/Fixtures/make-results.py` reads these three constants
    /// from this file, and templates print them (`outliers.zScoreAbove`, `outliers.minimumPercent`).
    public enum OutlierRule {
        /// Iglewicz and Hoaglin's modified z-score is this × |value − median| / MAD.
        public static let zScoreScale = 0.6745
        /// A run is an outlier when its modified z-score exceeds this (Iglewicz and Hoaglin, 1993) …
        public static let zScoreAbove = 3.5
        /// … and it lies more than this share of the median away from it.
        public static let minimumRelativeDistance = 0.01
    }

    /// MAD relative to the median (0.05 = 5 %).
    public var relativeSpread: Double { median > 0 ? mad / median : 0 }

    /// The median of `values`, 0 when there are none.
    public static func medianOrZero(of values: [Double]) -> Double { values.isEmpty ? 0 : median(of: values) }

    /// Nearest-rank percentile of `values`, `fraction` in 0...1 (0 when empty). For the median use
    /// `median(of:)`.
    public static func percentile(of values: [Double], _ fraction: Double) -> Double {
        guard !values.isEmpty else { return 0 }
        let sorted = values.sorted()
        let rank = Int((fraction * Double(sorted.count)).rounded(.up))
        return sorted[Swift.min(Swift.max(rank, 1), sorted.count) - 1]
    }

    /// The median by its usual definition: the middle value, or the mean of the two middle values of an
    /// even count (not the nearest-rank 50th percentile, which is the lower of the two).
    public static func median(of values: [Double]) -> Double {
        precondition(!values.isEmpty, "median of nothing")
        let sorted = values.sorted()
        let mid = sorted.count / 2
        return sorted.count.isMultiple(of: 2) ? (sorted[mid - 1] + sorted[mid]) / 2 : sorted[mid]
    }
}
