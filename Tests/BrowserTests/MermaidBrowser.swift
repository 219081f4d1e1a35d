import Foundation
import XCTest

/// Renders Mermaid diagrams with the official mermaid.min.js in headless Chromium, the way a reader's
/// browser would, and reports what Mermaid made of each. One Chromium run per call: batch diagrams.
struct MermaidBrowser: Sendable {
    let chromium: HeadlessChromium
    let mermaidScript: URL

    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let localMermaidScript = repositoryRoot.appendingPathComponent(".tools/mermaid/mermaid.min.js")

    /// The browser and mermaid.min.js of this checkout. When either is missing this throws XCTSkip,
    /// or, with `CI` set, an error that fails the test.
    static func make() throws -> MermaidBrowser {
        guard FileManager.default.fileExists(atPath: localMermaidScript.path) else {
            throw unavailable("mermaid.min.js is missing at \(localMermaidScript.path): run scripts/fetch-mermaid.sh")
        }
        guard let chromium = HeadlessChromium.find() else {
            throw unavailable("chromium is not on PATH: install it (apt-get install chromium) and run scripts/fetch-mermaid.sh")
        }
        return MermaidBrowser(chromium: chromium, mermaidScript: localMermaidScript)
    }

    /// Extracts the ```mermaid blocks of a Markdown post and renders each, in order.
    static func checkMarkdown(_ markdown: String) throws -> [BlockOutcome] {
        try make().render(MermaidFenceScanner.blocks(in: markdown))
    }

    /// Renders each source with `mermaid.render` (which, unlike `mermaid.parse`, also catches Gantt
    /// date errors) and returns one outcome per source, in order.
    func render(_ sources: [String]) throws -> [BlockOutcome] {
        if sources.isEmpty { return [] }
        return try withScratchPage(named: "render.html", contents: try checkPage(for: sources)) { page in
            let dom = try chromium.dumpDOM(of: page)
            guard let json = Self.results(in: dom) else { throw BrowserError.noResults(page: page.path) }
            return try JSONDecoder().decode([BlockOutcome].self, from: Data(json.utf8))
        }
    }

    /// Loads an HTML page as it is (e.g. `HTMLPage.make` with `mermaidScript` set to
    /// `localMermaidScript.path`) and reports which of its `pre.mermaid` diagrams became SVG.
    func load(htmlFile: URL) throws -> PageOutcome {
        PageOutcome(dumpedDOM: try chromium.dumpDOM(of: htmlFile))
    }

    /// Writes `html` to a temporary file, loads it, and removes it again.
    func load(html: String) throws -> PageOutcome {
        try withScratchPage(named: "page.html", contents: html) { try load(htmlFile: $0) }
    }

    private func withScratchPage<T>(named name: String, contents: String, _ body: (URL) throws -> T) throws -> T {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("concreport-mermaid-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let page = directory.appendingPathComponent(name)
        try contents.write(to: page, atomically: true, encoding: .utf8)
        return try body(page)
    }

    private static func results(in dom: String) -> Substring? {
        guard let opening = dom.firstRange(of: resultsOpening),
              let closing = dom[opening.upperBound...].firstRange(of: "</pre>")
        else { return nil }
        let json = dom[opening.upperBound..<closing.lowerBound]
        return json.isEmpty ? nil : json
    }

    private static func unavailable(_ reason: String) -> any Error {
        if ProcessInfo.processInfo.environment["CI"] != nil {
            return BrowserError.unavailable(reason)
        }
        return XCTSkip(reason)
    }
}
