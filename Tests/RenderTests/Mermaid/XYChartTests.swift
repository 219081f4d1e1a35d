import XCTest
@testable import Render

final class XYChartTests: XCTestCase {
    func testValuesArePlainDecimalsAndTextIsQuotedOnOneLine() {
        XCTAssertEqual(XYChart.number(1e-7), "0")
        XCTAssertEqual(XYChart.number(12.3400), "12.34")
        XCTAssertEqual(XYChart.number(1e6), "1000000")
        XCTAssertEqual(XYChart.quoted("a \"b\"\nc %% d"), "\"a 'b' c % % d\"")
    }

    func testTheValueAxisStartsAtZeroAboveTheLargestValue() {
        let chart = XYChart(title: "t", xTitle: "x", categories: ["a", "b"], yTitle: "y",
                            series: [.init(kind: .bar, values: [1.9, 0.4]), .init(kind: .line, values: [2, 2])])
        XCTAssertGreaterThan(chart.yMaximum, 2)
        XCTAssertTrue(chart.mermaidBlock.contains("y-axis \"y\" 0 --> 2.5"), chart.mermaidBlock)
        XCTAssertTrue(chart.mermaidBlock.contains("    bar [1.9, 0.4]\n    line [2, 2]"), chart.mermaidBlock)
        let sequentialIO = XYChart(title: "t", xTitle: "x", categories: ["a", "b"], yTitle: "y",
                                   series: [.init(kind: .bar, values: [10.016, 1.003])])
        XCTAssertEqual(sequentialIO.yMaximum, 12, "the tallest bar fills most of the axis")
    }

    func testBothLanguagesPlotTheSweepAndTheComparison() throws {
        for language in ["ko", "en"] {
            let post = try ShippedPost.renderCompanion(Fixtures.results(cores: 2), language: language)
            XCTAssertEqual(post.components(separatedBy: "xychart-beta").count - 1, 3, language)
            XCTAssertTrue(post.contains("    line [1, 2, 2]"), "the ideal line: min(workers, 2 cores)")
        }
    }
}
