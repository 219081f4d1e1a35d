import Foundation
import Render
import Results

/// Turns saved or fresh results into what the user asked for: stdout in one format, or the output folder.
struct Publisher {
    let options: PostOptions
    let templates: TemplateSet

    /// Renders everything first and writes only when all of it succeeded, so nothing is half-written.
    func publish(_ results: Results) throws {
        let renderer = PostRenderer(templates: templates)
        let markdown = try renderer.markdown(for: PostSource(results))
        // Encoded only when written: encoding results.json took about a sixth of `render`'s time
        // (perf, `make bench`'s render figure), for output nobody asked for.
        let wantsJSON = options.json != nil || options.out != nil || options.format == .json
        let json = wantsJSON ? try ResultsFile.encode(results) : Data()

        if let path = options.json {
            try OutputFolder.writeAtomically(json, to: path)
        }
        if let folder = options.out {
            try OutputFolder.write([
                ("post.md", Data(markdown.utf8)),
                ("post.html", Data(html(markdown, results).utf8)),
                ("results.json", json),
                ("trace.json", try ChromeTrace.json(for: results)),
            ], into: folder)
            return
        }
        switch options.format {
        case .markdown: try Console.out(markdown)
        case .html: try Console.out(html(markdown, results))
        case .json: try Console.out(json)
        }
    }

    private func html(_ markdown: String, _ results: Results) -> String {
        HTMLPage.make(
            fragment: MarkdownHTML.fragment(markdown, unsafe: options.unsafeHTML),
            title: PostOutline(markdown: markdown).title ?? "concreport",
            lang: options.lang.rawValue,
            mermaidScript: options.mermaidJS ?? HTMLPage.defaultMermaidScriptURL
        )
    }
}
