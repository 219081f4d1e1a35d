import Foundation
import XCTest
@testable import Render

/// The shipped templates rendered from the two-core fixture, compared with `Golden/post.<lang>.md`.
/// `CONCREPORT_RECORD_GOLDEN=1 swift test --filter GoldenPostTests` rewrites them (and fails, saying so).
final class GoldenPostTests: XCTestCase {
    func testKoreanPostMatchesGolden() throws {
        try assertGolden(language: "ko")
    }

    func testEnglishPostMatchesGolden() throws {
        try assertGolden(language: "en")
    }

    func testRenderingTwiceGivesIdenticalBytes() throws {
        let results = try Fixtures.twoCore()
        let templates = try TemplateSet.load(directory: Fixtures.path("templates/ko"))
        let first = try PostRenderer(templates: templates).markdown(for: results)
        let second = try PostRenderer(templates: TemplateSet.load(directory: Fixtures.path("templates/ko"))).markdown(for: results)
        XCTAssertEqual(first, second)
    }

    func testBothTemplateSetsRenderOnOneCoreResults() throws {
        let results = try Fixtures.oneCore()
        for language in ["ko", "en"] {
            let post = try PostRenderer(templates: TemplateSet.load(directory: Fixtures.path("templates/\(language)")))
                .markdown(for: results)
            XCTAssertFalse(post.contains("{{"))
        }
    }

    private func assertGolden(language: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let templates = try TemplateSet.load(directory: Fixtures.path("templates/\(language)"))
        let post = try PostRenderer(templates: templates).markdown(for: Fixtures.twoCore())
        let goldenPath = Fixtures.path("Tests/RenderTests/Golden/post.\(language).md")
        if ProcessInfo.processInfo.environment["CONCREPORT_RECORD_GOLDEN"] == "1" {
            try post.write(toFile: goldenPath, atomically: true, encoding: .utf8)
            XCTFail("Recorded \(goldenPath); unset CONCREPORT_RECORD_GOLDEN and run again", file: file, line: line)
            return
        }
        let golden = try String(contentsOfFile: goldenPath, encoding: .utf8)
        XCTAssertEqual(post, golden, "rendered post differs from \(goldenPath)", file: file, line: line)
    }
}
