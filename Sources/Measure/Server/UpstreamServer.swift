import NIOCore
import NIOHTTP1
import NIOPosix

/// The local stand-in for the original post's `https://api.example.com/...`: an HTTP server on 127.0.0.1 that
/// answers every request after a fixed delay, on an event loop of its own (a timer, no thread blocked), so
/// nothing leaves the machine and every upstream call costs the same.
final class UpstreamServer: Sendable {
    let port: Int
    /// Whether its loop thread runs under `ServerMeasurement.backgroundPolicy`: in the original post the upstream is
    /// another machine, so here it takes only the cores the server and the clients leave free.
    let inBackground: Bool
    private let group: MultiThreadedEventLoopGroup
    private let channel: any Channel

    init(delaySeconds: Double) throws {
        group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
        let delay = TimeAmount.nanoseconds(Int64(delaySeconds * 1e9))
        do {
            inBackground = try group.next().submit { Linux.setIdlePolicy() == 0 }.wait()
            channel = try ServerBootstrap(group: group)
                .serverChannelOption(.backlog, value: 1024)
                .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
                .childChannelInitializer { channel in
                    channel.eventLoop.makeCompletedFuture {
                        try UpstreamServer.addHandlers(to: channel.pipeline.syncOperations, delay: delay)
                    }
                }
                .bind(host: "127.0.0.1", port: 0).wait()
        } catch {
            try? group.syncShutdownGracefully()
            throw error
        }
        port = channel.localAddress?.port ?? 0
    }

    /// One accepted connection's handlers: NIO's HTTP/1.1 server pipeline, then the delayed answer.
    static func addHandlers(to pipeline: ChannelPipeline.SynchronousOperations, delay: TimeAmount) throws {
        try pipeline.configureHTTPServerPipeline()
        try pipeline.addHandler(DelayedAnswer(delay: delay))
    }

    func stop() {
        try? channel.close().wait()
        try? group.syncShutdownGracefully()
    }
}

/// Answers each request `delay` after it arrived.
private final class DelayedAnswer: ChannelInboundHandler {
    typealias InboundIn = HTTPServerRequestPart
    typealias OutboundOut = HTTPServerResponsePart

    let delay: TimeAmount
    private var keepAlive = true

    init(delay: TimeAmount) { self.delay = delay }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch unwrapInboundIn(data) {
        case let .head(head): keepAlive = head.isKeepAlive
        case .body: break
        case .end:
            let keepAlive = self.keepAlive
            context.eventLoop.assumeIsolated().scheduleTask(in: delay) {
                HTTPReply.ok(context, body: #"{"upstream":"ok"}"#, keepAlive: keepAlive)
            }
        }
    }
}
