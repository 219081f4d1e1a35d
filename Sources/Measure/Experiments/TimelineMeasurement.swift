import Results
import WorkerKernel

/// Sequential vs time-sliced vs parallel: three identical CPU tasks, traced three ways.
/// Time slicing is observed, not drawn: every task records its own on-CPU slices (`TracedTask`).
struct TimelineMeasurement {
    static let taskCount = 3
    /// A task reads the clock every few microseconds of work; a longer gap than this is time off the
    /// CPU. Timer interrupts cost a few microseconds, a preemption lasts a scheduler slice (milliseconds).
    static let gapThresholdSeconds = 0.0001

    var task: SizedTask
    /// The CPUs this process may use (the first `usableCores` of its affinity set); never empty.
    var usableCPUs: [Int]

    func measure() throws -> TimelineExperiment {
        let sharedCPU = usableCPUs[0]
        let sequential = try traced(cpus: [sharedCPU], tasksPerThread: Self.taskCount)
        let timeSliced = try traced(cpus: Array(repeating: sharedCPU, count: Self.taskCount), tasksPerThread: 1)
        // One thread per task, spread over the usable CPUs: with fewer cores than tasks, some share.
        let spread = (0..<Self.taskCount).map { usableCPUs[$0 % usableCPUs.count] }
        let parallel = usableCPUs.count > 1 ? try traced(cpus: spread, tasksPerThread: 1) : nil
        return TimelineExperiment(taskIterations: task.iterations, gapThresholdSeconds: Self.gapThresholdSeconds,
                                  sequential: sequential, timeSliced: timeSliced, slicedCPU: sharedCPU,
                                  parallel: parallel)
    }

    /// One pinned thread per entry of `cpus`, each running `tasksPerThread` tasks in a row; tasks are
    /// numbered thread by thread.
    func traced(cpus: [Int], tasksPerThread: Int) throws -> TracedRun {
        let iterations = task.iterations
        let gap = Int64(Self.gapThresholdSeconds * 1e9)
        let limit = task.timeLimitSeconds(tasks: cpus.count * tasksPerThread)
        let (origin, byThread) = try PinnedThreads.run(cpus: cpus, timeLimitSeconds: limit, experiment: "timeline") { _ in
            (0..<tasksPerThread).map { _ in TracedTask.run(iterations: iterations, gapThresholdNanoseconds: gap) }
        }
        let tasks = byThread.flatMap { $0 }
        let (wall, slices) = tasks.merged(originNanoseconds: origin)
        return TracedRun(wallSeconds: wall, slices: slices,
                         involuntarySwitches: tasks.reduce(0) { $0 + $1.involuntarySwitches })
    }
}
