import Foundation

/// One named value a template can show: its text form, and for truth values and verdicts what conditions
/// test. Numbers are only shown: what they mean is decided in `Sources/Analysis`.
enum TemplateValue: Sendable, Equatable {
    case text(String)
    case number(Double, shown: String)
    case flag(Bool)
    /// A verdict's case (`faster`); templates compare it with a case name or select words by it.
    case verdict(String)
    /// Not measured or not known on this machine; shown as `n/a`, false in conditions.
    case missing

    /// A number with a fixed count of decimals (`1.003`).
    static func fixed(_ value: Double, decimals: Int) -> TemplateValue {
        var shown = NumberText.fixed(value, decimals: decimals)
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
        case let .verdict(name): return name
        case .missing: return "n/a"
        }
    }

    var isTrue: Bool {
        switch self {
        case let .flag(flag): return flag
        case let .number(value, shown): return (Double(shown) ?? value) != 0
        case let .text(text): return !text.isEmpty
        case .verdict, .missing: return false
        }
    }
}
