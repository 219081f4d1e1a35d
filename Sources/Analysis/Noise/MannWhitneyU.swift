import Foundation

/// The two-sided Mann–Whitney U test (Wilcoxon rank-sum): do two samples come from the same distribution?
/// Exact for small samples without ties; otherwise the normal approximation with tie and continuity
/// corrections (Mann and Whitney, 1947; the tie correction as in Lehmann, "Nonparametrics", 1975).
public struct MannWhitneyU: Sendable, Equatable {
    /// U of the first sample: the number of pairs (x, y) with x > y, ties counting one half.
    public var u1: Double
    /// U of the second sample (`n1 · n2 − u1`).
    public var u2: Double
    /// Two-sided p-value.
    public var pValue: Double
    /// Whether `pValue` came from the exact distribution (no ties, small samples).
    public var exact: Bool

    /// Largest sample size for which the exact distribution is computed.
    static let exactLimit = 50

    /// Nil when either sample is empty.
    public init?(_ first: [Double], _ second: [Double]) {
        let n1 = first.count, n2 = second.count
        guard n1 > 0, n2 > 0 else { return nil }
        let ranked = MannWhitneyU.midranks(first + second)
        let rankSum1 = ranked.ranks.prefix(n1).reduce(0, +)
        u1 = rankSum1 - Double(n1 * (n1 + 1)) / 2
        u2 = Double(n1 * n2) - u1
        if ranked.tieTerm == 0, n1 <= MannWhitneyU.exactLimit, n2 <= MannWhitneyU.exactLimit {
            exact = true
            pValue = MannWhitneyU.exactPValue(u: Swift.min(u1, u2), n1: n1, n2: n2)
        } else {
            exact = false
            pValue = MannWhitneyU.normalPValue(u: u1, n1: n1, n2: n2, tieTerm: ranked.tieTerm)
        }
    }

    /// Ranks 1…n, tied values sharing the mean of their ranks, and Σ(t³ − t) over groups of t ties.
    static func midranks(_ values: [Double]) -> (ranks: [Double], tieTerm: Double) {
        let order = values.indices.sorted { values[$0] < values[$1] }
        var ranks = [Double](repeating: 0, count: values.count)
        var tieTerm = 0.0
        var start = 0
        while start < order.count {
            var end = start
            while end + 1 < order.count, values[order[end + 1]] == values[order[start]] { end += 1 }
            let shared = Double(start + end) / 2 + 1
            for position in start...end { ranks[order[position]] = shared }
            let t = Double(end - start + 1)
            tieTerm += t * t * t - t
            start = end + 1
        }
        return (ranks, tieTerm)
    }

    /// P(U ≤ u) doubled, from the exact null distribution of U: the coefficients of the Gaussian
    /// binomial [n1 + n2 choose n1]_q, built one factor (1 − q^(n2+i)) / (1 − q^i) at a time so every
    /// intermediate is itself a Gaussian binomial with non-negative integer coefficients.
    static func exactPValue(u: Double, n1: Int, n2: Int) -> Double {
        let limit = Int(u.rounded(.down))
        guard limit >= 0 else { return 0 }
        // Only the coefficients up to q^limit are needed, and each step reads only lower ones: the
        // polynomial is built truncated there (a post asks for tens of these, most with a small limit).
        let top = Swift.min(limit, n1 * n2)
        var counts = [Double](repeating: 0, count: top + 1)
        counts[0] = 1
        for i in 1...n1 {
            let up = n2 + i
            if up <= top {
                for k in stride(from: top, through: up, by: -1) { counts[k] -= counts[k - up] }
            }
            if i <= top {
                for k in i...top { counts[k] += counts[k - i] }
            }
        }
        // All coefficients together count the orderings: C(n1 + n2, n1).
        var orderings = 1.0
        for j in 1...n1 { orderings = orderings * Double(n2 + j) / Double(j) }
        return Swift.min(1, 2 * counts.reduce(0, +) / orderings)
    }

    static func normalPValue(u: Double, n1: Int, n2: Int, tieTerm: Double) -> Double {
        let a = Double(n1), b = Double(n2), n = a + b
        let mean = a * b / 2
        let variance = a * b / 12 * ((n + 1) - tieTerm / (n * (n - 1)))
        guard variance > 0 else { return 1 }
        let z = Swift.max(0, abs(u - mean) - 0.5) / variance.squareRoot()
        return Swift.min(1, erfc(z / 2.0.squareRoot()))
    }
}
