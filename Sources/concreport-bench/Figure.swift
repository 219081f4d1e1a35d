import Foundation

/// One benchmark figure and the goal it is held to.
struct Figure {
    enum Goal {
        case atMost(Double)
        case atLeast(Double)
        case within(Double, Double)
        case none

        func met(by value: Double) -> Bool? {
            switch self {
            case let .atMost(limit): return value <= limit
            case let .atLeast(limit): return value >= limit
            case let .within(low, high): return (low...high).contains(value)
            case .none: return nil
            }
        }

        var text: String {
            switch self {
            case let .atMost(limit): return "goal ≤ \(limit)"
            case let .atLeast(limit): return "goal ≥ \(limit)"
            case let .within(low, high): return "goal \(low)–\(high)"
            case .none: return "for information"
            }
        }
    }

    var name: String
    var value: Double
    var unit: String
    var goal: Goal

    var line: String {
        let verdict = goal.met(by: value).map { $0 ? "MET " : "MISS" } ?? "    "
        let number = String(format: "%.3f", value)
        return "\(verdict)  \(name.padding(toLength: 58, withPad: " ", startingAt: 0)) \(number)\(unit.isEmpty ? "" : " " + unit)  (\(goal.text))"
    }
}
