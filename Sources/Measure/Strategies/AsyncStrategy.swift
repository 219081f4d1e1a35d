import Foundation
import Results
import Synchronization

/// Swift structured concurrency on one dedicated thread (the seed's `asyncio.gather`): waits overlap,
/// CPU work runs one task after another because nothing else can use the thread meanwhile.
struct AsyncStrategy: Strategy {
    var id: StrategyID { .async }

    func run(_ plan: RunPlan, runner: TaskRunner) throws -> StrategyOutcome {
        let loop = try OneThreadExecutor()
        defer { loop.shutdown() }
        let tasks = Self.gather(plan.jobs, on: loop, runner: runner)
        return StrategyOutcome(tasks: tasks)
    }

    /// Runs every job as a child task on `loop` and blocks the caller until all are done.
    static func gather(_ jobs: [TaskJob], on loop: OneThreadExecutor, runner: TaskRunner) -> [TaskRecord] {
        let records = RecordSlots(count: jobs.count)
        let done = DispatchSemaphore(value: 0)
        // Child tasks get the loop as executor preference explicitly: the parent's preference alone
        // does not move code that is isolated elsewhere (FINDINGS). A discarding group does not wake the
        // parent for every finished child, which matters with 100 000 of them.
        Task(executorPreference: loop) {
            await withDiscardingTaskGroup { group in
                for (index, job) in jobs.enumerated() {
                    group.addTask(executorPreference: loop) {
                        records.store(await runner.performAsync(job, index: index, on: loop))
                    }
                }
            }
            done.signal()
        }
        done.wait()
        return records.all
    }
}

/// One slot per task, filled by its index as tasks finish in whatever order.
private final class RecordSlots: Sendable {
    private let slots: Mutex<[TaskRecord?]>

    init(count: Int) { slots = Mutex(Array(repeating: nil, count: count)) }

    func store(_ record: TaskRecord) { slots.withLock { $0[record.index] = record } }

    var all: [TaskRecord] { slots.withLock { $0.compactMap { $0 } } }
}
