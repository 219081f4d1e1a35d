import Foundation

/// Why a results file could not be read.
public enum ResultsError: Error, Equatable, CustomStringConvertible {
    case unreadable(path: String, reason: String)
    case notResults(path: String, reason: String)
    case schemaVersion(path: String, found: Int, expected: Int)
    /// A cell with no measured run: there is no number to write about it.
    case emptyCell(path: String, strategy: StrategyID, workload: WorkloadID)
    /// A number outside the range its field allows (`ResultsValidation`): `field` is its JSON path.
    case invalidValue(path: String, field: String, value: String, rule: String)

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
        case let .invalidValue(path, field, value, rule):
            return "\(path): \(field) is \(value), which cannot be right: it must be \(rule). The file is damaged or was edited; re-run the measurement or restore the file"
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

    /// Decodes and validates (`ResultsValidation`) a results file; every refusal names `path` and, where
    /// there is one, the place in the file.
    public static func decode(_ data: Data, path: String = "results.json") throws -> Results {
        let results: Results
        do {
            results = try JSONDecoder().decode(Results.self, from: data)
        } catch {
            throw explainRefusal(error, of: data, path: path)
        }
        guard results.schemaVersion == Results.currentSchemaVersion else {
            throw ResultsError.schemaVersion(path: path, found: results.schemaVersion, expected: Results.currentSchemaVersion)
        }
        try ResultsValidation.check(results, file: path)
        if let empty = results.comparison.cells.first(where: { $0.runs.isEmpty }) {
            throw ResultsError.emptyCell(path: path, strategy: empty.strategy, workload: empty.workload)
        }
        return results
    }

    /// Why JSONDecoder refused `data`, in order: not JSON, another schema, a number out of its field's range
    /// (JSONDecoder calls 1e30 in an integer field "not valid JSON", without a place), else its own account.
    private static func explainRefusal(_ error: any Error, of data: Data, path: String) -> ResultsError {
        let tree: Any
        do {
            tree = try JSONSerialization.jsonObject(with: data)
        } catch {
            return .notResults(path: path, reason: "malformed JSON (\((error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? "\(error)"))")
        }
        do {
            try checkVersion(tree, path: path)
            try ResultsValidation.check(json: tree, file: path)
        } catch let refusal as ResultsError {
            return refusal
        } catch {
            return .notResults(path: path, reason: "\(error)")
        }
        return .notResults(path: path, reason: describe(error))
    }

    /// Throws `notResults` when the file has no schema version, `schemaVersion` when it has another one.
    private static func checkVersion(_ tree: Any, path: String) throws {
        guard let object = tree as? [String: Any] else {
            throw ResultsError.notResults(path: path, reason: "expected a JSON object at the top level")
        }
        guard let version = object["schemaVersion"] as? NSNumber, !ResultsValidation.isBoolean(version),
              version.doubleValue.rounded() == version.doubleValue, abs(version.doubleValue) < 1e9 else {
            throw ResultsError.notResults(path: path, reason: "missing field \"schemaVersion\" (a whole number) at the top level")
        }
        guard version.intValue == Results.currentSchemaVersion else {
            throw ResultsError.schemaVersion(path: path, found: version.intValue, expected: Results.currentSchemaVersion)
        }
    }

    public static func load(path: String) throws -> Results {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
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
            let detail = (context.underlyingError as NSError?)?.userInfo[NSDebugDescriptionErrorKey] as? String ?? context.debugDescription
            return "malformed JSON\(at(context))\(detail.isEmpty ? "" : " (\(detail))")"
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
