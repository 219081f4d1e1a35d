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
    nonisolated(nonsending) func performAsync(_ job: TaskJob, index: Int, on loop: OneThreadExecutor) async -> TaskRecord {
        let start = Linux.monotonicNanoseconds()
        let tid = Linux.threadID()
        var resumedTids: [Int32] = []
        var sightings = CPUSightings()
        sightings.note()
        switch job {
        case let .wait(seconds):
            await loop.sleep(seconds: seconds)
            resumedTids.append(Linux.threadID())
        case let .compute(iterations):
            CPUKernel.run(iterations: iterations) { sightings.note() }
        case .killWorker, .crashWorker, .exitWorker, .hangWorker:
            break
        }
        sightings.note()
        var record = record(index: index, start: start, end: Linux.monotonicNanoseconds(), cpus: sightings.cpus)
        resumedTids.append(record.tid)
        record.tid = tid
        record.resumedTids = resumedTids
        return record
    }

    func seconds(sinceOrigin nanoseconds: Int64) -> Double {
        Double(nanoseconds - originNanoseconds) / 1e9
    }

    private func record(index: Int, start: Int64, end: Int64, cpus: [Int]) -> TaskRecord {
        TaskRecord(index: index, pid: pid, tid: Linux.threadID(),
                   startSeconds: seconds(sinceOrigin: start), endSeconds: seconds(sinceOrigin: end), cpus: cpus)
    }
}
