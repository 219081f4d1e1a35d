import Results

/// Decides whether two sets of wall times differ by more than their own noise.
///
/// The medians must differ by at least `Thresholds.minimumEffect`. Then, with at least
/// `Thresholds.minimumRunsForRankTest` runs on each side, a two-sided Mann–Whitney U test at
/// `Thresholds.alpha` **and** a difference of medians larger than both MADs (significance alone flags tiny
/// shifts of very quiet runs); with fewer runs the min–max ranges of the runs that are not slow outliers must
/// not overlap. A single run on either
/// side has no spread to consult, so the larger `Thresholds.minimumEffectOfSingleRuns` alone decides.
public enum NoiseRule {
    /// Why a comparison came out as it did, for `diff`'s explanations.
    public enum Reason: Sendable, Equatable {
        case noRuns
        case belowMinimumEffect
        /// One run on a side: only `Thresholds.minimumEffectOfSingleRuns` decides.
        case singleRun(beyondEffect: Bool)
        case rankTest(pValue: Double, significant: Bool, beyondMAD: Bool)
        case ranges(baselineRuns: Int, otherRuns: Int, overlap: Bool)
    }

    public struct Outcome: Sendable, Equatable {
        /// `other` against `baseline`: faster means shorter times.
        public var difference: Difference
        public var reason: Reason
        /// Median of `other` over median of `baseline` (above 1: slower); nil without runs.
        public var ratio: Double?
    }

    public static func compare(baseline: [Double], other: [Double]) -> Outcome {
        guard !baseline.isEmpty, !other.isEmpty else { return Outcome(difference: .same, reason: .noRuns, ratio: nil) }
        let a = Summary(baseline), b = Summary(other)
        let ratio = a.median > 0 ? b.median / a.median : nil
        let direction: Difference = b.median < a.median ? .faster : .slower
        let effect = a.median > 0 ? abs(b.median - a.median) / a.median : 0
        if baseline.count == 1 || other.count == 1 {
            let beyond = effect >= Thresholds.minimumEffectOfSingleRuns
            return Outcome(difference: beyond ? direction : .same, reason: .singleRun(beyondEffect: beyond), ratio: ratio)
        }
        if effect < Thresholds.minimumEffect {
            return Outcome(difference: .same, reason: .belowMinimumEffect, ratio: ratio)
        }
        if baseline.count >= Thresholds.minimumRunsForRankTest, other.count >= Thresholds.minimumRunsForRankTest,
           let test = MannWhitneyU(baseline, other) {
            let significant = test.pValue < Thresholds.alpha
            let gap = abs(b.median - a.median)
            let beyondMAD = gap > a.mad && gap > b.mad
            return Outcome(difference: significant && beyondMAD ? direction : .same,
                           reason: .rankTest(pValue: test.pValue, significant: significant, beyondMAD: beyondMAD),
                           ratio: ratio)
        }
        // The ranges of the runs that are not slow outliers (`Summary.OutlierRule`): with so few runs, one disturbed
        // run would otherwise stretch a range over a gap every other run shows. Only a slow outlier is left
        // out: a disturbance (other work, a migration, the quota) adds time, so a run faster than the rest
        // is what the work can take and stays in its range.
        let (aLow, aHigh) = Self.range(baseline, a), (bLow, bHigh) = Self.range(other, b)
        let overlap = !(aHigh < bLow || bHigh < aLow)
        return Outcome(difference: overlap ? .same : direction,
                       reason: .ranges(baselineRuns: baseline.count, otherRuns: other.count, overlap: overlap),
                       ratio: ratio)
    }

    /// Two sets of latency samples (`/health` polls, round trips): many values each, with long tails. The
    /// medians must differ by `Thresholds.minimumEffect`, then the rank test alone decides; the wall-time
    /// rule's extra clause (a gap beyond both MADs) would hide a real shift of a tailed distribution, whose
    /// MAD is wide. Whether a shift matters in practice is a verdict of its own
    /// (`Thresholds.negligibleLatencyShiftMs`). With fewer samples than the rank test needs, `compare` decides.
    public static func compareSamples(baseline: [Double], other: [Double]) -> Outcome {
        guard baseline.count >= Thresholds.minimumRunsForRankTest, other.count >= Thresholds.minimumRunsForRankTest,
              let test = MannWhitneyU(baseline, other) else { return compare(baseline: baseline, other: other) }
        let a = Summary(baseline), b = Summary(other)
        let ratio = a.median > 0 ? b.median / a.median : nil
        let effect = a.median > 0 ? abs(b.median - a.median) / a.median : 0
        guard effect >= Thresholds.minimumEffect else { return Outcome(difference: .same, reason: .belowMinimumEffect, ratio: ratio) }
        let significant = test.pValue < Thresholds.alpha
        return Outcome(difference: significant ? (b.median < a.median ? .faster : .slower) : .same,
                       reason: .rankTest(pValue: test.pValue, significant: significant, beyondMAD: true), ratio: ratio)
    }

    /// The min and max of `values` leaving out the outliers `summary` flagged above the median, when at least
    /// two runs remain.
    static func range(_ values: [Double], _ summary: Summary) -> (Double, Double) {
        let kept = values.indices.filter { !(summary.outliers.contains($0) && values[$0] > summary.median) }.map { values[$0] }
        guard kept.count >= 2, let low = kept.min(), let high = kept.max() else { return (summary.min, summary.max) }
        return (low, high)
    }
}
