import CLinux

/// The Linux calls Glibc hides from Swift, through the CLinux shim: the only file of `Measure` that imports it
/// (the worker's own calls are in `Sources/WorkerKernel`).
enum Linux {
    /// CPU time and context switches of a process or of its reaped children.
    struct Usage: Sendable, Equatable {
        var cpuSeconds: Double
        var voluntarySwitches: Int
        var involuntarySwitches: Int

        static func - (lhs: Usage, rhs: Usage) -> Usage {
            Usage(cpuSeconds: lhs.cpuSeconds - rhs.cpuSeconds,
                  voluntarySwitches: lhs.voluntarySwitches - rhs.voluntarySwitches,
                  involuntarySwitches: lhs.involuntarySwitches - rhs.involuntarySwitches)
        }

        static func + (lhs: Usage, rhs: Usage) -> Usage {
            Usage(cpuSeconds: lhs.cpuSeconds + rhs.cpuSeconds,
                  voluntarySwitches: lhs.voluntarySwitches + rhs.voluntarySwitches,
                  involuntarySwitches: lhs.involuntarySwitches + rhs.involuntarySwitches)
        }
    }

    /// Kernel thread id of the calling thread.
    static func threadID() -> Int32 { clinux_gettid() }

    /// The CPU the calling thread runs on now.
    static func currentCPU() -> Int { Int(clinux_sched_getcpu()) }

    /// Pins the calling thread to `cpu`; returns 0 or an errno.
    @discardableResult
    static func pinCurrentThread(to cpu: Int) -> Int32 { clinux_pin_current_thread(Int32(cpu)) }

    /// Puts a thread (kernel id; 0: the calling one) under SCHED_IDLE: it runs only on a core no ordinary
    /// thread wants, and yields it at once when one wakes. Returns 0 or an errno.
    @discardableResult
    static func setIdlePolicy(thread: Int32 = 0) -> Int32 { clinux_set_idle_policy(thread) }

    /// A pipe (read end, write end) that no exec'd program inherits, even one spawned by another thread
    /// meanwhile; throws the errno.
    static func closeOnExecPipe() -> Result<(read: Int32, write: Int32), Errno> {
        var fds: [Int32] = [0, 0]
        let code = fds.withUnsafeMutableBufferPointer { clinux_pipe_cloexec($0.baseAddress) }
        return code == 0 ? .success((fds[0], fds[1])) : .failure(Errno(code))
    }

    struct Errno: Error {
        var code: Int32
        init(_ code: Int32) { self.code = code }
    }

    /// CPUs in the process's affinity set.
    static func affinityCPUs() -> [Int] {
        var buffer = [Int32](repeating: 0, count: 1024)
        let count = buffer.withUnsafeMutableBufferPointer { clinux_affinity_cpus($0.baseAddress, Int32($0.count)) }
        return count > 0 ? buffer.prefix(Int(count)).map(Int.init) : []
    }

    static func processUsage() -> Usage { usage(1) }
    /// Children already reaped with `waitpid`.
    static func childrenUsage() -> Usage { usage(2) }

    /// CPU time of the calling thread, seconds.
    static func threadCPUSeconds() -> Double { clinux_thread_cpu_seconds() }

    /// CLOCK_MONOTONIC, nanoseconds: comparable across the processes of one machine.
    static func monotonicNanoseconds() -> Int64 { clinux_monotonic_ns() }

    static func clockResolutionNanoseconds() -> Int { Int(clinux_monotonic_resolution_ns()) }

    private static func usage(_ who: Int32) -> Usage {
        let raw = clinux_rusage(who)
        return Usage(cpuSeconds: raw.user_seconds + raw.system_seconds,
                     voluntarySwitches: Int(raw.voluntary_switches),
                     involuntarySwitches: Int(raw.involuntary_switches))
    }
}
