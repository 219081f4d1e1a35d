import Foundation
import TestSupport
import XCTest

/// The same results render to the same bytes in two processes. Swift hashes with a new random key in
/// every process, so a post that followed a Set's or a Dictionary's order anywhere would differ from one
/// run of `concreport render` to the next; rendering twice inside one process cannot show that.
final class DeterministicRenderTests: XCTestCase {
    func testTwoProcessesRenderTheSameBytes() throws {
        let results = HostileFixture.repositoryRoot.appendingPathComponent("Tests/Fixtures/results-complete.json").path
        for arguments in [["render", results], ["render", results, "--lang", "en", "--post", "companion"]] {
            // Never deterministic hashing, whatever the caller's environment says.
            let first = try CommandRunner.run(arguments, unsetting: ["SWIFT_DETERMINISTIC_HASHING"])
            let second = try CommandRunner.run(arguments, unsetting: ["SWIFT_DETERMINISTIC_HASHING"])
            let command = arguments.joined(separator: " ")
            XCTAssertEqual(first.status, 0, first.stderr)
            XCTAssertEqual(second.status, 0, second.stderr)
            XCTAssertGreaterThan(first.stdoutBytes.count, 10_000, "a whole post: \(command)")
            XCTAssertTrue(first.stdoutBytes == second.stdoutBytes,
                          "\(command) printed different bytes in two processes; first differing line:\n"
                              + Self.firstDifference(first.stdout, second.stdout))
        }
    }

    private static func firstDifference(_ first: String, _ second: String) -> String {
        let a = first.split(separator: "\n", omittingEmptySubsequences: false)
        let b = second.split(separator: "\n", omittingEmptySubsequences: false)
        var index = 0
        while index < min(a.count, b.count), a[index] == b[index] { index += 1 }
        if index == a.count && index == b.count { return "(none: the bytes differ where UTF-8 is invalid)" }
        let line = { (lines: [Substring]) in index < lines.count ? String(lines[index]) : "(no line)" }
        return "line \(index + 1):\n- \(line(a))\n+ \(line(b))"
    }
}
