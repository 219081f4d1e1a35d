import XCTest
import Results
@testable import Render

/// The directives of the timeline, gather, process-demo and core-sweep experiments.
final class ExperimentDirectiveTests: XCTestCase {
    private func render(_ text: String, cores: Int = 2) throws -> String {
        try Fixtures.render([("t.md", text)], Fixtures.results(cores: cores))
    }

    func testGatherTableShowsOneThread() throws {
        let lines = try render("```concreport tasks gather\n```\n").split(separator: "\n")
        XCTAssertEqual(lines.count, 2 + 3)
        XCTAssertEqual(lines[0], "| Task | Thread | Start (s) | End (s) |")
        XCTAssertEqual(lines[2], "| 1 | 4401 | 0.000 | 2.000 |")
    }

    func testDemoTableShowsPIDsAndCPUs() throws {
        let lines = try render("```concreport tasks demo\ncolumns: T; P; C; S; E\n```\n").split(separator: "\n")
        XCTAssertEqual(lines[0], "| T | P | C | S | E |")
        XCTAssertEqual(lines[4], "| 3 | 7003 | 0, 1 | 0.016 | 1.036 |")
    }

    func testColumnsMustMatchTheTable() {
        XCTAssertThrowsError(try render("```concreport tasks demo\ncolumns: A; B\n```\n")) { error in
            XCTAssertTrue("\(error)".contains("needs 5 headers"), "\(error)")
        }
    }

    func testSweepTableComputesSpeedupAndEfficiency() throws {
        let lines = try render("```concreport sweep\n```\n", cores: 16).split(separator: "\n")
        XCTAssertEqual(lines.count, 2 + 3)
        // 32 workers × 0.501 s / 1.010 s on 16 cores.
        XCTAssertEqual(lines[0], "| Workers | Wall (s) | Speedup (×) | Efficiency (%) | Voluntary switches | Involuntary switches | Migrations |")
        XCTAssertEqual(lines[4], "| 32 | 1.010 | 15.87 | 99 | 64 | 1312 | 11 |", "bare numbers: the header carries the unit")
    }

    func testCoreBusyListsEveryUsableCPU() throws {
        let lines = try render("```concreport corebusy\n```\n").split(separator: "\n")
        XCTAssertEqual(lines.count, 2 + 2)
        XCTAssertEqual(lines[2], "| 0 | 2.001 | 99 |")
    }

    func testTimelineLanesPerTaskOrPerCPU() throws {
        let byTask = try render("```concreport gantt timeline.sequential\n```\n")
        XCTAssertTrue(byTask.contains("    section Task 2\n    Task 2 :300, 420\n    Task 2 :421, 600\n"), byTask)
        let byCPU = try render("```concreport gantt timeline.parallel\nby: cpu\nmaxBars: 500\n```\n", cores: 16)
        XCTAssertTrue(byCPU.contains("    section CPU 2\n    Task 3 :0, 300\n"), byCPU)
    }

    func testMissingParallelRunSaysTheEmptyTextOrFails() throws {
        XCTAssertEqual(try render("```concreport gantt timeline.parallel\nempty: No parallel run.\n```\n", cores: 1),
                       "No parallel run.\n")
        XCTAssertThrowsError(try render("```concreport gantt timeline.parallel\n```\n", cores: 1)) { error in
            XCTAssertTrue("\(error)".contains("`empty:`"), "\(error)")
        }
    }

    func testUnknownLaneKindIsRefused() {
        XCTAssertThrowsError(try render("```concreport gantt timeline.sliced\nby: thread\n```\n")) { error in
            XCTAssertTrue("\(error)".contains("`by` is `task` or `cpu`"), "\(error)")
        }
    }

    func testCoreChartsPickTheirSweepPoints() throws {
        let half = try render("```concreport gantt cores.half\n```\n", cores: 16)
        XCTAssertEqual(half.components(separatedBy: "    section CPU").count - 1, 16, "8 busy lanes and 8 idle ones")
        XCTAssertEqual(half.components(separatedBy: " :done, ").count - 1, 8, half)
        let equal = try render("```concreport gantt cores.equal\n```\n", cores: 16)
        XCTAssertEqual(equal.components(separatedBy: "    section CPU").count - 1, 16)
        XCTAssertEqual(try render("```concreport gantt cores.half\nempty: None.\n```\n", cores: 1), "None.\n")
    }

    func testAlternatingWorkersAreResampledUnderTheCap() throws {
        let post = try render("```concreport gantt cores.double\nmaxBars: 20\nnote: ({merges} fewer, {resolutionMs} ms)\n```\n")
        let bars = post.split(separator: "\n").filter { $0.hasPrefix("    Worker") }
        XCTAssertLessThanOrEqual(bars.count, 20)
        XCTAssertTrue(post.contains(" fewer, "), post)
    }

    func testSweepValuesAndBestStrategy() throws {
        let names = PostRenderer.names(for: try Fixtures.sixteenCore())
        for expected in ["sweep.equal.workers = 16", "sweep.equal.efficiency = 98", "sweep.double.workers = 32",
                         "sweep.half.workers = 8", "sweep.doubleScaling = 0.99", "sweep.growth = withTheWork", "cpu.threads.best = true",
                         "cpu.processes.best = false", "io.async.best = true", "timeline.parallel.speedup = 3.0",
                         "demo.distinctCPUs = 4", "gather.threadCount = 1", "gather.sum = 6", "lock.handoffs = 415"] {
            XCTAssertTrue(names.contains(expected), expected)
        }
        XCTAssertFalse(names.contains("lock.chartMerges"), "no value a template never uses")
        let oneCore = PostRenderer.names(for: try Fixtures.oneCore())
        XCTAssertTrue(oneCore.contains("sweep.half.workers = n/a"))
        XCTAssertTrue(oneCore.contains("timeline.parallel.ms = n/a"))
    }

    func testAbsentExperimentsAreNotAvailable() throws {
        var results = try Fixtures.twoCore()
        results.coreSweep = nil
        let names = PostRenderer.names(for: results)
        XCTAssertTrue(names.contains("sweep.recorded = false"))
        XCTAssertTrue(names.contains("sched.migrations = n/a"))
        XCTAssertThrowsError(try Fixtures.render([("t.md", "```concreport sweep\n```\n")], results))
    }
}
