import Foundation
import XCTest
@testable import Render
import Results

/// The shipped templates rendered from each synthetic fixture (`Tests/Fixtures/results-<name>.json`: one
/// core, a quota of one CPU, two quiet cores, two noisy cores, sixteen cores, a free-threaded CPython),
/// compared with `Golden/post-<name>.<lang>.md`; a difference fails with a unified diff (`GoldenDiff`).
/// `CONCREPORT_RECORD_GOLDEN=1 swift test --filter GoldenPostTests` rewrites them (and fails, saying so).
/// That two processes render the same bytes is `DeterministicRenderTests` (Tests/EndToEndTests).
final class GoldenPostTests: XCTestCase {
    func testOneCorePostsMatchGolden() throws {
        try assertGolden(cores: 1, language: "ko")
        try assertGolden(cores: 1, language: "en")
    }

    func testTwoCorePostsMatchGolden() throws {
        try assertGolden(cores: 2, language: "ko")
        try assertGolden(cores: 2, language: "en")
    }

    func testSixteenCorePostsMatchGolden() throws {
        try assertGolden(cores: 16, language: "ko")
        try assertGolden(cores: 16, language: "en")
    }

    func testQuotaNoisyAndFreeThreadedPostsMatchGolden() throws {
        for name in ["quota", "noisy", "freethreaded"] {
            try assertGolden(name: name, language: "ko")
            try assertGolden(name: name, language: "en")
        }
    }

    func testBothLanguagesHaveTheSameSectionsAndCharts() throws {
        for cores in [1, 2, 16] {
            let ko = try ShippedPost.render(cores: cores, language: "ko")
            let en = try ShippedPost.render(cores: cores, language: "en")
            XCTAssertEqual(ShippedPost.headingLevels(ko), ShippedPost.headingLevels(en), "\(cores) cores")
            XCTAssertEqual(ShippedPost.ganttCount(ko), ShippedPost.ganttCount(en), "\(cores) cores")
            XCTAssertEqual(ShippedPost.tableCount(ko), ShippedPost.tableCount(en), "\(cores) cores")
        }
    }

    func testThePostAndItsCompanionDrawAtLeastEightGanttCharts() throws {
        for cores in [1, 2, 16] {
            let post = try ShippedPost.render(cores: cores, language: "ko")
            let companion = try ShippedPost.renderCompanion(Fixtures.results(cores: cores), language: "ko")
            XCTAssertGreaterThanOrEqual(ShippedPost.ganttCount(post) + ShippedPost.ganttCount(companion), 8)
        }
    }

    func testCompanionsMatchGolden() throws {
        for name in ["1core", "2core", "16core", "quota"] {
            for language in ["ko", "en"] {
                try assertGolden(name: name, language: language, folder: "/companion", suffix: ".companion")
            }
        }
    }

    private func assertGolden(cores: Int, language: String, file: StaticString = #filePath, line: UInt = #line) throws {
        try assertGolden(name: "\(cores)core", language: language, file: file, line: line)
    }

    private func assertGolden(name: String, language: String, folder: String = "", suffix: String = "",
                              file: StaticString = #filePath, line: UInt = #line) throws {
        let results = try ResultsFile.load(path: Fixtures.path("Tests/Fixtures/results-\(name).json"))
        let post = try PostRenderer(templates: TemplateSet.load(directory: Fixtures.path("templates/\(language)" + folder))).markdown(for: results)
        let goldenPath = Fixtures.path("Tests/RenderTests/Golden/post-\(name).\(language)\(suffix).md")
        if ProcessInfo.processInfo.environment["CONCREPORT_RECORD_GOLDEN"] == "1" {
            try post.write(toFile: goldenPath, atomically: true, encoding: .utf8)
            XCTFail("Recorded \(goldenPath); unset CONCREPORT_RECORD_GOLDEN and run again", file: file, line: line)
            return
        }
        let golden = try String(contentsOfFile: goldenPath, encoding: .utf8)
        guard post != golden else { return }
        XCTFail("rendered post differs from \(goldenPath) (CONCREPORT_RECORD_GOLDEN=1 rewrites it):\n"
                    + GoldenDiff.unified(goldenPath: goldenPath, actual: post), file: file, line: line)
    }
}
