import NIOCore
import NIOHTTP1
import NIOPosix
import Results

/// Polls `/health` on one keep-alive connection of its own, from an event loop of its own: each poll is
/// sent `interval` after the previous answer. Its latencies show whether the server's loop was free.
final class HealthPoller: Sendable {
    struct Outcome: Sendable {
        var latencySeconds: [Double]
        var spans: [RequestSpan]
    }

    private let group = MultiThreadedEventLoopGroup(numberOfThreads: 1)

    /// Starts polling after `delaySeconds`; `polls` bounds the count (nil: until `finish`).
    func start(port: Int, intervalSeconds: Double, polls: Int?, origin: UInt64, spanWindowSeconds: Double,
               delaySeconds: Double) throws -> HealthPolling {
        let loop = group.next()
        let polling = try loop.submit {
            HealthPolling(loop: loop, interval: .nanoseconds(Int64(intervalSeconds * 1e9)), polls: polls, origin: origin,
                          spanWindowSeconds: spanWindowSeconds, delay: .nanoseconds(Int64(delaySeconds * 1e9)))
        }.wait()
        _ = try ClientBootstrap(group: loop)
            .channelOption(.tcpOption(.tcp_nodelay), value: 1)
            .channelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    try HealthPoller.addHandlers(to: channel.pipeline.syncOperations, polling: polling)
                }
            }
            .connect(host: "127.0.0.1", port: port).wait()
        return polling
    }

    /// The polling connection's handlers: NIO's HTTP/1.1 client pipeline, then the poll loop.
    static func addHandlers(to pipeline: ChannelPipeline.SynchronousOperations, polling: HealthPolling) throws {
        try pipeline.addHTTPClientHandlers()
        try pipeline.addHandler(HealthConnection(polling: polling))
    }

    func stop() { try? group.syncShutdownGracefully() }
}

/// One polling session, confined to the poller's event loop.
// @unchecked Sendable: made by `loop.submit` and only touched on `loop` except `finish()`, which hops there.
final class HealthPolling: @unchecked Sendable {
    let loop: any EventLoop
    let interval: TimeAmount
    let delay: TimeAmount
    private let promise: EventLoopPromise<HealthPoller.Outcome>
    private let origin: UInt64
    private let spanWindowSeconds: Double
    private var remaining: Int?
    private var stopRequested = false
    private var latencies: [Double] = []
    private var spans: [RequestSpan] = []

    init(loop: any EventLoop, interval: TimeAmount, polls: Int?, origin: UInt64, spanWindowSeconds: Double, delay: TimeAmount) {
        self.loop = loop
        self.interval = interval
        self.delay = delay
        self.origin = origin
        self.spanWindowSeconds = spanWindowSeconds
        remaining = polls
        promise = loop.makePromise()
    }

    /// Whether another poll should be sent.
    var wantsMore: Bool { !stopRequested && (remaining ?? 1) > 0 }

    func answered(sentAt: UInt64) {
        let now = ServerClock.nanoseconds()
        latencies.append(Double(now &- sentAt) / 1e9)
        let start = Double(sentAt &- origin) / 1e9
        if start < spanWindowSeconds { spans.append(RequestSpan(connection: nil, startSeconds: start, endSeconds: Double(now &- origin) / 1e9)) }
        if let left = remaining { remaining = left - 1 }
    }

    func done() { promise.succeed(HealthPoller.Outcome(latencySeconds: latencies, spans: spans)) }

    /// Asks for no more polls and waits for the one in flight.
    func finish() throws -> HealthPoller.Outcome {
        loop.execute { self.stopRequested = true }
        return try promise.futureResult.wait()
    }

    /// Waits for a bounded session's last poll.
    func wait() throws -> HealthPoller.Outcome { try promise.futureResult.wait() }
}

private final class HealthConnection: ChannelInboundHandler {
    typealias InboundIn = HTTPClientResponsePart
    typealias OutboundOut = HTTPClientRequestPart

    private let polling: HealthPolling
    private let head: HTTPRequestHead
    private var sentAt: UInt64?
    private var answeredOK = false
    private var finished = false

    init(polling: HealthPolling) {
        self.polling = polling
        var head = HTTPRequestHead(version: .http1_1, method: .GET, uri: ServerStyle.health.path)
        head.headers.add(name: "host", value: "127.0.0.1")
        self.head = head
    }

    func channelActive(context: ChannelHandlerContext) {
        context.eventLoop.assumeIsolated().scheduleTask(in: polling.delay) { [self] in send(context) }
        context.fireChannelActive()
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        let part = unwrapInboundIn(data)
        if case let .head(head) = part { answeredOK = head.status == .ok }
        guard case .end = part, let sentAt else { return }
        // A poll the server refused is no latency of a free loop: the session ends with what it has.
        guard answeredOK else {
            context.close(promise: nil)
            return
        }
        polling.answered(sentAt: sentAt)
        self.sentAt = nil
        context.eventLoop.assumeIsolated().scheduleTask(in: polling.interval) { [self] in send(context) }
    }

    func channelInactive(context: ChannelHandlerContext) {
        end(context)
        context.fireChannelInactive()
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        context.close(promise: nil)
    }

    private func send(_ context: ChannelHandlerContext) {
        guard polling.wantsMore, context.channel.isActive else {
            end(context)
            return
        }
        sentAt = ServerClock.nanoseconds()
        context.write(wrapOutboundOut(.head(head)), promise: nil)
        context.writeAndFlush(wrapOutboundOut(.end(nil)), promise: nil)
    }

    private func end(_ context: ChannelHandlerContext) {
        guard !finished else { return }
        finished = true
        polling.done()
        context.close(promise: nil)
    }
}
