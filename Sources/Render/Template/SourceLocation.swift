/// A position in a template file: 1-based line, 1-based column counted in UTF-8 bytes (as cmark-gfm does).
struct SourceLocation: Sendable, Equatable, CustomStringConvertible {
    var file: String
    var line: Int
    var column: Int

    var description: String { "\(file):\(line):\(column)" }

    func movedRight(by bytes: Int) -> SourceLocation {
        SourceLocation(file: file, line: line, column: column + bytes)
    }
}
