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

    @Option(name: .customLong("post"), help: "Which post to print on stdout: the post, or its companion (the measurements the post leaves out).")
    var show: PostKind = .post

    @Option(name: .customLong("original-url"), help: ArgumentHelp("The original post's address, linked once at the top.", valueName: "url"))
    var originalURL = PostLinks.defaultOriginal

    @Option(name: .customLong("post-url"), help: ArgumentHelp("Where the post will live (its permalink; the companion links back to it).", valueName: "url"))
    var postURL = PostLinks.defaultPost

    @Option(name: .customLong("companion-url"), help: ArgumentHelp("Where the companion post will live (its permalink; the post links to it).", valueName: "url"))
    var companionURL = PostLinks.defaultCompanion

    @Option(name: .long, help: "What to print on stdout: markdown, html or json.")
    var format: OutputFormat = .markdown

    @Option(name: .long, help: ArgumentHelp("Write post.md, post.html, companion.md, companion.html, results.json and trace.json into this folder instead of printing.", valueName: "dir"))
    var out: String?

    @Option(name: .long, help: ArgumentHelp("Also write the results to this file.", valueName: "path"))
    var json: String?

    @Option(name: .customLong("mermaid-js"), help: ArgumentHelp("Where the HTML page loads Mermaid from (a URL or a path).", valueName: "path-or-url"))
    var mermaidJS: String?

    @Flag(name: .customLong("unsafe-html"), help: "Pass raw HTML from the templates into the HTML page.")
    var unsafeHTML = false

    var links: PostLinks { PostLinks(original: originalURL, post: postURL, companion: companionURL) }

    /// Whether the companion is written or printed: the output folder holds it, `--post companion` prints it.
    var wantsCompanion: Bool { out != nil || show == .companion }

    /// The chosen templates, or the ones built into this executable, read and checked: the post's, and, when
    /// it is wanted, the companion's from the folder's `companion/` (absent from a folder of your own that
    /// has none).
    func loadTemplates() throws -> PostTemplates {
        if let templates {
            let companion = wantsCompanion ? Self.companionFolder(in: templates) : nil
            return PostTemplates(post: try TemplateSet.load(directory: templates),
                                 companion: try companion.map { try TemplateSet.load(directory: $0) })
        }
        return try Self.builtInTemplates(lang, companion: wantsCompanion)
    }

    static let companionFolder = "companion"

    /// `folder/companion` when it is a directory: where a templates folder keeps the companion's set.
    static func companionFolder(in folder: String) -> String? {
        let path = (folder as NSString).appendingPathComponent(companionFolder)
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue ? path : nil
    }

    /// The templates built into this executable, in `language`.
    static func builtInTemplates(_ language: Language, companion: Bool) throws -> PostTemplates {
        PostTemplates(post: try TemplateSet(files: BuiltIn.templates(language: language.rawValue)),
                      companion: companion ? try TemplateSet(files: BuiltIn.templates(language: language.rawValue, folder: companionFolder)) : nil)
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
        if show == .companion, let templates, Self.companionFolder(in: templates) == nil {
            throw ValidationError("--post companion: \(templates) has no \(Self.companionFolder)/ folder of templates")
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

/// The two posts one run makes: the post (the original's, with this machine's numbers) and its
/// companion (every measurement the post leaves out).
enum PostKind: String, ExpressibleByArgument, CaseIterable {
    case post, companion
}

/// The template sets of both posts: no companion where it is not wanted, or a folder of your own has none.
struct PostTemplates {
    let post: TemplateSet
    let companion: TemplateSet?
}

enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case markdown, html, json
}
