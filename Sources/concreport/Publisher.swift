import Foundation
import Render
import Results

/// Turns saved or fresh results into what the user asked for: stdout in one format, or the output folder.
struct Publisher {
    let options: PostOptions
    let templates: PostTemplates

    /// Renders everything first and writes only when all of it succeeded, so nothing is half-written.
    func publish(_ results: Results) throws {
        let source = PostFacts(results, links: options.links)
        let post = try PostRenderer(templates: templates.post).markdown(for: source)
        // The companion's templates were loaded only where it goes somewhere (`PostOptions.wantsCompanion`).
        let companion = try templates.companion.map { try PostRenderer(templates: $0).markdown(for: source) }
        // Encoded only when written: encoding results.json took about a sixth of `render`'s time
        // (perf, `make bench`'s render figure), for output nobody asked for.
        let wantsJSON = options.json != nil || options.out != nil || options.format == .json
        let json = wantsJSON ? try ResultsFile.encode(results) : Data()

        if let path = options.json {
            try OutputFolder.writeAtomically(json, to: path)
        }
        if let folder = options.out {
            var files = [("post.md", Data(post.utf8)), ("post.html", Data(html(post).utf8))]
            if let companion {
                files += [("companion.md", Data(companion.utf8)), ("companion.html", Data(html(companion).utf8))]
            }
            try OutputFolder.write(files + [
                ("results.json", json),
                ("trace.json", try ChromeTrace.json(for: results)),
            ], into: folder)
            return
        }
        // validate() refused --post companion for a folder without companion templates.
        let markdown = options.show == .companion ? companion ?? post : post
        switch options.format {
        case .markdown: try Console.out(markdown)
        case .html: try Console.out(html(markdown))
        case .json: try Console.out(json)
        }
    }

    private func html(_ markdown: String) -> String {
        HTMLPage.make(
            fragment: MarkdownHTML.fragment(markdown, unsafe: options.unsafeHTML),
            title: PostOutline(markdown: markdown).title ?? "concreport",
            lang: options.lang.rawValue,
            mermaidScript: options.mermaidJS ?? HTMLPage.defaultMermaidScriptURL
        )
    }
}
