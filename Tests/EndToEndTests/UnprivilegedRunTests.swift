import Foundation
import XCTest

/// concreport as most people run it: as a user who is not root. Under root (the CI) the run drops to
/// `nobody` with setpriv, from a copy of the binaries every user can read, in a folder of its own; under
/// any other user it runs as that user. Root hid a socket option set at the wrong level (SO_DEBUG, which
/// needs CAP_NET_ADMIN) that failed every connection of an unprivileged run.
final class UnprivilegedRunTests: XCTestCase {
    private static let nobody = 65534

    /// Runs concreport with `arguments` as a user who is not root, in a folder that user owns; returns the
    /// result and the folder.
    private func runUnprivileged(_ arguments: [String]) throws -> (CommandResult, String) {
        let folder = try CommandRunner.temporaryDirectory()
        guard getuid() == 0 else {
            return (try CommandRunner.run(arguments, directory: folder), folder)
        }
        let setpriv = URL(fileURLWithPath: "/usr/bin/setpriv")
        guard FileManager.default.isExecutableFile(atPath: setpriv.path) else { throw XCTSkip("setpriv (util-linux) is missing") }
        XCTAssertEqual(chown(folder, uid_t(Self.nobody), gid_t(Self.nobody)), 0)
        let copy = try CommandRunner.copyForEveryUser()
        let result = try CommandRunner.run(
            ["--reuid=\(Self.nobody)", "--regid=\(Self.nobody)", "--clear-groups", copy] + arguments,
            executable: setpriv, environment: ["HOME": folder], directory: folder)
        return (result, folder)
    }

    private func assertWrotePost(_ result: CommandResult, in folder: String, file: StaticString = #filePath, line: UInt = #line) throws {
        XCTAssertEqual(result.status, 0, result.stderr, file: file, line: line)
        XCTAssertFalse(result.stderr.contains("Permission denied"), result.stderr, file: file, line: line)
        let post = try String(contentsOfFile: folder + "/out/post.md", encoding: .utf8)
        XCTAssertTrue(post.hasPrefix("---\n"), file: file, line: line)
        let results = try Data(contentsOf: URL(fileURLWithPath: folder + "/out/results.json"))
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: results) as? [String: Any])
        let server = try XCTUnwrap(object["server"] as? [String: Any], "the server section was measured", file: file, line: line)
        let runs = try XCTUnwrap(server["runs"] as? [[String: Any]])
        XCTAssertFalse(runs.isEmpty, file: file, line: line)
        for run in runs {
            XCTAssertEqual(run["failed"] as? Int, 0, "\(run["style"] ?? "?"): every request answered", file: file, line: line)
        }
    }

    func testAQuickRunWorksForAUserWhoIsNotRoot() throws {
        let (result, folder) = try runUnprivileged(["--quick", "--no-python", "--lang", "en", "--quiet", "--out", "out"])
        try assertWrotePost(result, in: folder)
    }

    func testAQuickRunBesideCPythonWorksForAUserWhoIsNotRoot() throws {
        let (result, folder) = try runUnprivileged(["--quick", "--compare-python", "--lang", "en", "--quiet", "--out", "out"])
        try assertWrotePost(result, in: folder)
    }
}
