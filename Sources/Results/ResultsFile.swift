import Foundation

/// Why a results file could not be read.
public enum ResultsError: Error, Equatable, CustomStringConvertible {
    case unreadable(path: String, reason: String)
    case notResults(path: String, reason: String)
    case schemaVersion(path: String, found: Int, expected: Int)
    /// A cell with no measured run: there is no number to write about it.
    case emptyCell(path: String, strategy: StrategyID, workload: WorkloadID)

    public var description: String {
        switch self {
        case let .unreadable(path, reason):
            return "cannot read results file \(path): \(reason)"
        case let .notResults(path, reason):
            return "\(path) is not a concreport results file: \(reason)"
        case let .schemaVersion(path, found, expected):
            return "\(path) has schemaVersion \(found), but this concreport reads version \(expected); re-run the measurement with this version"
        case let .emptyCell(path, strategy, workload):
            return "\(path) holds no measured run for \(strategy.rawValue)/\(workload.rawValue) (0 repetitions), so there are no numbers to report; re-run the measurement"
        }
    }
}

/// Reading and writing `results.json`: a stable, byte-reproducible encoding.
public enum ResultsFile {
    public static func encode(_ results: Results) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var data = try encoder.encode(results)
        data.append(0x0A)
        return data
    }

    public static func decode(_ data: Data, path: String = "results.json") throws -> Results {
        let results: Results
        do {
            results = try ResultsReader.read(data)
        } catch {
            results = try decodeWithFoundation(data, path: path)
        }
        guard results.schemaVersion == Results.currentSchemaVersion else {
            throw ResultsError.schemaVersion(path: path, found: results.schemaVersion, expected: Results.currentSchemaVersion)
        }
        if let empty = results.comparison.cells.first(where: { $0.runs.isEmpty }) {
            throw ResultsError.emptyCell(path: path, strategy: empty.strategy, workload: empty.workload)
        }
        return results
    }

    /// What the fast path does not read: JSONDecoder reads it, or explains, with the place, why it cannot.
    /// One pass over the file; the version is probed on its own only to explain a failure.
    static func decodeWithFoundation(_ data: Data, path: String) throws -> Results {
        do {
            return try JSONDecoder().decode(Results.self, from: data)
        } catch {
            try checkVersion(data, path: path)
            throw ResultsError.notResults(path: path, reason: describe(error))
        }
    }

    /// Throws `notResults` when the file has no schema version, `schemaVersion` when it has another one.
    private static func checkVersion(_ data: Data, path: String) throws {
        struct VersionProbe: Decodable { var schemaVersion: Int }
        let probe: VersionProbe
        do {
            probe = try JSONDecoder().decode(VersionProbe.self, from: data)
        } catch {
            throw ResultsError.notResults(path: path, reason: describe(error))
        }
        guard probe.schemaVersion == Results.currentSchemaVersion else {
            throw ResultsError.schemaVersion(path: path, found: probe.schemaVersion, expected: Results.currentSchemaVersion)
        }
    }

    public static func load(path: String) throws -> Results {
        let data: Data
        do {
            data = try FileBytes.read(path: path) ?? Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw ResultsError.unreadable(path: path, reason: (error as NSError).localizedDescription)
        }
        return try decode(data, path: path)
    }

    private static func describe(_ error: Error) -> String {
        guard let decoding = error as? DecodingError else { return "\(error)" }
        func at(_ context: DecodingError.Context) -> String {
            let path = context.codingPath.map { $0.intValue.map(String.init) ?? $0.stringValue }.joined(separator: ".")
            return path.isEmpty ? "" : " at \(path)"
        }
        switch decoding {
        case let .dataCorrupted(context):
            return "malformed JSON\(at(context))"
        case let .keyNotFound(key, context):
            return "missing field \"\(key.stringValue)\"\(at(context))"
        case let .typeMismatch(type, context):
            return "expected \(type)\(at(context))"
        case let .valueNotFound(type, context):
            return "missing \(type)\(at(context))"
        @unknown default:
            return "\(decoding)"
        }
    }
}
