import XCTest
@testable import Render

final class GanttLabelFitTests: XCTestCase {
    private func chart(_ bars: [GanttBar], lane: String = "Thread 1") -> GanttChart {
        GanttChart(title: nil, sections: [GanttSection(name: lane, bars: bars)])
    }

    func testALabelIsKeptWhereItFitsShortenedToItsNumberOrLeftOut() {
        let wide = GanttBar(label: "Worker 12", startMilliseconds: 0, endMilliseconds: 500)
        let narrow = GanttBar(label: "Worker 12", startMilliseconds: 500, endMilliseconds: 540)
        let thin = GanttBar(label: "Worker 12", startMilliseconds: 520, endMilliseconds: 522)
        let rest = GanttBar(label: "holds the lock", startMilliseconds: 522, endMilliseconds: 1000)
        let fit = GanttLabelFit(chart: chart([wide, narrow, thin, rest]))
        XCTAssertEqual(fit.caption(for: wide), "Worker 12")
        XCTAssertEqual(fit.caption(for: narrow), "12", "40 ms of a second: about 24 px")
        XCTAssertEqual(fit.caption(for: thin), "")
        XCTAssertEqual(fit.caption(for: GanttBar(label: "holds the lock", startMilliseconds: 0, endMilliseconds: 10)), "",
                       "a label without a number has no short form")
        XCTAssertTrue(chart([thin, rest]).mermaidBlock.contains("    #32; :520, 522"), "an unlabelled bar stays a bar")
    }

    func testLongLaneNamesWidenTheLeftPadding() {
        XCTAssertFalse(chart([GanttBar(label: "a", startMilliseconds: 0, endMilliseconds: 5)]).mermaidBlock.contains("leftPadding"))
        let block = chart([GanttBar(label: "a", startMilliseconds: 0, endMilliseconds: 5)], lane: "CPU-bound thread 12").mermaidBlock
        XCTAssertTrue(block.contains("config:\n  gantt:\n    leftPadding: "), block)
    }

    func testMutedBarsAreTaggedDone() {
        let block = chart([GanttBar(label: "idle", startMilliseconds: 0, endMilliseconds: 500, muted: true)]).mermaidBlock
        XCTAssertTrue(block.contains("    idle :done, 0, 500"), block)
    }

    func testAnIdleUsableCoreGetsALane() {
        let machine = DiffFixture.machine(cpuModel: "x")
        XCTAssertEqual(CoreGanttDirective.idleCPUs(busy: [1], machine: machine), [0])
        XCTAssertEqual(CoreGanttDirective.idleCPUs(busy: [0, 1], machine: machine), [])
    }
}
