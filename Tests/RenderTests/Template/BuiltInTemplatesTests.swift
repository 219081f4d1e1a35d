import BuiltIn
import Foundation
import XCTest
@testable import Render

/// The templates compiled into the executable (Plugins/EmbedBuildFacts) are exactly `templates/`, byte
/// for byte and in the same order, so a copied binary writes the same post as the checkout.
final class BuiltInTemplatesTests: XCTestCase {
    func testTheBuiltInTemplatesAreTheRepositorysTemplates() throws {
        for language in ["ko", "en"] {
            let folder = Fixtures.path("templates/\(language)")
            let names = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".md") }.sorted()
            let builtIn = BuiltIn.templates(language: language)
            XCTAssertEqual(builtIn.map(\.name), names.map { "templates/\(language)/\($0)" }, language)
            for (name, file) in zip(names, builtIn) {
                let onDisk = try String(contentsOfFile: folder + "/" + name, encoding: .utf8)
                XCTAssertEqual(file.text, onDisk, "\(file.name) differs from the file it was built from")
            }
        }
        XCTAssertTrue(BuiltIn.templates(language: "fr").isEmpty)
    }

    func testTheBuiltInSetsLoadAndRender() throws {
        let results = try Fixtures.twoCore()
        for language in ["ko", "en"] {
            let fromDisk = try PostRenderer(templates: TemplateSet.load(directory: Fixtures.path("templates/\(language)"))).markdown(for: results)
            let builtIn = try PostRenderer(templates: TemplateSet(files: BuiltIn.templates(language: language))).markdown(for: results)
            XCTAssertEqual(builtIn, fromDisk, language)
        }
    }

    func testTheBuildFactsAreRecorded() {
        XCTAssertNotNil(BuiltIn.commit.wholeMatch(of: /unknown|[0-9a-f]{12}(-dirty)?/), BuiltIn.commit)
        XCTAssertNotNil(BuiltIn.swiftVersion.wholeMatch(of: /unknown|[0-9]+\.[0-9]+(\.[0-9]+)? .*/), BuiltIn.swiftVersion)
        XCTAssertNotEqual(BuiltIn.swiftVersion, "unknown", "swiftc answered when this test bundle was built")
    }
}
