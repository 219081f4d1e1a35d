import Foundation
import XCTest

/// Bad usage or input: a clear message on stderr, exit 2, nothing on stdout.
func assertRejected(_ arguments: [String], mentions needles: String...,
                    file: StaticString = #filePath, line: UInt = #line) throws {
    let result = try CommandRunner.run(arguments)
    XCTAssertEqual(result.status, 2, "stderr: \(result.stderr)", file: file, line: line)
    XCTAssertEqual(result.stdout, "", file: file, line: line)
    XCTAssertTrue(result.stderr.hasPrefix("concreport: error: "), "every error has one prefix: \(result.stderr)", file: file, line: line)
    for needle in needles {
        XCTAssertTrue(result.stderr.contains(needle), "stderr lacks \(needle): \(result.stderr)", file: file, line: line)
    }
}

/// The repository's fixtures, found from this file's path.
enum RepositoryFixtures {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func path(_ relative: String) -> String { root.appendingPathComponent(relative).path }

    static var twoCoreResults: String { path("Tests/Fixtures/results-2core.json") }
}
