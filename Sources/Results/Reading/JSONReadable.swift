/// A type `ResultsReader` reads straight from a scanned `JSONValue`, exactly as its `Decodable` conformance
/// reads it from JSONDecoder (`ResultsReaderTests` holds the two to the same values).
protocol JSONReadable {
    init(json: JSONValue, in text: JSONText) throws(JSONReadError)
}

/// A struct read from a JSON object, field by field.
protocol JSONObjectReadable: JSONReadable {
    init(fields: JSONFields) throws(JSONReadError)
}

extension JSONObjectReadable {
    init(json: JSONValue, in text: JSONText) throws(JSONReadError) {
        guard case let .object(members) = json else { throw JSONReadError() }
        try self.init(fields: JSONFields(members: members, text: text))
    }
}

/// One JSON object's members, looked up as a synthesized `init(from:)` does: `decode` needs the key, and
/// `decodeIfPresent` takes an absent key or null as nil. Unknown keys are ignored; a key given twice is not
/// read here.
struct JSONFields {
    let members: [JSONMember]
    let text: JSONText

    func decode<Value: JSONReadable>(_ key: StaticString) throws(JSONReadError) -> Value {
        guard let json = try value(key) else { throw JSONReadError() }
        return try Value(json: json, in: text)
    }

    func decodeIfPresent<Value: JSONReadable>(_ key: StaticString) throws(JSONReadError) -> Value? {
        guard let json = try value(key) else { return nil }
        if case .null = json { return nil }
        return try Value(json: json, in: text)
    }

    private func value(_ key: StaticString) throws(JSONReadError) -> JSONValue? {
        var found: JSONValue?
        for member in members where text.key(of: member, is: key) {
            guard found == nil else { throw JSONReadError() }
            found = member.value
        }
        return found
    }
}

extension Bool: JSONReadable {
    init(json: JSONValue, in text: JSONText) throws(JSONReadError) {
        guard case let .bool(value) = json else { throw JSONReadError() }
        self = value
    }
}

extension Int: JSONReadable {
    init(json: JSONValue, in text: JSONText) throws(JSONReadError) {
        guard case let .integer(value) = json else { throw JSONReadError() }
        self = value
    }
}

extension Int32: JSONReadable {
    init(json: JSONValue, in text: JSONText) throws(JSONReadError) {
        guard case let .integer(value) = json, let narrow = Int32(exactly: value) else { throw JSONReadError() }
        self = narrow
    }
}

extension UInt64: JSONReadable {
    init(json: JSONValue, in text: JSONText) throws(JSONReadError) {
        guard case let .integer(value) = json, let unsigned = UInt64(exactly: value) else { throw JSONReadError() }
        self = unsigned
    }
}

extension Double: JSONReadable {
    init(json: JSONValue, in text: JSONText) throws(JSONReadError) {
        switch json {
        case let .double(value): self = value
        case let .integer(value): self = Double(value)
        default: throw JSONReadError()
        }
    }
}

extension String: JSONReadable {
    init(json: JSONValue, in text: JSONText) throws(JSONReadError) {
        guard case let .string(value) = json else { throw JSONReadError() }
        self = value
    }
}

extension Array: JSONReadable where Element: JSONReadable {
    init(json: JSONValue, in text: JSONText) throws(JSONReadError) {
        guard case let .array(elements) = json else { throw JSONReadError() }
        self = []
        reserveCapacity(elements.count)
        for element in elements {
            append(try Element(json: element, in: text))
        }
    }
}

/// The identifier enums: their raw value is the JSON string.
extension JSONReadable where Self: RawRepresentable, RawValue == String {
    init(json: JSONValue, in text: JSONText) throws(JSONReadError) {
        guard case let .string(raw) = json, let value = Self(rawValue: raw) else { throw JSONReadError() }
        self = value
    }
}
