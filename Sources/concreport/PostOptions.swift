import ArgumentParser
import BuiltIn
import Render
import Foundation

/// How and where the post is written; shared by `measure` and `render`.
struct PostOptions: ParsableArguments {
    @Option(name: .long, help: "Language of the post: one of \(Language.allValueStrings.joined(separator: ", ")).")
    var lang: Language = PostOptions.defaultLanguage
    static let defaultLanguage = Language.ko

    @Option(name: .long, help: ArgumentHelp("Use your own templates instead of the built-in ones.", valueName: "dir"))
    var templates: String?

    @Option(name: .long, help: "What to print on stdout: markdown, html or json.")
    var format: OutputFormat = .markdown

    @Option(name: .long, help: ArgumentHelp("Write post.md, post.html, results.json and trace.json into this folder instead of printing.", valueName: "dir"))
    var out: String?

    @Option(name: .long, help: ArgumentHelp("Also write the results to this file.", valueName: "path"))
    var json: String?

    @Option(name: .customLong("mermaid-js"), help: ArgumentHelp("Where the HTML page loads Mermaid from (a URL or a path).", valueName: "path-or-url"))
    var mermaidJS: String?

    @Flag(name: .customLong("unsafe-html"), help: "Pass raw HTML from the templates into the HTML page.")
    var unsafeHTML = false

    /// The chosen templates, or the ones built into this executable, read and checked.
    func loadTemplates() throws -> TemplateSet {
        if let templates { return try TemplateSet.load(directory: templates) }
        return try Self.builtInTemplates(lang)
    }

    /// The templates built into this executable, in `language`.
    static func builtInTemplates(_ language: Language) throws -> TemplateSet {
        try TemplateSet(files: BuiltIn.templates(language: language.rawValue))
    }

    func validate() throws {
        if let templates {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: templates, isDirectory: &isDirectory) else {
                throw ValidationError("--templates \(templates): no such directory")
            }
            guard isDirectory.boolValue else {
                throw ValidationError("--templates \(templates): is a file; pass the folder that holds the *.md templates")
            }
            guard FileManager.default.isReadableFile(atPath: templates) else {
                throw ValidationError("--templates \(templates): directory is not readable")
            }
        }
        if let out {
            try OutputFolder.checkWritable(out)
        }
        if let json {
            try OutputFolder.checkWritableFile(json, flag: "--json")
        }
    }
}

enum Language: String, ExpressibleByArgument, CaseIterable {
    case ko, en
}

enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case markdown, html, json
}
