import CLinux
import Glibc

/// One CPU task run with its on-CPU slices recorded: the kernel reads the monotonic clock and
/// `sched_getcpu` after every chunk (a few microseconds of work) and feeds them to a `SliceRecorder`.
/// A traced worker process sends this back as its reply. Times are CLOCK_MONOTONIC nanoseconds.
public struct TracedTask: Sendable, Equatable {
    public var pid: Int32
    public var tid: Int32
    public var startNanoseconds: Int64
    public var endNanoseconds: Int64
    /// On-CPU slices in time order.
    public var slices: [RawSlice]
    /// Context switches of the running thread during the task (`RUSAGE_THREAD`).
    public var voluntarySwitches: Int
    public var involuntarySwitches: Int

    public init(pid: Int32, tid: Int32, startNanoseconds: Int64, endNanoseconds: Int64, slices: [RawSlice],
                voluntarySwitches: Int, involuntarySwitches: Int) {
        self.pid = pid
        self.tid = tid
        self.startNanoseconds = startNanoseconds
        self.endNanoseconds = endNanoseconds
        self.slices = slices
        self.voluntarySwitches = voluntarySwitches
        self.involuntarySwitches = involuntarySwitches
    }

    public var seconds: Double { Double(endNanoseconds - startNanoseconds) / 1e9 }

    /// Runs `iterations` kernel steps on the calling thread and traces them.
    public static func run(iterations: Int, gapThresholdNanoseconds: Int64,
                           capacity: Int = SliceRecorder.defaultCapacity) -> TracedTask {
        var recorder = SliceRecorder(gapThresholdNanoseconds: gapThresholdNanoseconds, capacity: capacity)
        let usageBefore = clinux_rusage(0)
        let start = clinux_monotonic_ns()
        recorder.note(nanoseconds: start, cpu: clinux_sched_getcpu())
        CPUKernel.run(iterations: iterations) {
            recorder.note(nanoseconds: clinux_monotonic_ns(), cpu: clinux_sched_getcpu())
        }
        let end = clinux_monotonic_ns()
        let usageAfter = clinux_rusage(0)
        return TracedTask(pid: getpid(), tid: clinux_gettid(), startNanoseconds: start, endNanoseconds: end,
                          slices: recorder.slices,
                          voluntarySwitches: Int(usageAfter.voluntary_switches - usageBefore.voluntary_switches),
                          involuntarySwitches: Int(usageAfter.involuntary_switches - usageBefore.involuntary_switches))
    }

    /// Times the task was seen on another CPU than at its previous slice.
    public var migrations: Int {
        zip(slices, slices.dropFirst()).filter { $0.cpu != $1.cpu }.count
    }
}
