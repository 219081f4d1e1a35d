/// A JSON string's content (between the quotes) as a Swift string; invalid UTF-8, a bad escape or a lone
/// surrogate is a `JSONReadError`.
enum JSONString {
    static func validated(_ content: UnsafeBufferPointer<UInt8>) throws(JSONReadError) -> String {
        guard let string = String(validating: content, as: UTF8.self) else { throw JSONReadError() }
        return string
    }

    static func unescaped(_ content: UnsafeBufferPointer<UInt8>) throws(JSONReadError) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(content.count)
        var index = 0
        while index < content.count {
            let byte = content[index]
            index += 1
            guard byte == UInt8(ascii: "\\") else {
                bytes.append(byte)
                continue
            }
            guard index < content.count else { throw JSONReadError() }
            let escape = content[index]
            index += 1
            switch escape {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): bytes.append(escape)
            case UInt8(ascii: "b"): bytes.append(0x08)
            case UInt8(ascii: "f"): bytes.append(0x0C)
            case UInt8(ascii: "n"): bytes.append(0x0A)
            case UInt8(ascii: "r"): bytes.append(0x0D)
            case UInt8(ascii: "t"): bytes.append(0x09)
            case UInt8(ascii: "u"):
                let unit = try hexUnit(content, at: &index)
                if UTF16.isLeadSurrogate(unit) {
                    guard index + 1 < content.count, content[index] == UInt8(ascii: "\\"),
                          content[index + 1] == UInt8(ascii: "u") else { throw JSONReadError() }
                    index += 2
                    let trail = try hexUnit(content, at: &index)
                    guard UTF16.isTrailSurrogate(trail) else { throw JSONReadError() }
                    let scalar = 0x10000 + ((UInt32(unit) - 0xD800) << 10) + (UInt32(trail) - 0xDC00)
                    append(scalar, to: &bytes)
                    continue
                }
                guard !UTF16.isTrailSurrogate(unit) else { throw JSONReadError() }
                append(UInt32(unit), to: &bytes)
            default:
                throw JSONReadError()
            }
        }
        return try bytes.withUnsafeBufferPointer { buffer throws(JSONReadError) in try validated(buffer) }
    }

    private static func hexUnit(_ content: UnsafeBufferPointer<UInt8>, at index: inout Int) throws(JSONReadError) -> UInt16 {
        guard content.count - index >= 4 else { throw JSONReadError() }
        var unit: UInt16 = 0
        for _ in 0..<4 {
            let byte = content[index]
            index += 1
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: throw JSONReadError()
            }
            unit = unit << 4 | UInt16(digit)
        }
        return unit
    }

    private static func append(_ scalar: UInt32, to bytes: inout [UInt8]) {
        guard let scalar = Unicode.Scalar(scalar) else { return }
        bytes.append(contentsOf: UTF8.encode(scalar)!)
    }
}
