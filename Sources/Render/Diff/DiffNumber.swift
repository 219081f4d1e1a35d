import Analysis
import Foundation

/// Number formats of the diff report: fixed, locale-free, so the same files give the same bytes.
enum DiffNumber {
    static func seconds(_ value: Double) -> String { String(format: "%.3f s", value) }

    static func ratio(_ value: Double) -> String { String(format: "%.2f×", value) }

    static func probability(_ value: Double) -> String {
        value < 0.001 ? "< 0.001" : String(format: "%.3f", value)
    }

    static func percent(_ value: Double) -> String { String(format: "%+.1f %%", value) }

    static func gibibytes(_ bytes: UInt64) -> String {
        String(format: "%.1f GiB", Double(bytes) / 1_073_741_824)
    }

    static func plain(_ value: Double) -> String { String(format: "%.2f", value) }

    /// One file's samples against the baseline's, as an experiment row's ratio cell: the ratio, flagged
    /// (▲ slower, ▼ faster) only beyond both sides' noise and the between-run drift (`MachineComparison`).
    static func comparedRatio(baseline: [Double], other: [Double], kind: MachineComparison.Kind, quick: Bool) -> String {
        guard !other.isEmpty, !baseline.isEmpty else { return "not compared: not in both" }
        let outcome = MachineComparison.compare(baseline: baseline, other: other, kind: kind, quick: quick)
        guard let ratio = outcome.ratio else { return "not compared: no samples" }
        return Self.ratio(ratio) + flag(outcome.difference, indicative: outcome.indicative)
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
