import Results

/// The async gather demo: several waits awaited together on one thread.
public struct GatherFindings: Sendable {
    public var tasks: Int
    public var waitSeconds: Double
    /// Tasks × wait: the time the waits take in a row.
    public var sumSeconds: Double
    public var wallSeconds: Double
    /// Sum of the waits over the wall time.
    public var overlap: Double?
    /// The whole took less than the waits in a row, by more than the minimum effect.
    public var overlapped: Bool
    /// Distinct threads seen, at every start and every resumption after an await.
    public var threadCount: Int
    public var tasksThatMovedThread: Int

    init(_ gather: GatherDemo) {
        tasks = gather.tasks.count
        waitSeconds = gather.waitSeconds
        sumSeconds = gather.waitSeconds * Double(gather.tasks.count)
        wallSeconds = gather.wallSeconds
        overlap = gather.wallSeconds > 0 ? sumSeconds / gather.wallSeconds : nil
        overlapped = NoiseRule.compare(baseline: [sumSeconds], other: [wallSeconds]).difference == .faster
        threadCount = Set(gather.tasks.flatMap(\.threadsSeen)).count
        tasksThatMovedThread = gather.tasks.filter { Set($0.threadsSeen).count > 1 }.count
    }

    public var oneThread: Bool { threadCount == 1 }
}

/// The worker-process demo: one CPU task per process against the same tasks in a row.
public struct ProcessDemoFindings: Sendable {
    public var processes: Int
    public var wallSeconds: Double
    public var sequentialSeconds: Double
    /// The demo's own task alone: the sequential run's time per task.
    public var taskSeconds: Double?
    public var speedup: Double?
    public var distinctCPUs: Int
    public var processCount: Int
    public var parallelism: DemoParallelism

    init(_ demo: ProcessDemo, usableCores: Int) {
        processes = demo.processes
        wallSeconds = demo.run.wallSeconds
        sequentialSeconds = demo.sequentialWallSeconds
        taskSeconds = demo.processes > 0 ? demo.sequentialTaskSeconds : nil
        speedup = wallSeconds > 0 ? sequentialSeconds / wallSeconds : nil
        distinctCPUs = Set(demo.run.tasks.flatMap(\.cpus)).count
        processCount = Set(demo.run.tasks.map(\.pid)).count
        parallelism = DemoParallelism.judge(sequential: sequentialSeconds, parallel: wallSeconds,
                                            cpus: distinctCPUs, usableCores: usableCores)
    }
}
