import Foundation
import Results
import Synchronization
import WorkerKernel

/// One point of the core sweep: `workers` worker processes, one traced CPU task each. The clock starts
/// once every worker has answered a first empty request: the sweep is about the scheduler, not spawning.
struct SweepPointRun {
    var workers: Int
    var task: SizedTask
    var gapThresholdSeconds: Double
    var workerExecutable: String

    /// The point and every worker's trace, in worker order.
    func measure() throws -> (point: SweepPoint, tasks: [TracedTask]) {
        let pool = try WorkerProcess.spawnPool(count: workers, executable: workerExecutable)
        let gate = StartGate(parties: workers)
        let traces = Mutex<[TracedTask?]>(Array(repeating: nil, count: workers))
        let failure = FirstFailure()
        let fail: @Sendable (MeasureError) -> Void = { error in
            if failure.record(error) { pool.forEach { $0.stop() } }
        }
        let limit = task.timeLimitSeconds(tasks: workers)
        let (job, gap) = (TaskJob.compute(iterations: task.iterations), Int64(gapThresholdSeconds * 1e9))
        do {
            try WorkerThreads.run(count: workers, timeoutSeconds: limit, onTimeout: {
                fail(.experimentTimedOut(experiment: "core sweep (\(workers) workers)", limitSeconds: limit))
            }) { index in
                let worker = pool[index]
                Self.guarded(worker, task: index, fail: fail) {
                    _ = try worker.perform(WorkerRequest(index: index, job: .wait(seconds: 0)))
                }
                _ = gate.pass()
                if failure.recorded == nil {
                    Self.guarded(worker, task: index, fail: fail) {
                        let request = WorkerRequest(index: index, job: job, traceGapNanoseconds: gap)
                        let traced = try worker.performTraced(request)
                        traces.withLock { $0[index] = traced }
                    }
                }
                if let error = worker.finish() { fail(error) }
            }
        } catch {
            WorkerProcess.stopAndReap(pool)
            throw error
        }
        if let error = failure.recorded { throw error }
        let tasks = traces.withLock { $0.compactMap { $0 } }
        return (Self.point(workers: workers, tasks: tasks, originNanoseconds: gate.originNanoseconds), tasks)
    }

    /// Sums the workers' traces into one point; slices in time order, times since the origin.
    static func point(workers: Int, tasks: [TracedTask], originNanoseconds origin: Int64) -> SweepPoint {
        let (wall, slices) = tasks.merged(originNanoseconds: origin)
        return SweepPoint(workers: workers, wallSeconds: wall,
                          voluntarySwitches: tasks.reduce(0) { $0 + $1.voluntarySwitches },
                          involuntarySwitches: tasks.reduce(0) { $0 + $1.involuntarySwitches },
                          migrations: tasks.reduce(0) { $0 + $1.migrations }, slices: slices)
    }

    private static func guarded(_ worker: WorkerProcess, task: Int, fail: (MeasureError) -> Void,
                                _ body: () throws -> Void) {
        do {
            try body()
        } catch let error as MeasureError {
            fail(error)
        } catch {
            fail(.workerFailed(pid: worker.pid, exitStatus: nil, task: task, reason: "\(error)"))
        }
    }
}
