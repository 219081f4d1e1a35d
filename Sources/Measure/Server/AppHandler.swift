import NIOCore
import NIOHTTP1
import NIOPosix
import Results
import WorkerKernel

/// Routes each request to its endpoint style. Handlers marked "on the loop" run their work right here,
/// on the event loop thread, so no other connection is served meanwhile: the original post's warning made real.
final class AppHandler: ChannelInboundHandler {
    typealias InboundIn = HTTPServerRequestPart
    typealias OutboundOut = HTTPServerResponsePart

    private let app: AppServer.Context
    private var path = ""
    private var keepAlive = true

    init(app: AppServer.Context) { self.app = app }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch unwrapInboundIn(data) {
        case let .head(head):
            path = head.uri
            keepAlive = head.isKeepAlive
        case .body:
            break
        case .end:
            handle(context, style: ServerStyle.allCases.first { $0.path == path })
        }
    }

    private func handle(_ context: ChannelHandlerContext, style: ServerStyle?) {
        let keepAlive = self.keepAlive
        guard let style, !style.appOnly else {
            var head = HTTPResponseHead(version: .http1_1, status: .notFound)
            head.headers.add(name: "content-length", value: "0")
            context.write(wrapOutboundOut(.head(head)), promise: nil)
            context.writeAndFlush(wrapOutboundOut(.end(nil)), promise: nil)
            return
        }
        let start = ServerClock.nanoseconds()
        let loop = context.eventLoop
        let app = self.app
        let work: EventLoopFuture<Void>
        switch style {
        case .health:
            HTTPReply.ok(context, body: #"{"status":"ok"}"#, keepAlive: keepAlive)
            return
        case .ioAsync:
            // The original post's `asyncio.gather` of three `client.get(...)`: all in flight at once, none blocking.
            let calls = (0..<app.upstreamCalls).map { _ in UpstreamCall.get(port: app.upstreamPort, on: loop) }
            work = EventLoopFuture.andAllSucceed(calls, on: loop)
        case .ioThreadPool:
            // `loop.run_in_executor(thread_pool, requests.get, url)`.
            work = app.ioPool.runIfActive(eventLoop: loop) {
                guard BlockingGet.get(port: app.upstreamPort) else { throw MeasureError.serverFailed(reason: "the upstream did not answer") }
            }
        case .ioOnLoop:
            // `requests.get(url)` called straight from an `async def`: the loop waits with it.
            work = BlockingGet.get(port: app.upstreamPort)
                ? loop.makeSucceededVoidFuture()
                : loop.makeFailedFuture(MeasureError.serverFailed(reason: "the upstream did not answer"))
        case .cpuProcessPool:
            work = app.processPool.compute(iterations: app.cpuIterations, on: loop)
        case .cpuProcessPoolIdle:
            work = app.idleProcessPool.compute(iterations: app.cpuIterations, on: loop)
        case .cpuProcessPoolFewer:
            work = app.fewerProcessPool.compute(iterations: app.cpuIterations, on: loop)
        case .cpuThreadPool:
            // At the default priority, as the original post's `ThreadPoolExecutor`.
            work = app.cpuPool.runIfActive(eventLoop: loop) {
                _ = CPUKernel.run(iterations: app.cpuIterations)
            }
        case .cpuOnLoop:
            _ = CPUKernel.run(iterations: app.cpuIterations)
            work = loop.makeSucceededVoidFuture()
        case .ioAsyncShared, .cpuDef:
            return  // answered 404 above: the original post's app only
        }
        work.assumeIsolated().whenComplete { result in
            app.times.record(style, since: start)
            switch result {
            case .success: HTTPReply.ok(context, body: #"{"status":"done"}"#, keepAlive: keepAlive)
            case .failure: HTTPReply.failed(context)
            }
        }
    }
}
