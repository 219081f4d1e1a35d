import Foundation
import Results
import WorkerKernel

/// Runs one task and records how it really ran, times relative to the run's origin.
struct TaskRunner: Sendable {
    /// CLOCK_MONOTONIC at the run's start, nanoseconds.
    var originNanoseconds: Int64

    /// This process: `getpid` is a system call, and 100 000 async sleepers each record it.
    let pid: Int32

    init(originNanoseconds: Int64) {
        self.originNanoseconds = originNanoseconds
        pid = getpid()
    }

    /// Runs `job` on the calling thread. `afterChunk` is called every few microseconds of CPU work
    /// (the global lock answers drop requests there); `aroundWait` wraps a blocking wait (it releases the lock).
    func perform(_ job: TaskJob, index: Int,
                 afterChunk: () -> Void = {},
                 aroundWait: (() -> Void) -> Void = { $0() }) -> TaskRecord {
        let times = TaskTimes.perform(job, index: index, afterChunk: afterChunk, aroundWait: aroundWait)
        return record(times)
    }

    /// A task's times as a record, seconds since the run's origin (a worker process sends the times).
    func record(_ times: TaskTimes) -> TaskRecord {
        TaskRecord(index: times.index, pid: times.pid, tid: times.tid,
                   startSeconds: seconds(sinceOrigin: times.startNanoseconds),
                   endSeconds: seconds(sinceOrigin: times.endNanoseconds), cpus: times.cpus)
    }

    /// Runs `job` in the current task on `loop`: a wait suspends on the loop's timer instead of blocking;
    /// CPU work blocks the thread. Records the thread it starts on, and the thread after the wait resumes
    /// and at the end (`TaskRecord.resumedTids`), so a task that moved off the loop's thread shows it.
    ///
    /// `nonisolated(nonsending)`: runs on its caller's executor, so calling it costs no executor hop (a
    /// plain nonisolated async function is entered through `swift_task_switch`, which re-enqueued every
    /// one of 100 000 sleepers on the loop once more; measured with perf in `make bench`'s scale figure).
    nonisolated(nonsending) func performAsync(_ job: TaskJob, index: Int, on loop: OneThreadExecutor) async -> LoopTaskFacts {
        let start = Linux.monotonicNanoseconds()
        let tid = Linux.threadID()
        switch job {
        case let .wait(seconds):
            let cpuBefore = Linux.currentCPU()
            await loop.sleep(seconds: seconds)
            let resumedTid = Linux.threadID()
            let cpuAfter = Linux.currentCPU()
            return LoopTaskFacts(index: index, start: start, end: Linux.monotonicNanoseconds(), tid: tid, resumedTid: resumedTid,
                                 endTid: Linux.threadID(), cpuBefore: Int32(cpuBefore), cpuAfter: Int32(cpuAfter), computeCPUs: nil)
        case let .compute(iterations):
            var sightings = CPUSightings()
            sightings.note()
            CPUKernel.run(iterations: iterations) { sightings.note() }
            sightings.note()
            return LoopTaskFacts(index: index, start: start, end: Linux.monotonicNanoseconds(), tid: tid, resumedTid: nil,
                                 endTid: Linux.threadID(), cpuBefore: -1, cpuAfter: -1, computeCPUs: sightings.cpus)
        }
    }

    /// A loop task's facts as its record: the CPUs in order of first sighting, the thread after the wait
    /// resumed (if it waited) and at the end.
    func record(_ facts: LoopTaskFacts) -> TaskRecord {
        var cpus = facts.computeCPUs ?? []
        if facts.computeCPUs == nil {
            for cpu in [facts.cpuBefore, facts.cpuAfter] where cpu >= 0 && !cpus.contains(Int(cpu)) { cpus.append(Int(cpu)) }
        }
        var record = TaskRecord(index: facts.index, pid: pid, tid: facts.tid, startSeconds: seconds(sinceOrigin: facts.start),
                                endSeconds: seconds(sinceOrigin: facts.end), cpus: cpus)
        record.resumedTids = facts.resumedTid.map { [$0, facts.endTid] } ?? [facts.endTid]
        return record
    }

    func seconds(sinceOrigin nanoseconds: Int64) -> Double {
        Double(nanoseconds - originNanoseconds) / 1e9
    }
}

/// What one task on the event loop saw, in plain values: it is kept for 100 000 sleepers at once, and
/// arrays per task made every sleeper allocate while the loop was busiest (`make bench`'s scale figure).
/// `TaskRunner.record(_:)` turns it into a `TaskRecord` once the run is over.
struct LoopTaskFacts: Sendable {
    var index: Int
    var start: Int64
    var end: Int64
    var tid: Int32
    /// The thread after the wait resumed; nil when the task did not wait.
    var resumedTid: Int32?
    var endTid: Int32
    /// `sched_getcpu` before and after the wait (-1: not read).
    var cpuBefore: Int32
    var cpuAfter: Int32
    /// A compute task's sightings, in order.
    var computeCPUs: [Int]?
}
