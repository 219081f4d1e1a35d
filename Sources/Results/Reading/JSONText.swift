import Foundation

/// The bytes a `JSONValue` was scanned from, for comparing its object keys; valid only inside
/// `ResultsReader.read(_:)`, which owns them.
struct JSONText {
    let bytes: UnsafeBufferPointer<UInt8>

    func key(of member: JSONMember, is name: StaticString) -> Bool {
        guard member.keyCount == name.utf8CodeUnitCount, let base = bytes.baseAddress else { return false }
        return memcmp(base + member.keyStart, name.utf8Start, member.keyCount) == 0
    }
}
