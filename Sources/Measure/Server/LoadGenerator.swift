import NIOCore
import NIOHTTP1
import NIOPosix
import Results

/// concreport's own load generator, wrk's way: one event-loop thread drives `concurrency` keep-alive
/// connections, each sending its next request as soon as the previous one is answered, until `requests`
/// have been sent or the time bound passes. Latencies go into an HDR histogram.
final class LoadGenerator: Sendable {
    struct Plan: Sendable {
        var port: Int
        var path: String
        var concurrency: Int
        var requests: Int
        var timeLimitSeconds: Double
        /// Connections whose request lifetimes are kept for the chart, and for how long from the start.
        var spanConnections: Int
        var spanWindowSeconds: Double
    }

    struct Outcome: Sendable {
        var completed: Int
        var failed: Int
        var wallSeconds: Double
        var latency: LatencySummary
        var spans: [RequestSpan]
        var cpuSeconds: Double
    }

    private let group = MultiThreadedEventLoopGroup(numberOfThreads: 1)

    /// Runs one load and waits for it; `origin` (CLOCK_MONOTONIC ns) is where the spans' time starts.
    func run(_ plan: Plan, origin: UInt64) throws -> Outcome {
        let loop = group.next()
        let state = try loop.submit { LoadState(plan: plan, origin: origin, loop: loop) }.wait()
        for index in 0..<plan.concurrency {
            ClientBootstrap(group: loop)
                .channelOption(.tcpOption(.tcp_nodelay), value: 1)
                .channelInitializer { channel in
                    channel.eventLoop.makeCompletedFuture {
                        try LoadGenerator.addHandlers(to: channel.pipeline.syncOperations, state: state, index: index)
                    }
                }
                .connect(host: "127.0.0.1", port: plan.port)
                .whenComplete { result in
                    state.connected(result.map { _ in () })
                }
        }
        return try state.finished.wait()
    }

    /// Connection `index`'s handlers: NIO's HTTP/1.1 client pipeline, then the request loop.
    static func addHandlers(to pipeline: ChannelPipeline.SynchronousOperations, state: LoadState, index: Int) throws {
        try pipeline.addHTTPClientHandlers()
        try pipeline.addHandler(LoadConnection(state: state, index: index))
    }

    func stop() { try? group.syncShutdownGracefully() }
}

/// One load's shared state, confined to the generator's event loop.
// @unchecked Sendable: created by `loop.submit` and only read or written on `loop` (every caller is a
// handler or a callback of that loop); `finished` is a future, itself Sendable.
final class LoadState: @unchecked Sendable {
    let plan: LoadGenerator.Plan
    let finished: EventLoopFuture<LoadGenerator.Outcome>
    private let promise: EventLoopPromise<LoadGenerator.Outcome>
    private let origin: UInt64
    private let deadline: UInt64
    private var unsent: Int
    private var open: Int
    private var completed = 0
    private var failed = 0
    private var firstSend: UInt64?
    private var lastAnswer: UInt64?
    private var latencies = LatencyRecorder()
    private var spans: [RequestSpan] = []
    private var channels: [any Channel] = []
    private let cpuAtStart: Double

    init(plan: LoadGenerator.Plan, origin: UInt64, loop: any EventLoop) {
        self.plan = plan
        self.origin = origin
        promise = loop.makePromise()
        finished = promise.futureResult
        deadline = ServerClock.nanoseconds() + UInt64(plan.timeLimitSeconds * 1e9)
        unsent = plan.requests
        open = plan.concurrency
        cpuAtStart = ServerClock.threadCPUSeconds()
        // The time bound: whatever is still open then is closed, so the run always ends.
        loop.assumeIsolated().scheduleTask(in: .nanoseconds(Int64(plan.timeLimitSeconds * 1e9) + 1_000_000_000)) { [self] in
            for channel in channels { channel.close(promise: nil) }
        }
    }

    func connected(_ result: Result<Void, any Error>) {
        if case .failure = result { closed(failedInFlight: false, connectFailed: true) }
    }

    func register(_ channel: any Channel) { channels.append(channel) }

    /// Claims the next request, if any is left and the time bound has not passed.
    func claim() -> UInt64? {
        let now = ServerClock.nanoseconds()
        guard unsent > 0, now < deadline else { return nil }
        unsent -= 1
        if firstSend == nil { firstSend = now }
        return now
    }

    func answered(connection: Int, sentAt: UInt64, ok: Bool) {
        let now = ServerClock.nanoseconds()
        lastAnswer = now
        guard ok else { failed += 1; return }
        completed += 1
        latencies.record(nanoseconds: now &- sentAt)
        let start = Double(sentAt &- origin) / 1e9
        if connection < plan.spanConnections, start < plan.spanWindowSeconds {
            spans.append(RequestSpan(connection: connection, startSeconds: start, endSeconds: Double(now &- origin) / 1e9))
        }
    }

    /// A connection is gone; the last one completes the load.
    func closed(failedInFlight: Bool, connectFailed: Bool = false) {
        if failedInFlight { failed += 1 }
        if connectFailed, unsent > 0 { unsent -= 1; failed += 1 }
        open -= 1
        guard open == 0 else { return }
        let wall = firstSend.flatMap { first in lastAnswer.map { Double($0 &- first) / 1e9 } } ?? 0
        promise.succeed(LoadGenerator.Outcome(completed: completed, failed: failed, wallSeconds: wall, latency: latencies.summary,
                                              spans: spans, cpuSeconds: ServerClock.threadCPUSeconds() - cpuAtStart))
    }
}

/// One keep-alive connection of the load: a request, its answer, the next request.
private final class LoadConnection: ChannelInboundHandler {
    typealias InboundIn = HTTPClientResponsePart
    typealias OutboundOut = HTTPClientRequestPart

    private let state: LoadState
    private let index: Int
    private let head: HTTPRequestHead
    private var sentAt: UInt64?
    private var ok = false

    init(state: LoadState, index: Int) {
        self.state = state
        self.index = index
        var head = HTTPRequestHead(version: .http1_1, method: .GET, uri: state.plan.path)
        head.headers.add(name: "host", value: "127.0.0.1")
        self.head = head
    }

    func channelActive(context: ChannelHandlerContext) {
        state.register(context.channel)
        sendNext(context)
        context.fireChannelActive()
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch unwrapInboundIn(data) {
        case let .head(response): ok = response.status == .ok
        case .body: break
        case .end:
            if let sentAt { state.answered(connection: index, sentAt: sentAt, ok: ok) }
            sentAt = nil
            sendNext(context)
        }
    }

    func channelInactive(context: ChannelHandlerContext) {
        state.closed(failedInFlight: sentAt != nil)
        context.fireChannelInactive()
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        context.close(promise: nil)
    }

    private func sendNext(_ context: ChannelHandlerContext) {
        guard let now = state.claim() else {
            context.close(promise: nil)
            return
        }
        sentAt = now
        ok = false
        context.write(wrapOutboundOut(.head(head)), promise: nil)
        context.writeAndFlush(wrapOutboundOut(.end(nil)), promise: nil)
    }
}
