import Results

/// Sequential vs time-sliced vs parallel runs of the same few tasks. Each is one run, so only the
/// minimum effect separates "the same" from a difference.
public struct TimelineFindings: Sendable {
    public var tasks: Int
    /// Sequential wall time per task, milliseconds.
    public var taskMilliseconds: Double?
    public var sequentialSeconds: Double
    public var slicedSeconds: Double
    /// The time-sliced run was preempted at least once.
    public var preempted: Bool
    public var slicedSwitches: Int
    /// Time-sliced against in a row.
    public var slicedVsSequential: OneRunDifference
    public var slicedSpeedup: Double?
    public var parallelSeconds: Double?
    public var parallelSpeedup: Double?
    public var parallelCPUs: Int?
    public var parallel: DemoParallelism
    /// The parallel run had fewer CPUs than tasks, so some tasks still took turns.
    public var fewerCPUsThanTasks: Bool

    init(_ timeline: TimelineExperiment, usableCores: Int) {
        tasks = Set(timeline.sequential.slices.map(\.task)).count
        let sequential = timeline.sequential.wallSeconds, sliced = timeline.timeSliced.wallSeconds
        let parallelWall = timeline.parallel?.wallSeconds
        let cpus = timeline.parallel.map { Set($0.slices.map(\.cpu)).count }
        sequentialSeconds = sequential
        taskMilliseconds = tasks > 0 ? sequential * 1000 / Double(tasks) : nil
        slicedSeconds = sliced
        slicedSwitches = timeline.timeSliced.involuntarySwitches
        preempted = timeline.timeSliced.involuntarySwitches > 0
        slicedVsSequential = OneRunDifference(baseline: sequential, other: sliced)
        slicedSpeedup = sliced > 0 ? sequential / sliced : nil
        parallelSeconds = parallelWall
        parallelSpeedup = parallelWall.flatMap { $0 > 0 ? sequential / $0 : nil }
        parallelCPUs = cpus
        parallel = DemoParallelism.judge(sequential: sequential, parallel: parallelWall, cpus: cpus, usableCores: usableCores)
        fewerCPUsThanTasks = (cpus ?? 0) < tasks
    }
}

extension DemoParallelism {
    static func judge(sequential: Double, parallel: Double?, cpus: Int?, usableCores: Int) -> DemoParallelism {
        guard let parallel, let cpus else { return .notPossible }
        // What was measured decides first: tasks on several CPUs that finished sooner ran in parallel, even
        // where the usable cores (a quota) say one; only then does the model explain an absence.
        let faster = NoiseRule.compare(baseline: [sequential], other: [parallel]).difference == .faster
        if faster, cpus > 1 { return .parallel }
        guard usableCores > 1 else { return .notPossible }
        return cpus > 1 ? .noGain : .oneCPU
    }
}
