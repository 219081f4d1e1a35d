import Foundation

/// An `Encoder` that writes nothing: it walks decoded `Results` through their own `Encodable`
/// conformances, so it meets every number under exactly the key and path results.json gives it, and hands
/// each to `ResultsValidation.Checker`. It costs a fraction of parsing the file a second time.
struct CheckingEncoder: Encoder {
    let checker: ResultsValidation.Checker
    let codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        KeyedEncodingContainer(KeyedChecking<Key>(checker: checker, codingPath: codingPath))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        UnkeyedChecking(checker: checker, codingPath: codingPath)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        SingleChecking(checker: checker, codingPath: codingPath)
    }

    /// The key a number is checked under: its own, or for an array's element the array's.
    static func ruleKey(_ path: [any CodingKey]) -> String {
        path.last { $0.intValue == nil }?.stringValue ?? ""
    }

    static func describe(_ path: [any CodingKey]) -> String {
        ResultsValidation.Checker.joined(path.map { key in key.intValue.map { "[\($0)]" } ?? key.stringValue })
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
    let codingPath: [any CodingKey]
    /// The numbers `Checker.checkOrder` compares, as they arrive.
    private var ordered: [String: Double] = [:]

    init(checker: ResultsValidation.Checker, codingPath: [any CodingKey]) {
        self.checker = checker
        self.codingPath = codingPath
    }

    private mutating func number(_ value: Double, _ key: Key) throws {
        let name = key.stringValue
        try checker.check(value, key: name) { CheckingEncoder.describe(codingPath + [key]) }
        guard ResultsValidation.Checker.orderedKeys.contains(name) else { return }
        ordered[name] = value
        let path = codingPath
        try checker.checkOrder(ordered) { name in CheckingEncoder.describe(path) + (path.isEmpty ? "" : ".") + name }
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
        try value.encode(to: CheckingEncoder(checker: checker, codingPath: codingPath + [key]))
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        KeyedEncodingContainer(KeyedChecking<NestedKey>(checker: checker, codingPath: codingPath + [key]))
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        UnkeyedChecking(checker: checker, codingPath: codingPath + [key])
    }

    mutating func superEncoder() -> any Encoder { CheckingEncoder(checker: checker, codingPath: codingPath) }
    mutating func superEncoder(forKey key: Key) -> any Encoder { CheckingEncoder(checker: checker, codingPath: codingPath + [key]) }
}

private struct UnkeyedChecking: UnkeyedEncodingContainer, ChecksEveryNumber {
    let checker: ResultsValidation.Checker
    let codingPath: [any CodingKey]
    private(set) var count = 0
    /// The array's own key: its numbers are checked by the rule for it (`cpus`, `healthLatencySeconds`).
    private let key: String

    init(checker: ResultsValidation.Checker, codingPath: [any CodingKey]) {
        self.checker = checker
        self.codingPath = codingPath
        key = CheckingEncoder.ruleKey(codingPath)
    }

    mutating func number(_ value: Double) throws {
        let index = count
        count += 1
        try checker.check(value, key: key) { CheckingEncoder.describe(codingPath + [IndexKey(index)]) }
    }

    mutating func encodeNil() throws { count += 1 }
    mutating func encode(_ value: Bool) throws { count += 1 }
    mutating func encode(_ value: String) throws { count += 1 }

    mutating func encode<T: Encodable>(_ value: T) throws {
        let index = count
        count += 1
        try value.encode(to: CheckingEncoder(checker: checker, codingPath: codingPath + [IndexKey(index)]))
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        let index = count
        count += 1
        return KeyedEncodingContainer(KeyedChecking<NestedKey>(checker: checker, codingPath: codingPath + [IndexKey(index)]))
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        let index = count
        count += 1
        return UnkeyedChecking(checker: checker, codingPath: codingPath + [IndexKey(index)])
    }

    mutating func superEncoder() -> any Encoder { CheckingEncoder(checker: checker, codingPath: codingPath) }
}

private struct SingleChecking: SingleValueEncodingContainer, ChecksEveryNumber {
    let checker: ResultsValidation.Checker
    let codingPath: [any CodingKey]

    func number(_ value: Double) throws {
        try checker.check(value, key: CheckingEncoder.ruleKey(codingPath)) { CheckingEncoder.describe(codingPath) }
    }

    mutating func encodeNil() throws {}
    mutating func encode(_ value: Bool) throws {}
    mutating func encode(_ value: String) throws {}
    mutating func encode<T: Encodable>(_ value: T) throws {
        try value.encode(to: CheckingEncoder(checker: checker, codingPath: codingPath))
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
