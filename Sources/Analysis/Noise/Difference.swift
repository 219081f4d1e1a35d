/// How one set of runs compares with a baseline, noise taken into account.
public enum Difference: String, Sendable, CaseIterable, Verdict {
    /// Shorter than the baseline by more than the runs' own spread and the minimum effect.
    case faster
    /// Within the runs' own spread, or closer than the minimum effect.
    case same
    /// Longer than the baseline by more than the runs' own spread and the minimum effect.
    case slower
}

/// A verdict the templates select words by: a closed set of cases with stable names.
public protocol Verdict: RawRepresentable, CaseIterable, Sendable where RawValue == String {}
