import XCTest
@testable import Render

final class DirectiveTests: XCTestCase {
    private let warnings = """
    ```concreport warnings
    none: All quiet.
    highSpread: Spread {percent} % in {subject}.
    slowFirstRun: First run of {subject} ×{value}.
    highLoad: Load {value}.
    fewerUsableCores: Fewer cores.
    singleCore: One core.
    throttled: Throttled {value} s.
    movedThread: {value} task(s) of {subject} moved thread.
    fewerRepetitions: Fewer repetitions in {subject}.
    serverRunCut: Cut: {subject}.
    quotaBursts: Bursts {subject} beyond {value}.
    ```

    """

    func testTasksTableListsTheRepresentativeRun() throws {
        let post = try Fixtures.render([("t.md", "```concreport tasks cpu.processes\n```\n")], Fixtures.twoCore())
        let lines = post.split(separator: "\n")
        XCTAssertEqual(lines.count, 2 + 4)
        XCTAssertEqual(lines[0], "| Task | PID | TID | Start (s) | End (s) | CPUs |")
        XCTAssertEqual(lines[2], "| 1 | 6001 | 6001 | 0.008 | 0.529 | 0 |")
    }

    func testWarningsUseTheAuthorsSentences() throws {
        XCTAssertEqual(try Fixtures.render([("t.md", warnings)], Fixtures.twoCore()),
                       "- First run of processes/cpu ×1.62.\n- Cut: FastAPI /io-async 1100/1500.\n")
        XCTAssertEqual(try Fixtures.render([("t.md", warnings)], Fixtures.sixteenCore()), "All quiet.\n")
    }

    func testNamesListValuesAndDirectives() throws {
        let names = PostRenderer.names(for: try Fixtures.twoCore())
        XCTAssertTrue(names.contains("io.async.threadCount = 1"))
        XCTAssertTrue(names.contains("machine.affinity = 0-1"))
        XCTAssertTrue(names.contains("run.date = 2026-11-25 18:30:00 +0900"))
        XCTAssertTrue(names.contains { $0.hasPrefix("```concreport gantt lock") })
    }
}
