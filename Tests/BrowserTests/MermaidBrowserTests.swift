import Render
import XCTest

/// Each test is one Chromium run (about 2 s): diagrams are batched per page.
final class MermaidBrowserTests: XCTestCase {
    private static let goodGantt = """
        gantt
          dateFormat x
          axisFormat %S.%L
          tickInterval 100millisecond
          todayMarker off
          section Tasks
          first task : t1, 0, 310
          second #58; colon : t2, 310, 655
          third task : t3, 655, 1002
        """

    private static let badDateGantt = """
        gantt
          dateFormat x
          axisFormat %S.%L
          todayMarker off
          section Tasks
          broken : t1, soon, 310
        """

    private static let unreadableDurationGantt = """
        gantt
          dateFormat x
          axisFormat %S.%L
          todayMarker off
          section Tasks
          fine : t1, 0, 310
          scientific : t2, 0, 1e3
        """

    func testGanttChartsRenderOrFailAsMermaidDoes() throws {
        let outcomes = try MermaidBrowser.make().render([
            Self.goodGantt, Self.badDateGantt, Self.unreadableDurationGantt, "graph TD\n  A -->",
        ])

        XCTAssertEqual(outcomes.count, 4)
        XCTAssertTrue(outcomes[0].ok, "\(outcomes[0])")
        XCTAssertEqual(outcomes[0].bars, 3)
        XCTAssertEqual(outcomes[0].emptyBars, 0)
        XCTAssertEqual(outcomes[0].labels, ["first task", "second : colon", "third task"])
        XCTAssertFalse(outcomes[1].ok)
        XCTAssertEqual(outcomes[1].error, "Invalid date:soon")
        XCTAssertTrue(outcomes[2].ok, "Mermaid accepts 1e3 silently")
        XCTAssertEqual(outcomes[2].emptyBars, 1)
        XCTAssertFalse(outcomes[3].ok)
        XCTAssertTrue(outcomes[3].error?.contains("Parse error") ?? false, "\(outcomes[3])")
    }

    func testHTMLPageRendersEveryChart() throws {
        let browser = try MermaidBrowser.make()
        let fragment = """
            <h1>Two charts</h1>
            <pre><code class="language-mermaid">\(Self.goodGantt.htmlEscaped)
            </code></pre>
            <p>and a flowchart whose arrow cmark-gfm escaped</p>
            <pre><code class="language-mermaid">graph TD
              A --&gt; B
            </code></pre>
            <pre><code class="language-mermaid">\(Self.badDateGantt.htmlEscaped)
            </code></pre>

            """
        let page = HTMLPage.make(
            fragment: fragment, title: "t", lang: "en", mermaidScript: MermaidBrowser.localMermaidScript.path)

        let outcome = try browser.load(html: page)

        XCTAssertEqual(outcome.diagrams, 3)
        XCTAssertEqual(outcome.svgs, 3)
        XCTAssertEqual(outcome.errors, ["Syntax error in text"], "only the third chart fails")
    }

    func testCheckMarkdownRendersEveryMermaidFence() throws {
        let markdown = """
            ---
            mermaid: true
            ---
            # Post

            ```mermaid
            \(Self.goodGantt)
            ```

            ```swift
            let notADiagram = 1
            ```

            ~~~ mermaid
            \(Self.badDateGantt)
            ~~~

            """

        let outcomes = try MermaidBrowser.checkMarkdown(markdown)

        XCTAssertEqual(outcomes.map(\.ok), [true, false])
        XCTAssertEqual(outcomes.first?.bars, 3)
    }

    func testFenceScannerFindsOnlyMermaidBlocks() {
        let markdown = "```mermaid\na\n```\n````\n```mermaid\nnot a block\n```\n````\n  ~~~mermaid\nb\nc\n~~~\n"

        XCTAssertEqual(MermaidFenceScanner.blocks(in: markdown), ["a", "b\nc"])
    }

    func testPageOutcomeReadsMermaidErrorDiagrams() {
        let dom = """
            <pre class="mermaid" data-processed="true"><svg aria-roledescription="gantt"></svg></pre>
            <pre class="mermaid" data-processed="true"><svg aria-roledescription="error"><text class="error-text">Syntax error in text</text></svg></pre>
            <pre class="mermaid">graph TD</pre>
            """

        let outcome = PageOutcome(dumpedDOM: dom)

        XCTAssertEqual(outcome, PageOutcome(diagrams: 3, svgs: 2, errors: ["Syntax error in text"]))
    }
}

private extension String {
    /// As cmark-gfm escapes a code block's text.
    var htmlEscaped: String {
        replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }
}
