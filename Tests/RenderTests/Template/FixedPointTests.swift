import Foundation
@testable import Render
import XCTest

final class FixedPointTests: XCTestCase {
    /// The same text as `String(format:)` for every count of decimals, sign, size and the non-finite values.
    func testWritesWhatStringFormatWrites() {
        var values: [Double] = [0, -0.0, 0.5, 1.5, 2.5, -2.5, 0.125, 1.005, 123_456.789, 1e-9, 1e21, 1e300, -1e300,
                                .nan, .infinity, -.infinity, .leastNonzeroMagnitude, .greatestFiniteMagnitude]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2_000 {
            values.append(Double.random(in: -1000...1000, using: &generator))
            values.append(Double(Int.random(in: -100_000...100_000, using: &generator)) / 1000)
        }
        for value in values {
            for decimals in 0...11 {
                XCTAssertEqual(FixedPoint.text(value, decimals: decimals), String(format: "%.\(decimals)f", value),
                               "\(value) with \(decimals) decimals")
            }
        }
    }
}
