/// What a placeholder says: show a value, choose between two texts by a condition, select a text by a
/// verdict's case, or pick a plural form by a count.
enum Expression: Sendable, Equatable {
    case value(NameReference)
    case choice(Condition, whenTrue: String, whenFalse: String)
    /// `select name case="text" …`: one text per case of a verdict (or `true`/`false` of a flag); `other`
    /// covers the cases not listed.
    case select(NameReference, texts: [LabelledText])
    /// `plural name one="…" other="…"`: English-style plural forms of a count (`one` for 1).
    case plural(NameReference, texts: [LabelledText])

    var names: [NameReference] {
        switch self {
        case let .value(name), let .select(name, _), let .plural(name, _): return [name]
        case let .choice(condition, _, _): return condition.names
        }
    }
}

/// `label="text"` inside a select or plural form, with the label's byte offset (for error positions).
struct LabelledText: Sendable, Equatable {
    var label: String
    var text: String
    var offset: Int
}

/// A value's name as written, with its byte offset in the expression (for error positions).
struct NameReference: Sendable, Equatable {
    var name: String
    var offset: Int
}

/// `name` (a flag), `not name`, or `name == case` / `name != case` (a verdict and one of its cases).
/// Numbers are never compared in templates: what they mean is decided in `Sources/Analysis`.
struct Condition: Sendable, Equatable {
    enum Operator: String, Sendable, CaseIterable {
        case equal = "==", notEqual = "!="
    }

    var negated: Bool
    var subject: NameReference
    /// The operator and the verdict case it compares with.
    var comparison: (Operator, NameReference)?

    static func == (lhs: Condition, rhs: Condition) -> Bool {
        lhs.negated == rhs.negated && lhs.subject == rhs.subject
            && lhs.comparison?.0 == rhs.comparison?.0 && lhs.comparison?.1 == rhs.comparison?.1
    }

    var names: [NameReference] { [subject] }

    /// Whether the condition holds. A missing value (not measured) makes it false, `not` included: "not
    /// blocked" must not be said of a loop nobody measured.
    func holds(in values: PostFacts) -> Bool {
        let value = values[subject.name] ?? .missing
        if case .missing = value { return false }
        let result: Bool
        if let (op, expected) = comparison {
            guard case let .verdict(actual) = value else { return false }
            result = (actual == expected.name) == (op == .equal)
        } else {
            result = value.isTrue
        }
        return negated ? !result : result
    }

    /// The condition as written, normalised (for comparing the decision structure of two languages).
    var canonical: String {
        var text = (negated ? "not " : "") + subject.name
        if let (op, expected) = comparison { text += " \(op.rawValue) \(expected.name)" }
        return text
    }
}
