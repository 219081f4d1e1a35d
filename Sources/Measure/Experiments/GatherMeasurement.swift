import Results
import WorkerKernel

/// The original post's `asyncio.gather` demo: `tasks` waits of `waitSeconds`, each a sleep on the
/// one-thread event loop's timer, awaited together.
struct GatherMeasurement {
    var tasks: Int
    var waitSeconds: Double

    func measure() throws -> GatherDemo {
        let jobs = Array(repeating: TaskJob.wait(seconds: waitSeconds), count: tasks)
        let origin = Linux.monotonicNanoseconds()
        let limit = 10 * waitSeconds + 30
        let runner = TaskRunner(originNanoseconds: origin)
        let facts = try AsyncStrategy.gather(jobs, runner: runner, timeLimitSeconds: limit,
                                             overrun: .experimentTimedOut(experiment: "gather", limitSeconds: limit))
        let end = Linux.monotonicNanoseconds()
        return GatherDemo(waitSeconds: waitSeconds, tasks: facts.compactMap { $0.map(runner.record) }, wallSeconds: Double(end - origin) / 1e9)
    }
}
