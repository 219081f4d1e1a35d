import Results

/// The seed's `asyncio.gather` demo (SPEC §4.3): `tasks` waits of `waitSeconds`, each a sleep on the
/// one-thread event loop's timer, awaited together.
struct GatherMeasurement {
    var tasks: Int
    var waitSeconds: Double

    func measure() throws -> GatherDemo {
        let loop = try OneThreadExecutor()
        defer { loop.shutdown() }
        let jobs = Array(repeating: TaskJob.wait(seconds: waitSeconds), count: tasks)
        let origin = Linux.monotonicNanoseconds()
        let records = AsyncStrategy.gather(jobs, on: loop, runner: TaskRunner(originNanoseconds: origin))
        let end = Linux.monotonicNanoseconds()
        return GatherDemo(waitSeconds: waitSeconds, tasks: records, wallSeconds: Double(end - origin) / 1e9)
    }
}
