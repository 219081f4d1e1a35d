import XCTest
@testable import Render

final class SpliceTests: XCTestCase {
    func testAuthorBytesSurviveByteForByte() throws {
        let author = """
        Some _x_ and snake_case, a #tag, &copy; and \\_escaped\\_ text: {{ machine.swift }}.

        * star list
            * deep item {{ machine.arch }}
        1) ordered

        <!-- a comment of the author's -->
        ```python
        print("hi")  # kept
        ```

        """
        let post = try Fixtures.render([("a.md", author)], Fixtures.twoCore())
        XCTAssertEqual(post, author
            .replacingOccurrences(of: "{{ machine.swift }}", with: "6.3.1")
            .replacingOccurrences(of: "{{ machine.arch }}", with: "x86\\_64"))
    }

    func testPipeInCPUModelKeepsTableColumns() throws {
        var results = try Fixtures.twoCore()
        results.machine.cpuModel = "Weird | CPU *model* {{x}}\nnext"
        let post = try Fixtures.render([("t.md", "| CPU | cores |\n|---|---|\n| {{ machine.cpuModel }} | {{ machine.usableCores }} |\n")], results)
        XCTAssertEqual(post, "| CPU | cores |\n|---|---|\n| Weird \\| CPU \\*model\\* \\{\\{x\\}\\} next | 2 |\n")
        let table = CmarkDocument.parse(post).children[0]
        XCTAssertEqual(table.children.map { $0.children.count }, [2, 2])
    }

    func testInlineChoicePicksFromData() throws {
        let text = "Threads were {{ cpu.threads.parallelism == parallel ? \"**faster**\" : \"no faster\" }} here.\n"
        XCTAssertEqual(try Fixtures.render([("t.md", text)], Fixtures.twoCore()), "Threads were **faster** here.\n")
        XCTAssertEqual(try Fixtures.render([("t.md", text)], Fixtures.oneCore()), "Threads were no faster here.\n")
    }

    func testSelectAndPluralPickTheirForms() throws {
        let text = "{{ select cpu.threads.parallelism parallel=\"in parallel\" noGain=\"no gain\" oneWorker=\"one worker\" oneCore=\"one core\" }}, "
            + "{{ settings.warmupRuns }} {{ plural settings.warmupRuns one=\"warm-up\" other=\"warm-ups\" }}, "
            + "{{ select machine.singleCore true=\"single\" false=\"several\" }}\n"
        XCTAssertEqual(try Fixtures.render([("t.md", text)], Fixtures.twoCore()), "in parallel, 1 warm-up, several\n")
        XCTAssertEqual(try Fixtures.render([("t.md", text)], Fixtures.oneCore()), "one worker, 1 warm-up, single\n")
        var two = try Fixtures.twoCore()
        two.settings.warmupRuns = 2
        XCTAssertEqual(try Fixtures.render([("t.md", "{{ plural settings.warmupRuns one=\"run\" other=\"runs\" }}\n")], two), "runs\n")
    }

    func testSelectMustCoverEveryCase() {
        XCTAssertThrowsError(try TemplateSet(files: [("t.md", "{{ select cpu.threads.parallelism parallel=\"a\" }}\n")]))
        XCTAssertNoThrow(try TemplateSet(files: [("t.md", "{{ select cpu.threads.parallelism parallel=\"a\" other=\"b\" }}\n")]))
        XCTAssertThrowsError(try TemplateSet(files: [("t.md", "{{ plural machine.cpuModel other=\"b\" }}\n")]), "plural needs a count")
    }

    func testFrontMatterValuesAreYAMLQuotedByPosition() throws {
        var results = try Fixtures.twoCore()
        results.machine.cpuModel = "ACME \"Fast\": 9 #1"
        let text = "---\ntitle: \"On {{ machine.cpuModel }}\"\nplain: {{ machine.cpuModel }}\ndate: {{ run.date }}\n---\n\nBody\n"
        XCTAssertEqual(try Fixtures.render([("t.md", text)], results),
                       "---\ntitle: \"On ACME \\\"Fast\\\": 9 #1\"\nplain: \"ACME \\\"Fast\\\": 9 #1\"\ndate: 2026-11-25 18:30:00 +0900\n---\n\nBody\n")
    }

    func testFrontMatterValuesThatWouldChangeTypeOrBreakAFlowListAreQuoted() throws {
        var results = try Fixtures.twoCore()
        let text = "---\ncpu: {{ machine.cpuModel }}\ntags: [swift, {{ machine.cpuModel }}]\n---\n\nBody\n"
        results.machine.cpuModel = "true"
        XCTAssertEqual(try Fixtures.render([("t.md", text)], results), "---\ncpu: \"true\"\ntags: [swift, \"true\"]\n---\n\nBody\n")
        results.machine.cpuModel = "Xeon, [v2]"
        XCTAssertEqual(try Fixtures.render([("t.md", text)], results),
                       "---\ncpu: \"Xeon, [v2]\"\ntags: [swift, \"Xeon, [v2]\"]\n---\n\nBody\n")
    }

    func testDirectiveInsideListKeepsIndentation() throws {
        let text = "- item\n\n  ```concreport tasks io.async\n  columns: #;P;T;S;E;C\n  ```\n"
        let post = try Fixtures.render([("t.md", text)], Fixtures.twoCore())
        XCTAssertTrue(post.hasPrefix("- item\n\n  | \\# | P | T | S | E | C |\n  |---:|"), post)
    }

    func testFilesAreJoinedWithABlankLine() throws {
        let post = try Fixtures.render([("a.md", "A"), ("b.md", "B\n")], Fixtures.twoCore())
        XCTAssertEqual(post, "A\n\nB\n")
    }
}
