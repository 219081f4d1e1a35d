import XCTest
@testable import Render

final class DiffTableTests: XCTestCase {
    func testEscapesWhatWouldBreakACellOrBecomeMarkup() {
        XCTAssertEqual(DiffTable.escape("a | b"), "a \\| b")
        XCTAssertEqual(DiffTable.escape("line\nbreak\r\nagain"), "line break again")
        XCTAssertEqual(DiffTable.escape("back\\slash"), "back\\\\slash")
        XCTAssertEqual(DiffTable.escape("*bold* `code` [link]"), "\\*bold\\* \\`code\\` \\[link\\]")
        XCTAssertEqual(DiffTable.escape("_emphasis_"), "\\_emphasis\\_")
        XCTAssertEqual(DiffTable.escape("<b>"), "\\<b>")
        XCTAssertEqual(DiffTable.escape(""), " ")
    }

    func testLeavesWhatCommonMarkReadsLiterally() {
        XCTAssertEqual(DiffTable.escape("x86_64"), "x86_64")
        XCTAssertEqual(DiffTable.escape("p < 0.05"), "p < 0.05")
        XCTAssertEqual(DiffTable.escape("Intel(R) Xeon(R) CPU @ 2.20GHz"), "Intel(R) Xeon(R) CPU @ 2.20GHz")
    }

    func testEveryRowHasTheHeadersColumns() {
        var table = DiffTable(header: ["", "a"])
        table.append(["x|y", "1\n2"])
        XCTAssertEqual(table.markdown, "|   | a |\n|---|---|\n| x\\|y | 1 2 |")
        XCTAssertEqual(MarkdownTableShape.tables(in: table.markdown), [[2, 2, 2]])
    }
}
