import Analysis

/// How a named value is shown, and what kind of value it is (which decides where a template may use it).
enum ValueFormat: Sendable, Equatable {
    /// Seconds with 3 significant digits (`1.00`, `0.959`, `10.0`; `ReadablePrecision`).
    case seconds
    /// Milliseconds, whole (`121`).
    case milliseconds
    /// A ratio with 2 significant digits (`2.0`, `10`, `0.97`; `ReadablePrecision`): speedups, "× as long".
    case ratio
    /// A percentage, whole or with the given decimals (`97`, `3.4`).
    case percent(decimals: Int)
    /// A whole number.
    case count
    /// A large whole number with thousands separators (`310,000,000`).
    case groupedCount
    /// A setting as given, without trailing zeros (`1`, `0.5`), at most this many decimals.
    case setting(decimals: Int)
    /// A number with fixed decimals in another unit (GiB, load).
    case fixed(decimals: Int)
    /// A latency in milliseconds, 3 significant digits, at most 2 decimals (`ReadablePrecision`).
    case latency
    case text
    /// True or false: usable in `<!-- if name -->` and `{{ name ? "…" : "…" }}`.
    case flag
    /// One of the given cases: usable in `name == case` and `{{ select name case="…" }}`.
    case verdict(cases: [String])

    static func verdict<V: Verdict>(_ type: V.Type) -> ValueFormat {
        .verdict(cases: V.allCases.map(\.rawValue))
    }

    /// For the names table in `docs/templates.md`.
    var description: String {
        switch self {
        case .seconds: return "s, 3 significant digits"
        case .milliseconds: return "ms, whole"
        case .ratio: return "×, 2 significant digits"
        case let .percent(decimals): return decimals == 0 ? "%, whole" : "%, \(decimals) decimal"
        case .count: return "count"
        case .groupedCount: return "count, grouped by thousands"
        case let .setting(decimals): return "as set (≤ \(decimals) decimals)"
        case let .fixed(decimals): return decimals == 1 ? "1 decimal" : "\(decimals) decimals"
        case .latency: return "ms, 3 significant digits"
        case .text: return "text"
        case .flag: return "flag"
        case let .verdict(cases): return cases.map { "`\($0)`" }.joined(separator: " · ")
        }
    }

    /// A measured or derived value in this format; nil is `missing` (shown as `n/a`). A declaration whose
    /// computed kind does not fit its format (a number declared as text) is a programming error, stopped
    /// here rather than printed as `n/a`; `NameCatalogTests` computes every name on every fixture.
    func value(_ raw: RawValue) -> TemplateValue {
        switch raw {
        case let .number(number):
            if isKind(of: raw) { return number.flatMap(numberValue) ?? .missing }
        case let .text(text):
            if self == .text { return text.map(TemplateValue.text) ?? .missing }
        case let .flag(flag):
            if self == .flag { return .flag(flag) }
        case let .verdict(name):
            if cases != nil { return name.map(TemplateValue.verdict) ?? .missing }
        }
        preconditionFailure("a value declared as \(description) was computed as \(raw)")
    }

    /// Whether `raw` is the kind of value this format shows (a number, a text, a flag or a verdict).
    func isKind(of raw: RawValue) -> Bool {
        switch raw {
        case .number: return numberValue(0) != nil
        case .text: return self == .text
        case .flag: return self == .flag
        case .verdict: return cases != nil
        }
    }

    private func numberValue(_ number: Double) -> TemplateValue? {
        switch self {
        case .seconds:
            return .fixed(number, decimals: ReadablePrecision.decimals(for: number, significantDigits: ReadablePrecision.secondsDigits))
        case .milliseconds: return .fixed(number, decimals: 0)
        case .ratio:
            return .fixed(number, decimals: ReadablePrecision.decimals(for: number, significantDigits: ReadablePrecision.ratioDigits))
        case let .percent(decimals): return .fixed(number, decimals: decimals)
        case .count: return .count(Int(number.rounded()))
        case .groupedCount: return .number(number, shown: Self.grouped(Int(number.rounded())))
        case let .setting(decimals): return .trimmed(number, decimals: decimals)
        case let .fixed(decimals): return .fixed(number, decimals: decimals)
        case .latency: return .fixed(number, decimals: ReadablePrecision.latencyDecimals(for: number))
        case .text, .flag, .verdict: return nil
        }
    }

    /// What a declaration computes, before formatting.
    enum RawValue: Sendable {
        case number(Double?)
        case text(String?)
        case flag(Bool)
        case verdict(String?)

        static func count(_ value: Int?) -> RawValue { .number(value.map(Double.init)) }
        static func verdict<V: Verdict>(_ value: V?) -> RawValue { .verdict(value?.rawValue) }
    }

    /// `310000000` → `310,000,000`: the comma both languages of the post group digits with.
    static func grouped(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var out = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { out.append(",") }
            out.append(digit)
        }
        return (value < 0 ? "-" : "") + out
    }

    var isFlag: Bool { self == .flag }
    var isCount: Bool { self == .count || self == .groupedCount }
    var cases: [String]? {
        if case let .verdict(cases) = self { return cases }
        return nil
    }
}
