import XCTest
@testable import Render
import Results

/// Invariants of the shipped templates on every machine shape of `Tests/Fixtures/`.
final class ShippedPostTests: XCTestCase {
    static let fixtures = ["1core", "quota", "2core", "noisy", "16core", "freethreaded"]

    private func render(_ results: Results, _ language: String) throws -> String {
        try PostRenderer(templates: TemplateSet.load(directory: Fixtures.path("templates/\(language)"))).markdown(for: results)
    }

    private func fixture(_ name: String) throws -> Results {
        try ResultsFile.load(path: Fixtures.path("Tests/Fixtures/results-\(name).json"))
    }

    func testEveryFixtureRendersWithNoValueMissing() throws {
        for name in Self.fixtures {
            for language in ["ko", "en"] {
                let post = try render(fixture(name), language)
                XCTAssertFalse(post.contains("n/a"), "\(name) \(language)")
            }
        }
    }

    func testKoreanAndEnglishPostsHaveTheSameShape() throws {
        for name in Self.fixtures {
            let ko = try render(fixture(name), "ko"), en = try render(fixture(name), "en")
            XCTAssertEqual(ShippedPost.headingLevels(ko), ShippedPost.headingLevels(en), name)
            XCTAssertEqual(ShippedPost.ganttCount(ko), ShippedPost.ganttCount(en), name)
            XCTAssertEqual(ShippedPost.tableCount(ko), ShippedPost.tableCount(en), name)
        }
    }

    func testExperimentsARunLacksAreLeftOutWithoutAnyNA() throws {
        var results = try Fixtures.twoCore()
        results.timeline = nil
        results.gather = nil
        results.processDemo = nil
        results.coreSweep = nil
        results.globalLock = nil
        for language in ["ko", "en"] {
            let full = try render(Fixtures.twoCore(), language)
            let post = try render(results, language)
            XCTAssertFalse(post.contains("n/a"), language)
            XCTAssertLessThan(ShippedPost.ganttCount(post), ShippedPost.ganttCount(full), language)
            XCTAssertLessThan(ShippedPost.headingLevels(post).count, ShippedPost.headingLevels(full).count, language)
        }
    }

    func testThePythonSectionAppearsOnlyWithItsData() throws {
        var without = try fixture("freethreaded")
        without.python = nil
        for language in ["ko", "en"] {
            let with = try ShippedPost.renderCompanion(fixture("freethreaded"), language: language)
            XCTAssertEqual(ShippedPost.headingLevels(with).count,
                           ShippedPost.headingLevels(try ShippedPost.renderCompanion(without, language: language)).count + 1, language)
        }
    }
}
