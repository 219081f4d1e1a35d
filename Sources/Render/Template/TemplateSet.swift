import Foundation

/// A folder of Markdown templates (`*.md`, read in file-name order), already parsed and checked:
/// every name, directive and condition is known to be valid before anything is measured.
public struct TemplateSet: Sendable {
    let templates: [LocatedTemplate]

    /// Reads and checks `directory/*.md`. YAML front matter is allowed in the first file only.
    public static func load(directory: String) throws -> TemplateSet {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory)
        } catch {
            throw TemplateError.unreadable(path: directory, reason: (error as NSError).localizedDescription)
        }
        let files = try names.filter { $0.hasSuffix(".md") }.sorted().map { name throws(TemplateError) -> (String, String) in
            let path = (directory as NSString).appendingPathComponent(name)
            guard let data = FileManager.default.contents(atPath: path) else {
                throw .unreadable(path: path, reason: "the file cannot be read")
            }
            guard let text = String(data: data, encoding: .utf8) else {
                throw .unreadable(path: path, reason: "the file is not UTF-8 text")
            }
            return (path, text)
        }
        guard !files.isEmpty else { throw TemplateError.emptyTemplateSet(directory: directory) }
        return try TemplateSet(files: files)
    }

    /// Templates from memory: `(file name for messages, text)` in order.
    init(files: [(name: String, text: String)]) throws(TemplateError) {
        guard !files.isEmpty else { throw .emptyTemplateSet(directory: "(templates)") }
        var templates: [LocatedTemplate] = []
        for (index, file) in files.enumerated() {
            templates.append(try TemplateLocator.locate(file: file.name, text: file.text, allowsFrontMatter: index == 0,
                                                        names: TemplateValues.allNames))
        }
        self.templates = templates
    }
}
