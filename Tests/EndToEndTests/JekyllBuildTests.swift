import Foundation
import Render
import Results
import XCTest

/// The post in a real static blog: a minimal Jekyll site (Debian's `jekyll`, kramdown's GFM parser as
/// the Chirpy theme uses) builds it with every table, heading and Mermaid block cmark-gfm's HTML has,
/// and Liquid leaves every `{{`, `{%` and `%}` as written.
final class JekyllBuildTests: XCTestCase {
    private static let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("RenderTests/Golden")

    func testGoldenPostsBuildInJekyllWithTheSameStructure() throws {
        guard let jekyll = ["/usr/bin/jekyll", "/usr/local/bin/jekyll"].first(where: FileManager.default.isExecutableFile) else {
            if ProcessInfo.processInfo.environment["CI"] != nil { XCTFail("jekyll is missing: run scripts/setup.sh") }
            throw XCTSkip("jekyll is not installed: run scripts/setup.sh")
        }
        for name in ["post-2core.en.md", "post-2core.ko.md", "post-2core.en.companion.md", "post-2core.ko.companion.md"] {
            var markdown = try String(contentsOf: Self.golden.appendingPathComponent(name), encoding: .utf8)
            // Liquid's own sequences in a paragraph and a table cell: both must come out as written.
            markdown += "\nLiquid test: {{ site.title }} and {% raw %} and 100%} done.\n"
            let jekyllHTML = try build(markdown, jekyll: jekyll)
            let cmarkHTML = MarkdownHTML.fragment(markdown, unsafe: false)
            XCTAssertEqual(HTMLShape(jekyllHTML).tables, HTMLShape(cmarkHTML).tables, "\(name): rows and cells per table")
            XCTAssertEqual(HTMLShape(jekyllHTML).headings, HTMLShape(cmarkHTML).headings, "\(name): headings")
            let mermaid = HTMLShape(cmarkHTML).mermaid
            XCTAssertGreaterThan(mermaid.count, 5, name)
            XCTAssertEqual(HTMLShape(jekyllHTML).mermaid, mermaid, "\(name): Mermaid sources")
            for sequence in ["{{", "{%", "%}"] {
                XCTAssertEqual(HTMLShape.unescaped(jekyllHTML).components(separatedBy: sequence).count,
                               HTMLShape.unescaped(cmarkHTML).components(separatedBy: sequence).count, "\(name): \(sequence)")
            }
            XCTAssertTrue(HTMLShape.unescaped(jekyllHTML).contains("{{ site.title }} and {% raw %} and 100%} done."), name)
        }
    }

    /// `diff` of six and of twelve machines (the fleet view) builds as a post with the tables cmark-gfm sees.
    func testFleetDiffsBuildInJekyll() throws {
        guard let jekyll = ["/usr/bin/jekyll", "/usr/local/bin/jekyll"].first(where: FileManager.default.isExecutableFile) else {
            if ProcessInfo.processInfo.environment["CI"] != nil { XCTFail("jekyll is missing: run scripts/setup.sh") }
            throw XCTSkip("jekyll is not installed: run scripts/setup.sh")
        }
        let fixtures = Self.golden.deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fixtures")
        let names = ["2core", "noisy", "16core", "1core", "quota", "freethreaded"]
        for count in [6, 12] {
            let files = try (0..<count).map { index -> (name: String, results: Results) in
                var results = try ResultsFile.load(path: fixtures.appendingPathComponent("results-\(names[index % names.count]).json").path)
                results.label = "machine \(index + 1)"
                return ("m\(index + 1).json", results)
            }
            let markdown = "---\ntitle: fleet\n---\n" + ResultsDiff(files).markdown()
            let jekyllHTML = try build(markdown, jekyll: jekyll)
            let cmarkHTML = MarkdownHTML.fragment(markdown, unsafe: false)
            let tables = HTMLShape(cmarkHTML).tables
            XCTAssertGreaterThanOrEqual(tables.count, 4, "ranking, machines and a table per workload")
            XCTAssertEqual(tables.first?.count, count + 1, "a row per machine under the header")
            XCTAssertEqual(HTMLShape(jekyllHTML).tables, tables, "\(count) machines: rows and cells per table")
            XCTAssertEqual(HTMLShape(jekyllHTML).headings, HTMLShape(cmarkHTML).headings.filter { $0 != "fleet" })
        }
    }

    /// Builds `markdown` as the only post of a fresh site and returns the post's HTML.
    private func build(_ markdown: String, jekyll: String) throws -> String {
        let site = FileManager.default.temporaryDirectory.appendingPathComponent("concreport-jekyll-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: site) }
        try FileManager.default.createDirectory(at: site.appendingPathComponent("_posts"), withIntermediateDirectories: true)
        try """
            markdown: kramdown
            kramdown:
              input: GFM
            defaults:
              - scope: { path: "" }
                values: { layout: null }
            """.write(to: site.appendingPathComponent("_config.yml"), atomically: true, encoding: .utf8)
        try markdown.write(to: site.appendingPathComponent("_posts/2026-11-25-post.md"), atomically: true, encoding: .utf8)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [jekyll, "build", "--quiet", "--source", site.path, "--destination", site.appendingPathComponent("_site").path]
        process.currentDirectoryURL = site
        try process.run()
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0, "jekyll build failed")
        let output = try FileManager.default.subpathsOfDirectory(atPath: site.appendingPathComponent("_site").path)
            .first { $0.hasSuffix(".html") && $0.contains("post") }
        let path = try XCTUnwrap(output, "no post in _site")
        return try String(contentsOf: site.appendingPathComponent("_site").appendingPathComponent(path), encoding: .utf8)
    }
}

/// What the test compares of a page: per table its row count and cells per row, the headings' texts,
/// and the Mermaid code blocks' sources (cmark-gfm's `language-mermaid` code, kramdown's
/// `language-mermaid` div around Rouge's code).
struct HTMLShape {
    var tables: [[Int]] = []
    var headings: [String] = []
    var mermaid: [String] = []

    init(_ html: String) {
        for table in Self.elements("table", in: html) {
            tables.append(Self.elements("tr", in: table).map { Self.elements("td", in: $0).count + Self.elements("th", in: $0).count })
        }
        for level in 1...6 {
            // kramdown typesets quotes (’ “ ”): compared as the plain ones cmark-gfm keeps.
            headings += Self.elements("h\(level)", in: html).map {
                Self.unescaped(Self.strippingTags($0)).trimmingCharacters(in: .whitespaces)
                    .replacingOccurrences(of: "’", with: "'").replacingOccurrences(of: "‘", with: "'")
                    .replacingOccurrences(of: "“", with: "\"").replacingOccurrences(of: "”", with: "\"")
            }
        }
        headings.sort()
        var rest = html[...]
        while let marker = rest.firstRange(of: "language-mermaid") {
            let after = rest[marker.upperBound...]
            guard let code = after.firstRange(of: "<code"), let open = after[code.upperBound...].firstIndex(of: ">"),
                  let close = after[open...].firstRange(of: "</code>") else { break }
            let source = Self.unescaped(Self.strippingTags(String(after[after.index(after: open)..<close.lowerBound])))
            mermaid.append(source.trimmingCharacters(in: .newlines))
            rest = after[close.upperBound...]
        }
    }

    static func elements(_ tag: String, in html: String) -> [String] {
        var found: [String] = []
        var rest = html[...]
        while let open = rest.firstRange(of: "<\(tag)"), let end = rest[open.upperBound...].firstIndex(of: ">") {
            let next = rest[open.upperBound]
            guard next == ">" || next == " " else { rest = rest[open.upperBound...]; continue }
            guard let close = rest[end...].firstRange(of: "</\(tag)>") else { break }
            found.append(String(rest[rest.index(after: end)..<close.lowerBound]))
            rest = rest[close.upperBound...]
        }
        return found
    }

    static func strippingTags(_ html: String) -> String {
        var out = ""
        var inTag = false
        for character in html {
            if character == "<" { inTag = true } else if character == ">" && inTag { inTag = false } else if !inTag { out.append(character) }
        }
        return out
    }

    static func unescaped(_ html: String) -> String {
        html.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&amp;", with: "&")
    }
}
