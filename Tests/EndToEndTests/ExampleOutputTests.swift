import Foundation
import XCTest

/// The committed example (`output/example/`, from `make example`) must be what this build renders from its own
/// results.json: a template or renderer change without re-rendering the example fails here.
final class ExampleOutputTests: XCTestCase {
    private let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("output/example")

    func testTheCommittedPostsAreTheRenderingOfTheCommittedResults() throws {
        let results = folder.appendingPathComponent("results.json").path
        for (language, which, post) in [("ko", "post", "post.md"), ("en", "post", "post.en.md"),
                                        ("ko", "companion", "companion.md"), ("en", "companion", "companion.en.md")] {
            let rendered = try CommandRunner.run(["render", results, "--lang", language, "--post", which])
            XCTAssertEqual(rendered.status, 0, rendered.stderr)
            let committed = try String(contentsOf: folder.appendingPathComponent(post), encoding: .utf8)
            XCTAssertEqual(rendered.stdout, committed, "output/example/\(post) is stale: run `make example` (or re-render it)")
        }
    }

    /// The same post comes out whatever the order of the arguments, and a templates folder or another
    /// language named after FILE wins.
    func testThePostDoesNotDependOnWhereTheArgumentsStand() throws {
        let results = folder.appendingPathComponent("results.json").path
        let english = try String(contentsOf: folder.appendingPathComponent("post.en.md"), encoding: .utf8)
        let templatesEN = folder.deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("templates/en").path
        for arguments in [["render", results, "--lang", "en"], ["render", "--lang", "en", results], ["render", results, "--lang=en"],
                          ["render", results, "--templates", templatesEN], ["render", results, "--lang", "ko", "--templates", templatesEN]] {
            let rendered = try CommandRunner.run(arguments)
            XCTAssertEqual(rendered.status, 0, rendered.stderr)
            XCTAssertEqual(rendered.stdout, english, arguments.joined(separator: " "))
        }
        let missing = try CommandRunner.run(["render", "/nonexistent/results.json", "--no-such-option"])
        XCTAssertEqual(missing.status, 2)
        XCTAssertTrue(missing.stderr.contains("--no-such-option"), "the parser's error comes first: \(missing.stderr)")
    }
}
