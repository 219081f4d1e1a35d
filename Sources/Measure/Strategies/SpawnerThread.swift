import Dispatch
import Synchronization

/// A thread that lives as long as the program and runs the jobs it is given, one at a time: the second
/// spawner of worker pools (`WorkerProcess.spawnPool`). A worker's parent-death signal
/// (`PR_SET_PDEATHSIG`, `Sources/CLinux/CLinux.c`) fires when the *thread* that spawned it exits, not the
/// process, and Dispatch's idle worker threads exit after a few seconds: a pool spawned from one was
/// killed mid-run as soon as it outlived that thread.
final class SpawnerThread: Sendable {
    private let pending = Mutex<[@Sendable () -> Void]>([])
    private let wake = DispatchSemaphore(value: 0)

    /// The program's spawner; nil when the kernel refused the thread (callers then spawn on their own).
    static let shared: SpawnerThread? = {
        let spawner = SpawnerThread()
        do {
            try OSThread.start(name: "concreport-spawner") { spawner.serve() }
        } catch {
            return nil
        }
        return spawner
    }()

    /// Queues `job`; it runs on the spawner thread after the jobs queued before it.
    func run(_ job: @escaping @Sendable () -> Void) {
        pending.withLock { $0.append(job) }
        wake.signal()
    }

    private func serve() {
        while true {
            wake.wait()
            let job = pending.withLock { $0.removeFirst() }
            job()
        }
    }
}
