import Foundation
import XCTest
import Results
@testable import Render

/// What `diff` says across machines: a faster core is faster, drift is not a flag, `--quick` flags are
/// indicative, and four files or more read as a fleet, in Markdown and in JSON.
final class FleetDiffTests: XCTestCase {
    private let baseline = DiffFixture.results { workload, _ in DiffFixture.tight(workload == .io ? 1.0 : 0.5) }

    /// The same calibrated wall times from a core that runs 1.44× the iterations: faster, by that much.
    private func fasterCore(_ factor: Double, from results: Results) -> Results {
        var faster = results
        faster.calibration.iterationsPerTask = Int((Double(results.calibration.iterationsPerTask) * factor).rounded())
        return faster
    }

    private func named(_ name: String, _ results: Results) -> (String, Results) {
        var results = results
        results.label = name
        return ("\(name).json", results)
    }

    func testAFasterCoreIsShownFasterByTheCalibrationsRatio() throws {
        let diff = ResultsDiff([named("old", baseline), named("new", fasterCore(1.44, from: baseline))])
        let cpu = diff.changes.filter { $0.workload == .cpu }
        XCTAssertEqual(cpu.count, 5)
        for change in cpu {
            XCTAssertEqual(change.ratio, 1 / 1.44, accuracy: 0.001, "\(change.strategy)")
            XCTAssertTrue(change.flagged, "\(change.strategy): \(change.reason)")
            XCTAssertFalse(change.isSlowdown)
        }
        XCTAssertTrue(diff.changes.filter { $0.workload == .io }.allSatisfy { !$0.flagged }, "the same waits on both")
        let markdown = diff.markdown()
        XCTAssertTrue(markdown.contains("| Single-core speed (calibrated kernel) | 2 M iterations/s | 3 M iterations/s (1.44× the baseline's) |"),
                      markdown)
        XCTAssertTrue(markdown.contains("0.69× ▼ faster"), markdown)
        let report = try JSONSerialization.jsonObject(with: Data(try diff.json().utf8)) as? [String: Any]
        let machines = try XCTUnwrap(report?["machines"] as? [[String: Any]])
        XCTAssertEqual(try XCTUnwrap(machines[1]["coreSpeedRatio"] as? Double), 1.44, accuracy: 1e-9)
        XCTAssertNil(machines[0]["coreSpeedRatio"], "the baseline has no ratio to itself")
    }

    /// The fixtures' machines: the 16-core server's core is 1.44× the 2-core machine's, the 1-core box's 0.8×.
    func testTheFixtureMachinesCoresCompareByTheirCalibrations() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        func load(_ name: String) throws -> Results {
            try ResultsFile.load(path: root.appendingPathComponent("Fixtures/results-\(name).json").path)
        }
        let diff = ResultsDiff([named("two", try load("2core")), named("server", try load("16core")), named("old", try load("1core"))])
        let markdown = diff.markdown()
        XCTAssertTrue(markdown.contains("(1.44× the baseline's)") && markdown.contains("(0.80× the baseline's)"), markdown)
        let sequential = try XCTUnwrap(diff.changes.first { $0.workload == .cpu && $0.strategy == .sequential && $0.otherFile == "server" })
        XCTAssertLessThan(sequential.ratio, 0.8, "the faster core does a unit of work in less time")
        XCTAssertTrue(sequential.flagged && !sequential.isSlowdown, sequential.reason)
    }

    func testDriftBetweenRunsOfOneMachineIsNoFlag() {
        let drifted = DiffFixture.results { workload, strategy in
            DiffFixture.tight((workload == .io ? 1.0 : 0.5) * (strategy == .threads ? 1.12 : 0.95))
        }
        let diff = ResultsDiff([named("r0", baseline), named("r1", drifted)])
        XCTAssertTrue(diff.changes.allSatisfy { !$0.flagged }, "\(diff.changes.filter(\.flagged))")
        let threads = diff.changes.first { $0.strategy == .threads && $0.workload == .cpu }
        XCTAssertTrue(threads?.reason.contains("drifts between runs") == true, threads?.reason ?? "")
    }

    func testQuickFilesGiveOnlyIndicativeFlagsThatDoNotFailTheGate() {
        var quick = Settings.originalPost(quick: true)
        quick.cpuTaskTargetSeconds = 0.5
        quick.ioWaitSeconds = 1
        let a = DiffFixture.results(settings: quick) { workload, _ in DiffFixture.tight(workload == .io ? 1.0 : 0.5) }
        let b = DiffFixture.results(settings: quick) { workload, strategy in
            DiffFixture.tight((workload == .io ? 1.0 : 0.5) * (strategy == .processes ? 2 : 1))
        }
        let diff = ResultsDiff([named("q0", a), named("q1", b)])
        let flagged = diff.changes.filter(\.flagged)
        XCTAssertFalse(flagged.isEmpty)
        XCTAssertTrue(flagged.allSatisfy(\.indicative))
        XCTAssertFalse(diff.hasSlowdown(above: 10), "indicative flags never fail --fail-above")
        XCTAssertTrue(diff.markdown().contains("▲ slower (indicative)"), diff.markdown())
    }

    /// Six and twelve machines: a ranking by core speed, and no table wider than its fixed columns.
    func testAFleetIsATableOfMachinesRankedByCoreSpeed() throws {
        for count in [6, 12] {
            let files = (0..<count).map { index in
                named("m\(index)", fasterCore(1 + Double((index * 7) % count) / 10, from: baseline))
            }
            let markdown = ResultsDiff(files).markdown()
            XCTAssertTrue(markdown.hasPrefix("# concreport diff: a fleet of \(count) machines"), markdown)
            let ranking = try XCTUnwrap(markdown.components(separatedBy: "## Ranking").last?.components(separatedBy: "\n## ").first)
            let rows = ranking.split(separator: "\n").filter { $0.hasPrefix("| ") && !$0.hasPrefix("| Rank") }
            XCTAssertEqual(rows.count, count)
            let speeds = rows.prefix(count).map { row in Double(row.split(separator: "|")[3].trimmingCharacters(in: .whitespaces)) ?? -1 }
            XCTAssertEqual(speeds, speeds.sorted(by: >), "ranked by one core's speed")
            for line in markdown.split(separator: "\n") where line.hasPrefix("|") {
                XCTAssertLessThanOrEqual(line.filter { $0 == "|" }.count, 10, "a table as wide as its figures, not its files: \(line)")
            }
            XCTAssertNotNil(MarkdownTableShape.header(containing: "Machine", in: markdown))
        }
    }
}
