import BuiltIn
import Foundation
import XCTest
@testable import Render

/// The templates compiled into the executable (Plugins/EmbedBuildFacts) are exactly `templates/`, byte
/// for byte and in the same order, so a copied binary writes the same post as the checkout.
final class BuiltInTemplatesTests: XCTestCase {
    func testTheBuiltInTemplatesAreTheRepositorysTemplates() throws {
        for (language, subfolder) in [("ko", nil), ("en", nil), ("ko", "companion"), ("en", "companion")] {
            let relative = "templates/\(language)" + (subfolder.map { "/" + $0 } ?? "")
            let folder = Fixtures.path(relative)
            let names = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".md") }.sorted()
            let builtIn = BuiltIn.templates(language: language, folder: subfolder)
            XCTAssertEqual(builtIn.map(\.name), names.map { "\(relative)/\($0)" }, relative)
            for (name, file) in zip(names, builtIn) {
                let onDisk = try String(contentsOfFile: folder + "/" + name, encoding: .utf8)
                XCTAssertEqual(file.text, onDisk, "\(file.name) differs from the file it was built from")
            }
        }
        XCTAssertTrue(BuiltIn.templates(language: "fr").isEmpty)
    }

    func testTheBuiltInSetsLoadAndRender() throws {
        let results = try Fixtures.twoCore()
        for (language, subfolder) in [("ko", nil), ("en", nil), ("ko", "companion"), ("en", "companion")] {
            let relative = "templates/\(language)" + (subfolder.map { "/" + $0 } ?? "")
            let fromDisk = try PostRenderer(templates: TemplateSet.load(directory: Fixtures.path(relative))).markdown(for: results)
            let builtIn = try PostRenderer(templates: TemplateSet(files: BuiltIn.templates(language: language, folder: subfolder))).markdown(for: results)
            XCTAssertEqual(builtIn, fromDisk, relative)
        }
    }

    func testTheBuildFactsAreRecorded() {
        XCTAssertNotNil(BuiltIn.commit.wholeMatch(of: /unknown|[0-9a-f]{12}(-dirty)?/), BuiltIn.commit)
        XCTAssertNotNil(BuiltIn.swiftVersion.wholeMatch(of: /unknown|[0-9]+\.[0-9]+(\.[0-9]+)? .*/), BuiltIn.swiftVersion)
        XCTAssertNotEqual(BuiltIn.swiftVersion, "unknown", "swiftc answered when this test bundle was built")
    }
}
