import Foundation
import XCTest
@testable import Results

/// A results file from anywhere: every number outside its field's range is refused, naming the file, the
/// JSON path, the value and the rule. (EndToEndTests' ResultsFuzzTests sweeps every field of a fixture.)
final class ResultsValidationTests: XCTestCase {
    /// `SampleResults` with the value at `path` (keys and array indices) replaced.
    private func sample(setting path: [Any], to value: Any) throws -> Data {
        func replaced(_ node: Any, _ rest: ArraySlice<Any>) -> Any {
            guard let head = rest.first else { return value }
            if let key = head as? String, var object = node as? [String: Any] {
                object[key] = replaced(object[key] as Any, rest.dropFirst())
                return object
            }
            if let index = head as? Int, var array = node as? [Any] {
                array[index] = replaced(array[index], rest.dropFirst())
                return array
            }
            XCTFail("no \(head) in the sample")
            return node
        }
        return try SampleResults.data(replaced(SampleResults.jsonObject(), path[...]) as! [String: Any])
    }

    private func assertRefused(_ path: [Any], _ value: Any, field: String, rule: String,
                               file: StaticString = #filePath, line: UInt = #line) throws {
        let data = try sample(setting: path, to: value)
        XCTAssertThrowsError(try ResultsFile.decode(data, path: "edited.json"), file: file, line: line) { error in
            guard case let .invalidValue(path, named, _, because)? = error as? ResultsError else {
                return XCTFail("expected .invalidValue at \(field), got \(error)", file: file, line: line)
            }
            XCTAssertEqual(path, "edited.json", file: file, line: line)
            XCTAssertEqual(named, field, file: file, line: line)
            XCTAssertTrue(because.contains(rule), "rule \"\(because)\" lacks \"\(rule)\"", file: file, line: line)
            XCTAssertTrue("\(error)".hasPrefix("edited.json: \(field) is "), "\(error)", file: file, line: line)
        }
    }

    func testTimesBeyondADayOrNegativeAreRefusedByPath() throws {
        let start: [Any] = ["comparison", "cells", 1, "runs", 0, "tasks", 1, "startSeconds"]
        try assertRefused(start, 1e30, field: "comparison.cells[1].runs[0].tasks[1].startSeconds", rule: "a time in seconds")
        try assertRefused(start, -1e30, field: "comparison.cells[1].runs[0].tasks[1].startSeconds", rule: "from 0 to 86400")
        try assertRefused(["comparison", "cells", 0, "runs", 2, "wallSeconds"], -0.5,
                          field: "comparison.cells[0].runs[2].wallSeconds", rule: "a time in seconds")
    }

    func testAnIntegerTooLargeForItsFieldIsNamedNotCalledMalformed() throws {
        // JSONDecoder itself reports this as "not valid JSON", with no place.
        try assertRefused(["comparison", "cells", 0, "runs", 0, "voluntarySwitches"], 1e30,
                          field: "comparison.cells[0].runs[0].voluntarySwitches", rule: "a count")
        try assertRefused(["machine", "logicalCPUs"], 1 << 62, field: "machine.logicalCPUs", rule: "a number of CPUs")
        try assertRefused(["comparison", "cells", 0, "tasks"], 1.5, field: "comparison.cells[0].tasks", rule: "a whole number")
    }

    func testCountsStayWhereSumsCannotOverflow() throws {
        try assertRefused(["comparison", "cells", 0, "runs", 0, "involuntarySwitches"], 1 << 62,
                          field: "comparison.cells[0].runs[0].involuntarySwitches", rule: "from 0 to 10^15")
    }

    func testAnIntervalMustNotEndBeforeItStarts() throws {
        try assertRefused(["comparison", "cells", 0, "runs", 0, "tasks", 0, "startSeconds"], 5.0,
                          field: "comparison.cells[0].runs[0].tasks[0].endSeconds",
                          rule: "comparison.cells[0].runs[0].tasks[0].startSeconds is 5")
    }

    func testCPUNumbersBelongToTheMachine() throws {
        let logical = try XCTUnwrap((SampleResults.jsonObject()["machine"] as? [String: Any])?["logicalCPUs"] as? Int)
        try assertRefused(["comparison", "cells", 0, "runs", 0, "tasks", 0, "cpus", 1], logical,
                          field: "comparison.cells[0].runs[0].tasks[0].cpus[1]", rule: "a CPU number of this machine")
        try assertRefused(["machine", "affinityCPUs"], [0, 0], field: "machine.affinityCPUs[1]", rule: "not already listed")
        try assertRefused(["machine", "usableCores"], logical + 1, field: "machine.usableCores", rule: "at most the machine's CPUs")
    }

    func testProcessIDsArePositive() throws {
        try assertRefused(["comparison", "cells", 0, "runs", 0, "tasks", 0, "pid"], -1,
                          field: "comparison.cells[0].runs[0].tasks[0].pid", rule: "a process or thread id")
    }

    /// The stored summary is recomputed, never trusted, but a damaged number in it is still refused by name.
    func testADamagedStoredSummaryIsRefusedByPath() throws {
        try assertRefused(["comparison", "cells", 0, "summary", "median"], 1e30,
                          field: "comparison.cells[0].summary.median", rule: "a time in seconds")
    }

    func testEveryRuleAdmitsTheSample() throws {
        XCTAssertNoThrow(try ResultsValidation.check(SampleResults.results, file: "sample.json"))
        XCTAssertNoThrow(try ResultsValidation.check(json: SampleResults.jsonObject(), file: "sample.json"))
    }

    func testRulesGoByTheFieldsMeaning() {
        XCTAssertEqual(ResultsValidation.rule(for: "healthLatencySeconds", logicalCPUs: 2).range, 0...ResultsValidation.maximumSeconds)
        XCTAssertEqual(ResultsValidation.rule(for: "cpus", logicalCPUs: 16).range, 0...15)
        XCTAssertEqual(ResultsValidation.rule(for: "tid", logicalCPUs: 2).range.lowerBound, 1)
        XCTAssertTrue(ResultsValidation.rule(for: "anyNewCount", logicalCPUs: 2).integer)
    }
}
