import Foundation

/// Reads a number that is not a plain `Int` with `strtod`: correctly rounded, as JSONDecoder's reading is.
enum JSONNumber {
    /// `strtod` follows the C locale's decimal point; concreport never sets another locale, and where a
    /// process has, the fast path steps aside.
    static var decimalPointIsDot: Bool {
        guard let conventions = localeconv(), let point = conventions.pointee.decimal_point else { return false }
        return point[0] == CChar(UInt8(ascii: ".")) && point[1] == 0
    }

    /// `text[start..<end]` is a number valid by the JSON grammar; a result that is not finite is refused.
    static func double(_ text: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) throws(JSONReadError) -> Double {
        let first = UnsafeRawPointer(text.baseAddress! + start).assumingMemoryBound(to: CChar.self)
        var stop: UnsafeMutablePointer<CChar>?
        let value = strtod(first, &stop)
        guard let stop, UnsafePointer(stop) == first + (end - start), value.isFinite else {
            throw JSONReadError()
        }
        return value
    }
}
