import CLinux
import Glibc

/// How one task ran, in CLOCK_MONOTONIC nanoseconds: what a worker process sends back, and what
/// `TaskRunner` (Sources/Measure/Workloads/TaskRunner.swift) turns into a `TaskRecord`.
public struct TaskTimes: Sendable, Equatable {
    public var index: Int
    public var pid: Int32
    public var tid: Int32
    public var startNanoseconds: Int64
    public var endNanoseconds: Int64
    /// CPUs the task was seen on, in order of first sighting.
    public var cpus: [Int]

    public init(index: Int, pid: Int32, tid: Int32, startNanoseconds: Int64, endNanoseconds: Int64, cpus: [Int]) {
        self.index = index
        self.pid = pid
        self.tid = tid
        self.startNanoseconds = startNanoseconds
        self.endNanoseconds = endNanoseconds
        self.cpus = cpus
    }

    /// Runs `job` on the calling thread. `afterChunk` is called every few microseconds of CPU work
    /// (the global lock answers drop requests there); `aroundWait` wraps a blocking wait (it releases the lock).
    public static func perform(_ job: TaskJob, index: Int,
                               afterChunk: () -> Void = {},
                               aroundWait: (() -> Void) -> Void = { $0() }) -> TaskTimes {
        let start = clinux_monotonic_ns()
        var sightings = CPUSightings()
        sightings.note()
        switch job {
        case let .wait(seconds):
            aroundWait { BlockingWait.block(seconds: seconds) }
        case let .compute(iterations):
            CPUKernel.run(iterations: iterations) {
                sightings.note()
                afterChunk()
            }
        }
        sightings.note()
        return TaskTimes(index: index, pid: getpid(), tid: clinux_gettid(), startNanoseconds: start,
                         endNanoseconds: clinux_monotonic_ns(), cpus: sightings.cpus)
    }
}
