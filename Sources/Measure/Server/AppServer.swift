import NIOCore
import NIOHTTP1
import NIOPosix

/// concreport's answer to the seed's FastAPI app: an HTTP/1.1 server on 127.0.0.1 (port 0, the real port
/// read back) whose one event loop thread plays uvicorn's loop, with the seed's two pools beside it.
/// Every endpoint style of `ServerStyle` is served; see `AppHandler`.
final class AppServer: Sendable {
    /// What the handlers need: the upstream, the pools, the CPU task's size and the handler clock.
    struct Context: Sendable {
        var upstreamPort: Int
        var upstreamCalls: Int
        var ioPool: NIOThreadPool
        var cpuPool: NIOThreadPool
        var processPool: WorkerProcessPool
        var cpuIterations: Int
        var times: HandlerTimes
    }

    let port: Int
    let times = HandlerTimes()
    /// Whether the CPU pools run under `ServerMeasurement.backgroundPolicy` (the thread pool's threads take
    /// it with their first task, `AppHandler`; the process pool's workers when spawned).
    var cpuPoolsInBackground: Bool { context.processPool.inBackground }
    private let group: MultiThreadedEventLoopGroup
    private let channel: any Channel
    private let context: Context

    init(upstreamPort: Int, upstreamCalls: Int, ioThreads: Int, cpuWorkers: Int, cpuIterations: Int,
         workerExecutable: String) throws {
        let ioPool = NIOThreadPool(numberOfThreads: ioThreads)
        let cpuPool = NIOThreadPool(numberOfThreads: cpuWorkers)
        let processPool = try WorkerProcessPool(workers: cpuWorkers, executable: workerExecutable)
        ioPool.start()
        cpuPool.start()
        let context = Context(upstreamPort: upstreamPort, upstreamCalls: upstreamCalls, ioPool: ioPool, cpuPool: cpuPool,
                              processPool: processPool, cpuIterations: cpuIterations, times: times)
        self.context = context
        group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
        do {
            channel = try ServerBootstrap(group: group)
                .serverChannelOption(.backlog, value: 1024)
                .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
                .childChannelOption(.tcpOption(.tcp_nodelay), value: 1)
                .childChannelInitializer { channel in
                    channel.eventLoop.makeCompletedFuture {
                        try channel.pipeline.syncOperations.configureHTTPServerPipeline(withErrorHandling: true)
                        try channel.pipeline.syncOperations.addHandler(AppHandler(app: context))
                    }
                }
                .bind(host: "127.0.0.1", port: 0).wait()
        } catch {
            Self.stop(group: group, context: context)
            throw error
        }
        port = channel.localAddress?.port ?? 0
    }

    func stop() {
        try? channel.close().wait()
        Self.stop(group: group, context: context)
    }

    private static func stop(group: MultiThreadedEventLoopGroup, context: Context) {
        try? group.syncShutdownGracefully()
        try? context.ioPool.syncShutdownGracefully()
        try? context.cpuPool.syncShutdownGracefully()
        context.processPool.stop()
    }
}
