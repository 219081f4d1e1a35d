import Foundation

/// Reads a number that is not a plain `Int`: exactly where exact arithmetic gives the correctly rounded
/// double, otherwise with `strtod`; either way the double JSONDecoder reads.
enum JSONNumber {
    /// `strtod` follows the C locale's decimal point; concreport never sets another locale, and where a
    /// process has, the fast path steps aside.
    static var decimalPointIsDot: Bool {
        guard let conventions = localeconv(), let point = conventions.pointee.decimal_point else { return false }
        return point[0] == CChar(UInt8(ascii: ".")) && point[1] == 0
    }

    /// The decimal digits of a number with the decimal point and exponent taken out: its value is
    /// `±significand × 10^exponent`. `exact` is false when the digits did not fit a `UInt64`.
    struct Decimal {
        var negative = false
        var significand: UInt64 = 0
        var exact = true
        var exponent = 0

        /// Appends one digit to the significand.
        mutating func take(_ digit: UInt8) {
            let (times10, overflow1) = significand.multipliedReportingOverflow(by: 10)
            let (sum, overflow2) = times10.addingReportingOverflow(UInt64(digit))
            if overflow1 || overflow2 { exact = false } else { significand = sum }
        }

        /// Powers of ten a double holds exactly (10^22 is the last below 2^53 · 2^22).
        private static let powersOfTen: [Double] = (0...22).map { pow(10, Double($0)) }

        /// Clinger's fast path (1990): a significand of at most 2^53 and a power of ten of at most 10^22
        /// are both exact doubles, so one multiplication or division rounds once, correctly. Nil otherwise.
        var double: Double? {
            guard exact, significand <= 1 << 53, exponent >= -22, exponent <= 22 else { return nil }
            let magnitude = Double(significand)
            let value = exponent < 0 ? magnitude / Self.powersOfTen[-exponent] : magnitude * Self.powersOfTen[exponent]
            return negative ? -value : value
        }
    }

    /// `text[start..<end]` is a number valid by the JSON grammar and `decimal` its digits; a result that
    /// is not finite is refused.
    static func double(_ decimal: Decimal, _ text: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) throws(JSONReadError) -> Double {
        if let fast = decimal.double { return fast }
        // strtod reads up to a NUL: the number is copied out with one.
        let digits = text[start..<end].map { CChar(bitPattern: $0) } + [0]
        return try digits.withUnsafeBufferPointer { buffer throws(JSONReadError) in
            var stop: UnsafeMutablePointer<CChar>?
            let value = strtod(buffer.baseAddress!, &stop)
            guard let stop, UnsafePointer(stop) == buffer.baseAddress! + (end - start), value.isFinite else {
                throw JSONReadError()
            }
            return value
        }
    }
}
