import XCTest
@testable import Render

final class TemplateErrorTests: XCTestCase {
    private func error(_ text: String, file: String = "t.md") -> String {
        do {
            _ = try TemplateSet(files: [(file, text)])
            return "no error"
        } catch {
            return error.description
        }
    }

    func testUnknownPlaceholderNamesPositionAndSuggestion() {
        let message = error("# Title\n\n한국어 {{ io.async.medain }} s\n")
        XCTAssertEqual(message, "t.md:3:14: unknown value `io.async.medain`; did you mean `io.async.median`?; `concreport render --list-names` lists them")
    }

    func testTableRightUnderAParagraphLineIsRefused() {
        let expected = "t.md:2:1: put a blank line before this table"
        XCTAssertTrue(error("Para\n| h1 | h2 |\n|---|---|\n| x | y |\n").hasPrefix(expected))
        XCTAssertTrue(error("Para {{ machine.arch }}\n| h1 | {{ machine.os }} |\n|---|---|\n| x | y |\n").hasPrefix(expected))
        XCTAssertEqual(error("Para\n\n| h1 | h2 |\n|---|---|\n| x | y |\n"), "no error")
    }

    func testPlaceholderInsideAnInlineHTMLTagIsRefused() {
        XCTAssertTrue(error("Arch <span title=\"{{ machine.arch }}\">x</span>\n").hasPrefix("t.md:1:19: a placeholder inside raw HTML"))
        XCTAssertTrue(error("| a |\n|---|\n| <b title=\"{{ machine.arch }}\">x</b> |\n").hasPrefix("t.md:3:13: a placeholder inside raw HTML"))
        XCTAssertEqual(error("Arch <b>{{ machine.arch }}</b>\n"), "no error", "between tags is text")
    }

    func testUnknownNameInsideConditionIsPlaced() {
        XCTAssertTrue(error("x\n\n<!-- if cpu.thread.best -->\ny\n<!-- end -->\n")
            .hasPrefix("t.md:3:9: unknown value `cpu.thread.best`; did you mean `cpu.threads.best`?"))
    }

    func testPositionCountsFrontMatterLines() {
        XCTAssertTrue(error("---\ntitle: x\n---\n\nabc {{ machine.cpuModle }}\n").hasPrefix("t.md:5:8: unknown value"))
    }

    func testUnknownDirectiveAndOption() {
        XCTAssertTrue(error("```concreport gant io.async\n```\n")
            .hasPrefix("t.md:1:15: unknown directive `gant`; did you mean `gantt`?"))
        XCTAssertTrue(error("```concreport gantt io.async\ntitel: x\n```\n")
            .hasPrefix("t.md:2:1: `gantt` has no option `titel`; did you mean `title`?"))
        XCTAssertTrue(error("```concreport tasks io.asnyc\n```\n")
            .hasPrefix("t.md:1:21: `tasks` does not take `io.asnyc`; did you mean `io.async`?"))
    }

    func testWarningsNeedASentenceForEveryKind() {
        XCTAssertTrue(error("```concreport warnings\nhighSpread: x\n```\n").contains("needs the option `slowFirstRun`"))
    }

    func testUnterminatedPlaceholder() {
        XCTAssertEqual(error("a {{ run.date\n"), "t.md:1:3: `{{` without a closing `}}` on the same line")
    }

    func testPlaceholderInCodeSpanAndCodeBlock() {
        XCTAssertTrue(error("a `{{ run.date }}` b\n").hasPrefix("t.md:1:4: a placeholder inside code"))
        XCTAssertTrue(error("x\n\n```sh\necho {{ run.date }}\n```\n").hasPrefix("t.md:4:6: a placeholder inside code"))
    }

    func testUnbalancedConditions() {
        XCTAssertEqual(error("<!-- if run.quick -->\nx\n"), "t.md:1:6: `if` without its `end`")
        XCTAssertEqual(error("x\n\n<!-- end -->\n"), "t.md:3:6: `end` without an open `if`")
        XCTAssertTrue(error("<!-- if run.quick -->\n<!-- else -->\n<!-- else -->\n<!-- end -->\n").hasPrefix("t.md:3:6: `else`"))
    }

    func testUnclosedFenceNamesWhereItOpened() {
        XCTAssertEqual(error("# T\n\n```concreport gantt io.async\ntitle: x\n\nmore text\n"),
                       "t.md:3:1: the code block opened here with ``` is never closed, so it would swallow the rest of the file; add a closing ``` line")
        XCTAssertTrue(error("x\n\n- item\n\n  ~~~~swift\n  let a = 1\n  ```\n").hasPrefix("t.md:5:3: the code block opened here with ~~~~ is never closed"))
        XCTAssertTrue(error("x\n\n```").hasPrefix("t.md:3:1: the code block opened here with ```"))
    }

    func testClosedFencesPass() {
        XCTAssertEqual(error("x\n\n````swift\nlet a = 1\n```\n`````\n"), "no error")
        XCTAssertEqual(error("- item\n\n  ```concreport tasks io.async\n  ```\n> ~~~\n> quoted\n> ~~~\n"), "no error")
    }

    func testEmptyOrBlankTemplateFileIsNamed() {
        XCTAssertEqual(error("", file: "020-empty.md"), "020-empty.md:1:1: the template file is empty; write the section into it or delete the file")
        XCTAssertTrue(error(" \n\t\n\n", file: "030-blank.md").hasPrefix("030-blank.md:1:1: the template file is empty"))
    }

    func testInvalidUTF8IsPlacedAtItsByte() throws {
        let directory = try scratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try Data("# T\n\nabc ".utf8 + [0xFF, 0xFE] + Data(" d\n".utf8)).write(to: directory.appendingPathComponent("a.md"))
        XCTAssertThrowsError(try TemplateSet.load(directory: directory.path)) { error in
            XCTAssertEqual("\(error)", "\(directory.path)/a.md:3:5: the template is not UTF-8 text (byte 0xFF here); save it as UTF-8")
        }
    }

    func testOversizedTemplateIsRefusedBeforeReading() throws {
        let directory = try scratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("big.md").path
        // A sparse 50 MB file: costs no disk, and reading it whole is what must not happen.
        XCTAssertTrue(FileManager.default.createFile(atPath: path, contents: nil))
        XCTAssertEqual(truncate(path, 50 << 20), 0)
        XCTAssertThrowsError(try TemplateSet.load(directory: directory.path)) { error in
            XCTAssertEqual("\(error)", "\(path):1:1: the template file is 50 MB, larger than the 4 MB a template may be; is this the right file?")
        }
    }

    private func scratchDirectory() throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("concreport-templates-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        return directory
    }

    func testEmptyTemplateSet() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("concreport-empty-\(getpid())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        XCTAssertThrowsError(try TemplateSet.load(directory: directory.path)) { error in
            XCTAssertEqual("\(error)", "\(directory.path):1:1: no *.md template files in this folder")
        }
    }
}
