import Render
import Results

/// `render FILE …` starts its two halves, reading the results (and working out what they say) and parsing
/// the built-in templates, before the argument parser has looked at the command line: parsing took about
/// as long as reading the 1 MB example (perf: 14 % of `render`). What was started is used only when the
/// parsed command asks for exactly it, the same file and built-in templates in the same language;
/// otherwise it is dropped and the command does its own work, so what is reported, and in which order,
/// is as without it.
struct RenderHeadStart: Sendable {
    let path: String
    let language: Language?
    let results: InBackground<(Results, PostSource)>
    let builtInTemplates: InBackground<TemplateSet>?

    /// Started on first use (`Concreport.main` touches it before parsing); nil for any other command line.
    static let current: RenderHeadStart? = RenderHeadStart(CommandLine.arguments)

    /// The results file read and worked out, as `render` needs it.
    static func read(_ path: String) throws -> (Results, PostSource) {
        let results = try ResultsFile.load(path: path)
        return (results, PostSource(results))
    }

    /// Only for `concreport render FILE …` with FILE right after the command.
    init?(_ arguments: [String]) {
        guard arguments.count >= 3, arguments[1] == "render", !arguments[2].hasPrefix("-") else { return nil }
        let path = arguments[2]
        self.path = path
        results = InBackground { try Self.read(path) }
        language = Self.builtInLanguage(arguments)
        builtInTemplates = language.map { language in
            InBackground { try PostOptions.builtInTemplates(language) }
        }
    }

    /// The language of the built-in templates the command line asks for; nil when it names a templates
    /// folder or a language it cannot be sure of.
    private static func builtInLanguage(_ arguments: [String]) -> Language? {
        var language = PostOptions.defaultLanguage
        for (index, argument) in arguments.enumerated() {
            if argument == "--templates" || argument.hasPrefix("--templates=") { return nil }
            if argument.hasPrefix("--lang=") {
                guard let named = Language(rawValue: String(argument.dropFirst("--lang=".count))) else { return nil }
                language = named
            } else if argument == "--lang" {
                guard index + 1 < arguments.count, let named = Language(rawValue: arguments[index + 1]) else { return nil }
                language = named
            }
        }
        return language
    }

    func results(for path: String) -> InBackground<(Results, PostSource)>? {
        path == self.path ? results : nil
    }

    func templates(for options: PostOptions) -> InBackground<TemplateSet>? {
        options.templates == nil && options.lang == language ? builtInTemplates : nil
    }
}
