import Foundation
import Results

/// One benchmark figure: the median of at least three runs, its min–max, and the goal it is held to.
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

        /// At most three decimals, no trailing zeros: `1 / 1.5` reads 0.667, not 0.6666666666666666.
        static func shown(_ value: Double) -> String {
            var text = String(format: "%.3f", value)
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
            return text
        }

        var text: String {
            switch self {
            case let .atMost(limit): return "goal ≤ \(limit)"
            case let .atLeast(limit): return "goal ≥ \(limit)"
            case let .within(low, high): return "goal \(Self.shown(low))–\(Self.shown(high))"
            case .none: return "for information"
            }
        }
    }

    var name: String
    /// Every run's value; the figure is their median.
    var runs: [Double]
    var unit: String
    var goal: Goal

    var value: Double { Summary.median(of: runs) }

    var line: String {
        let verdict = goal.met(by: value).map { $0 ? "MET " : "MISS" } ?? "    "
        let spread = "[\(Self.format(runs.min() ?? 0))–\(Self.format(runs.max() ?? 0)), n=\(runs.count)]"
        return "\(verdict)  \(name.padding(toLength: 58, withPad: " ", startingAt: 0)) \(Self.format(value))"
            + "\(unit.isEmpty ? "" : " " + unit) \(spread)  (\(goal.text))"
    }

    static func format(_ value: Double) -> String { String(format: "%.3f", value) }
}

/// concreport beside a peer (CPython) on the same figure, both medians of their runs: the ratio
/// concreport ÷ peer says how many times the peer's value concreport's is.
struct PeerLine {
    var name: String
    var concreport: [Double]
    var peer: [Double]
    var peerName: String

    var line: String {
        let ours = Summary.median(of: concreport), theirs = Summary.median(of: peer)
        let range = "[\(Figure.format(peer.min() ?? 0))–\(Figure.format(peer.max() ?? 0)), n=\(peer.count)]"
        return "peer  \(name.padding(toLength: 58, withPad: " ", startingAt: 0)) concreport \(Figure.format(ours))"
            + " vs \(peerName) \(Figure.format(theirs)) \(range): concreport ÷ peer = \(String(format: "%.2f", ours / theirs))"
    }
}
