import Foundation
import Render
import XCTest

/// Every Mermaid block concreport writes must render in the official Mermaid library, drawing one bar
/// per task line: the golden posts (fixtures, both languages) and a real `--quick` run's post and page.
final class RealPostTests: XCTestCase {
    private static let goldenFolder = MermaidBrowser.repositoryRoot.appendingPathComponent("Tests/RenderTests/Golden")

    func testGoldenPostsRenderEveryChartWithEveryBar() throws {
        let browser = try MermaidBrowser.make()
        let posts = try FileManager.default.contentsOfDirectory(atPath: Self.goldenFolder.path).filter { $0.hasSuffix(".md") }.sorted()
        XCTAssertFalse(posts.isEmpty)
        var sources: [(post: String, source: String)] = []
        for post in posts {
            let markdown = try String(contentsOf: Self.goldenFolder.appendingPathComponent(post), encoding: .utf8)
            sources += MermaidFenceScanner.blocks(in: markdown).map { (post, $0) }
        }
        let outcomes = try browser.render(sources.map(\.source))
        XCTAssertEqual(outcomes.count, sources.count)
        for (block, outcome) in zip(sources, outcomes) {
            assertRendered(outcome, block.source, in: block.post)
        }
    }

    func testQuickRunPostAndPageRenderInChromium() throws {
        let browser = try MermaidBrowser.make()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("concreport-browser-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let process = Process()
        process.executableURL = Bundle.main.bundleURL.appendingPathComponent("concreport")
        process.arguments = ["--quick", "--quiet", "--out", folder.path, "--mermaid-js", MermaidBrowser.localMermaidScript.path]
        try process.run()
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0)

        let markdown = try String(contentsOf: folder.appendingPathComponent("post.md"), encoding: .utf8)
        let sources = MermaidFenceScanner.blocks(in: markdown)
        XCTAssertGreaterThanOrEqual(sources.filter(Self.isGantt).count, 1)
        for (source, outcome) in zip(sources, try browser.render(sources)) {
            assertRendered(outcome, source, in: "post.md")
        }

        let page = try browser.load(htmlFile: folder.appendingPathComponent("post.html"))
        XCTAssertEqual(page.diagrams, sources.count)
        XCTAssertEqual(page.svgs, page.diagrams)
        XCTAssertEqual(page.errors, [])
    }

    private func assertRendered(_ outcome: BlockOutcome, _ source: String, in post: String,
                                file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertNil(outcome.error, "\(post): \(source)", file: file, line: line)
        XCTAssertEqual(outcome.overlaps, [], "\(post): texts overlap at 750 px in\n\(source)", file: file, line: line)
        if let plot = XYChartSource(source) {
            XCTAssertEqual(outcome.plotBars, plot.barValues, "\(post): bars drawn vs data in\n\(source)", file: file, line: line)
            XCTAssertEqual(outcome.linePoints, plot.linePoints, "\(post): line points drawn vs data in\n\(source)", file: file, line: line)
            XCTAssertEqual(Array(outcome.categories.prefix(plot.categories.count)), plot.categories,
                           "\(post): x-axis categories in\n\(source)", file: file, line: line)
        }
        guard Self.isGantt(source) else { return }
        XCTAssertEqual(outcome.bars, Self.taskLines(in: source), "\(post): \(source)", file: file, line: line)
        XCTAssertEqual(outcome.emptyBars, 0, "\(post): \(source)", file: file, line: line)
    }

    private static func isGantt(_ source: String) -> Bool {
        source.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.contains("gantt")
    }

    /// Lines that declare a task: `name :start, end` (keywords and sections excluded).
    private static func taskLines(in source: String) -> Int {
        let keywords = ["gantt", "title", "dateFormat", "axisFormat", "tickInterval", "todayMarker", "section", "displayMode"]
        let body = source.split(separator: "\n").drop { $0 != "gantt" }
        return body.map { $0.trimmingCharacters(in: .whitespaces) }.filter { line in
            !line.isEmpty && !keywords.contains { line.hasPrefix($0) } && line.contains(":")
        }.count
    }
}
