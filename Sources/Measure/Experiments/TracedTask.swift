import Foundation
import Results

/// One CPU task run with its on-CPU slices recorded: the kernel reads the monotonic clock and
/// `sched_getcpu` after every chunk (a few microseconds of work) and feeds them to a `SliceRecorder`.
/// A traced worker process sends this back as its reply. Times are CLOCK_MONOTONIC nanoseconds.
struct TracedTask: Codable, Sendable, Equatable {
    var pid: Int32
    var tid: Int32
    var startNanoseconds: Int64
    var endNanoseconds: Int64
    /// On-CPU slices in time order.
    var slices: [RawSlice]
    /// Context switches of the running thread during the task (`RUSAGE_THREAD`).
    var voluntarySwitches: Int
    var involuntarySwitches: Int

    var seconds: Double { Double(endNanoseconds - startNanoseconds) / 1e9 }

    /// Runs `iterations` kernel steps on the calling thread and traces them.
    static func run(iterations: Int, gapThresholdNanoseconds: Int64,
                    capacity: Int = SliceRecorder.defaultCapacity) -> TracedTask {
        var recorder = SliceRecorder(gapThresholdNanoseconds: gapThresholdNanoseconds, capacity: capacity)
        let usageBefore = Linux.threadUsage()
        let start = Linux.monotonicNanoseconds()
        recorder.note(nanoseconds: start, cpu: Int32(Linux.currentCPU()))
        CPUKernel.run(iterations: iterations) {
            recorder.note(nanoseconds: Linux.monotonicNanoseconds(), cpu: Int32(Linux.currentCPU()))
        }
        let end = Linux.monotonicNanoseconds()
        let usage = Linux.threadUsage() - usageBefore
        return TracedTask(pid: getpid(), tid: Linux.threadID(), startNanoseconds: start, endNanoseconds: end,
                          slices: recorder.slices, voluntarySwitches: usage.voluntarySwitches,
                          involuntarySwitches: usage.involuntarySwitches)
    }

    /// The slices as Results slices of task `index`, seconds since `originNanoseconds`.
    func cpuSlices(task index: Int, originNanoseconds: Int64) -> [CPUSlice] {
        slices.map { slice in
            CPUSlice(task: index, pid: pid, tid: tid, cpu: Int(slice.cpu),
                          startSeconds: Double(slice.startNanoseconds - originNanoseconds) / 1e9,
                          endSeconds: Double(slice.endNanoseconds - originNanoseconds) / 1e9)
        }
    }

    /// Times the task was seen on another CPU than at its previous slice.
    var migrations: Int {
        zip(slices, slices.dropFirst()).filter { $0.cpu != $1.cpu }.count
    }
}

extension Array where Element == TracedTask {
    /// The tasks together, numbered in order: the wall time from `originNanoseconds` to the last end, and
    /// every slice in time order.
    func merged(originNanoseconds origin: Int64) -> (wallSeconds: Double, slices: [CPUSlice]) {
        let end = map(\.endNanoseconds).max() ?? origin
        let slices = enumerated()
            .flatMap { index, task in task.cpuSlices(task: index, originNanoseconds: origin) }
            .sorted { ($0.startSeconds, $0.task) < ($1.startSeconds, $1.task) }
        return (Double(end - origin) / 1e9, slices)
    }
}
