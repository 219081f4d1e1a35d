import Foundation
import Results
import XCTest

final class MachineLabelTests: XCTestCase {
    private func machine(model: String, usable: Int) -> MachineFacts {
        MachineFacts(
            cpuModel: model, logicalCPUs: 4, physicalCores: 2, affinityCPUs: [0, 1, 2, 3], cgroupQuotaCPUs: nil,
            usableCores: usable, memoryBytes: 1 << 30, osName: "Debian", kernel: "6.1", architecture: "x86_64",
            swiftVersion: "6.3.1", clockResolutionNanoseconds: 1, loadAverage: [0, 0, 0], frequencyGovernor: nil)
    }

    func testDerivedFromTheModelAndUsableCoresWithTheHostOnlyWhenAsked() {
        let facts = machine(model: "Intel(R) Xeon(R)  CPU @ 2.20GHz", usable: 2)
        XCTAssertEqual(MachineLabel.derived(from: facts), "Intel(R) Xeon(R) CPU @ 2.20GHz, 2 cores")
        XCTAssertEqual(MachineLabel.derived(from: facts, hostName: "ci-7"), "ci-7 · Intel(R) Xeon(R) CPU @ 2.20GHz, 2 cores")
        XCTAssertEqual(MachineLabel.derived(from: machine(model: "", usable: 1)), "unknown CPU, 1 core")
    }

    func testALongModelIsShortenedButKeepsTheCores() {
        let label = MachineLabel.derived(from: machine(model: String(repeating: "Very Long CPU ", count: 10), usable: 64))
        XCTAssertLessThanOrEqual(label.count, MachineLabel.maximumLength)
        XCTAssertTrue(label.hasSuffix("…, 64 cores"), label)
    }

    func testGivenLabelsAreTrimmedAndUnusableOnesRefused() {
        XCTAssertEqual(try MachineLabel.validated("  the laptop "), "the laptop")
        XCTAssertEqual(try MachineLabel.validated("a | b"), "a | b", "a pipe is escaped where it lands, not refused")
        XCTAssertThrowsError(try MachineLabel.validated(" \t ")) { XCTAssertEqual($0 as? MachineLabel.Problem, .empty) }
        XCTAssertThrowsError(try MachineLabel.validated("a\nb")) { XCTAssertEqual($0 as? MachineLabel.Problem, .controlCharacter) }
        XCTAssertThrowsError(try MachineLabel.validated("a\u{2028}b")) { XCTAssertEqual($0 as? MachineLabel.Problem, .controlCharacter) }
        XCTAssertThrowsError(try MachineLabel.validated(String(repeating: "한", count: 61))) {
            XCTAssertEqual($0 as? MachineLabel.Problem, .tooLong(61))
        }
    }

    func testOlderFilesWithoutALabelStillDecodeAndGetTheDerivedOne() throws {
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/results-2core.json").path
        let results = try ResultsFile.load(path: path)
        XCTAssertNil(results.label)
        XCTAssertEqual(results.machineLabel, MachineLabel.derived(from: results.machine))
        var labelled = results
        labelled.label = "laptop"
        XCTAssertEqual(try ResultsFile.decode(ResultsFile.encode(labelled)).label, "laptop")
    }
}
