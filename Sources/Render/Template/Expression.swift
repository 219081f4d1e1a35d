/// What a placeholder says: show a value, or choose between two texts by a condition.
enum Expression: Sendable, Equatable {
    case value(NameReference)
    case choice(Condition, whenTrue: String, whenFalse: String)

    var names: [NameReference] {
        switch self {
        case let .value(name): return [name]
        case let .choice(condition, _, _): return condition.names
        }
    }
}

/// A value's name as written, with its byte offset in the expression (for error positions).
struct NameReference: Sendable, Equatable {
    var name: String
    var offset: Int
}

/// `name`, `not name`, or `name OP operand`.
struct Condition: Sendable, Equatable {
    enum Operator: String, Sendable, CaseIterable {
        case less = "<", lessOrEqual = "<=", greater = ">", greaterOrEqual = ">=", equal = "==", notEqual = "!="

        func holds(_ left: Double, _ right: Double) -> Bool {
            switch self {
            case .less: return left < right
            case .lessOrEqual: return left <= right
            case .greater: return left > right
            case .greaterOrEqual: return left >= right
            case .equal: return left == right
            case .notEqual: return left != right
            }
        }
    }

    enum Operand: Sendable, Equatable {
        case number(Double)
        case name(NameReference)
    }

    var negated: Bool
    var subject: NameReference
    var comparison: (Operator, Operand)?

    static func == (lhs: Condition, rhs: Condition) -> Bool {
        lhs.negated == rhs.negated && lhs.subject == rhs.subject
            && lhs.comparison?.0 == rhs.comparison?.0 && lhs.comparison?.1 == rhs.comparison?.1
    }

    var names: [NameReference] {
        if case let .name(other)? = comparison?.1 { return [subject, other] }
        return [subject]
    }

    /// Whether the condition holds; a missing or non-numeric value makes a comparison false.
    func holds(in values: TemplateValues) -> Bool {
        let subjectValue = values[subject.name] ?? .missing
        let result: Bool
        if let (op, operand) = comparison {
            let right: Double?
            switch operand {
            case let .number(number): right = number
            case let .name(name): right = values[name.name]?.comparable
            }
            if let left = subjectValue.comparable, let right { result = op.holds(left, right) } else { result = false }
        } else {
            result = subjectValue.isTrue
        }
        return negated ? !result : result
    }
}
