import Foundation
import XCTest
@testable import Render

/// The shipped templates rendered from each synthetic fixture (1, 2 and 16 usable cores), compared with
/// `Golden/post-<cores>core.<lang>.md`. `CONCREPORT_RECORD_GOLDEN=1 swift test --filter GoldenPostTests`
/// rewrites them (and fails, saying so).
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

    func testRenderingTwiceGivesIdenticalBytes() throws {
        let results = try Fixtures.twoCore()
        let templates = try TemplateSet.load(directory: Fixtures.path("templates/ko"))
        let first = try PostRenderer(templates: templates).markdown(for: results)
        let second = try PostRenderer(templates: TemplateSet.load(directory: Fixtures.path("templates/ko"))).markdown(for: results)
        XCTAssertEqual(first, second)
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

    func testAFullPostDrawsAtLeastEightGanttCharts() throws {
        for cores in [1, 2, 16] {
            XCTAssertGreaterThanOrEqual(ShippedPost.ganttCount(try ShippedPost.render(cores: cores, language: "ko")), 8)
        }
    }

    private func assertGolden(cores: Int, language: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let post = try ShippedPost.render(cores: cores, language: language)
        let goldenPath = Fixtures.path("Tests/RenderTests/Golden/post-\(cores)core.\(language).md")
        if ProcessInfo.processInfo.environment["CONCREPORT_RECORD_GOLDEN"] == "1" {
            try post.write(toFile: goldenPath, atomically: true, encoding: .utf8)
            XCTFail("Recorded \(goldenPath); unset CONCREPORT_RECORD_GOLDEN and run again", file: file, line: line)
            return
        }
        let golden = try String(contentsOfFile: goldenPath, encoding: .utf8)
        XCTAssertEqual(post, golden, "rendered post differs from \(goldenPath)", file: file, line: line)
    }
}
