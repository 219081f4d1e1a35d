import Results

/// Fills one located template: leaves out branches not taken, replaces directive fences with their
/// output and splices values into the author's lines, right to left so earlier offsets stay valid.
struct TemplateFiller {
    let template: LocatedTemplate

    func fill(_ facts: PostFacts) throws(TemplateError) -> String {
        let lines = template.source.lines
        let dropped = try ConditionBlocks.droppedLines(template.conditions, lineCount: lines.count) {
            $0.holds(in: facts)
        }
        var generated: [Int: [[UInt8]]] = [:]
        var replaced = Set<Int>()
        for located in template.directives where !dropped.contains(located.firstLine) {
            let markdown = try located.directive.markdown(for: facts)
            let blankPrefix = Array(located.prefix.reversed().drop { $0 == 0x20 }.reversed())
            // Split as bytes: splitting the String walked it Character by Character (perf).
            generated[located.firstLine] = markdown.isEmpty ? [] : Array(markdown.utf8).split(separator: 0x0A, omittingEmptySubsequences: false).map {
                $0.isEmpty ? blankPrefix : located.prefix + $0
            }
            replaced.formUnion(located.firstLine...located.lastLine)
        }
        let edits = Dictionary(grouping: template.placeholders, by: \.line)
        var output: [[UInt8]] = []
        for (index, line) in lines.enumerated() where !dropped.contains(index) {
            if let block = generated[index] {
                output.append(contentsOf: block)
                continue
            }
            if replaced.contains(index) { continue }
            var bytes = line
            for placeholder in (edits[index] ?? []).sorted(by: { $0.start > $1.start }) {
                bytes.replaceSubrange(placeholder.start..<placeholder.end, with: Array(text(for: placeholder, facts).utf8))
            }
            output.append(bytes)
        }
        var text = String(decoding: SourceLines.joined(output), as: UTF8.self)
        if template.source.endsWithNewline, !output.isEmpty { text += "\n" }
        return text
    }

    private func text(for placeholder: LocatedPlaceholder, _ values: PostFacts) -> String {
        switch placeholder.expression {
        case let .value(reference):
            return placeholder.context.escape((values[reference.name] ?? .missing).text)
        case let .choice(condition, whenTrue, whenFalse):
            return condition.holds(in: values) ? whenTrue : whenFalse
        case let .select(name, texts):
            let value = values[name.name] ?? .missing
            let label: String?
            switch value {
            case let .verdict(name): label = name
            case let .flag(flag): label = flag ? "true" : "false"
            default: label = nil
            }
            return (texts.first { $0.label == label } ?? texts.first { $0.label == "other" })?.text ?? value.text
        case let .plural(name, texts):
            let one = values[name.name]?.text == "1"
            return (texts.first { $0.label == (one ? "one" : "other") } ?? texts.first { $0.label == "other" })?.text ?? ""
        }
    }
}
