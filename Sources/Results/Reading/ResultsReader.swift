import Foundation

/// The fast path of `ResultsFile.decode`: a purpose-built scanner and per-type reading instead of
/// JSONDecoder's generic machinery, which cost half of `render`'s time on a 1 MB file. It reads exactly what
/// `Results`' `Decodable` conformance reads, or throws `JSONReadError` and leaves the file to JSONDecoder.
enum ResultsReader {
    static func read(_ data: Data) throws(JSONReadError) -> Results {
        guard JSONNumber.decimalPointIsDot else { throw JSONReadError() }
        // Data's `withUnsafeBytes` rethrows untyped: the outcome is carried out as a Result.
        let outcome = data.withUnsafeBytes { raw in
            Result { () throws(JSONReadError) -> Results in
                let text = raw.bindMemory(to: UInt8.self)
                var scanner = JSONScanner(text)
                let root = try scanner.document()
                return try Results(json: root, in: JSONText(bytes: text))
            }
        }
        return try outcome.get()
    }
}
