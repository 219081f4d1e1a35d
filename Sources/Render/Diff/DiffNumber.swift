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
    /// (▲ slower, ▼ faster) only beyond both sides' noise (`NoiseRule`).
    static func comparedRatio(baseline: [Double], other: [Double]) -> String {
        guard !other.isEmpty, !baseline.isEmpty else { return "not compared: not in both" }
        let outcome = NoiseRule.compare(baseline: baseline, other: other)
        guard let ratio = outcome.ratio else { return "not compared: no samples" }
        switch outcome.difference {
        case .same: return Self.ratio(ratio)
        case .slower: return Self.ratio(ratio) + " ▲ slower"
        case .faster: return Self.ratio(ratio) + " ▼ faster"
        }
    }
}
