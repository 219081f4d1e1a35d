import Foundation
import Results
import XCTest

/// One usable core (`taskset -c 0`): the smallest measurement sees one core, sizes the CPU pool to it,
/// warns, and its post claims no parallel speedup.
final class ConstrainedMachineTests: XCTestCase {
    /// Sentences of the shipped English post that claim work ran in parallel (as in TruthfulWordingTests).
    private let parallelClaims = [
        "really ran at the same time", "really ran in parallel", "really did run at the same time",
        "computing in parallel", "because several cores could compute at once", "the usable cores were kept busy, ",
    ]

    func testOneUsableCoreIsMeasuredAndToldAsSuch() throws {
        let taskset = URL(fileURLWithPath: "/usr/bin/taskset")
        guard FileManager.default.isExecutableFile(atPath: taskset.path) else { throw XCTSkip("taskset (util-linux) is missing") }
        let run = try CommandRunner.run(
            ["-c", "0", CommandRunner.binary.path, "--quick", "--io-tasks", "2", "--io-wait", "0.01", "--cpu-tasks", "1",
             "--cpu-target", "0.005", "--repetitions", "1", "--format", "json", "--quiet"],
            executable: taskset)
        XCTAssertEqual(run.status, 0, run.stderr)
        let results = try ResultsFile.decode(Data(run.stdout.utf8), path: "stdout")
        XCTAssertEqual(results.machine.usableCores, 1)
        XCTAssertEqual(results.machine.affinityCPUs, [0])
        XCTAssertGreaterThanOrEqual(results.machine.logicalCPUs, 1)
        XCTAssertEqual(results.settings.cpuWorkers, 1)
        XCTAssertTrue(results.warnings.contains { $0.kind == .singleCore }, "\(results.warnings)")

        let folder = try CommandRunner.temporaryDirectory()
        try Data(run.stdout.utf8).write(to: URL(fileURLWithPath: folder + "/results.json"))
        let post = try CommandRunner.run(["render", folder + "/results.json", "--lang", "en"])
        XCTAssertEqual(post.status, 0, post.stderr)
        let text = post.stdout.replacingOccurrences(of: "\n", with: " ")
        XCTAssertTrue(text.contains("This run had a single usable core, so no two tasks could run at the same instant"))
        XCTAssertTrue(text.contains("(impossible on this run: one usable core)"))
        for claim in parallelClaims { XCTAssertFalse(text.contains(claim), claim) }
    }
}
