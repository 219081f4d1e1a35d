import Foundation

/// An `Encoder` that writes nothing: it walks decoded `Results` through their own `Encodable`
/// conformances, so it meets every number under exactly the key and path results.json gives it, and hands
/// each to `ResultsValidation.Checker`. It costs a fraction of parsing the file a second time.
struct CheckingEncoder: Encoder {
    let checker: ResultsValidation.Checker
    let path: CheckingPath?
    var codingPath: [any CodingKey] { path?.keys ?? [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        KeyedEncodingContainer(KeyedChecking<Key>(checker: checker, path: path))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        UnkeyedChecking(checker: checker, path: path)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        SingleChecking(checker: checker, path: path)
    }

    /// The key a number is checked under: its own, or for an array's element the array's.
    static func ruleKey(_ path: CheckingPath?) -> String {
        var node = path
        while let current = node {
            if current.key.intValue == nil { return current.key.stringValue }
            node = current.parent
        }
        return ""
    }

    static func describe(_ path: CheckingPath?) -> String {
        ResultsValidation.Checker.joined((path?.keys ?? []).map { key in key.intValue.map { "[\($0)]" } ?? key.stringValue })
    }
}

/// A coding path as a chain from the innermost key out: one step deeper costs one small node, where an
/// array of keys was copied whole at every level (the walk meets every task, slice and request span).
final class CheckingPath {
    let parent: CheckingPath?
    let key: any CodingKey

    init(_ parent: CheckingPath?, _ key: any CodingKey) {
        self.parent = parent
        self.key = key
    }

    var keys: [any CodingKey] {
        var keys: [any CodingKey] = []
        var node: CheckingPath? = self
        while let current = node {
            keys.append(current.key)
            node = current.parent
        }
        return keys.reversed()
    }
}

/// The position of an array element in a coding path.
private struct IndexKey: CodingKey {
    let intValue: Int?
    var stringValue: String { "\(intValue ?? 0)" }
    init(_ index: Int) { intValue = index }
    init?(stringValue: String) { nil }
    init?(intValue: Int) { self.intValue = intValue }
}

private struct KeyedChecking<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let checker: ResultsValidation.Checker
    let path: CheckingPath?
    var codingPath: [any CodingKey] { path?.keys ?? [] }
    /// The numbers `Checker.checkOrder` compares, as they arrive.
    private var ordered = OrderedNumbers()

    init(checker: ResultsValidation.Checker, path: CheckingPath?) {
        self.checker = checker
        self.path = path
    }

    private mutating func number(_ value: Double, _ key: Key) throws {
        let name = key.stringValue
        let path = path
        try checker.check(value, key: name) { CheckingEncoder.describe(CheckingPath(path, key)) }
        guard ordered.record(value, key: name) else { return }
        try checker.checkOrder(ordered) { name in CheckingEncoder.describe(path) + (path == nil ? "" : ".") + name }
    }

    mutating func encodeNil(forKey key: Key) throws {}
    mutating func encode(_ value: Bool, forKey key: Key) throws {}
    mutating func encode(_ value: String, forKey key: Key) throws {}
    mutating func encode(_ value: Double, forKey key: Key) throws { try number(value, key) }
    mutating func encode(_ value: Float, forKey key: Key) throws { try number(Double(value), key) }
    mutating func encode(_ value: Int, forKey key: Key) throws { try number(Double(value), key) }
    mutating func encode(_ value: Int8, forKey key: Key) throws { try number(Double(value), key) }
    mutating func encode(_ value: Int16, forKey key: Key) throws { try number(Double(value), key) }
    mutating func encode(_ value: Int32, forKey key: Key) throws { try number(Double(value), key) }
    mutating func encode(_ value: Int64, forKey key: Key) throws { try number(Double(value), key) }
    mutating func encode(_ value: UInt, forKey key: Key) throws { try number(Double(value), key) }
    mutating func encode(_ value: UInt8, forKey key: Key) throws { try number(Double(value), key) }
    mutating func encode(_ value: UInt16, forKey key: Key) throws { try number(Double(value), key) }
    mutating func encode(_ value: UInt32, forKey key: Key) throws { try number(Double(value), key) }
    mutating func encode(_ value: UInt64, forKey key: Key) throws { try number(Double(value), key) }

    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        try value.encode(to: CheckingEncoder(checker: checker, path: CheckingPath(path, key)))
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        KeyedEncodingContainer(KeyedChecking<NestedKey>(checker: checker, path: CheckingPath(path, key)))
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        UnkeyedChecking(checker: checker, path: CheckingPath(path, key))
    }

    mutating func superEncoder() -> any Encoder { CheckingEncoder(checker: checker, path: path) }
    mutating func superEncoder(forKey key: Key) -> any Encoder { CheckingEncoder(checker: checker, path: CheckingPath(path, key)) }
}

private struct UnkeyedChecking: UnkeyedEncodingContainer, ChecksEveryNumber {
    let checker: ResultsValidation.Checker
    let path: CheckingPath?
    var codingPath: [any CodingKey] { path?.keys ?? [] }
    private(set) var count = 0
    /// The array's own key: its numbers are checked by the rule for it (`cpus`, `healthLatencySeconds`).
    private let key: String

    init(checker: ResultsValidation.Checker, path: CheckingPath?) {
        self.checker = checker
        self.path = path
        key = CheckingEncoder.ruleKey(path)
    }

    mutating func number(_ value: Double) throws {
        let index = count
        count += 1
        let path = path
        try checker.check(value, key: key) { CheckingEncoder.describe(CheckingPath(path, IndexKey(index))) }
    }

    mutating func encodeNil() throws { count += 1 }
    mutating func encode(_ value: Bool) throws { count += 1 }
    mutating func encode(_ value: String) throws { count += 1 }

    mutating func encode<T: Encodable>(_ value: T) throws {
        let index = count
        count += 1
        try value.encode(to: CheckingEncoder(checker: checker, path: CheckingPath(path, IndexKey(index))))
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        let index = count
        count += 1
        return KeyedEncodingContainer(KeyedChecking<NestedKey>(checker: checker, path: CheckingPath(path, IndexKey(index))))
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        let index = count
        count += 1
        return UnkeyedChecking(checker: checker, path: CheckingPath(path, IndexKey(index)))
    }

    mutating func superEncoder() -> any Encoder { CheckingEncoder(checker: checker, path: path) }
}

private struct SingleChecking: SingleValueEncodingContainer, ChecksEveryNumber {
    let checker: ResultsValidation.Checker
    let path: CheckingPath?
    var codingPath: [any CodingKey] { path?.keys ?? [] }

    func number(_ value: Double) throws {
        try checker.check(value, key: CheckingEncoder.ruleKey(path)) { CheckingEncoder.describe(path) }
    }

    mutating func encodeNil() throws {}
    mutating func encode(_ value: Bool) throws {}
    mutating func encode(_ value: String) throws {}
    mutating func encode<T: Encodable>(_ value: T) throws {
        try value.encode(to: CheckingEncoder(checker: checker, path: path))
    }
}

/// The numeric `encode` overloads of the unkeyed and single-value containers, each handing its value on.
private protocol ChecksEveryNumber {
    mutating func number(_ value: Double) throws
}

extension ChecksEveryNumber {
    mutating func encode(_ value: Double) throws { try number(value) }
    mutating func encode(_ value: Float) throws { try number(Double(value)) }
    mutating func encode(_ value: Int) throws { try number(Double(value)) }
    mutating func encode(_ value: Int8) throws { try number(Double(value)) }
    mutating func encode(_ value: Int16) throws { try number(Double(value)) }
    mutating func encode(_ value: Int32) throws { try number(Double(value)) }
    mutating func encode(_ value: Int64) throws { try number(Double(value)) }
    mutating func encode(_ value: UInt) throws { try number(Double(value)) }
    mutating func encode(_ value: UInt8) throws { try number(Double(value)) }
    mutating func encode(_ value: UInt16) throws { try number(Double(value)) }
    mutating func encode(_ value: UInt32) throws { try number(Double(value)) }
    mutating func encode(_ value: UInt64) throws { try number(Double(value)) }
}
