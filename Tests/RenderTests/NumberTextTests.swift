@testable import Render
import XCTest

final class NumberTextTests: XCTestCase {
    func testFixedDecimalsRoundAsTheCLibraryDoes() {
        XCTAssertEqual(NumberText.fixed(2.5, decimals: 0), "2")
        XCTAssertEqual(NumberText.fixed(0.125, decimals: 2), "0.12")
        XCTAssertEqual(NumberText.fixed(-1.005, decimals: 1), "-1.0")
        XCTAssertEqual(NumberText.fixed(1234.5678, decimals: 3), "1234.568", "no grouping separator")
    }

    func testUnitsAndSigns() {
        XCTAssertEqual(NumberText.seconds(0.0625), "0.062 s")
        XCTAssertEqual(NumberText.milliseconds(0.01234), "12.34 ms")
        XCTAssertEqual(NumberText.ratio(1.4449), "1.44×")
        XCTAssertEqual(NumberText.signedPercent(4.25), "+4.2 %")
        XCTAssertEqual(NumberText.signedPercent(-0.31), "-0.3 %")
        XCTAssertEqual(NumberText.gibibytes(24 << 30), "24.0 GiB")
    }

    func testProbabilitiesBelowAThousandthAreNotPrintedAsZero() {
        XCTAssertEqual(NumberText.probability(0.0004), "< 0.001")
        XCTAssertEqual(NumberText.probability(0.0312), "0.031")
    }
}
