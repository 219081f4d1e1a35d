/// `<!-- if/elif/else/end -->` lines: checked for balance when the template is read, evaluated into the
/// set of source lines to leave out when it is filled.
enum ConditionBlocks {
    private struct Frame {
        var location: SourceLocation
        var parentActive: Bool
        var taken = false
        var active = false
        var sawElse = false
    }

    static func checkBalance(_ markers: [ConditionMarker], lineCount: Int) throws(TemplateError) {
        _ = try droppedLines(markers, lineCount: lineCount) { _ in false }
    }

    /// Lines not in the post: the marker lines themselves and every line of a branch not taken.
    static func droppedLines(_ markers: [ConditionMarker], lineCount: Int,
                             holds: (Condition) -> Bool) throws(TemplateError) -> Set<Int> {
        let byLine = Dictionary(markers.map { ($0.line, $0) }, uniquingKeysWith: { first, _ in first })
        var stack: [Frame] = []
        var dropped = Set<Int>()
        for line in 0..<lineCount {
            guard let marker = byLine[line] else {
                if let top = stack.last, !top.active { dropped.insert(line) }
                continue
            }
            dropped.insert(line)
            let active = stack.last?.active ?? true
            switch marker.kind {
            case let .ifBranch(condition):
                var frame = Frame(location: marker.location, parentActive: active)
                frame.active = active && holds(condition)
                frame.taken = frame.active
                stack.append(frame)
            case let .elifBranch(condition):
                guard var frame = stack.popLast(), !frame.sawElse else {
                    throw .unbalancedCondition(at: marker.location.description, reason: "`elif` without an open `if` (or after `else`)")
                }
                frame.active = frame.parentActive && !frame.taken && holds(condition)
                frame.taken = frame.taken || frame.active
                stack.append(frame)
            case .elseBranch:
                guard var frame = stack.popLast(), !frame.sawElse else {
                    throw .unbalancedCondition(at: marker.location.description, reason: "`else` without an open `if` (or a second `else`)")
                }
                frame.sawElse = true
                frame.active = frame.parentActive && !frame.taken
                frame.taken = true
                stack.append(frame)
            case .end:
                guard stack.popLast() != nil else {
                    throw .unbalancedCondition(at: marker.location.description, reason: "`end` without an open `if`")
                }
            }
        }
        if let open = stack.last {
            throw .unbalancedCondition(at: open.location.description, reason: "`if` without its `end`")
        }
        return dropped
    }
}
