/// Reads the inside of `{{ … }}` or of a block condition. Offsets are UTF-8 bytes into `text`.
struct ExpressionParser {
    struct Failure: Error, Equatable {
        var offset: Int
        var reason: String
    }

    private enum Token: Equatable {
        case name(String), string(String), op(Condition.Operator), question, colon, assign
    }

    /// Why a number or an ordering comparison is refused.
    static let noNumbers = "templates compare no numbers: what a figure means is a verdict computed in Sources/Analysis "
        + "(thresholds in Sources/Analysis/Thresholds.swift); test a flag or `verdict == case`"

    private let bytes: [UInt8]
    private var tokens: [(token: Token, offset: Int)] = []
    private var position = 0

    init(_ text: String) {
        bytes = Array(text.utf8)
    }

    mutating func parseExpression() throws(Failure) -> Expression {
        try tokenize()
        guard !tokens.isEmpty else { throw Failure(offset: 0, reason: "an empty placeholder") }
        if case let .name(keyword)? = peek, keyword == "select" || keyword == "plural", tokens.count > 1,
           case .name = tokens[1].token {
            position += 1
            let subject = try name()
            var texts: [LabelledText] = []
            while position < tokens.count {
                let label = try name()
                try expect(.assign, "`=` after `\(label.name)`")
                texts.append(LabelledText(label: label.name, text: try string(), offset: label.offset))
            }
            guard !texts.isEmpty else {
                throw Failure(offset: currentOffset, reason: "expected `case=\"text\"` pairs after the name")
            }
            return keyword == "select" ? .select(subject, texts: texts) : .plural(subject, texts: texts)
        }
        if tokens.contains(where: { $0.token == .question }) {
            let condition = try condition()
            try expect(.question, "`?` after the condition")
            let whenTrue = try string()
            try expect(.colon, "`:` between the two texts")
            let whenFalse = try string()
            try end()
            return .choice(condition, whenTrue: whenTrue, whenFalse: whenFalse)
        }
        let name = try name()
        try end()
        return .value(name)
    }

    mutating func parseCondition() throws(Failure) -> Condition {
        try tokenize()
        guard !tokens.isEmpty else { throw Failure(offset: 0, reason: "a condition is missing") }
        let condition = try condition()
        try end()
        return condition
    }

    private mutating func condition() throws(Failure) -> Condition {
        var negated = false
        if case .name("not")? = peek { negated = true; position += 1 }
        let subject = try name()
        guard case let .op(op)? = peek else {
            return Condition(negated: negated, subject: subject, comparison: nil)
        }
        position += 1
        guard case .name? = peek else {
            throw Failure(offset: currentOffset, reason: "expected a verdict's case after `\(op.rawValue)`, such as `faster`")
        }
        return Condition(negated: negated, subject: subject, comparison: (op, try name()))
    }

    private var peek: Token? { position < tokens.count ? tokens[position].token : nil }
    private var currentOffset: Int { position < tokens.count ? tokens[position].offset : bytes.count }

    private mutating func name() throws(Failure) -> NameReference {
        guard case let .name(name)? = peek else {
            throw Failure(offset: currentOffset, reason: "expected a value's name such as `io.async.median`")
        }
        defer { position += 1 }
        return NameReference(name: name, offset: tokens[position].offset)
    }

    private mutating func string() throws(Failure) -> String {
        guard case let .string(text)? = peek else {
            throw Failure(offset: currentOffset, reason: "expected a quoted text such as \"faster\"")
        }
        position += 1
        return text
    }

    private mutating func expect(_ token: Token, _ what: String) throws(Failure) {
        guard peek == token else { throw Failure(offset: currentOffset, reason: "expected \(what)") }
        position += 1
    }

    private func end() throws(Failure) {
        guard position == tokens.count else {
            throw Failure(offset: currentOffset, reason: "unexpected text after the expression")
        }
    }

    private mutating func tokenize() throws(Failure) {
        var index = 0
        func isNameByte(_ byte: UInt8) -> Bool {
            (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x30 && byte <= 0x39)
                || byte == 0x2E || byte == 0x5F
        }
        func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
        while index < bytes.count {
            let byte = bytes[index]
            let start = index
            switch byte {
            case 0x20, 0x09:
                index += 1
            case 0x22: // a quoted text; \" is a literal quote
                var text: [UInt8] = []
                index += 1
                while index < bytes.count, bytes[index] != 0x22 {
                    if bytes[index] == 0x5C, index + 1 < bytes.count, bytes[index + 1] == 0x22 { index += 1 }
                    text.append(bytes[index])
                    index += 1
                }
                guard index < bytes.count else { throw Failure(offset: start, reason: "a text without its closing quote") }
                index += 1
                tokens.append((.string(String(decoding: text, as: UTF8.self)), start))
            case 0x3F:
                index += 1
                tokens.append((.question, start))
            case 0x3A:
                index += 1
                tokens.append((.colon, start))
            case 0x3C, 0x3E:
                throw Failure(offset: start, reason: Self.noNumbers)
            case 0x3D, 0x21:
                let two = index + 1 < bytes.count && bytes[index + 1] == 0x3D
                if byte == 0x3D, !two {
                    index += 1
                    tokens.append((.assign, start))
                    continue
                }
                guard two else { throw Failure(offset: start, reason: "`!` alone is not an operator (use `not name` or `!=`)") }
                index += 2
                tokens.append((.op(byte == 0x3D ? .equal : .notEqual), start))
            case _ where isDigit(byte) || (byte == 0x2D && index + 1 < bytes.count && isDigit(bytes[index + 1])):
                throw Failure(offset: start, reason: Self.noNumbers)
            case _ where isNameByte(byte):
                while index < bytes.count, isNameByte(bytes[index]) { index += 1 }
                tokens.append((.name(String(decoding: bytes[start..<index], as: UTF8.self)), start))
            default:
                throw Failure(offset: start, reason: "unexpected character")
            }
        }
    }
}
