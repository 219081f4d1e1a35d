import XCTest
@testable import Render

final class CmarkDocumentTests: XCTestCase {
    func testColumnsCountUTF8Bytes() {
        let document = CmarkDocument.parse("한국어 `code`\n")
        let code = document.allNodes.first { $0.kind == .code }
        // 9 bytes of Hangul, a space, a backtick: the code span's content starts at byte 12.
        XCTAssertEqual(code?.startColumn, 12)
        XCTAssertEqual(code?.literal, "code")
    }

    func testTableRowsAndCells() {
        let table = CmarkDocument.parse("| a | b |\n|---|---|\n| 1 | 2 |\n").children[0]
        XCTAssertEqual(table.kind, .table)
        XCTAssertEqual(table.children.map(\.kind), [.tableHeader, .tableRow])
        XCTAssertEqual(table.children[1].children.map(\.startColumn), [2, 6])
    }

    func testFenceInfoOnlyOnFencedBlocks() {
        let nodes = CmarkDocument.parse("```concreport gantt io.async\ntitle: x\n```\n\n    indented\n").children
        XCTAssertEqual(nodes.map(\.fenceInfo), ["concreport gantt io.async", nil])
    }

    func testHTMLRendersTablesAndOmitsRawHTMLUnlessUnsafe() {
        let markdown = "---\ntitle: x\n---\n\n| a |\n|---|\n| 1 |\n\n<div>raw</div>\n"
        let safe = MarkdownHTML.fragment(markdown, unsafe: false)
        XCTAssertTrue(safe.hasPrefix("<table>"), safe)
        XCTAssertFalse(safe.contains("<div>"))
        XCTAssertTrue(MarkdownHTML.fragment(markdown, unsafe: true).contains("<div>raw</div>"))
    }
}
