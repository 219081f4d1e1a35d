import NIOCore
import NIOEmbedded
import NIOHTTP1
import NIOPosix
import XCTest
@testable import Measure
import Results

/// `AppHandler` with pools that run: each pooled style must hand its work to its own pool. A context holds
/// one running pool in a single slot and stopped ones elsewhere; the style of that slot answers 200 and
/// the others 500. The pools answer from their own threads, so this runs on `NIOAsyncTestingChannel`,
/// whose loop may be reached from any thread (an `EmbeddedEventLoop` may not).
final class AppHandlerPoolTests: XCTestCase {
    private var upstream: UpstreamServer!
    private var workers: WorkerProcessPool!
    private var threads: NIOThreadPool!

    // Synchronous, so on the test's main thread: a worker process's parent-death signal follows the thread
    // that spawned it (Sources/Measure/Strategies/SpawnerThread.swift), and this one outlives the test.
    override func setUpWithError() throws {
        upstream = try UpstreamServer(delaySeconds: 0)
        workers = try WorkerProcessPool(workers: 1, executable: try WorkerBinary.path(), inBackground: false)
        threads = NIOThreadPool(numberOfThreads: 1)
        threads.start()
    }

    override func tearDownWithError() throws {
        workers?.stop()
        try threads?.syncShutdownGracefully()
        upstream?.stop()
    }

    /// A context with every pool stopped, the upstream running.
    private func stoppedContext() throws -> AppServer.Context {
        try AppServer.Context.stopped(upstreamPort: upstream.port, cpuIterations: 20_000)
    }

    /// The status and body `AppHandler` answers `GET path` with.
    private func answer(_ path: String, _ app: AppServer.Context) async throws -> (HTTPResponseStatus, String) {
        let channel = try await NIOAsyncTestingChannel { channel in
            try channel.pipeline.syncOperations.addHandler(AppHandler(app: app))
        }
        try await channel.writeInbound(HTTPServerRequestPart.head(HTTPRequestHead(version: .http1_1, method: .GET, uri: path)))
        try await channel.writeInbound(HTTPServerRequestPart.end(nil))
        var status: HTTPResponseStatus?
        var body = ""
        answer: while true {
            switch try await channel.waitForOutboundWrite(as: HTTPServerResponsePart.self) {
            case let .head(head): status = head.status
            case let .body(.byteBuffer(buffer)): body += String(buffer: buffer)
            case .body(.fileRegion): XCTFail("a file region in \(path)'s answer")
            case .end: break answer
            }
        }
        _ = try await channel.finish(acceptAlreadyClosed: true)
        return (try XCTUnwrap(status), body)
    }

    func testEachProcessPoolStyleRunsInItsOwnPool() async throws {
        let styles: [ServerStyle] = [.cpuProcessPool, .cpuProcessPoolIdle, .cpuProcessPoolFewer]
        let slots: [WritableKeyPath<AppServer.Context, WorkerProcessPool>] = [\.processPool, \.idleProcessPool, \.fewerProcessPool]
        for (style, slot) in zip(styles, slots) {
            var app = try stoppedContext()
            app[keyPath: slot] = workers
            for other in styles {
                let (status, body) = try await answer(other.path, app)
                if other == style {
                    XCTAssertEqual(status, .ok, "\(other.path) with the running pool in \(style.path)'s slot")
                    XCTAssertEqual(body, #"{"status":"done"}"#)
                } else {
                    XCTAssertEqual(status, .internalServerError, "\(other.path) with the running pool in \(style.path)'s slot")
                    XCTAssertEqual(body, "")
                }
            }
            XCTAssertEqual(Set(styles.filter { app.times.median($0) != nil }), Set(styles), "every answer is timed, 500s too")
        }
    }

    func testIOSyncRunsInTheIOPoolAndCPUThreadsInTheCPUPool() async throws {
        var ioRunning = try stoppedContext()
        ioRunning.ioPool = threads
        var status = try await answer("/io-sync", ioRunning).0
        XCTAssertEqual(status, .ok)
        status = try await answer("/cpu-threads", ioRunning).0
        XCTAssertEqual(status, .internalServerError)

        var cpuRunning = try stoppedContext()
        cpuRunning.cpuPool = threads
        status = try await answer("/io-sync", cpuRunning).0
        XCTAssertEqual(status, .internalServerError)
        status = try await answer("/cpu-threads", cpuRunning).0
        XCTAssertEqual(status, .ok)
    }

    func testIOSyncAnswers500WhenTheUpstreamRefuses() async throws {
        let refusing = try RefusingPort()
        var app = try AppServer.Context.stopped(upstreamPort: refusing.port)
        app.ioPool = threads
        let (status, body) = try await answer("/io-sync", app)
        XCTAssertEqual(status, .internalServerError)
        XCTAssertEqual(body, "")
        XCTAssertNotNil(app.times.median(.ioThreadPool))
    }
}
