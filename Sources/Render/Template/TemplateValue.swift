import Foundation

/// One named value a template can show: its text form and, for numbers and truth values, the number
/// conditions compare (the number as shown, so wording and figures always agree).
enum TemplateValue: Sendable, Equatable {
    case text(String)
    case number(Double, shown: String)
    case flag(Bool)
    /// Not measured or not known on this machine; shown as `n/a`, false in conditions.
    case missing

    /// A number with a fixed count of decimals (`1.003`).
    static func fixed(_ value: Double, decimals: Int) -> TemplateValue {
        var shown = String(format: "%.\(decimals)f", value)
        if shown.hasPrefix("-"), Double(shown) == 0 { shown.removeFirst() }
        return .number(value, shown: shown)
    }

    /// A whole number.
    static func count(_ value: Int) -> TemplateValue {
        .number(Double(value), shown: String(value))
    }

    /// A number with at most `decimals` decimals and no trailing zeros (`1`, `0.005`).
    static func trimmed(_ value: Double, decimals: Int) -> TemplateValue {
        guard case .number(_, var shown) = fixed(value, decimals: decimals) else { return .missing }
        if shown.contains(".") {
            while shown.hasSuffix("0") { shown.removeLast() }
            if shown.hasSuffix(".") { shown.removeLast() }
        }
        return .number(value, shown: shown)
    }

    var text: String {
        switch self {
        case let .text(text): return text
        case let .number(_, shown): return shown
        case let .flag(flag): return flag ? "true" : "false"
        case .missing: return "n/a"
        }
    }

    /// The value as a number for comparisons: numbers as shown, true as 1, false as 0.
    var comparable: Double? {
        switch self {
        case let .number(value, shown): return Double(shown) ?? value
        case let .flag(flag): return flag ? 1 : 0
        case .text, .missing: return nil
        }
    }

    var isTrue: Bool {
        switch self {
        case let .flag(flag): return flag
        case let .number(value, shown): return (Double(shown) ?? value) != 0
        case let .text(text): return !text.isEmpty
        case .missing: return false
        }
    }
}
