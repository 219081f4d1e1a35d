import Foundation
import Results
import Synchronization
import WorkerKernel

/// Swift structured concurrency on one dedicated thread (the original post's `asyncio.gather`): waits overlap,
/// CPU work runs one task after another because nothing else can use the thread meanwhile.
struct AsyncStrategy: Strategy {
    var id: StrategyID { .async }

    func run(_ plan: RunPlan, runner: TaskRunner) throws -> StrategyOutcome {
        let overrun = MeasureError.timedOut(strategy: id, workload: plan.workload, limitSeconds: plan.timeLimitSeconds)
        let facts = try Self.gather(plan.jobs, runner: runner, timeLimitSeconds: plan.timeLimitSeconds, overrun: overrun)
        return StrategyOutcome(recordingAfterTheRun: { facts.compactMap { $0.map(runner.record) } })
    }

    /// Children created between two yields of the creating task.
    static let childrenPerYield = 256

    /// Runs every job as a child task on an event loop that the calling thread runs (as `asyncio.run`
    /// does) until all are done, returning what each saw by job index (every slot filled;
    /// `TaskRunner.record(_:)` makes its record); past the time limit throws `overrun` (tasks on the loop
    /// cannot be stopped from outside; they are abandoned, and the error ends the program).
    static func gather(_ jobs: [TaskJob], runner: TaskRunner,
                       timeLimitSeconds: Double, overrun: MeasureError) throws(MeasureError) -> [LoopTaskFacts?] {
        let loop = OneThreadExecutor()
        let records = RecordSlots(count: jobs.count)
        // Child tasks get the loop as executor preference explicitly: the parent's preference alone
        // does not move code that is isolated elsewhere. A discarding group does not wake the
        // parent for every finished child, which matters with 100 000 of them.
        Task(executorPreference: loop) {
            await withDiscardingTaskGroup { group in
                for (index, job) in jobs.enumerated() {
                    group.addTask(executorPreference: loop) {
                        records.store(await runner.performAsync(job, index: index, on: loop))
                    }
                    // Let the children created so far start (and their sleeps begin) while the rest are
                    // still being created, as asyncio starts gathered coroutines as it goes: otherwise
                    // every sleep begins only after all 100 000 children exist, and every wake-up falls
                    // due in one burst.
                    if index % Self.childrenPerYield == Self.childrenPerYield - 1 { await Task.yield() }
                }
            }
            loop.stop()
        }
        let deadline = Linux.monotonicNanoseconds() + Int64(timeLimitSeconds * 1e9)
        guard loop.run(deadlineNanoseconds: deadline) else { throw overrun }
        return records.all
    }
}

/// One slot per task, filled by its index as tasks finish in whatever order.
private final class RecordSlots: Sendable {
    private let slots: Mutex<[LoopTaskFacts?]>

    init(count: Int) { slots = Mutex(Array(repeating: nil, count: count)) }

    func store(_ facts: LoopTaskFacts) { slots.withLock { $0[facts.index] = facts } }

    /// The slots, taken out (called once, after the run): no copy of 100 000 of them.
    var all: [LoopTaskFacts?] {
        slots.withLock { slots in
            defer { slots = [] }
            return slots
        }
    }
}
