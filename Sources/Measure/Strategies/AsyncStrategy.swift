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
        let result = Mutex<[TaskRecord]>([])
        let done = DispatchSemaphore(value: 0)
        // Child tasks get the loop as executor preference explicitly: the parent's preference alone
        // does not move code that is isolated elsewhere (FINDINGS).
        Task(executorPreference: loop) {
            let records = await withTaskGroup(of: TaskRecord.self, returning: [TaskRecord].self) { group in
                for (index, job) in jobs.enumerated() {
                    group.addTask(executorPreference: loop) {
                        await runner.performAsync(job, index: index)
                    }
                }
                var records: [TaskRecord] = []
                for await record in group { records.append(record) }
                return records
            }
            result.withLock { $0 = records.sorted { $0.index < $1.index } }
            done.signal()
        }
        done.wait()
        return result.withLock { $0 }
    }
}
