import XCTest
@testable import Render

final class ConditionTests: XCTestCase {
    private let template = """
    Intro.
    <!-- if machine.singleCore -->
    One core.
    <!-- elif cpu.threads.parallelism == parallel -->
    Threads {{ cpu.threads.speedup }}× faster.
    <!-- else -->
    No faster.
    <!-- end -->
    <!-- if not machine.singleCore -->
    <!-- if io.async.vsSequential != slower -->
    Async no slower.
    <!-- end -->
    <!-- end -->
    Outro.

    """

    func testTwoCoreFixtureTakesTheParallelBranch() throws {
        XCTAssertEqual(try Fixtures.render([("t.md", template)], Fixtures.twoCore()),
                       "Intro.\nThreads 2.0× faster.\nAsync no slower.\nOutro.\n")
    }

    func testOneCoreFixtureTakesTheSingleCoreBranch() throws {
        XCTAssertEqual(try Fixtures.render([("t.md", template)], Fixtures.oneCore()), "Intro.\nOne core.\nOutro.\n")
    }

    /// "not blocked" must not be said of what nobody measured: a missing value fails `not` as well.
    func testAMissingValueFailsEveryCondition() throws {
        let facts = PostFacts(try Fixtures.oneCore())
        let missing = NameReference(name: "convoy.python.vsAlone", offset: 0)
        XCTAssertEqual(facts[missing.name], .missing)
        for negated in [false, true] {
            XCTAssertFalse(Condition(negated: negated, subject: missing, comparison: nil).holds(in: facts))
            XCTAssertFalse(Condition(negated: negated, subject: missing,
                                     comparison: (.notEqual, NameReference(name: "worse", offset: 0))).holds(in: facts))
        }
    }

    func testTemplatesCompareNoNumbers() {
        for text in ["<!-- if cpu.threads.speedup >= 1.2 -->\nx\n<!-- end -->\n", "{{ machine.usableCores == 1 ? \"a\" : \"b\" }}\n",
                     "<!-- if io.async.median < io.threads.median -->\nx\n<!-- end -->\n"] {
            XCTAssertTrue(loadError(text).contains("templates compare no numbers"), loadError(text))
        }
    }

    func testConditionsTestFlagsAndVerdictCasesOnly() {
        XCTAssertTrue(loadError("<!-- if machine.usableCores -->\nx\n<!-- end -->\n").contains("a condition tests a flag"))
        XCTAssertTrue(loadError("<!-- if machine.singleCore == one -->\nx\n<!-- end -->\n").contains("only a verdict compares with a case"))
        XCTAssertTrue(loadError("<!-- if cpu.threads.vsSequential == quicker -->\nx\n<!-- end -->\n")
            .contains("`quicker` is not a case of `cpu.threads.vsSequential`"))
        XCTAssertEqual(loadError("<!-- if cpu.threads.vsSequential == faster -->\nx\n<!-- end -->\n"), "no error")
    }

    private func loadError(_ text: String) -> String {
        do {
            _ = try TemplateSet(files: [("t.md", text)])
            return "no error"
        } catch {
            return error.description
        }
    }

    func testMarkersInsideContainersAreRefused() {
        XCTAssertTrue(loadError("> <!-- if machine.singleCore -->\n> One core.\n> <!-- end -->\n")
            .hasPrefix("t.md:1:8: a condition marker inside a block quote or list item"))
        XCTAssertTrue(loadError("- <!-- if machine.singleCore -->\n- <!-- end -->\n").hasPrefix("t.md:1:8: a condition marker inside"))
    }

    func testMisspeltKeywordsAreRefusedAndAuthorCommentsKept() throws {
        XCTAssertTrue(loadError("<!-- iff machine.singleCore -->\nx\n").hasPrefix("t.md:1:6: cannot read `iff machine.singleCore`: `iff` is not a condition keyword; did you mean `if`?"))
        XCTAssertTrue(loadError("<!-- elseif machine.singleCore -->\nx\n").contains("did you mean `elif`?"))
        XCTAssertTrue(loadError("<!-- endif -->\nx\n").contains("did you mean `end`?"))
        XCTAssertTrue(loadError("<!-- End -->\nx\n").contains("did you mean `end`?"))
        let kept = "<!-- in this section, an author's note -->\n<!-- TODO: more -->\nx\n"
        XCTAssertEqual(try Fixtures.render([("t.md", kept)], Fixtures.twoCore()), kept)
    }
}
