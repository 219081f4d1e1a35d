import Foundation
import XCTest
@testable import Results

/// The fast path (`ResultsReader`) against JSONDecoder and the `Decodable` conformances it mirrors.
final class ResultsReaderTests: XCTestCase {
    /// Every fixture, the example and the sample: the files that hold the fast path to the Codable definitions.
    private static func corpus() throws -> [(name: String, data: Data)] {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let fixtures = root.appendingPathComponent("Tests/Fixtures")
        let names = try FileManager.default.contentsOfDirectory(atPath: fixtures.path)
            .filter { $0.hasPrefix("results-") && $0.hasSuffix(".json") }.sorted()
        XCTAssertFalse(names.isEmpty)
        let files = names.map { fixtures.appendingPathComponent($0) } + [root.appendingPathComponent("output/example/results.json")]
        return try files.map { ($0.lastPathComponent, try Data(contentsOf: $0)) }
            + [("SampleResults", try ResultsFile.encode(SampleResults.results))]
    }

    func testReadsEveryFileAsJSONDecoderDoes() throws {
        for (name, data) in try Self.corpus() {
            let expected = try JSONDecoder().decode(Results.self, from: data)
            XCTAssertEqual(try ResultsReader.read(data), expected, name)
        }
    }

    /// A field the fast path does not read stays nil or empty there; the equality above catches it only if
    /// some file holds a value for it. This makes sure one does, for every optional and array in `Results`.
    func testTheFilesHoldEveryOptionalAndArrayField() throws {
        var census = FieldCensus()
        for (_, data) in try Self.corpus() {
            census.visit(try JSONDecoder().decode(Results.self, from: data))
        }
        XCTAssertGreaterThan(census.filled.count, 50)
        XCTAssertEqual(census.neverFilled, [], "give these fields a value in a fixture (Tests/Fixtures/make-results.py) or in SampleResults")
    }

    func testOlderFilesUnknownKeysNullsAndEscapesReadAsJSONDecoderReadsThem() throws {
        var object = try SampleResults.jsonObject()
        object["globalLock"] = nil
        object["label"] = NSNull()
        object["somethingNew"] = ["nested": [1, 2.5, "x", true, NSNull()]]
        var machine = object["machine"] as! [String: Any]
        machine["physicalCores"] = NSNull()
        machine["osName"] = "tab\there \"quoted\" \u{1F600} é / \\ \u{0001}"
        machine["loadAverage"] = [0, -0.0, 1e-7, 123_456_789_012_345_678 as Int, 1.7976931348623157e308] as [Any]
        object["machine"] = machine
        let data = try SampleResults.data(object)
        XCTAssertEqual(try ResultsReader.read(data), try JSONDecoder().decode(Results.self, from: data))
        XCTAssertNil(try ResultsReader.read(data).label)
    }

    func testWhatTheFastPathRefusesIsStillReadByJSONDecoder() throws {
        let sample = String(decoding: try ResultsFile.encode(SampleResults.results), as: UTF8.self)
        let duplicated = sample.replacingOccurrences(of: "\"schemaVersion\" : 1", with: "\"schemaVersion\" : 1, \"schemaVersion\" : 1")
        let escapedKey = sample.replacingOccurrences(of: "\"measuredAt\"", with: "\"measured\\u0041t\"")
        for text in [duplicated, escapedKey] {
            let data = Data(text.utf8)
            XCTAssertThrowsError(try ResultsReader.read(data))
            let expected = try? JSONDecoder().decode(Results.self, from: data)
            XCTAssertEqual(try? ResultsFile.decode(data), expected)
        }
    }

    /// Every number reads as the correctly rounded double (`Double(String)`, as JSONDecoder reads it), whether
    /// by exact arithmetic or by strtod: bit for bit, over the edges of the exact path and random decimals.
    func testNumbersReadAsCorrectlyRoundedDoubles() throws {
        var texts = ["0.5", "-0.0", "0.0", "1e22", "1e23", "9007199254740992.5", "9007199254740993e-3", "4.35", "0.1",
                     "1.7976931348623157e308", "2.2250738585072014e-308", "5e-324", "123456789012345678901234567890",
                     "0.49968999000000003", "2.014e-06", "1E+2", "-1.5e-22", "7.5e-23", "9007199254740991e22",
                     "0.000000000000000000001", "1.000000000000000000000000001"]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<20_000 {
            let digits = String(UInt64.random(in: 0...UInt64.max, using: &generator) % 10_000_000_000_000_000_000)
            let point = Int.random(in: 0...digits.count, using: &generator)
            let exponent = Int.random(in: -30...30, using: &generator)
            let decimal = point == digits.count ? digits + ".0" : digits.prefix(point) + "." + digits.dropFirst(point)
            texts.append((decimal.hasPrefix(".") ? "0" + decimal : String(decimal)) + (exponent == 0 ? "" : "e\(exponent)"))
        }
        for text in texts {
            guard case let .double(read) = try JSONReaderProbe.scan(text) else { return XCTFail("\(text) is not a double") }
            XCTAssertEqual(read.bitPattern, Double(text)!.bitPattern, text)
        }
        guard case .integer(Int.max) = try JSONReaderProbe.scan("9223372036854775807"),
              case .integer(Int.min) = try JSONReaderProbe.scan("-9223372036854775808"),
              case .double(9223372036854775808) = try JSONReaderProbe.scan("9223372036854775808"),
              case .integer(-12) = try JSONReaderProbe.scan("-12") else { return XCTFail("integers at Int's edges") }
    }

    func testMalformedJSONIsRefused() {
        for text in ["", "{", "{\"a\":}", "{\"a\":1,}", "[1 2]", "{\"a\":01}", "{\"a\":1.}", "{\"a\":-}", "{\"a\":\"\\x\"}",
                     "{\"a\":\"\\ud800\"}", "{\"a\":tru}", "{} {}", "{\"a\":1e999}", "{\"a\":\"\u{0001}\"}"] {
            XCTAssertThrowsError(try JSONReaderProbe.scan(text), text)
        }
        XCTAssertNoThrow(try JSONReaderProbe.scan(" {\"a\" : [1, -2.5e3, \"\\ud83d\\ude00\", null, false, {}]} "))
    }
}

/// Scans a text with the fast path's scanner alone, exactly its bytes (nothing after them to lean on).
private enum JSONReaderProbe {
    @discardableResult
    static func scan(_ text: String) throws -> JSONValue {
        let bytes = Array(text.utf8)
        return try bytes.withUnsafeBufferPointer { buffer in
            var scanner = JSONScanner(buffer)
            return try scanner.document()
        }
    }
}
