import Foundation
import XCTest

/// A write that fails (a full disk) names the place and the kernel's reason, exits 1, and replaces nothing.
final class WriteFailureTests: XCTestCase {
    func testAFullStandardOutputNamesIt() throws {
        // /dev/full answers every write with ENOSPC.
        let result = try CommandRunner.run(["-c", "exec \"$0\" render \"$1\" > /dev/full", CommandRunner.binary.path, RepositoryFixtures.twoCoreResults],
                                           executable: URL(fileURLWithPath: "/bin/sh"))
        XCTAssertEqual(result.status, 1, result.stderr)
        XCTAssertEqual(result.stderr, "concreport: error: cannot write standard output: no space left on device (errno \(ENOSPC))\n")
    }

    func testAFullDiskUnderOutNamesTheFileAndReplacesNothing() throws {
        guard getuid() == 0 else { throw XCTSkip("mounting a small tmpfs needs root") }
        let mountPoint = try CommandRunner.temporaryDirectory()
        let mount = try CommandRunner.run(["-t", "tmpfs", "-o", "size=64k", "tmpfs", mountPoint], executable: URL(fileURLWithPath: "/bin/mount"))
        guard mount.status == 0 else { throw XCTSkip("cannot mount a tmpfs here: \(mount.stderr)") }
        defer { _ = try? CommandRunner.run([mountPoint], executable: URL(fileURLWithPath: "/bin/umount")) }
        try Data("mine".utf8).write(to: URL(fileURLWithPath: mountPoint + "/post.md"))

        let result = try CommandRunner.run(["render", RepositoryFixtures.twoCoreResults, "--out", mountPoint])
        XCTAssertEqual(result.status, 1, result.stderr)
        XCTAssertTrue(result.stderr.hasPrefix("concreport: error: cannot write \(mountPoint)/"), result.stderr)
        XCTAssertTrue(result.stderr.contains(": no space left on device (errno \(ENOSPC)); no file was replaced"), result.stderr)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: mountPoint), ["post.md"])
        XCTAssertEqual(try String(contentsOfFile: mountPoint + "/post.md", encoding: .utf8), "mine")
    }
}
