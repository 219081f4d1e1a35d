import XCTest
import Results
@testable import Render

final class ResultsDiffTests: XCTestCase {
    private let baseline = DiffFixture.results { workload, _ in DiffFixture.tight(workload == .io ? 1.0 : 0.5) }

    func testIdenticalFilesFlagNothing() {
        let diff = ResultsDiff([("a.json", baseline), ("b.json", baseline)])
        XCTAssertEqual(diff.changes.count, 10)
        XCTAssertTrue(diff.changes.allSatisfy { !$0.flagged && $0.ratio == 1 })
        XCTAssertTrue(diff.slowdowns.isEmpty)
        XCTAssertFalse(diff.hasSlowdown(above: 0))
        XCTAssertTrue(diff.markdown().contains("None: every difference compared is within the runs' own noise."))
        XCTAssertTrue(diff.markdown().contains("All files used the same settings."))
    }

    func testOneStrategyTwiceAsSlowIsTheOnlyFlag() throws {
        let slower = DiffFixture.results { workload, strategy in
            let median = workload == .io ? 1.0 : 0.5
            return DiffFixture.tight(workload == .cpu && strategy == .threads ? 2 * median : median)
        }
        let diff = ResultsDiff([("a.json", baseline), ("b.json", slower)])
        XCTAssertEqual(diff.changes.filter(\.flagged).count, 1)
        let slowdown = try XCTUnwrap(diff.slowdowns.first)
        XCTAssertEqual(diff.slowdowns.count, 1)
        XCTAssertEqual(slowdown.workload, .cpu)
        XCTAssertEqual(slowdown.strategy, .threads)
        XCTAssertEqual(slowdown.baselineFile, "a.json")
        XCTAssertEqual(slowdown.otherFile, "b.json")
        XCTAssertEqual(slowdown.ratio, 2, accuracy: 1e-9)
        XCTAssertTrue(slowdown.reason.contains("Mann–Whitney"), slowdown.reason)
        XCTAssertTrue(diff.hasSlowdown(above: 50))
        XCTAssertFalse(diff.hasSlowdown(above: 150))
        let markdown = diff.markdown()
        let flaggedRows = markdown.split(separator: "\n").filter { $0.hasPrefix("|") && $0.contains("▲ slower") }
        XCTAssertEqual(flaggedRows.count, 1)
        XCTAssertTrue(markdown.contains("| threads | 0.500 s ± 0.003 s (n = 5) | 1.000 s ± 0.005 s (n = 5) | 2.00× ▲ slower |"),
                      markdown)
    }

    func testAFasterRunIsFlaggedButIsNoSlowdown() {
        let faster = DiffFixture.results { workload, strategy in
            DiffFixture.tight((workload == .io ? 1.0 : 0.5) * (strategy == .processes ? 0.5 : 1))
        }
        let diff = ResultsDiff([("a.json", baseline), ("b.json", faster)])
        XCTAssertEqual(diff.changes.filter(\.flagged).count, 2)
        XCTAssertTrue(diff.slowdowns.isEmpty)
        XCTAssertFalse(diff.hasSlowdown(above: 0))
        XCTAssertTrue(diff.markdown().contains("▼ faster"))
    }

    func testNoisyRepetitionsWithTheSameMedianAreNotFlagged() {
        let noisy = DiffFixture.results { workload, _ in
            [0.6, 1.4, 1.0, 0.8, 1.2].map { $0 * (workload == .io ? 1.0 : 0.5) }
        }
        let diff = ResultsDiff([("a.json", baseline), ("b.json", noisy)])
        XCTAssertEqual(diff.changes.count, 10)
        XCTAssertTrue(diff.changes.allSatisfy { !$0.flagged }, "\(diff.changes.filter(\.flagged))")
    }

    func testPoolsSizedToOtherCoresStillCompareTheCPUCells() {
        var other = baseline
        other.settings.cpuWorkers = baseline.settings.cpuWorkers * 8
        let diff = ResultsDiff([("laptop.json", baseline), ("server.json", other)])
        XCTAssertEqual(diff.changes.filter { $0.workload == .cpu }.count, StrategyID.allCases.count)
    }

    func testThreeFilesGiveTwoRatioColumns() throws {
        let diff = ResultsDiff([("a.json", baseline), ("b.json", baseline), ("c.json", baseline)])
        XCTAssertEqual(diff.changes.count, 20)
        let markdown = diff.markdown()
        let header = try XCTUnwrap(MarkdownTableShape.header(containing: "Strategy", in: markdown))
        XCTAssertEqual(header.components(separatedBy: "÷").count - 1, 2, header)
        XCTAssertTrue(header.contains("b.json ÷ a.json"))
        XCTAssertTrue(header.contains("c.json ÷ a.json"))
        XCTAssertEqual(MarkdownTableShape.columns(header), 1 + 3 + 2)
    }

    func testDifferentTaskCountsWarnAndCompareOnlyWhatMatches() {
        var settings = Settings.seed(quick: false)
        settings.cpuTasks = 8
        let other = DiffFixture.results(settings: settings) { workload, _ in DiffFixture.tight(workload == .io ? 1.0 : 0.5) }
        let diff = ResultsDiff([("a.json", baseline), ("b.json", other)])
        XCTAssertEqual(diff.settingsDifferences.first?.map(\.field), ["cpuTasks"])
        XCTAssertEqual(diff.changes.count, 5)
        XCTAssertTrue(diff.changes.allSatisfy { $0.workload == .io })
        let markdown = diff.markdown()
        let warnings = markdown.split(separator: "\n").filter { $0.contains("**Warning:**") }
        XCTAssertTrue(warnings.contains { $0.contains("cpuTasks = 8") && $0.contains("CPU-bound cells are not compared") },
                      markdown)
        XCTAssertTrue(markdown.contains("not compared: settings differ (cpuTasks)"))
    }

    func testQuickAgainstFullComparesNothing() {
        let quick = DiffFixture.results(settings: .seed(quick: true)) { _, _ in [0.1, 0.1, 0.1] }
        let diff = ResultsDiff([("full.json", baseline), ("quick.json", quick)])
        XCTAssertTrue(diff.changes.isEmpty)
        XCTAssertTrue(diff.markdown().contains("**Warning:** quick.json has quick = true, full.json has false"))
    }

    func testDifferentRepetitionsWarnButStillCompare() {
        var settings = Settings.seed(quick: false)
        settings.repetitions = 3
        let other = DiffFixture.results(settings: settings) { workload, _ in
            Array(DiffFixture.tight(workload == .io ? 1.0 : 0.5).prefix(3))
        }
        let diff = ResultsDiff([("a.json", baseline), ("b.json", other)])
        XCTAssertEqual(diff.changes.count, 10)
        XCTAssertTrue(diff.markdown().contains("repetitions = 3"))
    }

    func testAPipeOrNewlineInAFactKeepsTheColumnCount() {
        let odd = DiffFixture.results(cpuModel: "Weird | CPU\nmodel \\| x") { workload, _ in
            DiffFixture.tight(workload == .io ? 1.0 : 0.5)
        }
        let markdown = ResultsDiff([("a|b.json", baseline), ("c.json", odd)]).markdown()
        let tables = MarkdownTableShape.tables(in: markdown)
        XCTAssertEqual(tables.count, 4) // machines, settings, two workloads
        for table in tables {
            XCTAssertEqual(Set(table).count, 1, "ragged table \(table) in\n\(markdown)")
        }
        XCTAssertEqual(tables.first?.first, 3)
        XCTAssertTrue(markdown.contains("Weird \\| CPU model \\\\\\| x"), markdown)
    }

    func testThrottlingRowAndNote() throws {
        var quiet = baseline
        quiet.throttling = CPUThrottling(periods: 50, throttledPeriods: 0, throttledSeconds: 0)
        var held = baseline
        held.throttling = CPUThrottling(periods: 120, throttledPeriods: 7, throttledSeconds: 0.35)
        let diff = ResultsDiff([("old.json", baseline), ("quiet.json", quiet), ("held.json", held)])
        let markdown = diff.markdown()
        XCTAssertTrue(markdown.contains("| CPU throttling | unknown | none | 7 of 120 periods, 0.350 s |"), markdown)
        XCTAssertEqual(diff.throttlingWarnings,
                       ["held.json was throttled by its cgroup CPU quota (7 of 120 periods, 0.350 s); its times include waits for quota"])
        XCTAssertTrue(markdown.contains("## Notes\n\n- held.json was throttled by its cgroup CPU quota (7 of 120 periods, 0.350 s); its times include waits for quota."),
                      markdown)
        for table in MarkdownTableShape.tables(in: markdown) {
            XCTAssertEqual(Set(table).count, 1, "ragged table \(table)")
        }

        let unthrottled = ResultsDiff([("old.json", baseline), ("quiet.json", quiet)])
        XCTAssertTrue(unthrottled.throttlingWarnings.isEmpty)
        XCTAssertFalse(unthrottled.markdown().contains("## Notes"))
    }

    func testSameInputGivesSameBytes() {
        let first = ResultsDiff([("a.json", baseline), ("b.json", baseline)]).markdown()
        XCTAssertEqual(first, ResultsDiff([("a.json", baseline), ("b.json", baseline)]).markdown())
    }
}
