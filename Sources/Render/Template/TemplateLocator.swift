/// Reads one template file: parses the body with cmark-gfm, then locates every placeholder, directive
/// and block condition by the parse tree's positions, checking names as it goes.
struct TemplateLocator {
    let file: String
    let source: SourceLines
    let formats: [String: ValueFormat]
    /// Index of the first body line (after front matter); cmark-gfm's line 1.
    let bodyStart: Int

    private var placeholders: [LocatedPlaceholder] = []
    private var directives: [LocatedDirective] = []
    private var conditions: [ConditionMarker] = []

    init(file: String, text: String, allowsFrontMatter: Bool, formats: [String: ValueFormat]) {
        self.file = file
        source = SourceLines(text)
        self.formats = formats
        bodyStart = allowsFrontMatter ? source.frontMatterEnd : 0
    }

    static func locate(file: String, text: String, allowsFrontMatter: Bool,
                       formats: [String: ValueFormat] = NameCatalog.formats) throws(TemplateError) -> LocatedTemplate {
        var locator = TemplateLocator(file: file, text: text, allowsFrontMatter: allowsFrontMatter, formats: formats)
        return try locator.run()
    }

    private mutating func run() throws(TemplateError) -> LocatedTemplate {
        if bodyStart > 0 {
            for line in 1..<(bodyStart - 1) { try locateFrontMatter(line: line) }
        }
        if bodyStart < source.lines.count {
            try visit(CmarkDocument.parse(source.text(from: bodyStart)))
        }
        try ConditionBlocks.checkBalance(conditions, lineCount: source.lines.count)
        return LocatedTemplate(file: file, source: source, placeholders: placeholders,
                               directives: directives, conditions: conditions)
    }

    // MARK: Walking the tree

    private mutating func visit(_ node: MarkdownNode) throws(TemplateError) {
        switch node.kind {
        case .paragraph, .heading:
            let code = node.allNodes.filter { $0.kind == .code }
            let html = node.allNodes.filter { $0.kind == .htmlInline }
            for line in node.startLine...max(node.startLine, node.endLine) {
                let lower = line == node.startLine ? node.startColumn - 1 : 0
                let upper = line == node.endLine ? node.endColumn : Int.max
                try locatePlaceholders(bodyLine: line, from: lower, to: upper, context: .text, code: code, html: html)
            }
        case .table:
            let headerLine = Self.headerLine(of: node)
            guard headerLine == node.startLine else {
                throw .tableWithoutBlankLine(at: location(line: fileLine(headerLine), offset: 0).description)
            }
            for row in node.children where row.isTableRow {
                for cell in row.children where cell.kind == .tableCell && cell.startColumn > 0 {
                    try locatePlaceholders(bodyLine: cell.startLine, from: cell.startColumn - 1, to: cell.endColumn,
                                           context: .tableCell, code: cell.allNodes.filter { $0.kind == .code },
                                           html: cell.allNodes.filter { $0.kind == .htmlInline })
                }
            }
        case .codeBlock:
            if node.fenceInfo != nil { try checkClosed(node) }
            if let info = node.fenceInfo, info.split(separator: " ").first == "concreport" {
                try locateDirective(node, info: info)
            } else {
                try refusePlaceholders(in: node, as: TemplateError.placeholderInCode)
            }
        case .htmlBlock:
            if let marker = try conditionMarker(node) {
                conditions.append(marker)
            } else {
                try refusePlaceholders(in: node, as: TemplateError.placeholderInHTML)
            }
        default:
            for child in node.children { try visit(child) }
        }
    }

    private func fileLine(_ bodyLine: Int) -> Int { bodyStart + bodyLine - 1 }

    /// The body line of a table's header row, counted back from its last row: a table that follows a
    /// paragraph line without a blank line gets that paragraph's start line from cmark-gfm.
    static func headerLine(of table: MarkdownNode) -> Int {
        let bodyRows = table.children.filter(\.isTableRow).count - 1
        return table.endLine - bodyRows - 1
    }

    private func location(line: Int, offset: Int) -> SourceLocation {
        SourceLocation(file: file, line: line + 1, column: offset + 1)
    }

    // MARK: Placeholders

    private mutating func locatePlaceholders(bodyLine: Int, from lower: Int, to upper: Int,
                                             context: SpliceContext, code: [MarkdownNode],
                                             html: [MarkdownNode]) throws(TemplateError) {
        let line = fileLine(bodyLine)
        guard line >= 0, line < source.lines.count else { return }
        let bytes = source.lines[line]
        for found in try scan(bytes, line: line, from: lower, to: upper) {
            func overlaps(_ span: MarkdownNode) -> Bool {
                let spanStart = (span.startLine, span.startColumn - 1)
                let spanEnd = (span.endLine, span.endColumn)
                return (bodyLine, found.start) < spanEnd && spanStart < (bodyLine, found.end)
            }
            if code.contains(where: overlaps) { throw .placeholderInCode(at: location(line: line, offset: found.start).description) }
            if html.contains(where: overlaps) { throw .placeholderInHTML(at: location(line: line, offset: found.start).description) }
            try addPlaceholder(found, line: line, context: context)
        }
    }

    private func scan(_ bytes: [UInt8], line: Int, from lower: Int, to upper: Int) throws(TemplateError) -> [PlaceholderScanner.Found] {
        switch PlaceholderScanner.scan(bytes, from: lower, to: upper) {
        case let .success(found): return found
        case let .failure(unterminated):
            throw .unterminatedPlaceholder(at: location(line: line, offset: unterminated.offset).description)
        }
    }

    private mutating func addPlaceholder(_ found: PlaceholderScanner.Found, line: Int,
                                         context: SpliceContext) throws(TemplateError) {
        let bytes = source.lines[line]
        let inner = String(decoding: bytes[(found.start + 2)..<(found.end - 2)], as: UTF8.self)
        let innerLocation = location(line: line, offset: found.start + 2)
        var parser = ExpressionParser(inner)
        let expression: Expression
        do {
            expression = try parser.parseExpression()
        } catch {
            throw .malformedExpression(at: innerLocation.movedRight(by: error.offset).description,
                                       text: inner.trimmingSpaces, reason: error.reason)
        }
        try check(expression, at: innerLocation)
        placeholders.append(LocatedPlaceholder(line: line, start: found.start, end: found.end, expression: expression,
                                               context: context, location: location(line: line, offset: found.start)))
    }

    /// The name's format, or an error naming the nearest declared name.
    private func format(of reference: NameReference, at base: SourceLocation) throws(TemplateError) -> ValueFormat {
        guard let format = formats[reference.name] else {
            throw .unknownName(at: base.movedRight(by: reference.offset).description, name: reference.name,
                               suggestion: NearestName.to(reference.name, among: Array(formats.keys)))
        }
        return format
    }

    private func check(_ expression: Expression, at base: SourceLocation) throws(TemplateError) {
        func refuse(_ offset: Int, _ reason: String) -> TemplateError {
            .malformedExpression(at: base.movedRight(by: offset).description, text: expression.names.first?.name ?? "", reason: reason)
        }
        switch expression {
        case let .value(name):
            _ = try format(of: name, at: base)
        case let .choice(condition, _, _):
            try check(condition, at: base)
        case let .select(name, texts):
            let format = try format(of: name, at: base)
            guard let cases = format.cases ?? (format.isFlag ? ["true", "false"] : nil) else {
                throw refuse(name.offset, "`select` needs a verdict or a flag; `\(name.name)` is \(format.description)")
            }
            try checkLabels(texts, allowed: cases + ["other"], required: texts.contains { $0.label == "other" } ? [] : cases,
                            of: name, refuse: refuse)
        case let .plural(name, texts):
            let format = try format(of: name, at: base)
            guard format.isCount else { throw refuse(name.offset, "`plural` needs a count; `\(name.name)` is \(format.description)") }
            try checkLabels(texts, allowed: ["one", "other"], required: ["other"], of: name, refuse: refuse)
        }
    }

    private func checkLabels(_ texts: [LabelledText], allowed: [String], required: [String], of name: NameReference,
                             refuse: (Int, String) -> TemplateError) throws(TemplateError) {
        var seen = Set<String>()
        for text in texts {
            guard allowed.contains(text.label) else {
                let near = NearestName.to(text.label, among: allowed).map { " (did you mean `\($0)`?)" } ?? ""
                throw refuse(text.offset, "`\(text.label)` is not one of \(allowed.map { "`\($0)`" }.joined(separator: ", "))\(near)")
            }
            guard seen.insert(text.label).inserted else { throw refuse(text.offset, "`\(text.label)` is given twice") }
        }
        if let missing = required.first(where: { !seen.contains($0) }) {
            throw refuse(name.offset, "no text for `\(missing)` (give every case, or `other`)")
        }
    }

    private func check(_ condition: Condition, at base: SourceLocation) throws(TemplateError) {
        let format = try format(of: condition.subject, at: base)
        let where_ = base.movedRight(by: condition.subject.offset).description
        if let (_, expected) = condition.comparison {
            guard let cases = format.cases else {
                throw .malformedExpression(at: where_, text: condition.canonical,
                                           reason: "only a verdict compares with a case; `\(condition.subject.name)` is \(format.description)")
            }
            guard cases.contains(expected.name) else {
                let near = NearestName.to(expected.name, among: cases).map { " (did you mean `\($0)`?)" } ?? ""
                throw .malformedExpression(at: base.movedRight(by: expected.offset).description, text: condition.canonical,
                                           reason: "`\(expected.name)` is not a case of `\(condition.subject.name)`: \(format.description)\(near)")
            }
        } else if !format.isFlag {
            throw .malformedExpression(at: where_, text: condition.canonical,
                                       reason: "a condition tests a flag or `verdict == case`; `\(condition.subject.name)` is \(format.description)")
        }
    }

    private func refusePlaceholders(in node: MarkdownNode, as error: (String) -> TemplateError) throws(TemplateError) {
        let last = node.endLine >= node.startLine ? node.endLine : node.startLine
        for bodyLine in node.startLine...last {
            let line = fileLine(bodyLine)
            guard line < source.lines.count else { break }
            if let offset = source.lines[line].firstOffset(of: Array("{{".utf8)) {
                throw error(location(line: line, offset: offset).description)
            }
        }
    }

    /// A fenced block must end with its closing fence, or it would swallow the rest of the file.
    private func checkClosed(_ node: MarkdownNode) throws(TemplateError) {
        let first = fileLine(node.startLine)
        let last = fileLine(node.endLine)
        guard first >= 0, first < source.lines.count,
              let fence = CodeFence.opening(source.lines[first], from: max(0, node.startColumn - 1)) else { return }
        if last > first, last < source.lines.count, CodeFence.closes(source.lines[last], opening: fence) { return }
        let column = source.lines[first].firstOffset(of: fence, from: max(0, node.startColumn - 1)) ?? 0
        throw .unterminatedFence(at: location(line: first, offset: column).description,
                                 fence: String(decoding: fence, as: UTF8.self))
    }

    // MARK: Front matter

    private mutating func locateFrontMatter(line: Int) throws(TemplateError) {
        let bytes = source.lines[line]
        for found in try scan(bytes, line: line, from: 0, to: bytes.count) {
            try addPlaceholder(found, line: line, context: .frontMatter(quote: Self.yamlQuote(bytes, before: found.start)))
        }
    }

    /// Whether `offset` falls inside a quoted YAML scalar on this line.
    static func yamlQuote(_ bytes: [UInt8], before offset: Int) -> SpliceContext.YAMLQuote {
        var quote = SpliceContext.YAMLQuote.none
        var index = 0
        while index < offset {
            let byte = bytes[index]
            switch quote {
            case .none where byte == 0x22: quote = .double
            case .none where byte == 0x27: quote = .single
            case .double where byte == 0x5C: index += 1
            case .double where byte == 0x22, .single where byte == 0x27: quote = .none
            default: break
            }
            index += 1
        }
        return quote
    }

    // MARK: Directives

    private mutating func locateDirective(_ node: MarkdownNode, info: String) throws(TemplateError) {
        let first = fileLine(node.startLine)
        let last = min(fileLine(max(node.endLine, node.startLine)), source.lines.count - 1)
        let fenceLine = source.lines[first]
        let fenceOffset = node.startColumn - 1
        let words = info.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        let infoOffset = fenceLine.firstOffset(of: Array("concreport".utf8), from: fenceOffset) ?? fenceOffset
        var wordOffsets: [Int] = []
        var searchFrom = infoOffset
        for word in words {
            let offset = fenceLine.firstOffset(of: Array(word.utf8), from: searchFrom) ?? searchFrom
            wordOffsets.append(offset)
            searchFrom = offset + word.utf8.count
        }
        func wordLocation(_ index: Int) -> SourceLocation {
            location(line: first, offset: index < wordOffsets.count ? wordOffsets[index] : fenceLine.count)
        }
        if words.count > 3 {
            throw .unknownArgument(at: wordLocation(3).description, directive: words[1], argument: words[3], suggestion: nil)
        }
        var options: [DirectiveCall.Option] = []
        let bodyLines = (node.literal ?? "").split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        for (index, text) in bodyLines.enumerated() where !text.trimmingSpaces.isEmpty {
            let line = first + 1 + index
            let bytes = line < source.lines.count ? source.lines[line] : []
            let column = bytes.indices.dropFirst(fenceOffset).first { bytes[$0] != 0x20 && bytes[$0] != 0x3E } ?? fenceOffset
            let optionLocation = location(line: line, offset: column)
            guard let colon = text.firstIndex(of: ":") else {
                throw .malformedExpression(at: optionLocation.description, text: text.trimmingSpaces,
                                           reason: "a directive's options are `key: value` lines")
            }
            if let offset = bytes.firstOffset(of: Array("{{".utf8)) {
                throw .placeholderInCode(at: location(line: line, offset: offset).description)
            }
            options.append(.init(key: String(text[..<colon]).trimmingSpaces,
                                 value: String(text[text.index(after: colon)...]).trimmingSpaces,
                                 location: optionLocation))
        }
        let call = DirectiveCall(name: words.count > 1 ? words[1] : "", argument: words.count > 2 ? words[2] : nil,
                                 location: wordLocation(1), argumentLocation: wordLocation(2), options: options)
        let directive = try DirectiveRegistry.make(call)
        directives.append(LocatedDirective(firstLine: first, lastLine: last,
                                           prefix: Array(fenceLine.prefix(fenceOffset)), directive: directive))
    }

    // MARK: Block conditions

    private func conditionMarker(_ node: MarkdownNode) throws(TemplateError) -> ConditionMarker? {
        let line = fileLine(node.startLine)
        guard line < source.lines.count else { return nil }
        let bytes = source.lines[line]
        let start = min(max(0, node.startColumn - 1), bytes.count)
        let text = String(decoding: bytes[start...], as: UTF8.self).trimmingSpaces
        guard text.hasPrefix("<!--"), text.hasSuffix("-->"), text.count >= 7 else { return nil }
        let inner = String(text.dropFirst(4).dropLast(3))
        let words = inner.split(separator: " ", maxSplits: 1).map(String.init)
        guard let keyword = words.first else { return nil }
        let keywordOffset = bytes.firstOffset(of: Array(keyword.utf8), from: bytes.firstOffset(of: Array("<!--".utf8)) ?? 0) ?? 0
        let markerLocation = location(line: line, offset: keywordOffset)
        guard ConditionKeyword.all.contains(keyword) else {
            if let meant = ConditionKeyword.misspelt(keyword) {
                throw .malformedExpression(at: markerLocation.description, text: inner.trimmingSpaces,
                                           reason: "`\(keyword)` is not a condition keyword; did you mean `\(meant)`? "
                                               + "(reword an author's comment that starts so close to one)")
            }
            return nil
        }
        if bytes[..<start].contains(where: { $0 != 0x20 && $0 != 0x09 }) {
            throw .unbalancedCondition(at: markerLocation.description,
                                       reason: "a condition marker inside a block quote or list item would be published with both branches; put it alone at the start of its line")
        }
        let rest = words.count > 1 ? words[1].trimmingSpaces : ""
        switch keyword {
        case "else", "end":
            guard rest.isEmpty else {
                throw .malformedExpression(at: markerLocation.description, text: inner.trimmingSpaces,
                                           reason: "`\(keyword)` takes no condition")
            }
            return ConditionMarker(line: line, kind: keyword == "else" ? .elseBranch : .end, location: markerLocation)
        default:
            let conditionOffset = bytes.firstOffset(of: Array(rest.utf8), from: keywordOffset + keyword.utf8.count) ?? keywordOffset
            let conditionLocation = location(line: line, offset: conditionOffset)
            var parser = ExpressionParser(rest)
            let condition: Condition
            do {
                condition = try parser.parseCondition()
            } catch {
                throw .malformedExpression(at: conditionLocation.movedRight(by: error.offset).description,
                                           text: rest, reason: error.reason)
            }
            try check(condition, at: conditionLocation)
            return ConditionMarker(line: line, kind: keyword == "if" ? .ifBranch(condition) : .elifBranch(condition),
                                   location: markerLocation)
        }
    }
}
