/// One event of the Trace Event Format (Chrome's `chrome://tracing`, Perfetto's JSON importer).
struct ChromeTraceEvent: Encodable, Sendable {
    /// Phase: `X` complete, `i` instant, `M` metadata.
    var ph: String
    var name: String
    var cat: String?
    /// Microseconds on the shared timeline.
    var ts: Double
    /// Microseconds; complete events only.
    var dur: Double?
    /// Scope of an instant event (`p`: the whole process).
    var s: String?
    var pid: Int32
    var tid: Int32
    var args: [String: ChromeTraceArgument]

    /// Seconds to microseconds, rounded to the nanosecond so the text stays short and stable.
    static func microseconds(_ seconds: Double) -> Double {
        (seconds * 1_000_000_000).rounded() / 1000
    }
}

/// A value in an event's `args`.
enum ChromeTraceArgument: Encodable, Sendable {
    case int(Int)
    case ints([Int])
    case string(String)

    func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case let .int(value): try container.encode(value)
        case let .ints(values): try container.encode(values)
        case let .string(value): try container.encode(value)
        }
    }
}
