import NIOCore
import NIOEmbedded
import XCTest
@testable import Measure

/// The upstream's handler behind the pipeline `UpstreamServer.addHandlers` builds, on `EmbeddedChannel`s
/// whose loop's clock the test moves: each request is answered `delay` after it arrived, by a timer.
final class UpstreamServerTests: XCTestCase {
    private static let answer = "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: 17\r\n\r\n"
        + #"{"upstream":"ok"}"#

    private func connection(delay: TimeAmount, loop: EmbeddedEventLoop = EmbeddedEventLoop()) throws -> EmbeddedChannel {
        let channel = EmbeddedChannel(loop: loop)
        try UpstreamServer.addHandlers(to: channel.pipeline.syncOperations, delay: delay)
        try channel.activate()
        return channel
    }

    func testARequestIsAnsweredExactlyItsDelayAfterItArrived() throws {
        let channel = try connection(delay: .milliseconds(50))
        defer { _ = try? channel.finish(acceptAlreadyClosed: true) }
        try channel.writeInbound(text: "GET / HTTP/1.1\r\nhost: 127.0.0.1\r\n\r\n")
        channel.embeddedEventLoop.run()
        XCTAssertEqual(try channel.outboundText(), "", "not before the delay")
        channel.embeddedEventLoop.advanceTime(by: .milliseconds(49))
        XCTAssertEqual(try channel.outboundText(), "", "not before the delay")
        channel.embeddedEventLoop.advanceTime(by: .milliseconds(1))
        XCTAssertEqual(try channel.outboundText(), Self.answer)
        XCTAssertTrue(channel.isActive, "a keep-alive request keeps the connection")
    }

    func testARequestThatAsksToCloseIsAnsweredThenClosed() throws {
        // What `UpstreamCall` and `BlockingGet` send.
        let channel = try connection(delay: .milliseconds(5))
        defer { _ = try? channel.finish(acceptAlreadyClosed: true) }
        try channel.writeInbound(text: "GET / HTTP/1.1\r\nhost: 127.0.0.1\r\nconnection: close\r\n\r\n")
        channel.embeddedEventLoop.advanceTime(by: .milliseconds(5))
        XCTAssertEqual(try channel.outboundText(),
                       "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: 17\r\nconnection: close\r\n\r\n"
                           + #"{"upstream":"ok"}"#)
        XCTAssertFalse(channel.isActive)
    }

    func testEveryPathAndMethodGetsTheSameAnswer() throws {
        let channel = try connection(delay: .zero)
        defer { _ = try? channel.finish(acceptAlreadyClosed: true) }
        for request in ["GET /anything HTTP/1.1\r\nhost: x\r\n\r\n", "POST /v1/items HTTP/1.1\r\nhost: x\r\ncontent-length: 2\r\n\r\n{}"] {
            try channel.writeInbound(text: request)
            channel.embeddedEventLoop.run()
            XCTAssertEqual(try channel.outboundText(), Self.answer, request)
        }
    }

    func testConnectionsWaitSideBySideNotOneAfterAnother() throws {
        let loop = EmbeddedEventLoop()
        let first = try connection(delay: .milliseconds(50), loop: loop)
        let second = try connection(delay: .milliseconds(50), loop: loop)
        defer {
            _ = try? first.finish(acceptAlreadyClosed: true)
            _ = try? second.finish(acceptAlreadyClosed: true)
        }
        try first.writeInbound(text: "GET / HTTP/1.1\r\nhost: 127.0.0.1\r\n\r\n")
        loop.advanceTime(by: .milliseconds(30))
        try second.writeInbound(text: "GET / HTTP/1.1\r\nhost: 127.0.0.1\r\n\r\n")
        loop.advanceTime(by: .milliseconds(20))
        XCTAssertEqual(try first.outboundText(), Self.answer, "50 ms after the first request")
        XCTAssertEqual(try second.outboundText(), "", "only 20 ms after the second")
        loop.advanceTime(by: .milliseconds(30))
        XCTAssertEqual(try second.outboundText(), Self.answer, "50 ms after the second request, not 100")
    }

    func testARealUpstreamAnswersNoSoonerThanItsDelay() throws {
        let upstream = try UpstreamServer(delaySeconds: 0.05)
        defer { upstream.stop() }
        XCTAssertGreaterThan(upstream.port, 0)
        let start = ServerClock.nanoseconds()
        let bytes = try XCTUnwrap(BlockingGet.answer(port: upstream.port, path: "/"))
        let elapsed = Double(ServerClock.nanoseconds() - start) / 1e9
        XCTAssertEqual(String(decoding: bytes, as: UTF8.self),
                       "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: 17\r\nconnection: close\r\n\r\n"
                           + #"{"upstream":"ok"}"#)
        // A lower bound only: a timer never fires early, however busy the machine.
        XCTAssertGreaterThanOrEqual(elapsed, 0.05)
    }
}
