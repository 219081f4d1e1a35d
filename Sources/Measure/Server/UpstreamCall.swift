import NIOCore
import NIOHTTP1
import NIOPosix

/// One non-blocking GET of the upstream on a fresh connection, as the original post's `httpx.AsyncClient()` opened
/// per request does: the future completes on `loop` when the whole answer has arrived.
enum UpstreamCall {
    static func get(port: Int, on loop: any EventLoop) -> EventLoopFuture<Void> {
        let promise = loop.makePromise(of: Void.self)
        ClientBootstrap(group: loop)
            .channelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    try UpstreamCall.addHandlers(to: channel.pipeline.syncOperations, promise: promise)
                }
            }
            .connect(host: "127.0.0.1", port: port)
            .whenFailure { promise.fail($0) }
        return promise.futureResult
    }

    /// The connection's handlers: NIO's HTTP/1.1 client pipeline, then the GET that completes `promise`.
    static func addHandlers(to pipeline: ChannelPipeline.SynchronousOperations, promise: EventLoopPromise<Void>) throws {
        try pipeline.addHTTPClientHandlers()
        try pipeline.addHandler(UpstreamAnswer(promise: promise))
    }
}

/// Sends the GET once connected and completes the promise on the answer's end (or on any failure).
private final class UpstreamAnswer: ChannelInboundHandler {
    typealias InboundIn = HTTPClientResponsePart
    typealias OutboundOut = HTTPClientRequestPart

    private let promise: EventLoopPromise<Void>
    private var done = false
    private var status: HTTPResponseStatus?

    init(promise: EventLoopPromise<Void>) { self.promise = promise }

    func channelActive(context: ChannelHandlerContext) {
        var head = HTTPRequestHead(version: .http1_1, method: .GET, uri: "/")
        head.headers.add(name: "host", value: "127.0.0.1")
        head.headers.add(name: "connection", value: "close")
        context.write(wrapOutboundOut(.head(head)), promise: nil)
        context.writeAndFlush(wrapOutboundOut(.end(nil)), promise: nil)
        context.fireChannelActive()
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch unwrapInboundIn(data) {
        case let .head(head):
            status = head.status
        case .body:
            break
        case .end:
            // An answer that is not 200 is a failed call, not a finished one.
            finish(status == .ok ? .success(()) : .failure(UpstreamCallError.status(status?.code ?? 0)))
            context.close(promise: nil)
        }
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        finish(.failure(error))
        context.close(promise: nil)
    }

    func channelInactive(context: ChannelHandlerContext) {
        finish(.failure(ChannelError.eof))
        context.fireChannelInactive()
    }

    private func finish(_ result: Result<Void, any Error>) {
        guard !done else { return }
        done = true
        promise.completeWith(result)
    }
}

/// An upstream answer other than 200 OK.
enum UpstreamCallError: Error, Equatable {
    case status(UInt)
}
