import Foundation
import Results
@testable import Render

/// The shipped templates (`templates/<lang>`) filled from a synthetic fixture, and simple counts over the
/// resulting Markdown for comparing posts.
enum ShippedPost {
    static func render(cores: Int, language: String) throws -> String {
        try render(Fixtures.results(cores: cores), language: language)
    }

    /// The post (`templates/<lang>`) from any results.
    static func render(_ results: Results, language: String) throws -> String {
        try PostRenderer(templates: TemplateSet.load(directory: Fixtures.path("templates/\(language)"))).markdown(for: results)
    }

    /// The post's companion (`templates/<lang>/companion`).
    static func renderCompanion(_ results: Results, language: String) throws -> String {
        try PostRenderer(templates: TemplateSet.load(directory: Fixtures.path("templates/\(language)/companion"))).markdown(for: results)
    }

    /// The words a reader reads, as the post's length bound counts them (issue: "words outside Mermaid
    /// blocks"): whitespace-separated tokens of every line outside ```` ```mermaid ```` fences, front
    /// matter included.
    static func wordsOutsideMermaid(_ post: String) -> Int {
        var inMermaid = false
        var inFence = false
        var words = 0
        for line in post.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.hasPrefix("```") {
                if inFence { inFence = false; if inMermaid { inMermaid = false; continue } }
                else { inFence = true; inMermaid = trimmed.hasPrefix("```mermaid"); if inMermaid { continue } }
            }
            if !inMermaid { words += line.split(whereSeparator: \.isWhitespace).count }
        }
        return words
    }

    /// Running prose: words outside the front matter, code blocks and tables (headings count).
    static func proseWords(_ post: String) -> Int {
        var lines = post.split(separator: "\n", omittingEmptySubsequences: false)[...]
        if lines.first == "---", let close = lines.dropFirst().firstIndex(of: "---") { lines = lines[(close + 1)...] }
        var inFence = false
        var words = 0
        for line in lines {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.hasPrefix("```") { inFence.toggle(); continue }
            if inFence || trimmed.hasPrefix("|") { continue }
            words += trimmed.split(whereSeparator: \.isWhitespace).count
        }
        return words
    }

    static func mermaidCount(_ post: String) -> Int {
        post.split(separator: "\n").filter { $0.hasPrefix("```mermaid") }.count
    }

    /// `#` counts of every heading outside code blocks, in order.
    static func headingLevels(_ post: String) -> [Int] {
        var inFence = false
        var levels: [Int] = []
        for line in post.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("```") { inFence.toggle(); continue }
            guard !inFence, line.hasPrefix("#") else { continue }
            let hashes = line.prefix { $0 == "#" }.count
            if line.dropFirst(hashes).first == " " { levels.append(hashes) }
        }
        return levels
    }

    static func ganttCount(_ post: String) -> Int {
        post.components(separatedBy: "```mermaid\n---\ndisplayMode: compact\n").count - 1
    }

    static func tableCount(_ post: String) -> Int {
        post.split(separator: "\n").filter { $0.hasPrefix("|:") || $0.hasPrefix("|-") }.count
    }
}
