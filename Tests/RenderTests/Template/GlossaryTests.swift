import Foundation
import XCTest
@testable import Render
import Results

/// `docs/glossary.md` names one term per concept; no shipped post, main or companion, in either language,
/// from any fixture (`results-complete.json` among them: every section), uses a form the glossary lists as a
/// variant or calque.
final class GlossaryTests: XCTestCase {
    func testNoPostUsesAVariantTheGlossaryRejects() throws {
        let rejected = try Self.rejectedForms()
        XCTAssertFalse(rejected["ko"]!.isEmpty)
        XCTAssertTrue(rejected["en"]!.contains("seed"))
        for file in OriginalPostShapeTests.fixtures.map({ Fixtures.path("Tests/Fixtures/results-\($0).json") }) {
            let results = try ResultsFile.load(path: file)
            for language in ["ko", "en"] {
                let posts = [
                    try ShippedPost.render(results, language: language),
                    try ShippedPost.renderCompanion(results, language: language),
                ]
                for post in posts {
                    for form in rejected[language]! + rejected["en"]! where post.localizedCaseInsensitiveContains(form) {
                        XCTFail("\((file as NSString).lastPathComponent) \(language): '\(form)' (docs/glossary.md)")
                    }
                }
            }
        }
    }

    func testTheGlossaryIsReadAsATable() throws {
        let rejected = try Self.rejectedForms()
        XCTAssertTrue(rejected["ko"]!.contains("호송대"))
        XCTAssertTrue(rejected["ko"]!.contains("원문"))
        XCTAssertTrue(rejected["en"]!.contains("free threads"))
    }

    /// The last two columns of the glossary's table, split on ` · `.
    static func rejectedForms() throws -> [String: [String]] {
        let text = try String(contentsOfFile: Fixtures.path("docs/glossary.md"), encoding: .utf8)
        var forms: [String: [String]] = ["ko": [], "en": []]
        for line in text.split(separator: "\n") where line.hasPrefix("| ") && !line.hasPrefix("| Concept") {
            let cells = line.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            guard cells.count >= 7 else { continue }
            forms["ko"]! += cells[4].components(separatedBy: " · ").filter { !$0.isEmpty }
            forms["en"]! += cells[5].components(separatedBy: " · ").filter { !$0.isEmpty }
        }
        return forms
    }
}
