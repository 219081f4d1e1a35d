import Foundation
import Results
import WorkerKernel
import Synchronization

/// The convoy effect: lock thread 0 does `roundTrips` short blocking round trips over a
/// socketpair — it writes one byte and reads the answer, releasing the lock around each call and retaking
/// it after, as CPython's socket module does (`Py_BEGIN_ALLOW_THREADS`) — while `cpuThreads` CPU-bound
/// threads compute behind the same `GlobalLock`. The other end is a peer outside the lock (a server, or
/// another process) that answers each byte after `peerDelaySeconds`, so the read really blocks. Records
/// facts only: each round trip's latency, each wait to retake the lock, the ownership trace and the CPU
/// threads' work.
struct ConvoyMeasurement {
    /// The peer's answer time: about a round trip on a local network, long enough that a CPU-bound
    /// thread wakes and takes the lock while the reader is blocked.
    static let peerDelaySeconds = 0.0001
    /// Unmeasured round trips first, so every CPU-bound thread is awake and computing when the measured
    /// ones start (on a busy machine a thread woken from its first wait can take milliseconds to run).
    static let warmupRoundTrips = 3

    var roundTrips: Int
    var cpuThreads: Int
    var switchIntervalSeconds: Double

    func measure() throws -> ConvoyRun {
        var fds: [Int32] = [-1, -1]
        guard socketpair(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0, &fds) == 0 else {
            throw MeasureError.socketpairFailed(errno: errno)
        }
        defer { close(fds[0]); close(fds[1]) }
        let (mine, peer) = (fds[0], fds[1])
        let origin = Linux.monotonicNanoseconds()
        @Sendable func now() -> Double { Double(Linux.monotonicNanoseconds() - origin) / 1e9 }
        let lock = GlobalLock(switchIntervalSeconds: switchIntervalSeconds, originNanoseconds: origin)
        let computing = Atomic<Int>(0)
        // 0 before the first round trip, 1 while they run, 2 after the last: the CPU-bound threads count
        // their work only in phase 1, so `cpuIterations` matches `wallSeconds`.
        let phase = Atomic<Int>(0)
        let iterations = Atomic<Int>(0)
        let cpuNanoseconds = Atomic<Int>(0)
        let record = Mutex<(latencies: [Double], waits: [LockInterval], wall: Double)>(([], [], 0))
        let threadIDs = Mutex<[Int32]>(Array(repeating: 0, count: 1 + cpuThreads))
        let cpuThreads = cpuThreads, roundTrips = roundTrips
        // Every round trip beside busy threads costs about two switch intervals per busy thread at worst.
        let limit = Double(roundTrips) * 4 * switchIntervalSeconds * Double(1 + cpuThreads) + 30
        try WorkerThreads.run(count: 2 + cpuThreads, timeoutSeconds: limit,
                              abandonAfterTimeout: .experimentTimedOut(experiment: "convoy", limitSeconds: limit)) { thread in
            if thread == 1 + cpuThreads {
                Self.answer(roundTrips: Self.warmupRoundTrips + roundTrips, on: peer)
                return
            }
            threadIDs.withLock { $0[thread] = Linux.threadID() }
            if thread > 0 {
                Self.compute(thread: thread, lock: lock, computing: computing, phase: phase, iterations: iterations,
                             cpuNanoseconds: cpuNanoseconds)
                return
            }
            // Start once every CPU-bound thread has held the lock, so each round trip meets them all.
            while computing.load(ordering: .acquiring) < cpuThreads { usleep(200) }
            var latencies: [Double] = []
            var waits: [LockInterval] = []
            latencies.reserveCapacity(roundTrips)
            waits.reserveCapacity(2 * roundTrips)
            var byte: UInt8 = 0x78
            lock.take(0)
            var began = now()
            for trip in 0..<(Self.warmupRoundTrips + roundTrips) {
                if trip == Self.warmupRoundTrips {
                    latencies.removeAll(keepingCapacity: true)
                    waits.removeAll(keepingCapacity: true)
                    began = now()
                    phase.store(1, ordering: .releasing)
                }
                let start = now()
                for call in 0..<2 {
                    lock.release(0)
                    let done = call == 0 ? write(mine, &byte, 1) : read(mine, &byte, 1)
                    precondition(done == 1, "socketpair round trip failed (errno \(errno))")
                    let waited = now()
                    lock.take(0)
                    waits.append(LockInterval(thread: 0, startSeconds: waited, endSeconds: now()))
                }
                latencies.append(now() - start)
            }
            phase.store(2, ordering: .releasing)
            let end = now()
            lock.release(0)
            record.withLock { $0 = (latencies, waits, end - began) }
        }
        var trace = lock.trace
        trace.threadIDs = threadIDs.withLock { $0 }
        let measured = record.withLock { $0 }
        return ConvoyRun(cpuThreads: cpuThreads, switchIntervalSeconds: switchIntervalSeconds,
                         latencySeconds: measured.latencies, wallSeconds: measured.wall,
                         cpuIterations: cpuThreads > 0 ? iterations.load(ordering: .acquiring) : nil,
                         cpuSeconds: cpuThreads > 0 ? Double(cpuNanoseconds.load(ordering: .acquiring)) / 1e9 : nil,
                         lockTrace: trace, lockWaits: measured.waits)
    }

    /// The peer: reads each byte, waits `peerDelaySeconds`, writes it back. It never takes the lock.
    private static func answer(roundTrips: Int, on fd: Int32) {
        var byte: UInt8 = 0
        for _ in 0..<roundTrips {
            guard read(fd, &byte, 1) == 1 else { return }
            BlockingWait.block(seconds: peerDelaySeconds)
            guard write(fd, &byte, 1) == 1 else { return }
        }
    }

    /// A CPU-bound thread: takes the lock, then runs kernel chunks (answering drop requests between them)
    /// until the I/O thread is done, counting those run while the round trips ran.
    private static func compute(thread: Int, lock: GlobalLock, computing: borrowing Atomic<Int>, phase: borrowing Atomic<Int>,
                                iterations: borrowing Atomic<Int>, cpuNanoseconds: borrowing Atomic<Int>) {
        lock.take(thread)
        computing.add(1, ordering: .releasing)
        var done = 0
        var cpuAtStart: Double?
        while true {
            let before = phase.load(ordering: .acquiring)
            guard before < 2 else { break }
            if before == 1, cpuAtStart == nil { cpuAtStart = Linux.threadCPUSeconds() }
            CPUKernel.run(iterations: CPUKernel.chunkIterations) { lock.yieldIfRequested(thread) }
            if before == 1 { done += CPUKernel.chunkIterations }
        }
        if let cpuAtStart {
            cpuNanoseconds.add(Int((Linux.threadCPUSeconds() - cpuAtStart) * 1e9), ordering: .relaxed)
        }
        lock.release(thread)
        iterations.add(done, ordering: .relaxed)
    }
}
