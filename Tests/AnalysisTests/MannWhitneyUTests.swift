import XCTest
@testable import Analysis

final class MannWhitneyUTests: XCTestCase {
    func testCompletelySeparatedSamplesUseTheExactDistribution() throws {
        // U = 0: only 1 of the C(10, 5) = 252 orderings is as extreme on each side, so p = 2 / 252.
        let test = try XCTUnwrap(MannWhitneyU([1, 2, 3, 4, 5], [6, 7, 8, 9, 10]))
        XCTAssertTrue(test.exact)
        XCTAssertEqual(test.u1, 0)
        XCTAssertEqual(test.u2, 25)
        XCTAssertEqual(test.pValue, 2.0 / 252, accuracy: 1e-12)
        XCTAssertLessThan(test.pValue, 0.05)
    }

    func testInterleavedSamplesAreNotSignificant() throws {
        // Ranks of x: 1, 3, 5, 7, 9 → R = 25, U = 25 − 15 = 10. The null counts of U = 0…10 for 5 + 5 are
        // 1, 1, 2, 3, 5, 7, 9, 11, 14, 16, 18 (sum 87), so p = 2 · 87 / 252.
        let test = try XCTUnwrap(MannWhitneyU([1, 3, 5, 7, 9], [2, 4, 6, 8, 10]))
        XCTAssertEqual(test.u1, 10)
        XCTAssertEqual(test.pValue, 2.0 * 87 / 252, accuracy: 1e-12)
        XCTAssertGreaterThan(test.pValue, 0.05)
    }

    func testUnequalSizes() throws {
        // 4 vs 3, fully separated: 1 of C(7, 3) = 35 orderings per side.
        let test = try XCTUnwrap(MannWhitneyU([5.5, 6.6, 7.7], [1.1, 2.2, 3.3, 4.4]))
        XCTAssertEqual(test.u1, 12)
        XCTAssertEqual(test.u2, 0)
        XCTAssertEqual(test.pValue, 2.0 / 35, accuracy: 1e-12)
        XCTAssertGreaterThan(test.pValue, 0.05)
    }

    func testTiesUseTheNormalApproximationWithTieCorrection() throws {
        // Midranks: 1 → 1; 2, 2, 2 → 3; 3, 3, 3 → 6; 4, 4 → 8.5; 5 → 10; 6 → 11.
        // R1 = 1 + 3 + 3 + 6 + 6 = 19, U1 = 19 − 15 = 4. Σ(t³ − t) = 24 + 24 + 6 = 54.
        // σ² = 30/12 · (12 − 54/110) = 28.7727…, z = (|4 − 15| − 0.5) / σ = 1.95749…, p = erfc(z/√2).
        let test = try XCTUnwrap(MannWhitneyU([1, 2, 2, 3, 3], [2, 3, 4, 4, 5, 6]))
        XCTAssertFalse(test.exact)
        XCTAssertEqual(test.u1, 4)
        let sigma = (30.0 / 12 * (12 - 54.0 / 110)).squareRoot()
        XCTAssertEqual(test.pValue, erfc((10.5 / sigma) / 2.0.squareRoot()), accuracy: 1e-12)
        XCTAssertEqual(test.pValue, 0.05029, accuracy: 1e-5)
    }

    func testAllTiedIsNeverSignificant() throws {
        let test = try XCTUnwrap(MannWhitneyU([1, 1, 1, 1, 1], [1, 1, 1, 1, 1]))
        XCTAssertEqual(test.pValue, 1)
    }

    /// The exact p-value against counting every ordering of the two samples, for every U.
    func testExactPValuesMatchEnumeration() {
        for (n1, n2) in [(1, 1), (3, 4), (5, 5), (6, 3), (7, 7)] {
            // U of each choice of the first sample's ranks among 0..<n1+n2: pairs with a larger second value.
            var counts = [Int](repeating: 0, count: n1 * n2 + 1)
            for mask in 0..<(1 << (n1 + n2)) where mask.nonzeroBitCount == n1 {
                var u = 0, secondsBelow = 0
                for position in 0..<(n1 + n2) {
                    if mask & (1 << position) != 0 { u += secondsBelow } else { secondsBelow += 1 }
                }
                counts[u] += 1
            }
            let total = Double(counts.reduce(0, +))
            for u in 0...(n1 * n2) {
                let expected = min(1, 2 * Double(counts[0...u].reduce(0, +)) / total)
                XCTAssertEqual(MannWhitneyU.exactPValue(u: Double(u), n1: n1, n2: n2), expected, accuracy: 1e-12, "\(n1), \(n2), U = \(u)")
            }
        }
    }

    func testEmptySampleHasNoTest() {
        XCTAssertNil(MannWhitneyU([], [1, 2]))
    }
}
