/// One template file after reading: its source lines and everything in them that is generated.
struct LocatedTemplate: Sendable {
    var file: String
    var source: SourceLines
    var placeholders: [LocatedPlaceholder]
    var directives: [LocatedDirective]
    var conditions: [ConditionMarker]
}

/// A `{{ … }}` found in the source, ready to be replaced.
struct LocatedPlaceholder: Sendable {
    /// 0-based line index in the file.
    var line: Int
    /// Byte offsets of `{{` and just past `}}`.
    var start: Int
    var end: Int
    var expression: Expression
    var context: SpliceContext
    var location: SourceLocation
}

/// A directive fence: lines `firstLine...lastLine` are replaced by its output.
struct LocatedDirective: Sendable {
    var firstLine: Int
    var lastLine: Int
    /// What precedes the fence on its line (list indentation, `> `), repeated on each generated line.
    var prefix: [UInt8]
    var directive: any Directive
}

/// An `<!-- if/elif/else/end -->` line.
struct ConditionMarker: Sendable {
    enum Kind: Sendable {
        case ifBranch(Condition), elifBranch(Condition), elseBranch, end
    }

    var line: Int
    var kind: Kind
    var location: SourceLocation
}
