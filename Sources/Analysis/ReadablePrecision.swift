import Foundation

/// How many digits a figure gets where a reader reads it: a ratio with two significant digits ("10×",
/// "1.9×", "0.97×") and seconds with three ("10.0 s", "2.04 s"). The runs behind these figures vary by
/// more than a part in a thousand, so "10.00×" or "1.000 s" claimed precision they do not have; the
/// tables of the companion post keep every digit for readers who recompute.
public enum ReadablePrecision {
    public static let ratioDigits = 2
    public static let secondsDigits = 3
    /// Latencies in milliseconds: three significant digits, and never finer than a hundredth of a
    /// millisecond ("571", "52.6", "6.20", "0.84"), the resolution a single load run's percentiles support.
    public static let latencyDigits = 3
    public static let latencyMaximumDecimals = 2

    /// Decimals for a latency in milliseconds (`latencyDigits`, at most `latencyMaximumDecimals`).
    public static func latencyDecimals(for milliseconds: Double) -> Int {
        min(decimals(for: milliseconds, significantDigits: latencyDigits), latencyMaximumDecimals)
    }

    /// Decimals that give `value` `significantDigits` significant digits, counted after rounding (9.97
    /// with two digits is "10", not "10.0").
    public static func decimals(for value: Double, significantDigits: Int) -> Int {
        let first = plainDecimals(value, significantDigits)
        let scale = pow(10, Double(first))
        return plainDecimals((value * scale).rounded() / scale, significantDigits)
    }

    private static func plainDecimals(_ value: Double, _ significantDigits: Int) -> Int {
        guard value.isFinite, value != 0 else { return 0 }
        let digitsBeforePoint = Int(floor(log10(abs(value)))) + 1
        return max(0, significantDigits - digitsBeforePoint)
    }
}
