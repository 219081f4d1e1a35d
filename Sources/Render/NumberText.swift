import Foundation

/// Every number the posts, the diff and the trace print, written in one place: a fixed count of decimals,
/// with `String(format:)` and no locale, so the same results give the same bytes on every machine. How many
/// decimals a figure deserves is the analysis's call (`ReadablePrecision`), not this formatter's.
enum NumberText {
    static func fixed(_ value: Double, decimals: Int) -> String { String(format: "%.\(decimals)f", value) }

    static func seconds(_ value: Double) -> String { fixed(value, decimals: 3) + " s" }

    static func milliseconds(_ seconds: Double) -> String { fixed(seconds * 1000, decimals: 2) + " ms" }

    static func ratio(_ value: Double) -> String { fixed(value, decimals: 2) + "×" }

    static func probability(_ value: Double) -> String { value < 0.001 ? "< 0.001" : fixed(value, decimals: 3) }

    /// With its sign: `+4.2 %`, `-0.3 %`.
    static func signedPercent(_ value: Double) -> String { String(format: "%+.1f %%", value) }

    static func gibibytes(_ bytes: UInt64) -> String { fixed(Double(bytes) / 1_073_741_824, decimals: 1) + " GiB" }
}
