import NIOCore
import NIOEmbedded
import NIOHTTP1
import XCTest
@testable import Measure

/// `HTTPReply`'s answers as the parts it writes, from the context of a handler on an `EmbeddedChannel`
/// with no encoder, so the parts come out as written.
final class HTTPReplyTests: XCTestCase {
    /// Only gives `HTTPReply` a context to write from.
    private final class Spot: ChannelInboundHandler {
        typealias InboundIn = ByteBuffer
    }

    private func channel() throws -> (EmbeddedChannel, ChannelHandlerContext) {
        let channel = EmbeddedChannel()
        try channel.pipeline.syncOperations.addHandler(Spot())
        try channel.activate()
        return (channel, try channel.pipeline.syncOperations.context(handlerType: Spot.self))
    }

    /// The parts written: the head's status and headers ("name: value"), the body, and whether `.end` came last.
    private func parts(_ channel: EmbeddedChannel) throws -> (HTTPResponseHead?, [String], String?, Bool) {
        var head: HTTPResponseHead?
        var body: String?
        var ended = false
        while let part = try channel.readOutbound(as: HTTPServerResponsePart.self) {
            XCTAssertFalse(ended, "nothing after .end")
            switch part {
            case let .head(written): head = written
            case let .body(.byteBuffer(buffer)): body = (body ?? "") + String(buffer: buffer)
            case .body(.fileRegion): XCTFail("a file region")
            case let .end(trailers):
                XCTAssertNil(trailers)
                ended = true
            }
        }
        return (head, head?.headers.map { "\($0.name): \($0.value)" } ?? [], body, ended)
    }

    func testOKWritesAJSONBodyWithItsLengthInBytesAndKeepsTheConnection() throws {
        let (channel, context) = try channel()
        defer { _ = try? channel.finish(acceptAlreadyClosed: true) }
        let body = #"{"name":"café"}"#
        HTTPReply.ok(context, body: body, keepAlive: true)
        let (head, headers, written, ended) = try parts(channel)
        XCTAssertEqual(head?.status, .ok)
        XCTAssertEqual(head?.version, .http1_1)
        XCTAssertEqual(headers, ["content-type: application/json", "content-length: 16"], "16 bytes, 15 characters")
        XCTAssertEqual(written, body)
        XCTAssertTrue(ended)
        channel.embeddedEventLoop.run()
        XCTAssertTrue(channel.isActive)
    }

    func testOKWithoutKeepAliveSaysConnectionCloseAndClosesOnceWritten() throws {
        let (channel, context) = try channel()
        defer { _ = try? channel.finish(acceptAlreadyClosed: true) }
        HTTPReply.ok(context, body: "{}", keepAlive: false)
        channel.embeddedEventLoop.run()
        let (head, headers, written, ended) = try parts(channel)
        XCTAssertEqual(head?.status, .ok)
        XCTAssertEqual(headers, ["content-type: application/json", "content-length: 2", "connection: close"])
        XCTAssertEqual(written, "{}")
        XCTAssertTrue(ended, "the whole answer went out before the close")
        XCTAssertFalse(channel.isActive)
    }

    func testFailedWrites500WithNoBodyAndKeepsTheConnection() throws {
        let (channel, context) = try channel()
        defer { _ = try? channel.finish(acceptAlreadyClosed: true) }
        HTTPReply.failed(context)
        channel.embeddedEventLoop.run()
        let (head, headers, written, ended) = try parts(channel)
        XCTAssertEqual(head?.status, .internalServerError)
        XCTAssertEqual(headers, ["content-length: 0"])
        XCTAssertNil(written)
        XCTAssertTrue(ended)
        XCTAssertTrue(channel.isActive)
    }
}
