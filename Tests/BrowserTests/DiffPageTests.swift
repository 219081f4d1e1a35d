import Foundation
import Results
import XCTest

/// `concreport diff` of three labelled runs: its charts render with a bar per machine and no overlapping
/// text, its HTML page draws every chart, and no header holds a path.
final class DiffPageTests: XCTestCase {
    private func labelledCopies() throws -> [String] {
        let fixtures = MermaidBrowser.repositoryRoot.appendingPathComponent("Tests/Fixtures")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("concreport-diff-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: folder) }
        return try zip(["results-2core.json", "results-noisy.json", "results-16core.json"],
                       ["the laptop", "the CI runner", "the 64-core server"]).map { file, label in
            var results = try ResultsFile.load(path: fixtures.appendingPathComponent(file).path)
            results.label = label
            let path = folder.appendingPathComponent(file).path
            try ResultsFile.encode(results).write(to: URL(fileURLWithPath: path))
            return path
        }
    }

    private func diff(_ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = Bundle.main.bundleURL.appendingPathComponent("concreport")
        process.arguments = ["diff"] + arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0)
        return text
    }

    /// Six and twelve machines: the fleet page has no chart to draw and renders without an error.
    func testAFleetPageRenders() throws {
        let browser = try MermaidBrowser.make()
        let three = try labelledCopies()
        for count in [6, 12] {
            let files = (0..<count).map { three[$0 % three.count] }
            let markdown = try diff(files)
            XCTAssertTrue(markdown.hasPrefix("# concreport diff: a fleet of \(count) machines"), markdown)
            let page = try browser.load(html: try diff(files + ["--format", "html", "--mermaid-js", MermaidBrowser.localMermaidScript.path]))
            XCTAssertEqual(page.errors, [])
            XCTAssertEqual(page.diagrams, 0)
        }
    }

    func testThreeLabelledRunsChartAndPage() throws {
        let browser = try MermaidBrowser.make()
        let files = try labelledCopies()
        let markdown = try diff(files)
        let folder = URL(fileURLWithPath: files[0]).deletingLastPathComponent().path
        for line in markdown.split(separator: "\n") where line.hasPrefix("|") {
            XCTAssertFalse(line.contains(folder) || line.contains(".json"), "a path in a table row: \(line)")
        }
        XCTAssertTrue(markdown.contains("| Strategy | the laptop median ± MAD | the CI runner median ± MAD |"), markdown)
        let sources = MermaidFenceScanner.blocks(in: markdown)
        XCTAssertEqual(sources.count, 10, "a chart per workload and strategy")
        for (source, outcome) in zip(sources, try browser.render(sources)) {
            XCTAssertNil(outcome.error, source)
            XCTAssertEqual(outcome.plotBars, 3, "a bar per machine: \(source)")
            XCTAssertEqual(outcome.overlaps, [], source)
        }

        let page = try browser.load(html: try diff(files + ["--format", "html", "--mermaid-js", MermaidBrowser.localMermaidScript.path]))
        XCTAssertEqual(page.diagrams, 10)
        XCTAssertEqual(page.svgs, 10)
        XCTAssertEqual(page.errors, [])
    }
}
