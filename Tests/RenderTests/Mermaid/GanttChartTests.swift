import Results
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

    func testLockChartIsCappedWithoutShowingTwoHolders() throws {
        let text = "```concreport gantt lock\nmaxBars: 40\ntitle: first {windowMs} ms\nnote: merged {merges} at {resolutionMs} ms\n```\n"
        let post = try Fixtures.render([("t.md", text)], Fixtures.sixteenCore())
        let bars = DrawnGantt(post).bars
        XCTAssertLessThanOrEqual(bars.count, 40)
        XCTAssertEqual(DrawnGantt(post).overlappingHolds, [String]())
        XCTAssertTrue(post.contains("    title first \(bars.map(\.end).max()!) ms\n"), post)
    }

    /// Whatever the cap, a chart of a lock draws one holder at a time: merging may not bridge a gap in
    /// which another thread held it, and rounding to milliseconds may not make two holds overlap.
    func testLockAndConvoyChartsNeverShowTwoHoldersAtOnce() throws {
        for name in ["1core", "2core", "16core", "noisy", "quota", "freethreaded"] {
            let results = try ResultsFile.load(path: Fixtures.path("Tests/Fixtures/results-\(name).json"))
            for maxBars in [8, 20, 60] {
                for directive in ["lock", "convoy"] where directive == "lock" ? results.globalLock != nil : results.convoy?.run(beside: 1)?.lockTrace != nil {
                    let text = "```concreport gantt \(directive)\nmaxBars: \(maxBars)\nuntilMs: 100\n```\n"
                    let drawn = DrawnGantt(try Fixtures.render([("t.md", text)], results))
                    XCTAssertEqual(drawn.overlappingHolds, [String](), "\(name), \(directive), maxBars \(maxBars)")
                    XCTAssertLessThanOrEqual(drawn.bars.filter { !$0.muted }.count, maxBars + (directive == "convoy" ? maxBars : 0))
                }
            }
        }
    }

    func testHoldsThatRoundingMadeOverlapAreSeparated() {
        let chart = GanttChart(title: nil, sections: [
            GanttSection(name: "A", bars: [GanttBar(label: "lock", startSeconds: 0.0, endSeconds: 0.0106)]),
            GanttSection(name: "B", bars: [GanttBar(label: "lock", startSeconds: 0.0104, endSeconds: 0.0200),
                                           GanttBar(label: "lock", startSeconds: 0.0201, endSeconds: 0.0203)]),
        ], exclusive: true)
        let separated = GanttStyle.separated(chart)
        XCTAssertEqual(separated.sections[0].bars.map(\.endMilliseconds), [11])
        XCTAssertEqual(separated.sections[1].bars.map(\.startMilliseconds), [11, 20], "B begins where A ended")
    }

    func testASubMillisecondHoldKeepsItsMillisecondAndSplitsTheLongOne() {
        let chart = GanttChart(title: nil, sections: [
            GanttSection(name: "I/O", bars: [GanttBar(label: "lock", startSeconds: 0.00733, endSeconds: 0.00734)]),
            GanttSection(name: "CPU", bars: [GanttBar(label: "lock", startSeconds: 0.00203, endSeconds: 0.00733),
                                             GanttBar(label: "lock", startSeconds: 0.00736, endSeconds: 0.01247)]),
        ], exclusive: true)
        let separated = GanttStyle.separated(chart)
        XCTAssertEqual(separated.sections[0].bars.map { [$0.startMilliseconds, $0.endMilliseconds] }, [[7, 8]])
        XCTAssertEqual(separated.sections[1].bars.map { [$0.startMilliseconds, $0.endMilliseconds] }, [[2, 7], [8, 12]])
    }

    func testTitleSaysTheWindowReallyDrawn() throws {
        let results = try Fixtures.twoCore()
        let span = Int((results.globalLock!.intervals.map(\.endSeconds).max()! * 1000).rounded())
        let text = "```concreport gantt lock\ntitle: first {windowMs} ms\nuntilMs: 100000\nmaxBars: 100000\n```\n"
        let post = try Fixtures.render([("t.md", text)], results)
        XCTAssertTrue(post.contains("    title first \(span) ms\n"), post)
    }
}

/// The bars of the one Gantt chart in a rendered post, by section, as Mermaid will draw them.
struct DrawnGantt {
    struct Bar: Equatable {
        var section: Int
        var start: Int
        var end: Int
        var muted: Bool
    }

    let bars: [Bar]

    init(_ post: String) {
        var bars: [Bar] = []
        var section = -1
        for line in post.split(separator: "\n") {
            if line.hasPrefix("    section ") { section += 1; continue }
            guard section >= 0, let colon = line.lastIndex(of: ":") else { continue }
            let spec = line[line.index(after: colon)...]
            let muted = spec.hasPrefix("done, ")
            let numbers = spec.replacingOccurrences(of: "done, ", with: "").split(separator: ",").compactMap { Int($0.trimmingCharacters(in: .whitespaces)) }
            guard numbers.count == 2 else { continue }
            bars.append(Bar(section: section, start: numbers[0], end: numbers[1], muted: muted))
        }
        self.bars = bars
    }

    /// Pairs of holds (bars not muted) of different sections that share a millisecond.
    var overlappingHolds: [String] {
        let holds = bars.filter { !$0.muted }
        var found: [String] = []
        for (index, first) in holds.enumerated() {
            for second in holds[(index + 1)...] where first.section != second.section && first.start < second.end && second.start < first.end {
                found.append("section \(first.section) \(first.start)–\(first.end) and section \(second.section) \(second.start)–\(second.end)")
            }
        }
        return found
    }
}
