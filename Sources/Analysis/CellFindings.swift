import Results

/// What one strategy × workload cell shows, its statistics recomputed from the raw runs.
public struct CellFindings: Sendable {
    public var strategy: StrategyID
    public var workload: WorkloadID
    /// Statistics over the runs' wall times, recomputed (a results file's stored summary is not trusted).
    public var summary: Summary
    public var wallSeconds: [Double]
    public var runs: Int
    public var warmupRuns: Int
    public var tasks: Int
    public var workers: Int
    /// Sequential median over this median (above 1: faster than sequential).
    public var speedup: Double?
    /// Against sequential on the same workload, noise taken into account.
    public var vsSequential: Difference
    /// Tied for the fastest on its workload: not slower than the fastest cell beyond noise.
    public var best: Bool
    /// CPU time over wall time, median over runs (1.0 = one core busy the whole time).
    public var cpuUtilisation: Double
    /// More than one core computed at once (see `Thresholds.severalCoresBusy`).
    public var severalCoresBusy: Bool
    /// Distinct kernel threads and processes in the representative run, every resumption after an
    /// await included.
    public var threadCount: Int?
    public var processCount: Int?
    /// Tasks of the representative run seen on more than one thread (after an await).
    public var tasksThatMovedThread: Int
    public var voluntarySwitches: Int?
    public var involuntarySwitches: Int?
    /// Parallel strategies only: what they achieved against sequential.
    public var parallelism: Parallelism

    init(cell: Cell, sequential: Cell?, usableCores: Int) {
        strategy = cell.strategy
        workload = cell.workload
        wallSeconds = cell.runs.map(\.wallSeconds)
        summary = Summary(wallSeconds)
        runs = cell.runs.count
        warmupRuns = cell.warmupWallSeconds.count
        tasks = cell.tasks
        workers = cell.workers
        let walls = cell.runs.map(\.wallSeconds)
        let median = summary.median
        let baseline = sequential?.runs.map(\.wallSeconds) ?? []
        speedup = baseline.isEmpty || walls.isEmpty || median <= 0 ? nil : Summary.median(of: baseline) / median
        vsSequential = NoiseRule.compare(baseline: baseline, other: walls).difference
        best = false
        cpuUtilisation = wallSeconds.isEmpty ? 0 : Summary(cell.runs.map { $0.wallSeconds > 0 ? $0.cpuSeconds / $0.wallSeconds : 0 }).median
        severalCoresBusy = cpuUtilisation > Thresholds.severalCoresBusy
        let representative = cell.representativeRun
        threadCount = representative.map { Set($0.tasks.flatMap(\.threadsSeen)).count }
        processCount = representative.map { Set($0.tasks.map(\.pid)).count }
        tasksThatMovedThread = representative.map { $0.tasks.filter { Set($0.threadsSeen).count > 1 }.count } ?? 0
        voluntarySwitches = representative?.voluntarySwitches
        involuntarySwitches = representative?.involuntarySwitches
        switch cell.strategy {
        case .threads, .processes, .globalLock:
            // The measurement first: a run faster than sequential beyond noise computed in parallel, whatever
            // the usable cores say (a quota caps CPU time per period, and shorter bursts run on several CPUs).
            if cell.workers <= 1 {
                parallelism = .oneWorker
            } else if vsSequential == .faster {
                parallelism = .parallel
            } else {
                parallelism = usableCores <= 1 ? .oneCore : .noGain
            }
        case .sequential, .async:
            parallelism = .oneWorker
        }
    }

    /// Every task ran, and resumed after each await, on one and the same thread.
    public var oneThread: Bool { threadCount == 1 }
}
