import XCTest
@testable import Render

final class GanttResamplerTests: XCTestCase {
    /// Two workers alternating every 3 ms on one CPU for 60 ms: merging same-label neighbours cannot help.
    private var alternating: GanttChart {
        let bars = (0..<20).map { GanttBar(label: $0 % 2 == 0 ? "A" : "B", startMilliseconds: 3 * $0, endMilliseconds: 3 * $0 + 3) }
        return GanttChart(title: nil, sections: [GanttSection(name: "CPU 0", bars: bars)])
    }

    func testWindowWidensUntilTheChartFits() throws {
        let resampled = try XCTUnwrap(GanttResampler(maxBars: 6).resample(alternating))
        XCTAssertEqual(resampled.windowMilliseconds, 5)
        XCTAssertLessThanOrEqual(resampled.chart.barCount, 6)
        XCTAssertEqual(resampled.chart.sections[0].bars.last?.endMilliseconds, 60)
    }

    func testIdleWindowsStayEmpty() throws {
        let chart = GanttChart(title: nil, sections: [GanttSection(name: "CPU 0", bars: [
            GanttBar(label: "A", startMilliseconds: 0, endMilliseconds: 10),
            GanttBar(label: "A", startMilliseconds: 50, endMilliseconds: 60),
        ])])
        let resampled = try XCTUnwrap(GanttResampler(maxBars: 2).resample(chart))
        XCTAssertEqual(resampled.chart.sections[0].bars.map(\.startMilliseconds), [0, 50])
    }

    func testStyleFallsBackToResamplingAndCountsHiddenBars() {
        let limited = GanttStyle.limit(alternating, maxBars: 6)
        XCTAssertLessThanOrEqual(limited.chart.barCount, 6)
        XCTAssertEqual(limited.merges, 20 - limited.chart.barCount)
        XCTAssertGreaterThanOrEqual(limited.resolutionMilliseconds, 5)
    }
}
