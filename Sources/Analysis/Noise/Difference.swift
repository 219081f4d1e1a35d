/// How one set of runs compares with a baseline, noise taken into account.
public enum Difference: String, Sendable, CaseIterable, Verdict {
    /// Shorter than the baseline by more than the runs' own spread and the minimum effect.
    case faster
    /// Within the runs' own spread, or closer than the minimum effect.
    case same
    /// Longer than the baseline by more than the runs' own spread and the minimum effect.
    case slower
}

/// One run against one run: with no spread on either side nothing can be called "the same within noise",
/// so a difference below `Thresholds.minimumEffectOfSingleRuns` gets no verdict at all.
public enum OneRunDifference: String, Sendable, CaseIterable, Verdict {
    /// Shorter by at least `Thresholds.minimumEffectOfSingleRuns`.
    case faster
    /// Closer than that: one run each cannot tell them apart, and the post says so.
    case oneRunEach
    /// Longer by at least `Thresholds.minimumEffectOfSingleRuns`.
    case slower

    /// `other` against `baseline`, one time each (shorter is faster).
    public init(baseline: Double, other: Double) {
        let outcome = NoiseRule.compare(baseline: [baseline], other: [other])
        switch outcome.difference {
        case .faster: self = .faster
        case .slower: self = .slower
        case .same: self = .oneRunEach
        }
    }
}

/// A verdict the templates select words by: a closed set of cases with stable names.
public protocol Verdict: RawRepresentable, CaseIterable, Sendable where RawValue == String {}
