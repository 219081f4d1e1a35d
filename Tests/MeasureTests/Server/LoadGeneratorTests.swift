import NIOCore
import NIOEmbedded
import XCTest
@testable import Measure
import Results

/// The load generator's connections behind the pipeline `LoadGenerator.addHandlers` builds, on
/// `EmbeddedChannel`s sharing one `EmbeddedEventLoop` that plays the generator's loop: answers are written
/// in as bytes, and the load's `LoadState` counts them.
final class LoadGeneratorTests: XCTestCase {
    private static let request = "GET /io-async HTTP/1.1\r\nhost: 127.0.0.1\r\n\r\n"

    private static func answer(_ status: String, body: String = "ok") -> String {
        "HTTP/1.1 \(status)\r\ncontent-length: \(body.utf8.count)\r\n\r\n\(body)"
    }

    private let loop = EmbeddedEventLoop()

    override func tearDownWithError() throws {
        // The time bound's task is still scheduled when a load ends early.
        try loop.syncShutdownGracefully()
    }

    /// A load of `requests` over `concurrency` connections, its time bound `timeLimitSeconds` away.
    private func load(requests: Int, concurrency: Int, spanConnections: Int = 0, spanWindowSeconds: Double = 0,
                      timeLimitSeconds: Double = 60) -> LoadState {
        let plan = LoadGenerator.Plan(port: 1, path: ServerStyle.ioAsync.path, concurrency: concurrency, requests: requests,
                                      timeLimitSeconds: timeLimitSeconds, spanConnections: spanConnections,
                                      spanWindowSeconds: spanWindowSeconds)
        return LoadState(plan: plan, origin: ServerClock.nanoseconds(), loop: loop)
    }

    /// Connection `index` of the load, connected (so its first request is sent).
    private func connection(_ index: Int, of state: LoadState) throws -> EmbeddedChannel {
        let channel = EmbeddedChannel(loop: loop)
        try LoadGenerator.addHandlers(to: channel.pipeline.syncOperations, state: state, index: index)
        try channel.activate()
        return channel
    }

    private func outcome(_ state: LoadState) throws -> LoadGenerator.Outcome {
        try XCTUnwrap(completedResult(of: state.finished), "the load has not finished").get()
    }

    func testAConnectionSendsItsNextRequestOnlyWhenTheAnswerEndsAndClosesWhenNoneAreLeft() throws {
        let state = load(requests: 3, concurrency: 1, spanConnections: 1, spanWindowSeconds: 60)
        let channel = try connection(0, of: state)
        defer { _ = try? channel.finish(acceptAlreadyClosed: true) }
        for answered in 0..<3 {
            XCTAssertEqual(try channel.outboundText(), Self.request, "request \(answered + 1), one at a time")
            XCTAssertTrue(channel.isActive)
            try channel.writeInbound(text: "HTTP/1.1 200 OK\r\ncontent-length: 2\r\n\r\n")
            XCTAssertEqual(try channel.outboundText(), "", "nothing new before the answer's end")
            try channel.writeInbound(text: "ok")
        }
        channel.embeddedEventLoop.run()
        XCTAssertEqual(try channel.outboundText(), "", "three requests planned, three sent")
        XCTAssertFalse(channel.isActive, "a connection with nothing left to send closes")
        let outcome = try outcome(state)
        XCTAssertEqual(outcome.completed, 3)
        XCTAssertEqual(outcome.failed, 0)
        XCTAssertEqual(outcome.latency.count, 3, "one latency per answer")
        XCTAssertEqual(outcome.spans.count, 3)
        XCTAssertTrue(outcome.spans.allSatisfy { $0.connection == 0 && $0.startSeconds <= $0.endSeconds })
    }

    func testAnAnswerOtherThan200IsCountedFailedAndHasNoLatency() throws {
        let state = load(requests: 4, concurrency: 1)
        let channel = try connection(0, of: state)
        defer { _ = try? channel.finish(acceptAlreadyClosed: true) }
        for status in ["200 OK", "500 Internal Server Error", "404 Not Found", "200 OK"] {
            XCTAssertEqual(try channel.outboundText(), Self.request, status)
            try channel.writeInbound(text: Self.answer(status, body: status == "200 OK" ? #"{"status":"done"}"# : ""))
        }
        channel.embeddedEventLoop.run()
        let outcome = try outcome(state)
        XCTAssertEqual(outcome.completed, 2)
        XCTAssertEqual(outcome.failed, 2)
        XCTAssertEqual(outcome.latency.count, 2, "failed answers are not in the histogram")
        XCTAssertTrue(outcome.spans.isEmpty, "no connection's spans were asked for")
    }

    func testTheRequestsAreSharedAmongTheConnectionsAndOnlyTheFirstConnectionsKeepSpans() throws {
        let state = load(requests: 3, concurrency: 2, spanConnections: 1, spanWindowSeconds: 60)
        let first = try connection(0, of: state)
        let second = try connection(1, of: state)
        defer {
            _ = try? first.finish(acceptAlreadyClosed: true)
            _ = try? second.finish(acceptAlreadyClosed: true)
        }
        XCTAssertEqual(try first.outboundText(), Self.request)
        XCTAssertEqual(try second.outboundText(), Self.request)
        // The second connection is answered first and claims the third request.
        try second.writeInbound(text: Self.answer("200 OK"))
        XCTAssertEqual(try second.outboundText(), Self.request)
        try first.writeInbound(text: Self.answer("200 OK"))
        loop.run()
        XCTAssertFalse(first.isActive, "no request left for the first connection")
        XCTAssertNil(completedResult(of: state.finished), "the second connection is still waiting")
        try second.writeInbound(text: Self.answer("200 OK"))
        loop.run()
        XCTAssertFalse(second.isActive)
        let outcome = try outcome(state)
        XCTAssertEqual(outcome.completed, 3)
        XCTAssertEqual(outcome.failed, 0)
        XCTAssertEqual(outcome.spans.count, 1, "connection 0 answered one request; connection 1 keeps no spans")
        XCTAssertEqual(outcome.spans.first?.connection, 0)
    }

    func testTheTimeBoundClosesTheConnectionsAndCountsTheRequestsInFlightAsFailed() throws {
        let state = load(requests: 10, concurrency: 1, timeLimitSeconds: 30)
        let channel = try connection(0, of: state)
        defer { _ = try? channel.finish(acceptAlreadyClosed: true) }
        XCTAssertEqual(try channel.outboundText(), Self.request)
        try channel.writeInbound(text: Self.answer("200 OK"))
        XCTAssertEqual(try channel.outboundText(), Self.request, "the second request, never answered")
        // The bound closes what is open a second after the time limit (LoadGenerator.swift).
        loop.advanceTime(by: .seconds(30))
        XCTAssertTrue(channel.isActive)
        XCTAssertNil(completedResult(of: state.finished))
        loop.advanceTime(by: .seconds(1))
        XCTAssertFalse(channel.isActive)
        let outcome = try outcome(state)
        XCTAssertEqual(outcome.completed, 1)
        XCTAssertEqual(outcome.failed, 1, "the request in flight; the 8 never sent are not counted")
        XCTAssertEqual(outcome.latency.count, 1)
    }

    func testAConnectionClosedByTheServerMidRequestCountsItFailed() throws {
        let state = load(requests: 5, concurrency: 1)
        let channel = try connection(0, of: state)
        defer { _ = try? channel.finish(acceptAlreadyClosed: true) }
        try channel.writeInbound(text: Self.answer("200 OK"))
        try channel.writeInbound(text: Self.answer("200 OK"))
        XCTAssertEqual(try channel.outboundText(), Self.request + Self.request + Self.request)
        try channel.close().wait()
        let outcome = try outcome(state)
        XCTAssertEqual(outcome.completed, 2)
        XCTAssertEqual(outcome.failed, 1)
    }

    func testAFailedConnectCountsOneFailedRequestAndEndsAnEmptyLoad() throws {
        let state = load(requests: 5, concurrency: 2)
        state.connected(.failure(ChannelError.connectTimeout(.seconds(1))))
        XCTAssertNil(completedResult(of: state.finished), "the other connection is still open")
        state.connected(.success(()))
        state.connected(.failure(ChannelError.connectTimeout(.seconds(1))))
        let outcome = try outcome(state)
        XCTAssertEqual(outcome.completed, 0)
        XCTAssertEqual(outcome.failed, 2)
        XCTAssertEqual(outcome.latency.count, 0)
        XCTAssertEqual(outcome.wallSeconds, 0, "nothing was sent")
    }
}
