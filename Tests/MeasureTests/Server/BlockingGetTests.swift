import XCTest
@testable import Measure

/// `BlockingGet`, the blocking client of `/io-sync` and `/io-sync-on-loop`, against a real `UpstreamServer`
/// and against a port that refuses.
final class BlockingGetTests: XCTestCase {
    func testItReadsTheWholeAnswerUntilTheServerCloses() throws {
        let upstream = try UpstreamServer(delaySeconds: 0)
        defer { upstream.stop() }
        let text = String(decoding: try XCTUnwrap(BlockingGet.answer(port: upstream.port, path: "/some/path")), as: UTF8.self)
        XCTAssertTrue(text.hasPrefix("HTTP/1.1 200 OK\r\n"), text)
        XCTAssertTrue(text.hasSuffix("\r\n\r\n" + #"{"upstream":"ok"}"#), text)
        XCTAssertTrue(BlockingGet.get(port: upstream.port))
    }

    func testARefusedConnectionIsAFailureNotAnAnswer() throws {
        let refusing = try RefusingPort()
        XCTAssertNil(BlockingGet.answer(port: refusing.port, path: "/"))
        XCTAssertFalse(BlockingGet.get(port: refusing.port))
    }

    func testACompleteAnswerOtherThan200IsAFailedGet() throws {
        let server = try OneAnswerServer(answer: "HTTP/1.1 500 Internal Server Error\r\ncontent-length: 0\r\nconnection: close\r\n\r\n")
        XCTAssertFalse(BlockingGet.get(port: server.port))
    }
}
