import Analysis

/// A ratio cell of the diff report, flagged by `MachineComparison`'s verdict.
enum DiffNumber {
    /// One file's samples against the baseline's, as an experiment row's ratio cell: the ratio, flagged
    /// (▲ slower, ▼ faster) only beyond both sides' noise and the between-run drift (`MachineComparison`).
    static func comparedRatio(baseline: [Double], other: [Double], kind: MachineComparison.Kind, quick: Bool) -> String {
        guard !other.isEmpty, !baseline.isEmpty else { return "not compared: not in both" }
        let outcome = MachineComparison.compare(baseline: baseline, other: other, kind: kind, quick: quick)
        guard let ratio = outcome.ratio else { return "not compared: no samples" }
        return NumberText.ratio(ratio) + flag(outcome.difference, indicative: outcome.indicative)
    }

    /// The flag after a ratio: nothing when the same; `(indicative)` after it for `--quick` files.
    static func flag(_ difference: Difference, indicative: Bool) -> String {
        let mark: String
        switch difference {
        case .same: return ""
        case .slower: mark = " ▲ slower"
        case .faster: mark = " ▼ faster"
        }
        return indicative ? mark + " (indicative)" : mark
    }
}
