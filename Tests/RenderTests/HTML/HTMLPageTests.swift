import XCTest
@testable import Render

final class HTMLPageTests: XCTestCase {
    private let twoCharts = """
        <h1>Title</h1>
        <pre><code class="language-mermaid">gantt
          dateFormat x
          a : t1, 0, 10
        </code></pre>
        <p>between</p>
        <pre><code class="language-swift">let x = 1
        </code></pre>
        <pre><code class="language-mermaid">graph TD
          A --&gt; B
        </code></pre>

        """

    func testPageIsCompleteWithCharsetViewportAndLanguage() {
        let page = HTMLPage.make(fragment: "<p>hello</p>\n", title: "Post", lang: "ko", mermaidScript: "m.js")

        XCTAssertTrue(page.hasPrefix("<!DOCTYPE html>\n"))
        XCTAssertTrue(page.contains("<html lang=\"ko\">"))
        XCTAssertTrue(page.contains("<meta charset=\"utf-8\">"))
        XCTAssertTrue(page.contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"))
        XCTAssertTrue(page.contains("<title>Post</title>"))
        XCTAssertTrue(page.contains("<p>hello</p>"))
        XCTAssertTrue(page.hasSuffix("</html>\n"))
    }

    func testTitleIsEscaped() {
        let page = HTMLPage.make(fragment: "", title: "A & B <C> \"D\"", lang: "en", mermaidScript: "m.js")

        XCTAssertTrue(page.contains("<title>A &amp; B &lt;C&gt; &quot;D&quot;</title>"))
    }

    func testScriptInTitleCannotRun() {
        let page = HTMLPage.make(
            fragment: "", title: "</title><script>alert(1)</script>", lang: "en", mermaidScript: "m.js")

        XCTAssertFalse(page.contains("<script>alert(1)"))
        XCTAssertTrue(page.contains("<title>&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt;</title>"))
        XCTAssertEqual(page.components(separatedBy: "<script").count - 1, 2, "only mermaid's two scripts")
    }

    func testEveryMermaidFenceBecomesADiagramAndOtherCodeStays() {
        let page = HTMLPage.make(fragment: twoCharts, title: "t", lang: "en", mermaidScript: "m.js")

        XCTAssertEqual(page.components(separatedBy: "<pre class=\"mermaid\">").count - 1, 2)
        XCTAssertFalse(page.contains("language-mermaid"))
        XCTAssertTrue(page.contains("<pre><code class=\"language-swift\">let x = 1\n</code></pre>"))
    }

    func testDiagramTextKeepsCmarksEscaping() {
        let page = HTMLPage.make(fragment: twoCharts, title: "t", lang: "en", mermaidScript: "m.js")

        XCTAssertTrue(page.contains("<pre class=\"mermaid\">graph TD\n  A --&gt; B\n</pre>"))
    }

    func testUnclosedFenceIsLeftAlone() {
        let fragment = "<pre><code class=\"language-mermaid\">gantt"

        XCTAssertEqual(MermaidFences.convert(fragment), fragment)
    }

    func testMermaidScriptIsLoadedAndStarted() {
        let page = HTMLPage.make(fragment: "", title: "t", lang: "en", mermaidScript: "/tmp/a\"b/mermaid.min.js")

        XCTAssertTrue(page.contains("<script src=\"/tmp/a&quot;b/mermaid.min.js\"></script>"))
        XCTAssertTrue(page.contains("mermaid.initialize({startOnLoad:true});"))
    }

    func testDefaultScriptIsThePinnedURL() {
        let page = HTMLPage.make(fragment: "", title: "t", lang: "en")

        XCTAssertEqual(HTMLPage.defaultMermaidScriptURL, "https://cdn.jsdelivr.net/npm/mermaid@11.6.0/dist/mermaid.min.js")
        XCTAssertTrue(page.contains("<script src=\"\(HTMLPage.defaultMermaidScriptURL)\"></script>"))
    }

    func testTablesScrollAndStripe() {
        let page = HTMLPage.make(fragment: "", title: "t", lang: "en", mermaidScript: "m.js")

        XCTAssertTrue(page.contains("overflow-x: auto"))
        XCTAssertTrue(page.contains("tbody tr:nth-child(2n)"))
    }
}
