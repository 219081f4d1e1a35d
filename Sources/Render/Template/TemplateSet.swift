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
            // Checked before reading: a huge file (a log or a video saved as .md) must not be loaded whole.
            // `stat`, not FileManager's attributes, which look the owner up through NSS (Package.swift).
            var status = stat()
            let size = stat(path, &status) == 0 ? Int(status.st_size) : 0
            guard size <= maximumFileBytes else { throw .tooLarge(path: path, bytes: size, limit: maximumFileBytes) }
            guard let data = FileManager.default.contents(atPath: path) else {
                throw .unreadable(path: path, reason: "the file cannot be read")
            }
            guard let text = String(data: data, encoding: .utf8) else {
                let offset = min(Self.firstInvalidUTF8Offset(in: data), data.count - 1)
                throw .notUTF8(at: Self.location(ofByte: offset, in: data, path: path), byte: data[data.startIndex + offset])
            }
            return (path, text)
        }
        guard !files.isEmpty else { throw TemplateError.emptyTemplateSet(directory: directory) }
        return try TemplateSet(files: files)
    }

    /// The largest template file read; far above any real section, far below what hurts to load.
    public static let maximumFileBytes = 4 << 20

    /// Templates from memory: `(file name for messages, text)` in order.
    public init(files: [(name: String, text: String)]) throws(TemplateError) {
        guard !files.isEmpty else { throw .emptyTemplateSet(directory: "(templates)") }
        var templates: [LocatedTemplate] = []
        for (index, file) in files.enumerated() {
            // An empty section is almost always a mistake (a file saved before it was written).
            guard file.text.contains(where: { !$0.isWhitespace }) else { throw .emptyTemplate(path: file.name) }
            templates.append(try TemplateLocator.locate(file: file.name, text: file.text, allowsFrontMatter: index == 0))
        }
        self.templates = templates
    }

    /// Byte offset of the first byte that is not part of valid UTF-8.
    static func firstInvalidUTF8Offset(in data: Data) -> Int {
        var iterator = data.makeIterator()
        var parser = Unicode.UTF8.ForwardParser()
        var offset = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case let .valid(scalar): offset += scalar.count
            case .emptyInput, .error: return offset
            }
        }
    }

    /// `path:line:column` of the byte at `offset` (column in bytes, as everywhere else).
    static func location(ofByte offset: Int, in data: Data, path: String) -> String {
        let before = data.prefix(offset)
        let lineStart = before.lastIndex(of: 0x0A).map { $0 - data.startIndex + 1 } ?? 0
        let line = before.count { $0 == 0x0A } + 1
        return SourceLocation(file: path, line: line, column: offset - lineStart + 1).description
    }
}
