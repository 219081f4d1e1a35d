import XCTest
@testable import Measure
import Results

/// `AppServer` on real sockets, with its real pools and worker processes: the parts no `EmbeddedChannel`
/// can run, chiefly `/io-async`'s upstream calls (`UpstreamCall` needs a real event loop).
final class AppServerTests: XCTestCase {
    private static func get(_ path: String) -> String { "GET \(path) HTTP/1.1\r\nhost: 127.0.0.1\r\n\r\n" }

    private static func ok(_ body: String) -> String {
        "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: \(body.utf8.count)\r\n\r\n\(body)"
    }

    func testEveryServedStyleAnswersOverARealConnectionAndIsTimed() throws {
        let upstream = try UpstreamServer(delaySeconds: 0.001)
        defer { upstream.stop() }
        let server = try AppServer(upstreamPort: upstream.port, upstreamCalls: 3, ioThreads: 2, cpuWorkers: 1, fewerCPUWorkers: 1,
                                   cpuIterations: 20_000, workerExecutable: try WorkerBinary.path())
        defer { server.stop() }
        XCTAssertEqual(server.fewerCPUWorkers, 1)
        let served = ServerStyle.allCases.filter { !$0.appOnly }
        XCTAssertEqual(served.count, 9)
        for style in served {
            let answer = HTTPExchange.answer(port: server.port, request: Self.get(style.path))
            XCTAssertEqual(answer, Self.ok(style == .health ? #"{"status":"ok"}"# : #"{"status":"done"}"#), style.path)
        }
        // Each handler's time is recorded before its answer is written, so all are in by now; `/health` has none.
        XCTAssertEqual(served.filter { server.times.median($0) != nil }, served.filter { $0 != .health })
    }

    func testTheUpstreamStylesAnswer500WhenTheUpstreamRefuses() throws {
        let refusing = try RefusingPort()
        let server = try AppServer(upstreamPort: refusing.port, upstreamCalls: 3, ioThreads: 1, cpuWorkers: 1, fewerCPUWorkers: 1,
                                   cpuIterations: 1_000, workerExecutable: try WorkerBinary.path())
        defer { server.stop() }
        for style in [ServerStyle.ioAsync, .ioThreadPool, .ioOnLoop] {
            // A 500 leaves the connection open; `HTTPExchange` reads the answer by its content-length.
            XCTAssertEqual(HTTPExchange.answer(port: server.port, request: Self.get(style.path)),
                           "HTTP/1.1 500 Internal Server Error\r\ncontent-length: 0\r\n\r\n", style.path)
        }
        // The server itself still answers.
        XCTAssertEqual(HTTPExchange.answer(port: server.port, request: Self.get("/health")), Self.ok(#"{"status":"ok"}"#))
    }
}
