import XCTest
@testable import Render

final class GanttChartTests: XCTestCase {
    func testChartUsesMillisecondEndTimesAndExplicitAxis() {
        let chart = GanttChart(title: "T", sections: [
            GanttSection(name: "Thread 1", bars: [GanttBar(label: "Task 1", startSeconds: 0, endSeconds: 1.0006)]),
        ])
        XCTAssertEqual(chart.mermaidBlock, """
        ```mermaid
        ---
        displayMode: compact
        ---
        gantt
            title T
            dateFormat x
            axisFormat %S.%L
            tickInterval 100millisecond
            todayMarker off
            section Thread 1
            Task 1 :0, 1001
        ```
        """)
    }

    func testNamesEscapeColonHashAndKeywords() {
        XCTAssertEqual(MermaidText.name("Step: 1 #2"), "Step#58; 1 #35;2")
        XCTAssertEqual(MermaidText.name("section A"), "#115;ection A")
        XCTAssertEqual(MermaidText.name("a%b"), "a#37;b")
    }

    func testColonInAGanttLabelIsEscapedInTheDirective() throws {
        let text = "```concreport gantt io.async\nlane: Lane: A\ntask: T:\n```\n"
        let post = try Fixtures.render([("t.md", text)], Fixtures.twoCore())
        XCTAssertTrue(post.contains("    section Lane#58; A 1\n    T#58; 1 :0, 1002\n"), post)
    }

    func testZeroLengthBarIsWidenedToOneMillisecond() {
        XCTAssertEqual(GanttBar(label: "x", startSeconds: 0.2, endSeconds: 0.2).endMilliseconds, 201)
    }

    func testLongSpansShowMinutes() {
        let axis = GanttAxis(spanMilliseconds: 90_000)
        XCTAssertEqual(axis.format, "%M:%S.%L")
        XCTAssertEqual(axis.tickInterval, "10second")
    }

    func testRoundedBarsNeverOverlapWithinALane() {
        let chart = GanttChart(title: nil, sections: [
            GanttSection(name: "T", bars: [GanttBar(label: "Task 2", startMilliseconds: 21, endMilliseconds: 41),
                                           GanttBar(label: "Task 2", startMilliseconds: 21, endMilliseconds: 21)]),
            GanttSection(name: "C", bars: [GanttBar(label: "Worker 2", startMilliseconds: 139, endMilliseconds: 161),
                                           GanttBar(label: "Worker 1", startMilliseconds: 139, endMilliseconds: 139)]),
        ])
        let limited = GanttBarLimiter(maxBars: 60).limit(chart)
        XCTAssertEqual(limited.merges, 0, "joining overlapping bars hides nothing")
        XCTAssertEqual(limited.chart.sections[0].bars, [GanttBar(label: "Task 2", startMilliseconds: 21, endMilliseconds: 41)])
        XCTAssertEqual(limited.chart.sections[1].bars, [GanttBar(label: "Worker 1", startMilliseconds: 139, endMilliseconds: 140),
                                                        GanttBar(label: "Worker 2", startMilliseconds: 140, endMilliseconds: 161)])
        XCTAssertEqual(GanttStyle.limit(chart, maxBars: 60).merges, 0)
        let async = [GanttBar(label: "Task 1", startMilliseconds: 0, endMilliseconds: 1002),
                     GanttBar(label: "Task 2", startMilliseconds: 0, endMilliseconds: 1002)]
        let waits = GanttBarLimiter(maxBars: 60).limit(GanttChart(title: nil, sections: [GanttSection(name: "T", bars: async)]))
        XCTAssertEqual(waits.chart.sections[0].bars, async, "waits that really overlap stay overlapping")
    }

    func testBarCapMergesClosestSlicesOfTheSameLane() {
        let bars = (0..<10).map { GanttBar(label: "lock", startMilliseconds: $0 * 10, endMilliseconds: $0 * 10 + ($0 == 4 ? 9 : 5)) }
        let limited = GanttBarLimiter(maxBars: 8).limit(GanttChart(title: nil, sections: [GanttSection(name: "A", bars: bars)]))
        XCTAssertEqual(limited.chart.barCount, 8)
        XCTAssertEqual(limited.merges, 2)
        XCTAssertEqual(limited.resolutionMilliseconds, 5)
        XCTAssertEqual(limited.chart.sections[0].bars[3], GanttBar(label: "lock", startMilliseconds: 40, endMilliseconds: 55))
    }

    func testLockChartIsCappedAndSaysSo() throws {
        let text = "```concreport gantt lock\nmaxBars: 40\nnote: merged {merges} at {resolutionMs} ms\n```\n"
        let results = try Fixtures.sixteenCore()
        let post = try Fixtures.render([("t.md", text)], results)
        let sections = post.split(separator: "\n").split { $0.hasPrefix("    section") }.dropFirst()
        XCTAssertEqual(sections.map { $0.filter { $0.hasPrefix("    lock :") }.count }, [10, 10, 10, 10])
        let merges = results.globalLock!.intervals.count - 40
        XCTAssertTrue(post.hasSuffix("```\n\nmerged \(merges) at 15 ms\n"), post)
    }
}
