import XCTest

final class HelpTests: XCTestCase {
    func testRootHelpListsSubcommandsAndExitsZero() throws {
        let result = try CommandRunner.run(["--help"])
        XCTAssertEqual(result.status, 0, result.stderr)
        for subcommand in ["measure", "render", "diff"] {
            XCTAssertTrue(result.stdout.contains(subcommand), subcommand)
        }
        XCTAssertFalse(result.stdout.contains("worker"), "the worker subcommand is internal")
    }

    func testMeasureHelpDocumentsEveryOption() throws {
        let result = try CommandRunner.run(["measure", "--help"])
        XCTAssertEqual(result.status, 0, result.stderr)
        for option in ["--quick", "--quiet", "--lang", "--templates", "--format", "--out", "--json", "--mermaid-js",
                       "--unsafe-html", "--io-tasks", "--io-wait", "--cpu-tasks", "--cpu-workers", "--cpu-target",
                       "--repetitions", "--switch-interval", "--compare-python"] {
            XCTAssertTrue(result.stdout.contains(option), option)
        }
    }
}
