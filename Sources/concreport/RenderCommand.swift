import ArgumentParser
import Foundation
import Render
import Results

struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Re-render saved measurements (results.json) without measuring again."
    )

    @Argument(help: ArgumentHelp("A results.json written by concreport.", valueName: "results.json"))
    var resultsPath: String?

    @Flag(name: .customLong("list-names"), help: "List the values and directives templates can use (with their values for the given results).")
    var listNames = false

    @OptionGroup var post: PostOptions

    func validate() throws {
        guard resultsPath != nil || listNames else { throw ValidationError("render needs a results.json") }
    }

    func run() throws {
        if !listNames, let resultsPath {
            // The results are read (and what they say worked out) while the templates are parsed on a
            // second thread: the two halves were most of `render`'s time after start-up. Both may already
            // be under way (`RenderHeadStart`). A results error is still reported first.
            let head = RenderHeadStart.current
            let templates = head?.templates(for: post) ?? InBackground { try post.loadTemplates() }
            let (results, source) = try head?.results(for: resultsPath)?.wait() ?? RenderHeadStart.read(resultsPath)
            try Publisher(options: post, templates: templates.wait()).publish(results, source: source)
            return
        }
        let results = try resultsPath.map { try ResultsFile.load(path: $0) }
        if listNames {
            let lines = results.map(PostRenderer.names(for:)) ?? PostRenderer.names()
            Console.out(lines.joined(separator: "\n") + "\n")
        }
    }
}
