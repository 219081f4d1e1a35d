import XCTest

/// The overlap check itself: it must find labels that spill over their neighbours, and pass a chart
/// whose labels fit. (Every chart of the golden posts and of a real run goes through it in
/// `RealPostTests`.)
final class ChartLayoutTests: XCTestCase {
    /// A dense lane: long labels on 10 ms bars over a second, the way the lock chart looked before.
    private static let crowded = (["---", "displayMode: compact", "---", "gantt", "  dateFormat x", "  axisFormat %S.%L", "  todayMarker off", "  section Thread 1"]
        + (0..<20).map { "  holds the lock :\($0 * 50), \($0 * 50 + 10)" }).joined(separator: "\n")

    private static let roomy = """
        ---
        displayMode: compact
        ---
        gantt
          dateFormat x
          axisFormat %S.%L
          todayMarker off
          section Thread 1
          Task 1 :0, 500
          #32; :500, 505
          Task 2 :505, 1000
        """

    func testLabelsSpillingOverTheirNeighboursAreFound() throws {
        let outcomes = try MermaidBrowser.make().render([Self.crowded, Self.roomy])
        XCTAssertTrue(outcomes.allSatisfy(\.ok), "\(outcomes)")
        XCTAssertFalse(outcomes[0].overlaps.isEmpty, "twenty long labels on thin bars must collide")
        XCTAssertEqual(outcomes[1].overlaps, [], "labels inside their bars and a blank one overlap nothing")
        XCTAssertEqual(outcomes[1].bars, 3)
    }

    func testXYChartBarsAndPointsAreCounted() throws {
        let source = """
            xychart-beta
              title "Speedup"
              x-axis "workers" ["1", "2", "4"]
              y-axis "×" 0 --> 4
              bar [1, 1.9, 2.1]
              line [1, 2, 2]
              line [1, 1.9, 2.1]
            """
        let outcome = try XCTUnwrap(try MermaidBrowser.make().render([source]).first)
        XCTAssertTrue(outcome.ok, "\(outcome)")
        XCTAssertEqual(outcome.plotBars, 3)
        XCTAssertEqual(outcome.linePoints, [3, 3])
        XCTAssertEqual(Array(outcome.categories.prefix(3)), ["1", "2", "4"])
        XCTAssertEqual(XYChartSource(source), XYChartSource(categories: ["1", "2", "4"], barValues: 3, linePoints: [3, 3]))
    }
}
