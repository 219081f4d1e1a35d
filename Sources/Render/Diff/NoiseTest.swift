import Results

/// Decides whether two cells' repetitions differ by more than their own noise.
///
/// With at least `minimumForRankTest` repetitions on each side: a two-sided Mann–Whitney U test at
/// `alpha` **and** a difference of medians larger than both MADs (significance alone would flag tiny
/// shifts of very quiet runs). With fewer repetitions the rank test cannot reach significance (3 vs 3
/// gives p ≥ 0.1), so the min–max ranges must not overlap. Either way the medians must also differ by more
/// than `minimumChange` (2 %): very quiet runs (ten sleeps of 1 s) have ranges a few microseconds wide,
/// and a microsecond is no change a reader cares about.
public enum NoiseTest {
    public static let minimumForRankTest = 5
    public static let alpha = 0.05
    public static let minimumChange = 0.02

    public struct Verdict: Sendable, Equatable {
        public var flagged: Bool
        public var reason: String
    }

    public static func compare(baseline: [Double], other: [Double]) -> Verdict {
        guard !baseline.isEmpty, !other.isEmpty else {
            return Verdict(flagged: false, reason: "no repetitions to compare")
        }
        let a = Summary(baseline), b = Summary(other)
        if a.median > 0, abs(b.median - a.median) / a.median <= minimumChange {
            return Verdict(flagged: false, reason: "the medians differ by at most \(Int(minimumChange * 100)) %")
        }
        if baseline.count >= minimumForRankTest, other.count >= minimumForRankTest,
           let test = MannWhitneyU(baseline, other) {
            let difference = abs(b.median - a.median)
            let p = "Mann–Whitney p = \(DiffNumber.probability(test.pValue))"
            guard test.isSignificant(alpha: alpha) else {
                return Verdict(flagged: false, reason: "\(p) ≥ \(alpha): within noise")
            }
            guard difference > a.mad, difference > b.mad else {
                return Verdict(flagged: false, reason: "\(p), but the medians differ by less than a MAD")
            }
            return Verdict(flagged: true, reason: "\(p) < \(alpha) and the medians differ by more than both MADs")
        }
        let count = "\(baseline.count) vs \(other.count) repetitions"
        if a.max < b.min || b.max < a.min {
            return Verdict(flagged: true, reason: "\(count): min–max ranges do not overlap")
        }
        return Verdict(flagged: false, reason: "\(count): min–max ranges overlap")
    }
}
