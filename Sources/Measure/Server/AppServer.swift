import NIOCore
import NIOHTTP1
import NIOPosix

/// concreport's answer to the original post's FastAPI app: an HTTP/1.1 server on 127.0.0.1 (port 0, the real port
/// read back) whose one event loop thread plays uvicorn's loop, with the original post's two pools beside it.
/// Every endpoint style of `ServerStyle` is served; see `AppHandler`.
final class AppServer: Sendable {
    /// What the handlers need: the upstream, the pools, the CPU task's size and the handler clock.
    struct Context: Sendable {
        var upstreamPort: Int
        var upstreamCalls: Int
        var ioPool: NIOThreadPool
        var cpuPool: NIOThreadPool
        /// At the default priority, as the original post's `ProcessPoolExecutor()`.
        var processPool: WorkerProcessPool
        /// Under `ServerMeasurement.backgroundPolicy` (`/cpu-bound-idle`).
        var idleProcessPool: WorkerProcessPool
        /// One worker fewer than the usable cores, at the default priority (`/cpu-bound-fewer`).
        var fewerProcessPool: WorkerProcessPool
        var cpuIterations: Int
        var times: HandlerTimes
    }

    let port: Int
    let times = HandlerTimes()
    /// Whether the `/cpu-bound-idle` pool's workers run under `ServerMeasurement.backgroundPolicy`.
    var idlePoolInBackground: Bool { context.idleProcessPool.inBackground }
    /// Processes of the `/cpu-bound-fewer` pool.
    var fewerCPUWorkers: Int { context.fewerProcessPool.workers }
    private let group: MultiThreadedEventLoopGroup
    private let channel: any Channel
    private let context: Context

    init(upstreamPort: Int, upstreamCalls: Int, ioThreads: Int, cpuWorkers: Int, fewerCPUWorkers: Int, cpuIterations: Int,
         workerExecutable: String) throws {
        let ioPool = NIOThreadPool(numberOfThreads: ioThreads)
        let cpuPool = NIOThreadPool(numberOfThreads: cpuWorkers)
        let processPool = try WorkerProcessPool(workers: cpuWorkers, executable: workerExecutable, inBackground: false)
        let idleProcessPool: WorkerProcessPool, fewerProcessPool: WorkerProcessPool
        do {
            idleProcessPool = try WorkerProcessPool(workers: cpuWorkers, executable: workerExecutable, inBackground: true)
            do {
                fewerProcessPool = try WorkerProcessPool(workers: fewerCPUWorkers, executable: workerExecutable, inBackground: false)
            } catch {
                idleProcessPool.stop()
                throw error
            }
        } catch {
            processPool.stop()
            throw error
        }
        ioPool.start()
        cpuPool.start()
        let context = Context(upstreamPort: upstreamPort, upstreamCalls: upstreamCalls, ioPool: ioPool, cpuPool: cpuPool,
                              processPool: processPool, idleProcessPool: idleProcessPool, fewerProcessPool: fewerProcessPool,
                              cpuIterations: cpuIterations, times: times)
        self.context = context
        group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
        do {
            channel = try ServerBootstrap(group: group)
                .serverChannelOption(.backlog, value: 1024)
                .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
                .childChannelOption(.tcpOption(.tcp_nodelay), value: 1)
                .childChannelInitializer { channel in
                    channel.eventLoop.makeCompletedFuture {
                        try AppServer.addHandlers(to: channel.pipeline.syncOperations, app: context)
                    }
                }
                .bind(host: "127.0.0.1", port: 0).wait()
        } catch {
            Self.stop(group: group, context: context)
            throw error
        }
        port = channel.localAddress?.port ?? 0
    }

    /// One accepted connection's handlers: NIO's HTTP/1.1 server pipeline, with its error handling, then
    /// `AppHandler` (the tests drive the same pipeline on an `EmbeddedChannel`).
    static func addHandlers(to pipeline: ChannelPipeline.SynchronousOperations, app: Context) throws {
        try pipeline.configureHTTPServerPipeline(withErrorHandling: true)
        try pipeline.addHandler(AppHandler(app: app))
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
        context.idleProcessPool.stop()
        context.fewerProcessPool.stop()
    }
}
