import XCTest
import Results
@testable import Render

final class ServerDirectiveTests: XCTestCase {
    func testTheTableListsConcreportThenTheSeedsAppPerEndpoint() throws {
        let post = try Fixtures.render([("t.md", "```concreport server io\nours: Swift\npython: FastAPI\nioAsync: async\n```\n")], Fixtures.twoCore())
        let lines = post.split(separator: "\n").map(String.init)
        // Both servers per endpoint, and the app's own `/io-async-shared` after its `/io-async`.
        XCTAssertEqual(lines.count, 2 + 7)
        XCTAssertEqual(lines[0], "| Endpoint | Server | Requests/s | p50 (ms) | p99 (ms) | /health p99 (ms) |")
        XCTAssertTrue(lines[2].hasPrefix("| async | Swift | 1480 | 10.6 | 14.2 |"), lines[2])
        XCTAssertTrue(lines[3].hasPrefix("| async | FastAPI | 275 (1100 of 1500 answered) |"), lines[3])
        XCTAssertTrue(lines[4].hasPrefix("| /io-async-shared | FastAPI |"), lines[4])
        XCTAssertTrue(lines[7].hasPrefix("| /io-sync-on-loop | Swift | 93 |"), lines[7])
    }

    func testWithoutTheSeedsAppOnlyConcreportsRows() throws {
        let post = try Fixtures.render([("t.md", "```concreport server cpu\n```\n")], Fixtures.sixteenCore())
        XCTAssertEqual(post.split(separator: "\n").count, 2 + 5, "the original post's pools, the two remedies, threads and the loop")
    }

    /// Back-to-back keep-alive requests touch; numbered, each stays its own bar.
    func testTouchingRequestsStayApartInTheChart() throws {
        let post = try Fixtures.render([("t.md", "```concreport gantt server.ioThreadPool\nuntilMs: 60\nconnections: 1\n```\n")], Fixtures.twoCore())
        let connection = try XCTUnwrap(post.components(separatedBy: "section Connection 1\n").last?.components(separatedBy: "section").first)
        let bars = connection.split(separator: "\n").filter { $0.contains(" :") }
        XCTAssertGreaterThanOrEqual(bars.count, 3, post)
        // Numbered in order; a label too long for its bar keeps only its number (GanttLabelFit).
        for (index, bar) in bars.prefix(3).enumerated() {
            let label = bar.components(separatedBy: " :")[0].trimmingCharacters(in: .whitespaces)
            XCTAssertTrue(["request \(index + 1)", "\(index + 1)"].contains(label), "bar \(index + 1) is labelled \(label): \(post)")
        }
        XCTAssertFalse(post.contains("section Connection 2"), post)
        XCTAssertTrue(post.contains("section /health"), post)
        let polls = try XCTUnwrap(post.components(separatedBy: "section /health\n").last).split(separator: "\n").filter { $0.contains(" :") }
        XCTAssertFalse(polls.isEmpty, "the poller's bars are drawn (labelled `ok` where it fits): \(post)")
    }

    func testAnUnknownEndpointIsAnErrorWithTheNearestName() {
        XCTAssertThrowsError(try Fixtures.render([("t.md", "```concreport gantt server.ioOnLop\n```\n")], Fixtures.twoCore())) { error in
            XCTAssertTrue("\(error)".contains("server.ioOnLoop"), "\(error)")
        }
    }

    /// `servers` picks the rows and their order: the post shows the app alone.
    func testServersPicksWhichRowsAppear() throws {
        let post = try Fixtures.render([("t.md", "```concreport server io\nservers: python\npython: FastAPI\n```\n")], Fixtures.twoCore())
        let rows = post.split(separator: "\n").dropFirst(2)
        XCTAssertEqual(rows.count, 4, post)
        XCTAssertTrue(rows.allSatisfy { $0.contains("| FastAPI |") }, post)
        XCTAssertThrowsError(try Fixtures.render([("t.md", "```concreport server io\nservers: pyhton\n```\n")], Fixtures.twoCore())) { error in
            XCTAssertTrue("\(error)".contains("python"), "the nearest server is named: \(error)")
        }
    }
}
