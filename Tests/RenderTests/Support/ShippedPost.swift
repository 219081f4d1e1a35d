import Foundation
@testable import Render

/// The shipped templates (`templates/<lang>`) filled from a synthetic fixture, and simple counts over the
/// resulting Markdown for comparing posts.
enum ShippedPost {
    static func render(cores: Int, language: String) throws -> String {
        try PostRenderer(templates: TemplateSet.load(directory: Fixtures.path("templates/\(language)")))
            .markdown(for: Fixtures.results(cores: cores))
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
