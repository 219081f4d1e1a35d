import Foundation
import XCTest

/// The kernel refuses threads (ulimit -u, or ulimit -v leaves no room for a stack): the run fails with a
/// message naming both limits, exit 1, no post, nothing left running. RLIMIT_NPROC is not enforced for
/// root, so that binary runs as `nobody` (setpriv) under `prlimit --nproc`, from a copy that nobody can read.
final class ResourceLimitTests: XCTestCase {
    private static let nobody = 65534

    func testRefusedThreadsFailTheRunWithAMessageNamingTheLimit() throws {
        guard getuid() == 0 else { throw XCTSkip("needs root to run the binary as nobody (setpriv); RLIMIT_NPROC does not bind root") }
        let setpriv = URL(fileURLWithPath: "/usr/bin/setpriv"), prlimit = URL(fileURLWithPath: "/usr/bin/prlimit")
        let timeout = URL(fileURLWithPath: "/usr/bin/timeout")
        for tool in [setpriv, prlimit, timeout] where !FileManager.default.isExecutableFile(atPath: tool.path) {
            throw XCTSkip("\(tool.path) (util-linux, coreutils) is missing")
        }
        let copy = try CommandRunner.copyForEveryUser()

        // Room for the process's own start-up threads, not for 64 I/O threads; other processes of
        // nobody count against the same limit, so they are added.
        let limit = ProcessTable.taskCount(ofUser: Self.nobody) + 16
        let tag = UUID().uuidString
        let result = try CommandRunner.run(
            // Before the fix a refused thread hung the run forever: `timeout` turns a hang into a failure.
            ["-s", "KILL", "120", prlimit.path, "--nproc=\(limit)", setpriv.path, "--reuid=\(Self.nobody)", "--regid=\(Self.nobody)", "--clear-groups",
             copy, "--quick", "--no-python", "--io-tasks", "64", "--io-wait", "0.01", "--cpu-tasks", "1", "--cpu-target", "0.005",
             "--repetitions", "1", "--lang", "en", "--quiet"],
            executable: timeout, environment: ["CONCREPORT_TEST_TAG": tag])
        XCTAssertEqual(result.status, 1, result.stderr)
        XCTAssertEqual(result.stdout, "")
        XCTAssertTrue(result.stderr.contains("measuring failed: could not start a thread"), result.stderr)
        XCTAssertTrue(result.stderr.contains("lack of threads or memory"), result.stderr)
        XCTAssertTrue(result.stderr.contains("ulimit -u, now \(limit)"), result.stderr)
        let clean = ProcessTable.waitUntil(seconds: 5) { ProcessTable.pids(taggedWith: tag).isEmpty }
        XCTAssertTrue(clean, "left running: \(ProcessTable.pids(taggedWith: tag))")
    }

    /// Under `ulimit -v 300000` a thread's stack finds no room: the message names the memory limit with its
    /// value, not only the process limit.
    func testNoMemoryForAThreadNamesTheMemoryLimit() throws {
        let prlimit = URL(fileURLWithPath: "/usr/bin/prlimit")
        guard FileManager.default.isExecutableFile(atPath: prlimit.path) else { throw XCTSkip("prlimit (util-linux) is missing") }
        let result = try CommandRunner.run(
            ["--as=\(300_000 * 1024)", CommandRunner.binary.path, "--quick", "--no-python", "--lang", "en", "--quiet"], executable: prlimit)
        XCTAssertEqual(result.status, 1, result.stderr)
        XCTAssertEqual(result.stdout, "")
        XCTAssertTrue(result.stderr.hasPrefix("concreport: error: measuring failed: could not start a thread"), result.stderr)
        XCTAssertTrue(result.stderr.contains("lack of threads or memory"), result.stderr)
        XCTAssertTrue(result.stderr.contains("ulimit -v, now 300000 KiB"), result.stderr)
    }
}
