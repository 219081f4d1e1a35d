import Foundation
import NIOCore
import NIOPosix
import Synchronization
import WorkerKernel

/// The seed's `ProcessPoolExecutor`: `concreport-worker` processes, each driven by one thread of a pool
/// that writes the request on the worker's pipe and waits for its answer, so the event loop only
/// hands the job over and is told when it is done.
final class WorkerProcessPool: Sendable {
    private let threads: NIOThreadPool
    private let idle: Mutex<[WorkerProcess]>

    init(workers: Int, executable: String) throws {
        // Spawned from this thread, which outlives the pool, not by `WorkerProcess.spawnPool`'s Dispatch
        // threads: a worker's parent-death signal (PR_SET_PDEATHSIG, `Sources/CLinux/CLinux.c`) fires when
        // the *thread* that spawned it exits, and an idle Dispatch thread exits within seconds, killing a
        // worker of a pool that lives as long as the server does. So the thread that builds the pool must
        // outlive it: `ServerMeasurement` and `ServerUnderTest` build and stop it on the measuring thread.
        signal(SIGPIPE, SIG_IGN)
        var spawned: [WorkerProcess] = []
        let environment = WorkerEnvironment()
        do {
            for _ in 0..<workers { spawned.append(try WorkerProcess.spawn(executable: executable, environment: environment)) }
        } catch {
            WorkerProcess.stopAndReap(spawned)
            throw error
        }
        idle = Mutex(spawned)
        threads = NIOThreadPool(numberOfThreads: workers)
        threads.start()
    }

    /// Runs `iterations` of the CPU kernel in a worker; the future completes on `loop`.
    func compute(iterations: Int, on loop: any EventLoop) -> EventLoopFuture<Void> {
        threads.runIfActive(eventLoop: loop) { [self] in
            // As many threads as workers: a thread always finds one idle.
            guard let worker = idle.withLock({ $0.popLast() }) else { throw MeasureError.serverFailed(reason: "no idle worker process") }
            defer { idle.withLock { $0.append(worker) } }
            _ = try worker.perform(WorkerRequest(index: 0, job: .compute(iterations: iterations)))
        }
    }

    /// Ends the threads, then every worker (EOF on its stdin), and reaps them.
    func stop() {
        try? threads.syncShutdownGracefully()
        WorkerProcess.stopAndReap(idle.withLock { $0 })
    }
}
