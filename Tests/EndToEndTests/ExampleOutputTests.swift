import Foundation
import XCTest

/// The committed example (`output/example/`, from `make example`) must be what this build renders from its own
/// results.json: a template or renderer change without re-rendering the example fails here.
final class ExampleOutputTests: XCTestCase {
    private let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("output/example")

    func testTheCommittedPostsAreTheRenderingOfTheCommittedResults() throws {
        let results = folder.appendingPathComponent("results.json").path
        for (language, post) in [("ko", "post.md"), ("en", "post.en.md")] {
            let rendered = try CommandRunner.run(["render", results, "--lang", language])
            XCTAssertEqual(rendered.status, 0, rendered.stderr)
            let committed = try String(contentsOf: folder.appendingPathComponent(post), encoding: .utf8)
            XCTAssertEqual(rendered.stdout, committed, "output/example/\(post) is stale: run `make example` (or re-render it)")
        }
    }
}
