import Foundation
import Render
import TestSupport
import XCTest

/// Gantt titles, lanes and task names with `: # ; %` from the templates still draw every bar in the
/// real Mermaid library.
final class HostileTextTests: XCTestCase {
    func testGanttWithHostileOptionsDrawsEveryBar() throws {
        let browser = try MermaidBrowser.make()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("concreport-hostile-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let resultsPath = try HostileFixture.writeResults(into: folder.path)

        let process = Process()
        process.executableURL = Bundle.main.bundleURL.appendingPathComponent("concreport")
        process.arguments = ["render", resultsPath, "--templates", HostileFixture.templates, "--lang", "en"]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let markdown = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0)

        let sources = MermaidFenceScanner.blocks(in: markdown)
        XCTAssertEqual(sources.count, Self.expected.count)
        let outcomes = try browser.render(sources)
        for ((source, outcome), expected) in zip(zip(sources, outcomes), Self.expected) {
            XCTAssertNil(outcome.error, source)
            XCTAssertEqual(outcome.bars, Self.taskLines(in: source), source)
            XCTAssertEqual(outcome.emptyBars, 0, source)
            XCTAssertEqual(outcome.title, expected.title, source)
            XCTAssertFalse(outcome.labels.isEmpty, source)
            for label in outcome.labels {
                // A bar too narrow for its label shows its number or nothing (GanttLabelFit).
                XCTAssertTrue(label.hasPrefix(expected.task + " ") || label.allSatisfy(\.isNumber),
                              "label \(label) lost its text: \(source)")
            }
        }
    }

    /// The `title:` and `task:` options of the three charts in hostile-templates, as a reader must see them.
    private static let expected: [(title: String, task: String)] = [
        ("Threads: #1; 100% done %% really", "%% task: #; 5%"),
        ("; starts with a semicolon: # hash", "#task;"),
        ("% percent first : then # and ;", "title"),
    ]

    /// Lines that declare a task: `name :start, end` (keywords and sections excluded).
    private static func taskLines(in source: String) -> Int {
        let keywords = ["gantt", "title", "dateFormat", "axisFormat", "tickInterval", "todayMarker", "section", "displayMode"]
        let body = source.split(separator: "\n").drop { $0 != "gantt" }
        return body.map { $0.trimmingCharacters(in: .whitespaces) }.filter { line in
            !line.isEmpty && !keywords.contains { line.hasPrefix($0) } && line.contains(":")
        }.count
    }
}
