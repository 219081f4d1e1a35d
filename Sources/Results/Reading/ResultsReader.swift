import Foundation

/// The fast path of `ResultsFile.decode`: a purpose-built scanner and per-type reading instead of
/// JSONDecoder's generic machinery, which cost half of `render`'s time on a 1 MB file. It reads exactly what
/// `Results`' `Decodable` conformance reads, or throws `JSONReadError` and leaves the file to JSONDecoder.
enum ResultsReader {
    static func read(_ data: Data) throws(JSONReadError) -> Results {
        guard JSONNumber.decimalPointIsDot else { throw JSONReadError() }
        var bytes = [UInt8](data)
        bytes.append(0)  // JSONScanner's terminator
        return try bytes.withUnsafeBufferPointer { buffer throws(JSONReadError) in
            let text = UnsafeBufferPointer(rebasing: buffer.dropLast())
            var scanner = JSONScanner(text)
            let root = try scanner.document()
            return try Results(json: root, in: JSONText(bytes: text))
        }
    }
}
