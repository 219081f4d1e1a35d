import XCTest
@testable import Render

/// The filled-post check finds a table's rows by counting back from its end, so a table right under a
/// paragraph line (valid GFM) is checked on its own lines.
final class PostCheckerTests: XCTestCase {
    func testTableRightUnderAParagraphIsCheckedOnItsOwnLines() throws {
        XCTAssertNoThrow(try PostChecker.check("Para\n| h1 | h2 |\n|---|---|\n| x | y |\n"))
        XCTAssertThrowsError(try PostChecker.check("Para\n| h1 | h2 |\n|---|---|\n| x | y |\n| x | y \\| z | w |\n")) { error in
            XCTAssertTrue("\(error)".hasPrefix("(filled post):5:1: the filled post is broken: a table row has 3 cells where its header has 2"), "\(error)")
        }
    }

    func testBlockQuoteMarkersAreNotCells() {
        XCTAssertEqual(PostChecker.cellCount(Array("> | a | b |".utf8)), 2)
        XCTAssertEqual(PostChecker.cellCount(Array("> > a | b".utf8)), 2)
        XCTAssertNoThrow(try PostChecker.check("> | a | b |\n> |---|---|\n> | x | y |\n"))
    }
}
