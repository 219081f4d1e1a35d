import NIOCore
import NIOEmbedded
import NIOHTTP1
import NIOPosix
import XCTest
@testable import Measure
import Results

/// `AppHandler` behind the pipeline `AppServer.addHandlers` builds for every accepted connection, on an
/// `EmbeddedChannel`: requests go in as bytes, answers come out as bytes. Every answer here is written
/// during the read itself: the styles that hand work to a pool find their pool stopped
/// (`AppServer.Context.stopped`) and fail at once. `AppHandlerPoolTests` covers pools that run.
final class AppHandlerTests: XCTestCase {
    private static let healthAnswer = "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: 15\r\n\r\n"
        + #"{"status":"ok"}"#
    private static let doneAnswer = "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: 17\r\n\r\n"
        + #"{"status":"done"}"#
    private static let notFound = "HTTP/1.1 404 Not Found\r\ncontent-length: 0\r\n\r\n"
    private static let failed = "HTTP/1.1 500 Internal Server Error\r\ncontent-length: 0\r\n\r\n"

    private static func get(_ path: String, headers: String = "") -> String {
        "GET \(path) HTTP/1.1\r\nhost: 127.0.0.1\r\n\(headers)\r\n"
    }

    /// An active channel with the server's pipeline for one connection.
    private func connection(_ app: AppServer.Context) throws -> EmbeddedChannel {
        let channel = EmbeddedChannel()
        try AppServer.addHandlers(to: channel.pipeline.syncOperations, app: app)
        try channel.activate()
        return channel
    }

    func testHealthAnswersOKWithItsJSONBodyDuringTheReadAndKeepsTheConnectionOpen() throws {
        let refusing = try RefusingPort()
        let app = try AppServer.Context.stopped(upstreamPort: refusing.port)
        let channel = try connection(app)
        defer { _ = try? channel.finish(acceptAlreadyClosed: true) }
        // No `run()` or `advanceTime` between the read and the check: the answer was written on the loop,
        // inside the read.
        try channel.writeInbound(text: Self.get("/health"))
        XCTAssertEqual(try channel.outboundText(), Self.healthAnswer)
        XCTAssertTrue(channel.isActive, "HTTP/1.1 keeps the connection alive")
        // The same connection serves the next request.
        try channel.writeInbound(text: Self.get("/health"))
        XCTAssertEqual(try channel.outboundText(), Self.healthAnswer)
        XCTAssertTrue(channel.isActive)
        // `/health` has no handler work to time.
        XCTAssertNil(app.times.median(.health))
    }

    func testARequestThatAsksToCloseIsAnsweredWithConnectionCloseAndTheConnectionCloses() throws {
        let refusing = try RefusingPort()
        let channel = try connection(try AppServer.Context.stopped(upstreamPort: refusing.port))
        defer { _ = try? channel.finish(acceptAlreadyClosed: true) }
        try channel.writeInbound(text: Self.get("/health", headers: "connection: close\r\n"))
        channel.embeddedEventLoop.run()
        XCTAssertEqual(try channel.outboundText(),
                       "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: 15\r\nconnection: close\r\n\r\n"
                           + #"{"status":"ok"}"#)
        XCTAssertFalse(channel.isActive)
    }

    func testAnHTTP10RequestWithoutKeepAliveIsClosedAfterItsAnswer() throws {
        let refusing = try RefusingPort()
        let channel = try connection(try AppServer.Context.stopped(upstreamPort: refusing.port))
        defer { _ = try? channel.finish(acceptAlreadyClosed: true) }
        try channel.writeInbound(text: "GET /health HTTP/1.0\r\nhost: 127.0.0.1\r\n\r\n")
        channel.embeddedEventLoop.run()
        let answer = try channel.outboundText()
        XCTAssertTrue(answer.contains("\r\nconnection: close\r\n"), answer)
        XCTAssertTrue(answer.hasSuffix(#"{"status":"ok"}"#), answer)
        XCTAssertFalse(channel.isActive)
    }

    func testPathsThatNameNoEndpointAnswer404WithAnEmptyBody() throws {
        let refusing = try RefusingPort()
        let app = try AppServer.Context.stopped(upstreamPort: refusing.port)
        let channel = try connection(app)
        defer { _ = try? channel.finish(acceptAlreadyClosed: true) }
        // The path must match exactly: no trailing slash, no query string, no prefix.
        for path in ["/", "/nope", "/health/", "/health?verbose=1", "/HEALTH", "/cpu"] {
            try channel.writeInbound(text: Self.get(path))
            XCTAssertEqual(try channel.outboundText(), Self.notFound, path)
            XCTAssertTrue(channel.isActive, path)
        }
        XCTAssertTrue(ServerStyle.allCases.allSatisfy { app.times.median($0) == nil })
    }

    func testTheOriginalPostsAppOnlyEndpointsAnswer404() throws {
        let refusing = try RefusingPort()
        let app = try AppServer.Context.stopped(upstreamPort: refusing.port)
        let channel = try connection(app)
        defer { _ = try? channel.finish(acceptAlreadyClosed: true) }
        let appOnly = ServerStyle.allCases.filter(\.appOnly)
        XCTAssertEqual(appOnly, [.ioAsyncShared, .cpuDef])
        for style in appOnly {
            try channel.writeInbound(text: Self.get(style.path))
            XCTAssertEqual(try channel.outboundText(), Self.notFound, style.path)
            XCTAssertNil(app.times.median(style), style.path)
        }
    }

    /// The handler routes on the path alone (AppHandler.swift reads `head.uri`, never `head.method`), so a
    /// POST, a DELETE or a HEAD of `/health` is answered as a GET is.
    func testTheMethodIsNotCheckedSoAPOSTOfHealthIsAnsweredAsAGET() throws {
        let refusing = try RefusingPort()
        let channel = try connection(try AppServer.Context.stopped(upstreamPort: refusing.port))
        defer { _ = try? channel.finish(acceptAlreadyClosed: true) }
        try channel.writeInbound(text: "POST /health HTTP/1.1\r\nhost: 127.0.0.1\r\ncontent-length: 4\r\n\r\nping")
        XCTAssertEqual(try channel.outboundText(), Self.healthAnswer)
    }

    func testPipelinedRequestsAreAnsweredInOrderEachByItsOwnPath() throws {
        let refusing = try RefusingPort()
        let channel = try connection(try AppServer.Context.stopped(upstreamPort: refusing.port))
        defer { _ = try? channel.finish(acceptAlreadyClosed: true) }
        try channel.writeInbound(text: Self.get("/nope") + Self.get("/health") + Self.get("/cpu-def"))
        channel.embeddedEventLoop.run()
        XCTAssertEqual(try channel.outboundText(), Self.notFound + Self.healthAnswer + Self.notFound)
    }

    func testCPUOnLoopRunsTheKernelOnTheLoopAndRecordsItsHandlerTime() throws {
        let refusing = try RefusingPort()
        let app = try AppServer.Context.stopped(upstreamPort: refusing.port, cpuIterations: 50_000)
        let channel = try connection(app)
        defer { _ = try? channel.finish(acceptAlreadyClosed: true) }
        try channel.writeInbound(text: Self.get("/cpu-on-loop"))
        XCTAssertEqual(try channel.outboundText(), Self.doneAnswer)
        XCTAssertNotNil(app.times.median(.cpuOnLoop))
        XCTAssertEqual(ServerStyle.allCases.filter { app.times.median($0) != nil }, [.cpuOnLoop], "only the style served is timed")
    }

    func testIOAsyncWaitsForAllItsUpstreamCallsAndWithNoneAnswersAtOnce() throws {
        // `UpstreamCall` needs a real event loop (`ClientBootstrap`), so on an `EmbeddedChannel` only the
        // zero-call case runs: `andAllSucceed` of no futures. `AppServerTests` makes the three real calls.
        let refusing = try RefusingPort()
        let app = try AppServer.Context.stopped(upstreamPort: refusing.port, upstreamCalls: 0)
        let channel = try connection(app)
        defer { _ = try? channel.finish(acceptAlreadyClosed: true) }
        try channel.writeInbound(text: Self.get("/io-async"))
        XCTAssertEqual(try channel.outboundText(), Self.doneAnswer)
        XCTAssertNotNil(app.times.median(.ioAsync))
    }

    func testIOOnLoopAnswersDoneAfterTheBlockingUpstreamCall() throws {
        let upstream = try UpstreamServer(delaySeconds: 0)
        defer { upstream.stop() }
        let app = try AppServer.Context.stopped(upstreamPort: upstream.port)
        let channel = try connection(app)
        defer { _ = try? channel.finish(acceptAlreadyClosed: true) }
        // `BlockingGet` holds this thread, the channel's loop, until the upstream has answered.
        try channel.writeInbound(text: Self.get("/io-sync-on-loop"))
        XCTAssertEqual(try channel.outboundText(), Self.doneAnswer)
        XCTAssertNotNil(app.times.median(.ioOnLoop))
    }

    func testIOOnLoopAnswers500WhenTheUpstreamRefusesAndStillRecordsItsTime() throws {
        let refusing = try RefusingPort()
        let app = try AppServer.Context.stopped(upstreamPort: refusing.port)
        let channel = try connection(app)
        defer { _ = try? channel.finish(acceptAlreadyClosed: true) }
        try channel.writeInbound(text: Self.get("/io-sync-on-loop"))
        XCTAssertEqual(try channel.outboundText(), Self.failed)
        XCTAssertTrue(channel.isActive, "a failure keeps the connection")
        XCTAssertNotNil(app.times.median(.ioOnLoop))
    }

    func testEveryPooledStyleAnswers500WhenItsPoolIsStopped() throws {
        let refusing = try RefusingPort()
        let app = try AppServer.Context.stopped(upstreamPort: refusing.port)
        let channel = try connection(app)
        defer { _ = try? channel.finish(acceptAlreadyClosed: true) }
        let pooled: [ServerStyle] = [.ioThreadPool, .cpuProcessPool, .cpuProcessPoolIdle, .cpuProcessPoolFewer, .cpuThreadPool]
        for style in pooled {
            try channel.writeInbound(text: Self.get(style.path))
            XCTAssertEqual(try channel.outboundText(), Self.failed, style.path)
            XCTAssertNotNil(app.times.median(style), style.path)
        }
        XCTAssertTrue(channel.isActive)
        XCTAssertEqual(Set(ServerStyle.allCases.filter { app.times.median($0) != nil }), Set(pooled))
    }

    func testAMalformedRequestGets400WithConnectionClose() throws {
        let refusing = try RefusingPort()
        let channel = try connection(try AppServer.Context.stopped(upstreamPort: refusing.port))
        defer { _ = try? channel.finish(acceptAlreadyClosed: true) }
        // NIO's `HTTPServerProtocolErrorHandler` (`withErrorHandling: true`) answers, then passes the error on.
        XCTAssertThrowsError(try channel.writeInbound(text: "this is not HTTP\r\n\r\n")) { XCTAssertTrue($0 is HTTPParserError, "\($0)") }
        channel.embeddedEventLoop.run()
        XCTAssertEqual(try channel.outboundText(), "HTTP/1.1 400 Bad Request\r\nConnection: close\r\nContent-Length: 0\r\n\r\n")
    }
}

extension AppServer.Context {
    /// A context whose pools refuse all work: thread pools never started and an empty worker pool already
    /// stopped, so `NIOThreadPool.runIfActive` fails at once, on the caller's thread.
    static func stopped(upstreamPort: Int, upstreamCalls: Int = 0, cpuIterations: Int = 1_000) throws -> AppServer.Context {
        let processes = try WorkerProcessPool(workers: 0, executable: "/nonexistent/\(WorkerExecutable.name)", inBackground: false)
        processes.stop()
        return AppServer.Context(upstreamPort: upstreamPort, upstreamCalls: upstreamCalls,
                                 ioPool: NIOThreadPool(numberOfThreads: 1), cpuPool: NIOThreadPool(numberOfThreads: 1),
                                 processPool: processes, idleProcessPool: processes, fewerProcessPool: processes,
                                 cpuIterations: cpuIterations, times: HandlerTimes())
    }
}
