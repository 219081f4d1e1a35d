import Foundation
import Render
import TestSupport
import XCTest

/// Machine facts and template text full of `| : # ; % < > & \` and newlines: tables keep their columns,
/// the HTML page escapes them, and raw HTML from templates reaches the page only with --unsafe-html.
final class HostileInputTests: XCTestCase {
    private func renderHostile(_ extra: [String]) throws -> CommandResult {
        let folder = try CommandRunner.temporaryDirectory()
        let results = try HostileFixture.writeResults(into: folder)
        return try CommandRunner.run(["render", results, "--templates", HostileFixture.templates, "--lang", "en"] + extra)
    }

    func testTablesKeepTheirColumns() throws {
        let run = try renderHostile([])
        XCTAssertEqual(run.status, 0, run.stderr)
        let tables = PostOutline(markdown: run.stdout).tables
        XCTAssertEqual(tables.count, 1)
        let rows = try XCTUnwrap(tables.first)
        XCTAssertEqual(rows.map(\.count), [3, 3, 3, 3], "\(rows)")
        // Each value stays whole in its own cell, newlines flattened to spaces.
        XCTAssertEqual(rows.map { $0.last }, ["Note", "first", "second", "third"])
        XCTAssertEqual(rows[1][1], HostileFixture.cpuModel.replacingOccurrences(of: "\n", with: " "))
        XCTAssertEqual(rows[2][1], "Evil|OS: #2; 50%% <img src=x onerror=alert(1)> & \\`x\\` end")
        XCTAssertEqual(rows[3][1], HostileFixture.kernel)
        XCTAssertEqual(PostOutline(markdown: run.stdout).title,
                       "On " + HostileFixture.cpuModel.replacingOccurrences(of: "\n", with: " ").replacingOccurrences(of: "\"", with: "\\\""))
    }

    func testTheHTMLPageEscapesEveryValue() throws {
        let run = try renderHostile(["--format", "html"])
        XCTAssertEqual(run.status, 0, run.stderr)
        let page = run.stdout
        XCTAssertFalse(page.contains("<script>alert"), "raw <script> from the data")
        XCTAssertFalse(page.contains("<img src=x"), "raw <img> from the data")
        XCTAssertFalse(page.contains("<b>bold</b>"), "raw <b> from the data")
        XCTAssertTrue(page.contains("&lt;script&gt;alert("), "the CPU model is shown, escaped")
        XCTAssertTrue(page.contains("&lt;img src=x onerror=alert(1)&gt;"))
        XCTAssertEqual(page.components(separatedBy: "<script").count - 1, 2, "only the page's own two scripts")
        XCTAssertTrue(page.contains("<title>On ACME | Turbo: #1; 100% &lt;script&gt;"), "title escaped")
    }

    func testRawHTMLInTemplatesNeedsUnsafeHTML() throws {
        let templates = try CommandRunner.temporaryDirectory()
        try Data("# Raw\n\n<div class=\"box\"><script>alert(\"template\")</script></div>\n\nInline <span>kept</span> text.\n".utf8)
            .write(to: URL(fileURLWithPath: templates + "/010-raw.md"))
        let arguments = ["render", RepositoryFixtures.twoCoreResults, "--templates", templates, "--format", "html"]

        let safe = try CommandRunner.run(arguments)
        XCTAssertEqual(safe.status, 0, safe.stderr)
        XCTAssertFalse(safe.stdout.contains("<div class=\"box\">"), safe.stdout)
        XCTAssertFalse(safe.stdout.contains("alert(\"template\")"))
        XCTAssertFalse(safe.stdout.contains("<span>kept</span>"))
        XCTAssertTrue(safe.stdout.contains("raw HTML omitted"), "cmark-gfm marks what it left out")

        let unsafe = try CommandRunner.run(arguments + ["--unsafe-html"])
        XCTAssertEqual(unsafe.status, 0, unsafe.stderr)
        XCTAssertTrue(unsafe.stdout.contains("<div class=\"box\"><script>alert(\"template\")</script></div>"))
        XCTAssertTrue(unsafe.stdout.contains("<span>kept</span>"))
    }
}
