/// Why a template set could not be loaded or filled. The description starts with `file:line:column: `.
public enum TemplateError: Error, Equatable, CustomStringConvertible {
    case unreadable(path: String, reason: String)
    case emptyTemplateSet(directory: String)
    case emptyTemplate(path: String)
    case tooLarge(path: String, bytes: Int, limit: Int)
    case notUTF8(at: String, byte: UInt8)
    case unterminatedFence(at: String, fence: String)
    case unknownName(at: String, name: String, suggestion: String?)
    case unknownDirective(at: String, name: String, suggestion: String?)
    case unknownArgument(at: String, directive: String, argument: String, suggestion: String?)
    case unknownOption(at: String, directive: String, key: String, suggestion: String?)
    case missingOption(at: String, directive: String, key: String)
    case malformedExpression(at: String, text: String, reason: String)
    case unterminatedPlaceholder(at: String)
    case placeholderInCode(at: String)
    case placeholderInHTML(at: String)
    case unbalancedCondition(at: String, reason: String)
    case missingData(at: String, reason: String)
    case checkFailed(at: String, reason: String)
    case tableWithoutBlankLine(at: String)

    public var description: String {
        switch self {
        case let .unreadable(path, reason):
            return "\(path):1:1: cannot read the template: \(reason)"
        case let .emptyTemplateSet(directory):
            return "\(directory):1:1: no *.md template files in this folder"
        case let .emptyTemplate(path):
            return "\(path):1:1: the template file is empty; write the section into it or delete the file"
        case let .tooLarge(path, bytes, limit):
            return "\(path):1:1: the template file is \(Self.megabytes(bytes)), larger than the \(Self.megabytes(limit)) a template may be; is this the right file?"
        case let .notUTF8(at, byte):
            return "\(at): the template is not UTF-8 text (byte 0x\(String(byte, radix: 16, uppercase: true)) here); save it as UTF-8"
        case let .unterminatedFence(at, fence):
            return "\(at): the code block opened here with \(fence) is never closed, so it would swallow the rest of the file; add a closing \(fence) line"
        case let .unknownName(at, name, suggestion):
            return "\(at): unknown value `\(name)`" + Self.hint(suggestion) + "; `concreport render --list-names` lists them"
        case let .unknownDirective(at, name, suggestion):
            return "\(at): unknown directive `\(name)`" + Self.hint(suggestion)
        case let .unknownArgument(at, directive, argument, suggestion):
            return "\(at): `\(directive)` does not take `\(argument)`" + Self.hint(suggestion)
        case let .unknownOption(at, directive, key, suggestion):
            return "\(at): `\(directive)` has no option `\(key)`" + Self.hint(suggestion)
        case let .missingOption(at, directive, key):
            return "\(at): `\(directive)` needs the option `\(key)`"
        case let .malformedExpression(at, text, reason):
            return "\(at): cannot read `\(text)`: \(reason)"
        case let .unterminatedPlaceholder(at):
            return "\(at): `{{` without a closing `}}` on the same line"
        case let .placeholderInCode(at):
            return "\(at): a placeholder inside code is never filled; move it out of the code span or code block"
        case let .placeholderInHTML(at):
            return "\(at): a placeholder inside raw HTML (a block or an inline tag) is never filled; it would be text-escaped into the markup"
        case let .unbalancedCondition(at, reason):
            return "\(at): \(reason)"
        case let .missingData(at, reason):
            return "\(at): \(reason)"
        case let .checkFailed(at, reason):
            return "\(at): the filled post is broken: \(reason)"
        case let .tableWithoutBlankLine(at):
            return "\(at): put a blank line before this table (cmark-gfm would place its rows on the line above)"
        }
    }

    private static func megabytes(_ bytes: Int) -> String {
        bytes % (1 << 20) == 0 ? "\(bytes >> 20) MB" : NumberText.fixed(Double(bytes) / Double(1 << 20), decimals: 1) + " MB"
    }

    private static func hint(_ suggestion: String?) -> String {
        suggestion.map { "; did you mean `\($0)`?" } ?? ""
    }
}
