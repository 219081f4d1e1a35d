import Foundation

/// A number written with a fixed count of decimals, exactly as `String(format: "%.<n>f")` writes it (the C
/// library's rounding), without Foundation's format parsing, which was most of the cost of every number
/// in a post (perf: 2 % of `render`).
enum FixedPoint {
    static func text(_ value: Double, decimals: Int) -> String {
        guard formats.indices.contains(decimals) else { return String(format: "%.\(decimals)f", value) }
        return withUnsafeTemporaryAllocation(of: CChar.self, capacity: 64) { buffer in
            let written = withVaList([value]) { arguments in
                vsnprintf(buffer.baseAddress!, buffer.count, formats[decimals], arguments)
            }
            guard written >= 0, Int(written) < buffer.count else { return String(format: "%.\(decimals)f", value) }
            return String(decoding: UnsafeRawBufferPointer(start: buffer.baseAddress!, count: Int(written)), as: UTF8.self)
        }
    }

    /// `%.0f` … `%.9f`; other counts (no post shows them) are left to `String(format:)`.
    private static let formats: [String] = (0...9).map { "%.\($0)f" }
}
