import XCTest
import Results
@testable import Render

final class ResultsDiffTests: XCTestCase {
    private let baseline = DiffFixture.results { workload, _ in DiffFixture.tight(workload == .io ? 1.0 : 0.5) }

    func testIdenticalFilesFlagNothing() {
        let diff = labelled([("a.json", baseline), ("b.json", baseline)])
        XCTAssertEqual(diff.changes.count, 10)
        XCTAssertTrue(diff.changes.allSatisfy { !$0.flagged && $0.ratio == 1 })
        XCTAssertTrue(diff.slowdowns.isEmpty)
        XCTAssertFalse(diff.hasSlowdown(above: 0))
        XCTAssertTrue(diff.markdown().contains("None: every difference compared is within the runs' own noise or the drift between runs."))
        XCTAssertTrue(diff.markdown().contains("All files used the same settings."))
    }

    func testOneStrategyTwiceAsSlowIsTheOnlyFlag() throws {
        let slower = DiffFixture.results { workload, strategy in
            let median = workload == .io ? 1.0 : 0.5
            return DiffFixture.tight(workload == .cpu && strategy == .threads ? 2 * median : median)
        }
        let diff = labelled([("a.json", baseline), ("b.json", slower)])
        XCTAssertEqual(diff.changes.filter(\.flagged).count, 1)
        let slowdown = try XCTUnwrap(diff.slowdowns.first)
        XCTAssertEqual(diff.slowdowns.count, 1)
        XCTAssertEqual(slowdown.workload, .cpu)
        XCTAssertEqual(slowdown.strategy, .threads)
        XCTAssertEqual(slowdown.baselineFile, "a")
        XCTAssertEqual(slowdown.otherFile, "b")
        XCTAssertEqual(slowdown.ratio, 2, accuracy: 1e-9)
        XCTAssertTrue(slowdown.reason.contains("Mann–Whitney"), slowdown.reason)
        XCTAssertTrue(diff.hasSlowdown(above: 50))
        XCTAssertFalse(diff.hasSlowdown(above: 150))
        let markdown = diff.markdown()
        let flaggedRows = markdown.split(separator: "\n").filter { $0.hasPrefix("|") && $0.contains("▲ slower") }
        XCTAssertEqual(flaggedRows.count, 1)
        // CPU-bound cells are compared per unit of work: 4 tasks of 10⁶ iterations in 0.5 s is 125 s per 10⁹.
        XCTAssertTrue(markdown.contains("| threads | 125.000 s ± 0.625 s (n = 5) | 250.000 s ± 1.250 s (n = 5) | 2.00× ▲ slower |"),
                      markdown)
    }

    func testAFasterRunIsFlaggedButIsNoSlowdown() {
        let faster = DiffFixture.results { workload, strategy in
            DiffFixture.tight((workload == .io ? 1.0 : 0.5) * (strategy == .processes ? 0.5 : 1))
        }
        let diff = labelled([("a.json", baseline), ("b.json", faster)])
        XCTAssertEqual(diff.changes.filter(\.flagged).count, 2)
        XCTAssertTrue(diff.slowdowns.isEmpty)
        XCTAssertFalse(diff.hasSlowdown(above: 0))
        XCTAssertTrue(diff.markdown().contains("▼ faster"))
    }

    func testNoisyRepetitionsWithTheSameMedianAreNotFlagged() {
        let noisy = DiffFixture.results { workload, _ in
            [0.6, 1.4, 1.0, 0.8, 1.2].map { $0 * (workload == .io ? 1.0 : 0.5) }
        }
        let diff = labelled([("a.json", baseline), ("b.json", noisy)])
        XCTAssertEqual(diff.changes.count, 10)
        XCTAssertTrue(diff.changes.allSatisfy { !$0.flagged }, "\(diff.changes.filter(\.flagged))")
    }

    func testPoolsSizedToOtherCoresStillCompareTheCPUCells() {
        var other = baseline
        other.settings.cpuWorkers = baseline.settings.cpuWorkers * 8
        let diff = labelled([("laptop.json", baseline), ("server.json", other)])
        XCTAssertEqual(diff.changes.filter { $0.workload == .cpu }.count, StrategyID.allCases.count)
    }

    func testThreeFilesGiveTwoRatioColumns() throws {
        let diff = labelled([("a.json", baseline), ("b.json", baseline), ("c.json", baseline)])
        XCTAssertEqual(diff.changes.count, 20)
        let markdown = diff.markdown()
        let header = try XCTUnwrap(MarkdownTableShape.header(containing: "Strategy", in: markdown))
        XCTAssertEqual(header.components(separatedBy: "÷").count - 1, 2, header)
        XCTAssertTrue(header.contains("b ÷ a"))
        XCTAssertTrue(header.contains("c ÷ a"))
        XCTAssertEqual(MarkdownTableShape.columns(header), 1 + 3 + 2)
    }

    func testDifferentTaskCountsWarnAndCompareOnlyWhatMatches() {
        var settings = Settings.originalPost(quick: false)
        settings.cpuTasks = 8
        let other = DiffFixture.results(settings: settings) { workload, _ in DiffFixture.tight(workload == .io ? 1.0 : 0.5) }
        let diff = labelled([("a.json", baseline), ("b.json", other)])
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
        let quick = DiffFixture.results(settings: .originalPost(quick: true)) { _, _ in [0.1, 0.1, 0.1] }
        let diff = labelled([("full.json", baseline), ("quick.json", quick)])
        XCTAssertTrue(diff.changes.isEmpty)
        XCTAssertTrue(diff.markdown().contains("**Warning:** quick has quick = true, full has false"))
    }

    func testDifferentRepetitionsWarnButStillCompare() {
        var settings = Settings.originalPost(quick: false)
        settings.repetitions = 3
        let other = DiffFixture.results(settings: settings) { workload, _ in
            Array(DiffFixture.tight(workload == .io ? 1.0 : 0.5).prefix(3))
        }
        let diff = labelled([("a.json", baseline), ("b.json", other)])
        XCTAssertEqual(diff.changes.count, 10)
        XCTAssertTrue(diff.markdown().contains("repetitions = 3"))
    }

    func testAPipeOrNewlineInAFactKeepsTheColumnCount() {
        let odd = DiffFixture.results(cpuModel: "Weird | CPU\nmodel \\| x") { workload, _ in
            DiffFixture.tight(workload == .io ? 1.0 : 0.5)
        }
        let markdown = labelled([("a|b.json", baseline), ("c.json", odd)]).markdown()
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
        let diff = labelled([("old.json", baseline), ("quiet.json", quiet), ("held.json", held)])
        let markdown = diff.markdown()
        XCTAssertTrue(markdown.contains("| CPU throttling | unknown | none | 7 of 120 periods, 0.350 s |"), markdown)
        XCTAssertEqual(diff.throttlingWarnings,
                       ["held was throttled by its cgroup CPU quota (7 of 120 periods, 0.350 s); its times include waits for quota"])
        XCTAssertTrue(markdown.contains("## Notes\n\n- held was throttled by its cgroup CPU quota (7 of 120 periods, 0.350 s); its times include waits for quota."),
                      markdown)
        for table in MarkdownTableShape.tables(in: markdown) {
            XCTAssertEqual(Set(table).count, 1, "ragged table \(table)")
        }

        let unthrottled = labelled([("old.json", baseline), ("quiet.json", quiet)])
        XCTAssertTrue(unthrottled.throttlingWarnings.isEmpty)
        XCTAssertFalse(unthrottled.markdown().contains("## Notes"))
    }

    func testSameInputGivesSameBytes() {
        let first = labelled([("a.json", baseline), ("b.json", baseline)]).markdown()
        XCTAssertEqual(first, labelled([("a.json", baseline), ("b.json", baseline)]).markdown())
    }

    func testLabelsHeadTheColumnsAndEachPathIsListedOnceBelow() throws {
        var laptop = baseline
        laptop.label = "the laptop"
        var runner = baseline
        runner.label = "the CI runner"
        var server = baseline
        server.label = "the 64-core server"
        let paths = ["/tmp/x/laptop-results.json", "/tmp/y/ci-results.json", "/tmp/z/server-results.json"]
        let markdown = ResultsDiff(zip(paths, [laptop, runner, server]).map { ($0, $1) }).markdown()
        let header = try XCTUnwrap(MarkdownTableShape.header(containing: "Strategy", in: markdown))
        XCTAssertTrue(header.contains("the laptop median ± MAD") && header.contains("the 64-core server ÷ the laptop"), header)
        for line in markdown.split(separator: "\n") where line.hasPrefix("|") {
            XCTAssertFalse(line.contains("/tmp/"), "a path in a table: \(line)")
        }
        for path in paths {
            XCTAssertEqual(markdown.components(separatedBy: path).count - 1, 1, "\(path) listed once in\n\(markdown)")
        }
        XCTAssertTrue(markdown.contains("1. the laptop: /tmp/x/laptop-results.json, measured by concreport test"), markdown)
    }

    func testFilesWithoutALabelAreNamedByTheirMachineAndSharedLabelsNumbered() {
        let diff = ResultsDiff([("a.json", baseline), ("b.json", baseline)])
        XCTAssertEqual(diff.columns.map(\.name), ["Test CPU @ 3.0GHz, 2 cores, 2026-11-25 18:30:00 (1)",
                                                  "Test CPU @ 3.0GHz, 2 cores, 2026-11-25 18:30:00 (2)"])
    }

    /// Two hosts with the same CPU model and cores get their measurement times, never their host names.
    func testCollidingDefaultLabelsAreToldApartByWhenTheyWereMeasured() {
        var later = baseline
        later.measuredAt = "2026-12-07T09:05:00+00:00"
        let diff = ResultsDiff([("a.json", baseline), ("b.json", later)])
        XCTAssertEqual(diff.columns.map(\.name), ["Test CPU @ 3.0GHz, 2 cores, 2026-11-25 18:30:00",
                                                  "Test CPU @ 3.0GHz, 2 cores, 2026-12-07 09:05:00"])
        var other = baseline
        other.machine.cpuModel = "Other CPU"
        XCTAssertEqual(ResultsDiff([("a.json", baseline), ("b.json", other)]).columns.map(\.name),
                       ["Test CPU @ 3.0GHz, 2 cores", "Other CPU, 2 cores"], "distinct labels stay as they are")
    }

    func testToolVersionsWithinOneSchemaAreComparedAndSaidSo() {
        var newer = baseline
        newer.tool.version = "0.2.0"
        let mixed = labelled([("a.json", baseline), ("b.json", newer)])
        XCTAssertEqual(mixed.toolVersions, ["test", "0.2.0"])
        XCTAssertEqual(mixed.changes.count, 10, "cells are compared across tool versions")
        XCTAssertTrue(mixed.markdown().contains("The files come from 2 tool versions (test, 0.2.0) that write the same schema, version 1"),
                      mixed.markdown())
        let same = labelled([("a.json", baseline), ("b.json", baseline)]).markdown()
        XCTAssertTrue(same.contains("Every file comes from concreport test, schema version 1."), same)
    }

    /// Each file labelled by its name without `.json`, as `--label` would.
    private func labelled(_ inputs: [(String, Results)]) -> ResultsDiff {
        ResultsDiff(inputs.map { name, results in
            var results = results
            results.label = name.hasSuffix(".json") ? String(name.dropLast(5)) : name
            return (name, results)
        })
    }
}
