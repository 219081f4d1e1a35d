import NIOCore
import NIOEmbedded
import XCTest
@testable import Measure

/// The `/health` poller's connection behind the pipeline `HealthPoller.addHandlers` builds, on an
/// `EmbeddedChannel` whose loop's clock the test moves: the first poll after the start delay, each next
/// one `interval` after the previous answer, and the session's outcome.
final class HealthPollerTests: XCTestCase {
    private static let poll = "GET /health HTTP/1.1\r\nhost: 127.0.0.1\r\n\r\n"
    private static let answer = "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: 15\r\n\r\n"
        + #"{"status":"ok"}"#

    private func session(polls: Int?, spanWindowSeconds: Double = 60) throws -> (EmbeddedChannel, HealthPolling) {
        let channel = EmbeddedChannel()
        let polling = HealthPolling(loop: channel.embeddedEventLoop, interval: .milliseconds(2), polls: polls,
                                    origin: ServerClock.nanoseconds(), spanWindowSeconds: spanWindowSeconds, delay: .milliseconds(10))
        try HealthPoller.addHandlers(to: channel.pipeline.syncOperations, polling: polling)
        try channel.activate()
        return (channel, polling)
    }

    struct StillPolling: Error {}

    /// The session's outcome, once its connection has closed: a session completes as its connection closes
    /// (`HealthConnection.end` in HealthPoller.swift), so `wait()` then returns at once, even on the embedded loop.
    private func outcome(_ channel: EmbeddedChannel, _ polling: HealthPolling) throws -> HealthPoller.Outcome {
        guard !channel.isActive else { throw StillPolling() }
        return try polling.wait()
    }

    func testTheFirstPollWaitsForTheDelayAndEachNextOneForTheIntervalAfterTheAnswer() throws {
        let (channel, polling) = try session(polls: 2)
        defer { _ = try? channel.finish(acceptAlreadyClosed: true) }
        channel.embeddedEventLoop.advanceTime(by: .milliseconds(9))
        XCTAssertEqual(try channel.outboundText(), "", "not before the start delay")
        channel.embeddedEventLoop.advanceTime(by: .milliseconds(1))
        XCTAssertEqual(try channel.outboundText(), Self.poll)
        // No second poll while the first is unanswered, however long it takes.
        channel.embeddedEventLoop.advanceTime(by: .seconds(1))
        XCTAssertEqual(try channel.outboundText(), "")
        try channel.writeInbound(text: Self.answer)
        channel.embeddedEventLoop.advanceTime(by: .milliseconds(1))
        XCTAssertEqual(try channel.outboundText(), "", "the interval runs from the answer")
        channel.embeddedEventLoop.advanceTime(by: .milliseconds(1))
        XCTAssertEqual(try channel.outboundText(), Self.poll)
        XCTAssertTrue(polling.wantsMore)
        try channel.writeInbound(text: Self.answer)
        XCTAssertFalse(polling.wantsMore, "both polls answered")
        XCTAssertTrue(channel.isActive)
        // The next turn finds nothing left to send: the session ends and closes its connection.
        channel.embeddedEventLoop.advanceTime(by: .milliseconds(2))
        XCTAssertEqual(try channel.outboundText(), "")
        XCTAssertFalse(channel.isActive)
        let outcome = try outcome(channel, polling)
        XCTAssertEqual(outcome.latencySeconds.count, 2)
        XCTAssertEqual(outcome.spans.count, 2)
        XCTAssertTrue(outcome.spans.allSatisfy { $0.connection == nil && $0.startSeconds <= $0.endSeconds })
    }

    func testOnlyPollsSentInsideTheSpanWindowKeepASpan() throws {
        let (channel, polling) = try session(polls: 1, spanWindowSeconds: 0)
        defer { _ = try? channel.finish(acceptAlreadyClosed: true) }
        channel.embeddedEventLoop.advanceTime(by: .milliseconds(10))
        XCTAssertEqual(try channel.outboundText(), Self.poll)
        try channel.writeInbound(text: Self.answer)
        channel.embeddedEventLoop.advanceTime(by: .milliseconds(2))
        let outcome = try outcome(channel, polling)
        XCTAssertEqual(outcome.latencySeconds.count, 1)
        XCTAssertEqual(outcome.spans, [])
    }

    func testAnUnboundedSessionEndsWithWhatItHasWhenTheServerCloses() throws {
        let (channel, polling) = try session(polls: nil)
        defer { _ = try? channel.finish(acceptAlreadyClosed: true) }
        for _ in 0..<3 {
            channel.embeddedEventLoop.advanceTime(by: .milliseconds(10))
            XCTAssertEqual(try channel.outboundText(), Self.poll)
            try channel.writeInbound(text: Self.answer)
        }
        XCTAssertTrue(polling.wantsMore, "no bound on the count")
        try channel.close().wait()
        let outcome = try outcome(channel, polling)
        XCTAssertEqual(outcome.latencySeconds.count, 3)
    }

    func testARefusedPollEndsTheSessionWithoutALatency() throws {
        let (channel, polling) = try session(polls: 3)
        defer { _ = try? channel.finish(acceptAlreadyClosed: true) }
        channel.embeddedEventLoop.advanceTime(by: .milliseconds(10))
        XCTAssertEqual(try channel.outboundText(), Self.poll)
        try channel.writeInbound(text: Self.answer)
        channel.embeddedEventLoop.advanceTime(by: .milliseconds(2))
        XCTAssertEqual(try channel.outboundText(), Self.poll)
        try channel.writeInbound(text: "HTTP/1.1 500 Internal Server Error\r\ncontent-length: 0\r\n\r\n")
        channel.embeddedEventLoop.run()
        XCTAssertFalse(channel.isActive, "a refused poll closes the session")
        XCTAssertEqual(try outcome(channel, polling).latencySeconds.count, 1, "only the answered poll counts")
    }
}
