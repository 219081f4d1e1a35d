import Foundation
import NIOCore
import NIOPosix
import Synchronization
import WorkerKernel

/// The original post's `ProcessPoolExecutor`: `concreport-worker` processes, each driven by one thread of a pool
/// that writes the request on the worker's pipe and waits for its answer, so the event loop only
/// hands the job over and is told when it is done.
final class WorkerProcessPool: Sendable {
    /// Whether every worker runs under `ServerMeasurement.backgroundPolicy` (asked for, and granted).
    let inBackground: Bool
    /// Its worker processes.
    let workers: Int
    private let threads: NIOThreadPool
    private let idle: Mutex<[WorkerProcess]>

    /// `inBackground`: put every worker under `ServerMeasurement.backgroundPolicy`; otherwise they run at the
    /// default priority, as a `ProcessPoolExecutor()` does.
    init(workers: Int, executable: String, inBackground wanted: Bool) throws {
        // `spawnPool` spawns only from threads that outlive the pool (its doc, `SpawnerThread`): a worker's
        // parent-death signal fires when its spawning thread exits, and this pool lives as long as the
        // server does. `ServerMeasurement` and `ServerUnderTest` build and stop it on the measuring thread.
        let spawned = try WorkerProcess.spawnPool(count: workers, executable: executable)
        // The workers yield their cores to the event loop (`ServerMeasurement.backgroundPolicy`); one
        // thread each, so the process id names the thread.
        inBackground = wanted && spawned.allSatisfy { Linux.setIdlePolicy(thread: $0.pid) == 0 }
        self.workers = workers
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
