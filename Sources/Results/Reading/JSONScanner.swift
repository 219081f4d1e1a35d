import Foundation

/// Scans RFC 8259 JSON into a `JSONValue` tree in one pass. Strict: whatever it does not take as plainly
/// valid (an escaped or non-ASCII key, a number out of range, deep nesting) is a `JSONReadError`, and
/// `JSONDecoder` gets the last word on the file.
struct JSONScanner {
    /// JSONDecoder's own nesting limit; beyond it recursion could exhaust the stack.
    private static let maximumDepth = 512

    private let text: UnsafeBufferPointer<UInt8>
    private var index = 0
    private var depth = 0

    init(_ text: UnsafeBufferPointer<UInt8>) {
        self.text = text
    }

    mutating func document() throws(JSONReadError) -> JSONValue {
        let value = try scanValue()
        skipWhitespace()
        guard index == text.count else { throw JSONReadError() }
        return value
    }

    private mutating func scanValue() throws(JSONReadError) -> JSONValue {
        skipWhitespace()
        guard index < text.count else { throw JSONReadError() }
        switch text[index] {
        case UInt8(ascii: "{"): return try scanObject()
        case UInt8(ascii: "["): return try scanArray()
        case UInt8(ascii: "\""): return .string(try scanString())
        case UInt8(ascii: "t"): try expect("true"); return .bool(true)
        case UInt8(ascii: "f"): try expect("false"); return .bool(false)
        case UInt8(ascii: "n"): try expect("null"); return .null
        default: return try scanNumber()
        }
    }

    private mutating func scanObject() throws(JSONReadError) -> JSONValue {
        try enter()
        var members: [JSONMember] = []
        members.reserveCapacity(8)  // most objects in results.json have a handful of fields
        skipWhitespace()
        if peek() == UInt8(ascii: "}") {
            index += 1
            depth -= 1
            return .object(members)
        }
        while true {
            skipWhitespace()
            let (keyStart, keyCount) = try scanKey()
            skipWhitespace()
            try consume(UInt8(ascii: ":"))
            members.append(JSONMember(keyStart: keyStart, keyCount: keyCount, value: try scanValue()))
            skipWhitespace()
            switch next() {
            case UInt8(ascii: ","): continue
            case UInt8(ascii: "}"): depth -= 1; return .object(members)
            default: throw JSONReadError()
            }
        }
    }

    private mutating func scanArray() throws(JSONReadError) -> JSONValue {
        try enter()
        var elements: [JSONValue] = []
        skipWhitespace()
        if peek() == UInt8(ascii: "]") {
            index += 1
            depth -= 1
            return .array(elements)
        }
        while true {
            elements.append(try scanValue())
            skipWhitespace()
            switch next() {
            case UInt8(ascii: ","): continue
            case UInt8(ascii: "]"): depth -= 1; return .array(elements)
            default: throw JSONReadError()
            }
        }
    }

    /// A key of printable ASCII without escapes: every key results.json has.
    private mutating func scanKey() throws(JSONReadError) -> (start: Int, count: Int) {
        try consume(UInt8(ascii: "\""))
        let start = index
        while index < text.count {
            let byte = text[index]
            if byte == UInt8(ascii: "\"") {
                index += 1
                return (start, index - 1 - start)
            }
            guard byte >= 0x20, byte < 0x80, byte != UInt8(ascii: "\\") else { throw JSONReadError() }
            index += 1
        }
        throw JSONReadError()
    }

    private mutating func scanString() throws(JSONReadError) -> String {
        index += 1
        let start = index
        var escaped = false
        while index < text.count {
            let byte = text[index]
            if byte == UInt8(ascii: "\"") {
                let content = UnsafeBufferPointer(rebasing: text[start..<index])
                index += 1
                return try escaped ? JSONString.unescaped(content) : JSONString.validated(content)
            }
            if byte == UInt8(ascii: "\\") {
                escaped = true
                index += 2
                continue
            }
            guard byte >= 0x20 else { throw JSONReadError() }
            index += 1
        }
        throw JSONReadError()
    }

    /// Checks the RFC 8259 grammar, collecting the digits as it goes: integers are taken as they are,
    /// other numbers by `JSONNumber.double` (correctly rounded, as JSONDecoder's reading is).
    private mutating func scanNumber() throws(JSONReadError) -> JSONValue {
        let start = index
        var decimal = JSONNumber.Decimal()
        decimal.negative = peek() == UInt8(ascii: "-")
        if decimal.negative { index += 1 }
        if peek() == UInt8(ascii: "0") {
            index += 1
        } else {
            _ = try digits(into: &decimal)
        }
        var integral = true
        if peek() == UInt8(ascii: ".") {
            integral = false
            index += 1
            decimal.exponent -= try digits(into: &decimal)
        }
        if peek() == UInt8(ascii: "e") || peek() == UInt8(ascii: "E") {
            integral = false
            index += 1
            var negativeExponent = false
            if peek() == UInt8(ascii: "+") || peek() == UInt8(ascii: "-") {
                negativeExponent = text[index] == UInt8(ascii: "-")
                index += 1
            }
            guard isDigit(peek()) else { throw JSONReadError() }
            var written = 0
            while isDigit(peek()) {
                // Past any double's range either way; strtod decides what such a number is.
                if written < 100_000 { written = written * 10 + Int(text[index] &- UInt8(ascii: "0")) }
                index += 1
            }
            decimal.exponent += negativeExponent ? -written : written
        }
        // "-0" is the double -0.0, as JSONDecoder reads it.
        if integral, decimal.exact, !(decimal.negative && decimal.significand == 0) {
            if decimal.negative, decimal.significand <= UInt64(Int.max) + 1 {
                return .integer(Int(truncatingIfNeeded: 0 &- decimal.significand))
            }
            if !decimal.negative, decimal.significand <= UInt64(Int.max) {
                return .integer(Int(decimal.significand))
            }
        }
        return .double(try JSONNumber.double(decimal, text, from: start, to: index))
    }

    /// Takes one or more digits into `decimal`'s significand; returns how many.
    private mutating func digits(into decimal: inout JSONNumber.Decimal) throws(JSONReadError) -> Int {
        let first = index
        guard isDigit(peek()) else { throw JSONReadError() }
        while isDigit(peek()) {
            decimal.take(text[index] &- UInt8(ascii: "0"))
            index += 1
        }
        return index - first
    }

    private func isDigit(_ byte: UInt8?) -> Bool {
        guard let byte else { return false }
        return byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }

    private mutating func enter() throws(JSONReadError) {
        index += 1
        depth += 1
        guard depth <= Self.maximumDepth else { throw JSONReadError() }
    }

    private mutating func expect(_ word: StaticString) throws(JSONReadError) {
        let count = word.utf8CodeUnitCount
        guard text.count - index >= count,
              memcmp(text.baseAddress! + index, word.utf8Start, count) == 0 else { throw JSONReadError() }
        index += count
    }

    private mutating func consume(_ byte: UInt8) throws(JSONReadError) {
        guard next() == byte else { throw JSONReadError() }
    }

    private func peek() -> UInt8? {
        index < text.count ? text[index] : nil
    }

    private mutating func next() -> UInt8? {
        guard index < text.count else { return nil }
        defer { index += 1 }
        return text[index]
    }

    private mutating func skipWhitespace() {
        while index < text.count {
            switch text[index] {
            case UInt8(ascii: " "), UInt8(ascii: "\n"), UInt8(ascii: "\r"), UInt8(ascii: "\t"): index += 1
            default: return
            }
        }
    }
}
