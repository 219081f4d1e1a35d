import Foundation
import Results
import XCTest

/// One usable core (`taskset -c 0`): the smallest measurement sees one core, sizes the CPU pool to it,
/// warns, and the verdicts its post is worded by say that no parallelism could appear.
final class ConstrainedMachineTests: XCTestCase {
    func testOneUsableCoreIsMeasuredAndToldAsSuch() throws {
        let taskset = URL(fileURLWithPath: "/usr/bin/taskset")
        guard FileManager.default.isExecutableFile(atPath: taskset.path) else { throw XCTSkip("taskset (util-linux) is missing") }
        let run = try CommandRunner.run(
            ["-c", "0", CommandRunner.binary.path, "--quick", "--no-python", "--io-tasks", "2", "--io-wait", "0.01", "--cpu-tasks", "1",
             "--cpu-target", "0.005", "--repetitions", "1", "--format", "json", "--quiet"],
            executable: taskset)
        XCTAssertEqual(run.status, 0, run.stderr)
        let results = try ResultsFile.decode(Data(run.stdout.utf8), path: "stdout")
        XCTAssertEqual(results.machine.usableCores, 1)
        XCTAssertEqual(results.machine.affinityCPUs, [0])
        XCTAssertGreaterThanOrEqual(results.machine.logicalCPUs, 1)
        XCTAssertEqual(results.settings.cpuWorkers, 1)

        let folder = try CommandRunner.temporaryDirectory()
        try Data(run.stdout.utf8).write(to: URL(fileURLWithPath: folder + "/results.json"))
        for language in ["en", "ko"] {
            let post = try CommandRunner.run(["render", folder + "/results.json", "--lang", language])
            XCTAssertEqual(post.status, 0, post.stderr)
        }
        let names = try CommandRunner.run(["render", "--list-names", folder + "/results.json"])
        XCTAssertEqual(names.status, 0, names.stderr)
        for verdict in ["machine.cores = one", "cpu.threads.parallelism = oneWorker", "cpu.processes.parallelism = oneWorker",
                        "timeline.parallel.outcome = notPossible", "demo.outcome = notPossible",
                        "lock.turns = noTurns", "warnings.singleCore = true"] { // one CPU task: a lock pool of one thread takes no turns
            XCTAssertTrue(names.stdout.contains(verdict + "\n"), verdict)
        }
    }
}
