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
        let results = try resultsPath.map { try ResultsFile.load(path: $0) }
        if listNames {
            let lines = results.map(PostRenderer.names(for:)) ?? PostRenderer.names()
            try Console.out(lines.joined(separator: "\n") + "\n")
        } else if let results {
            try Publisher(options: post, templates: post.loadTemplates()).publish(results)
        }
    }
}
