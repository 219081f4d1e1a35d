import Foundation
import XCTest
@testable import Render

/// The names table of `docs/templates.md` is the one generated from the declarations in
/// `Sources/Render/Template/Names/`; `CONCREPORT_RECORD_GOLDEN=1` rewrites it (and fails, saying so).
final class NamesDocumentationTests: XCTestCase {
    private let begin = "<!-- names:begin -->\n", end = "<!-- names:end -->"

    func testTheDocumentedNamesAreTheDeclaredOnes() throws {
        let path = Fixtures.path("docs/templates.md")
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let start = try XCTUnwrap(text.range(of: begin)), stop = try XCTUnwrap(text.range(of: end))
        let generated = NameCatalog.markdownTable + "\n"
        if ProcessInfo.processInfo.environment["CONCREPORT_RECORD_GOLDEN"] == "1" {
            try (text[..<start.upperBound] + generated + text[stop.lowerBound...]).write(toFile: path, atomically: true, encoding: .utf8)
            return XCTFail("Recorded the names table in \(path); unset CONCREPORT_RECORD_GOLDEN and run again")
        }
        XCTAssertEqual(String(text[start.upperBound..<stop.lowerBound]), generated, "docs/templates.md is stale")
    }

    func testEveryDeclaredNameIsAcceptedAndNoOther() throws {
        for name in PostRenderer.names() where !name.hasPrefix("```") {
            XCTAssertNoThrow(try TemplateSet(files: [("t.md", "{{ \(name) }}\n")]), name)
        }
        XCTAssertThrowsError(try TemplateSet(files: [("t.md", "{{ cpu.threads.speed }}\n")]))
    }
}
