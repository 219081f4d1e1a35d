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
            // The templates are parsed on a second thread while the results decode and the findings are
            // worked out: the two halves were most of `render`'s time after start-up. A results error is
            // still reported first.
            let templates = TemplatesInBackground(post)
            let results = try ResultsFile.load(path: resultsPath)
            let source = PostSource(results)
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

/// `PostOptions.loadTemplates()` run on its own thread; `wait()` returns its outcome.
private final class TemplatesInBackground: @unchecked Sendable {
    // @unchecked Sendable: `outcome` is written once by the thread before `done` is signalled and read
    // only after `wait()` has seen that signal.
    private var outcome: Result<TemplateSet, any Error> = .failure(CancellationError())
    private let done = DispatchSemaphore(value: 0)

    init(_ options: PostOptions) {
        Thread.detachNewThread { [self] in
            outcome = Result { try options.loadTemplates() }
            done.signal()
        }
    }

    func wait() throws -> TemplateSet {
        done.wait()
        return try outcome.get()
    }
}
