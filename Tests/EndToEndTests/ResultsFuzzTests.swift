import Foundation
import Render
import Results
import Synchronization
import XCTest

/// Results files from anywhere, swept: every numeric field of a fixture set in turn to each extreme,
/// every field deleted, bytes mutated at random with a fixed seed. Reading, rendering, the trace and
/// `diff` must either succeed or refuse with a `ResultsError` (exit 2) that names the place; a trap
/// would end this test process, which fails the suite. The sweep runs in-process, as `render` and `diff`
/// run (`testTheCommandLine…` checks the binary's exit status and streams on a sample), and keeps under a
/// minute on 2 cores.
final class ResultsFuzzTests: XCTestCase {
    /// Huge, negative, zero, 2^62 and 1e308, as values of every numeric field.
    private static var extremes: [Any] { [1e30, -1e30, 0, 1 << 62, 1e308] }
    private static let templates = RepositoryFixtures.path("templates/ko")

    /// results-2core.json with its long lists (numbers, intervals) cut to two elements: every kind of
    /// field is still there, a twentieth of the bytes.
    /// Read-only once made: `nonisolated(unsafe)` only because `[String: Any]` cannot say it is Sendable.
    nonisolated(unsafe) private static let base: [String: Any] = {
        let data = try! Data(contentsOf: URL(fileURLWithPath: RepositoryFixtures.twoCoreResults))
        return trimmed(try! JSONSerialization.jsonObject(with: data)) as! [String: Any]
    }()

    private static func trimmed(_ node: Any) -> Any {
        if let object = node as? [String: Any] { return object.mapValues(trimmed) }
        guard let array = node as? [Any] else { return node }
        let isNumbers = array.allSatisfy { $0 is NSNumber }
        let isIntervals = array.allSatisfy { ($0 as? [String: Any])?["startSeconds"] != nil }
        return (isNumbers || isIntervals ? Array(array.prefix(2)) : array).map(trimmed)
    }

    /// What reading and rendering one file came to.
    private enum Outcome: Sendable {
        case rendered
        case refused(String)
        case failed(String)
    }

    private static let renderer = PostRenderer(templates: try! TemplateSet.load(directory: templates))
    private static let baseResults = try! ResultsFile.decode(JSONSerialization.data(withJSONObject: base), path: "base.json")

    /// The outcome of every file, read on every core.
    private static func outcomes(_ files: [Data]) -> [Outcome] {
        let slots = Mutex([Outcome?](repeating: nil, count: files.count))
        DispatchQueue.concurrentPerform(iterations: files.count) { index in
            let outcome = outcome(of: files[index])
            slots.withLock { $0[index] = outcome }
        }
        return slots.withLock { $0.map { $0! } }
    }

    private static func outcome(of data: Data) -> Outcome {
        do {
            let results = try ResultsFile.decode(data, path: "fuzzed.json")
            _ = try renderer.markdown(for: results)
            _ = try ChromeTrace.json(for: results)
            _ = ResultsDiff([(name: "base.json", results: Self.baseResults), (name: "fuzzed.json", results: results)]).markdown()
            return .rendered
        } catch let error as ResultsError {
            return .refused("\(error)")
        } catch let error as TemplateError {
            // A file whose numbers are each in range can still lack what a section draws (no convoy run beside
            // a CPU-bound thread): refused by the template that needs it, by file:line:column.
            return .refused("\(error)")
        } catch {
            return .failed("neither rendered nor refused as bad input: \(error)")
        }
    }

    /// Every place of a number in `node`, as the keys and indices that reach it.
    private static func numericPaths(_ node: Any, _ prefix: [Any] = []) -> [[Any]] {
        if let object = node as? [String: Any] {
            return object.keys.sorted().flatMap { numericPaths(object[$0]!, prefix + [$0]) }
        }
        if let array = node as? [Any] {
            return array.prefix(2).enumerated().flatMap { numericPaths($0.element, prefix + [$0.offset]) }
        }
        if let number = node as? NSNumber, String(cString: number.objCType) != "c" { return [prefix] }
        return []
    }

    /// Every place of a field (an object's key), as the keys and indices that reach it.
    private static func fieldPaths(_ node: Any, _ prefix: [Any] = []) -> [[Any]] {
        if let object = node as? [String: Any] {
            return object.keys.sorted().flatMap { [prefix + [$0]] + fieldPaths(object[$0]!, prefix + [$0]) }
        }
        if let array = node as? [Any] {
            return array.prefix(2).enumerated().flatMap { fieldPaths($0.element, prefix + [$0.offset]) }
        }
        return []
    }

    /// `node` with the value at `path` replaced, or removed when `value` is nil.
    private static func editing(_ node: Any, at path: ArraySlice<Any>, to value: Any?) -> Any? {
        guard let head = path.first else { return value }
        if let key = head as? String, var object = node as? [String: Any] {
            object[key] = editing(object[key] as Any, at: path.dropFirst(), to: value)
            return object
        }
        if let index = head as? Int, var array = node as? [Any] {
            array[index] = editing(array[index], at: path.dropFirst(), to: value) as Any
            return array
        }
        return node
    }

    /// `coreSweep.points[0].cpus`, as the refusal names it.
    private static func jsonPath(_ path: [Any]) -> String {
        path.enumerated().map { offset, step in
            if let index = step as? Int { return "[\(index)]" }
            return offset == 0 ? "\(step)" : ".\(step)"
        }.joined()
    }

    func testEveryNumericFieldAtEveryExtremeIsRenderedOrRefusedByName() throws {
        let cases = Self.numericPaths(Self.base).flatMap { path in Self.extremes.map { (path, $0) } }
        XCTAssertGreaterThan(cases.count, 1500)
        let outcomes = Self.outcomes(try cases.map { path, value in
            try JSONSerialization.data(withJSONObject: Self.editing(Self.base, at: path[...], to: value)!)
        })
        var counts: [String: Int] = [:]
        for ((path, value), outcome) in zip(cases, outcomes) {
            let field = Self.jsonPath(path), number = (value as? NSNumber)?.doubleValue ?? 0
            switch outcome {
            case .rendered:
                counts["rendered", default: 0] += 1
                XCTAssertLessThan(abs(number), 1e30, "\(number) at \(field) was accepted")
            case .refused(let message):
                counts["refused", default: 0] += 1
                XCTAssertTrue(message.contains(field) || message.contains(".md:"), "\(field) = \(value): \(message)")
            case .failed(let message):
                XCTFail("\(field) = \(value): \(message)")
            }
        }
        print("fuzz: \(cases.count / Self.extremes.count) numeric fields × \(Self.extremes.count) values: \(counts)")
    }

    func testEveryDeletedFieldIsRenderedOrRefusedByName() throws {
        let paths = Self.fieldPaths(Self.base)
        let outcomes = Self.outcomes(try paths.map { path in
            try JSONSerialization.data(withJSONObject: Self.editing(Self.base, at: path[...], to: nil)!)
        })
        var counts: [String: Int] = [:]
        for (path, outcome) in zip(paths, outcomes) {
            switch outcome {
            case .rendered:
                counts["rendered", default: 0] += 1
            case .refused(let message):
                counts["refused", default: 0] += 1
                XCTAssertTrue(message.contains("\(path.last!)") || message.contains(".md:"), "deleting \(Self.jsonPath(path)): \(message)")
            case .failed(let message):
                XCTFail("deleting \(Self.jsonPath(path)): \(message)")
            }
        }
        print("fuzz: \(paths.count) deleted fields: \(counts)")
    }

    func testRandomByteMutationsAreRenderedOrRefused() throws {
        let original = [UInt8](try JSONSerialization.data(withJSONObject: Self.base, options: [.sortedKeys]))
        var random = SplitMix64(seed: 21)
        let alphabet = Array("0123456789-+.eE,:{}[]\" ntf".utf8)
        let mutated: [[UInt8]] = (0..<300).map { _ in
            var bytes = original
            for _ in 0...(random.next() % 4) {
                bytes[Int(random.next() % UInt64(bytes.count))] = alphabet[Int(random.next() % UInt64(alphabet.count))]
            }
            return bytes
        }
        var counts: [String: Int] = [:]
        for outcome in Self.outcomes(mutated.map { Data($0) }) {
            switch outcome {
            case .rendered: counts["rendered", default: 0] += 1
            case .refused(let message):
                counts["refused", default: 0] += 1
                XCTAssertTrue(message.contains("fuzzed.json") || message.contains(".md:"), message)
            case .failed(let message): XCTFail(message)
            }
        }
        print("fuzz: 300 random byte mutations: \(counts)")
    }

    /// The binary on a sample of the sweep: exit 2, nothing on stdout, the file and the field on stderr.
    func testTheCommandLineRefusesWithStatusTwoNamingFileAndField() throws {
        let folder = try CommandRunner.temporaryDirectory()
        let cases: [([Any], Any)] = [
            (["comparison", "cells", 0, "runs", 0, "tasks", 0, "startSeconds"], 1e30),
            (["coreSweep", "points", 0, "slices", 0, "startSeconds"], -1e30),
            (["server", "runs", 0, "completed"], 1 << 62),
            (["machine", "logicalCPUs"], 1e308),
        ]
        for (path, value) in cases {
            let file = folder + "/fuzzed.json"
            try JSONSerialization.data(withJSONObject: Self.editing(Self.base, at: path[...], to: value)!)
                .write(to: URL(fileURLWithPath: file))
            for arguments in [["render", file], ["diff", RepositoryFixtures.twoCoreResults, file]] {
                let result = try CommandRunner.run(arguments)
                XCTAssertEqual(result.status, 2, "\(arguments): \(result.stderr)")
                XCTAssertEqual(result.stdout, "")
                XCTAssertTrue(result.stderr.hasPrefix("concreport: error: \(file): \(Self.jsonPath(path)) is "), result.stderr)
            }
        }
    }
}

/// A small seeded generator (Steele, Lea and Flood's SplitMix64): the same mutations on every run.
private struct SplitMix64 {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
