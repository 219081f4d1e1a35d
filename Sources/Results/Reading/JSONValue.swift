/// A JSON document as `JSONScanner` leaves it for `ResultsReader`: numbers already parsed, object keys kept
/// as places in the text (`JSONText`), compared without building strings.
enum JSONValue {
    case null
    case bool(Bool)
    /// A number written without fraction or exponent that fits an `Int`.
    case integer(Int)
    /// Any other number.
    case double(Double)
    case string(String)
    case array([JSONValue])
    case object([JSONMember])
}

struct JSONMember {
    /// The key's bytes in the text, between the quotes: plain ASCII without escapes (`JSONScanner`).
    var keyStart: Int
    var keyCount: Int
    var value: JSONValue
}

/// The fast path met something it does not read; `ResultsFile.decode` then leaves the file to `JSONDecoder`,
/// which reads it or says what is wrong and where.
struct JSONReadError: Error {}
