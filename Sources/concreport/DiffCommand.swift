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

    @Option(name: .long, help: "What to print: markdown, html (a stand-alone page with the same tables and charts), or json (for dashboards and CI; fields in docs/fleet.md).")
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
        switch format {
        case .markdown:
            try Console.out(diff.markdown())
        case .html:
            try Console.out(HTMLPage.make(fragment: MarkdownHTML.fragment(diff.markdown(), unsafe: false), title: "concreport diff",
                                      lang: "en", mermaidScript: mermaidJS ?? HTMLPage.defaultMermaidScriptURL))
        case .json:
            try Console.out(try diff.json())
        }
        for warning in diff.settingsWarnings + diff.throttlingWarnings {
            Console.err("concreport: warning: \(warning)\n")
        }
        if failAbove != nil, diff.changes.contains(where: { $0.flagged && $0.indicative }) {
            Console.err("concreport: warning: flags that involve a --quick file are indicative and do not count for --fail-above\n")
        }
        if let failAbove, diff.hasSlowdown(above: failAbove) {
            ExitStatus.printError("a flagged slowdown exceeds \(failAbove) %")
            throw ExitCode(ExitStatus.failure)
        }
    }
}

enum DiffFormat: String, ExpressibleByArgument, CaseIterable {
    case markdown, html, json
}
