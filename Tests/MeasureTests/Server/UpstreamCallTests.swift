import NIOCore
import NIOEmbedded
import NIOPosix
import XCTest
@testable import Measure

/// `UpstreamCall`, `/io-async`'s non-blocking GET: its handler behind the pipeline `UpstreamCall.addHandlers`
/// builds, on an `EmbeddedChannel`, then the whole call against a real `UpstreamServer`.
final class UpstreamCallTests: XCTestCase {
    private static let request = "GET / HTTP/1.1\r\nhost: 127.0.0.1\r\nconnection: close\r\n\r\n"

    /// A connected channel with the call's pipeline, and the call's future.
    private func call() throws -> (EmbeddedChannel, EventLoopFuture<Void>) {
        let channel = EmbeddedChannel()
        let promise = channel.embeddedEventLoop.makePromise(of: Void.self)
        try UpstreamCall.addHandlers(to: channel.pipeline.syncOperations, promise: promise)
        try channel.activate()
        return (channel, promise.futureResult)
    }

    func testItSendsOneGETOnConnectAndSucceedsOnlyOnTheAnswersEnd() throws {
        let (channel, future) = try call()
        defer { _ = try? channel.finish(acceptAlreadyClosed: true) }
        XCTAssertEqual(try channel.outboundText(), Self.request)
        try channel.writeInbound(text: "HTTP/1.1 200 OK\r\ncontent-length: 17\r\nconnection: close\r\n\r\n")
        XCTAssertNil(completedResult(of: future), "the head alone does not complete the call")
        try channel.writeInbound(text: #"{"upstream":"ok"}"#)
        channel.embeddedEventLoop.run()
        let result = try XCTUnwrap(completedResult(of: future))
        XCTAssertNoThrow(try result.get())
        XCTAssertFalse(channel.isActive, "the call closes its connection")
        XCTAssertEqual(try channel.outboundText(), "", "one request per connection")
    }

    func testAnAnswerOtherThan200IsAFailedCall() throws {
        let (channel, future) = try call()
        defer { _ = try? channel.finish(acceptAlreadyClosed: true) }
        _ = try channel.outboundText()
        try channel.writeInbound(text: "HTTP/1.1 503 Service Unavailable\r\ncontent-length: 0\r\nconnection: close\r\n\r\n")
        channel.embeddedEventLoop.run()
        let result = try XCTUnwrap(completedResult(of: future))
        XCTAssertThrowsError(try result.get()) { XCTAssertEqual($0 as? UpstreamCallError, .status(503)) }
    }

    func testItFailsWhenTheConnectionClosesBeforeAnAnswer() throws {
        let (channel, future) = try call()
        defer { _ = try? channel.finish(acceptAlreadyClosed: true) }
        XCTAssertEqual(try channel.outboundText(), Self.request)
        try channel.close().wait()
        let result = try XCTUnwrap(completedResult(of: future))
        XCTAssertThrowsError(try result.get()) { XCTAssertEqual($0 as? ChannelError, .eof) }
    }

    func testItFailsOnAnErrorInThePipeline() throws {
        let (channel, future) = try call()
        defer { _ = try? channel.finish(acceptAlreadyClosed: true) }
        _ = try channel.outboundText()
        channel.pipeline.fireErrorCaught(ChannelError.connectTimeout(.seconds(1)))
        channel.embeddedEventLoop.run()
        let result = try XCTUnwrap(completedResult(of: future))
        XCTAssertThrowsError(try result.get()) { XCTAssertEqual($0 as? ChannelError, .connectTimeout(.seconds(1))) }
        XCTAssertFalse(channel.isActive)
    }

    func testARealCallCompletesAfterTheUpstreamAnswersAndFailsWhenRefused() throws {
        let upstream = try UpstreamServer(delaySeconds: 0.001)
        defer { upstream.stop() }
        let group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
        defer { try? group.syncShutdownGracefully() }
        XCTAssertNoThrow(try UpstreamCall.get(port: upstream.port, on: group.next()).wait())
        let refusing = try RefusingPort()
        XCTAssertThrowsError(try UpstreamCall.get(port: refusing.port, on: group.next()).wait())
    }
}
