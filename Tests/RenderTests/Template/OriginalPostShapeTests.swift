import Foundation
import XCTest
@testable import Render
import Results

/// The post is the original FastAPI post with this machine's numbers: of the original's length,
/// in its front-matter shape, with Python's tools and code, naming and linking the original once, and
/// linking a companion that holds every measurement the post leaves out.
final class OriginalPostShapeTests: XCTestCase {
    /// The original's words outside Mermaid blocks (ko 1,629, en 1,860) and running prose with headings
    /// (ko ≈ 330, en ≈ 470), counted as `ShippedPost` counts them; the post may be 1.3× the words and 2×
    /// the prose.
    static let wordBound = ["ko": 2_150, "en": 2_450]
    static let proseBound = ["ko": 700, "en": 940]
    static let diagramBound = 12

    func testACompletePostIsOfTheOriginalsLength() throws {
        let results = try Fixtures.complete()
        for language in ["ko", "en"] {
            let post = try render(results, language)
            XCTAssertLessThanOrEqual(ShippedPost.wordsOutsideMermaid(post), Self.wordBound[language]!, language)
            XCTAssertLessThanOrEqual(ShippedPost.proseWords(post), Self.proseBound[language]!, language)
            XCTAssertLessThanOrEqual(ShippedPost.mermaidCount(post), Self.diagramBound, language)
        }
    }

    func testEveryFixturesPostStaysWithinTheBounds() throws {
        for name in Self.fixtures {
            let results = try ResultsFile.load(path: Fixtures.path("Tests/Fixtures/results-\(name).json"))
            for language in ["ko", "en"] {
                let post = try render(results, language)
                XCTAssertLessThanOrEqual(ShippedPost.wordsOutsideMermaid(post), Self.wordBound[language]!, "\(name) \(language)")
                XCTAssertLessThanOrEqual(ShippedPost.mermaidCount(post), Self.diagramBound, "\(name) \(language)")
            }
        }
    }

    func testThePostIsAFastAPIPostWithPythonsTools() throws {
        let results = try Fixtures.complete()
        for language in ["ko", "en"] {
            let post = try render(results, language)
            XCTAssertTrue(post.contains("categories: [Tech, FastAPI]"), language)
            XCTAssertTrue(post.contains("tags: [python, fastapi"), language)
            XCTAssertTrue(post.contains("[FastAPI "), "the series' title form, \(language)")
            XCTAssertTrue(post.contains("```python\n"), "Python code, \(language)")
            let guide = try XCTUnwrap(table(after: language == "ko" ? "## 작업 유형별 Python 선택 가이드" : "## Which tool for which work, in Python", in: post))
            for tool in ["asyncio", "threading", "multiprocessing", "NumPy"] {
                XCTAssertTrue(guide.contains(tool), "\(tool) in the guide, \(language)")
            }
            XCTAssertTrue(post.contains("](\(PostLinks.defaultCompanion))"), "a link to the companion, \(language)")
        }
    }

    func testTheOriginalIsNamedAndLinkedOnceAtTheTop() throws {
        let links = PostLinks(original: "https://example.org/original/")
        let results = try Fixtures.complete()
        for language in ["ko", "en"] {
            let post = try PostRenderer(templates: TemplateSet.load(directory: Fixtures.path("templates/\(language)")))
                .markdown(for: PostFacts(results, links: links))
            XCTAssertEqual(post.components(separatedBy: "](https://example.org/original/)").count - 1, 1, language)
            let link = try XCTUnwrap(post.range(of: "](https://example.org/original/)"))
            let firstHeading = try XCTUnwrap(post.range(of: "\n## "))
            XCTAssertLessThan(link.lowerBound, firstHeading.lowerBound, "linked before the first section, \(language)")
        }
    }

    func testTheCompanionHoldsWhatThePostLeavesOut() throws {
        let results = try Fixtures.complete()
        let companion = try ShippedPost.renderCompanion(results, language: "en")
        let post = try render(results, "en")
        for section in ["## The machine behind the numbers", "### How long a turn lasts: the switch interval",
                        "## The other side of the GIL: I/O threads stuck in a convoy",
                        "## The cure used in practice: releasing the lock in native code", "#### Spread of every cell",
                        "### `/health` alone", "## More processes than cores?", "## How far to trust these numbers"] {
            XCTAssertTrue(companion.contains(section + "\n"), section)
            XCTAssertFalse(post.contains(section + "\n"), section)
        }
        XCTAssertTrue(companion.contains("permalink: \(PostLinks.defaultCompanion)"))
        XCTAssertTrue(companion.contains("](\(PostLinks.defaultPost))"), "links back to the post")
        XCTAssertEqual(ShippedPost.headingLevels(companion), ShippedPost.headingLevels(try ShippedPost.renderCompanion(results, language: "ko")))
    }

    func testAPostWithoutPythonSaysWhatIsMissing() throws {
        let results = try ResultsFile.load(path: Fixtures.path("Tests/Fixtures/results-2core.json"))
        XCTAssertNil(results.python, "the fixture is a run without CPython")
        XCTAssertTrue(try render(results, "en").contains("**Not everything was measured in Python.**"))
        XCTAssertTrue(try render(results, "ko").contains("**Python 측정이 일부 빠졌다.**"))
    }

    static let fixtures = ["1core", "2core", "16core", "quota", "noisy", "freethreaded", "complete"]

    private func render(_ results: Results, _ language: String) throws -> String {
        try ShippedPost.render(results, language: language)
    }

    /// The first table after `heading`.
    private func table(after heading: String, in post: String) -> String? {
        guard let start = post.range(of: heading) else { return nil }
        let lines = post[start.upperBound...].split(separator: "\n")
        return lines.drop { !$0.hasPrefix("|") }.prefix { $0.hasPrefix("|") }.joined(separator: "\n")
    }
}
