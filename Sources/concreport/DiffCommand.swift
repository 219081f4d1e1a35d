import ArgumentParser
import Foundation
import Render
import Results

struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Compare two or more results files side by side (Markdown on stdout).",
        discussion: "A difference is flagged only where it exceeds both runs' own noise."
    )

    @Argument(help: ArgumentHelp("Results files; the first is the baseline.", valueName: "results.json"))
    var files: [String]

    @Option(name: .customLong("fail-above"), parsing: .unconditional, help: ArgumentHelp("Exit 1 when a flagged slowdown exceeds this many percent.", valueName: "pct"))
    var failAbove: Double?

    @Option(name: .long, help: "What to print: markdown, or html (a stand-alone page with the same tables and charts).")
    var format: DiffFormat = .markdown

    @Option(name: .customLong("mermaid-js"), help: ArgumentHelp("Where the HTML page loads Mermaid from (a URL or a path).", valueName: "path-or-url"))
    var mermaidJS: String?

    func validate() throws {
        guard files.count >= 2 else { throw ValidationError("diff needs at least two results files") }
        if let failAbove, !(failAbove >= 0 && failAbove.isFinite) {
            throw ValidationError("--fail-above must be a percentage ≥ 0")
        }
    }

    func run() throws {
        let inputs = try files.map { (name: $0, results: try ResultsFile.load(path: $0)) }
        let diff = ResultsDiff(inputs)
        let markdown = diff.markdown()
        switch format {
        case .markdown:
            try Console.out(markdown)
        case .html:
            try Console.out(HTMLPage.make(fragment: MarkdownHTML.fragment(markdown, unsafe: false), title: "concreport diff",
                                      lang: "en", mermaidScript: mermaidJS ?? HTMLPage.defaultMermaidScriptURL))
        }
        for warning in diff.settingsWarnings + diff.throttlingWarnings {
            Console.err("concreport: warning: \(warning)\n")
        }
        if let failAbove, diff.hasSlowdown(above: failAbove) {
            ExitStatus.printError("a flagged slowdown exceeds \(failAbove) %")
            throw ExitCode(ExitStatus.failure)
        }
    }
}

enum DiffFormat: String, ExpressibleByArgument, CaseIterable {
    case markdown, html
}
