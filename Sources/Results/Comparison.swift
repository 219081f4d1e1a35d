/// Every strategy measured on both workloads.
public struct Comparison: Codable, Sendable, Equatable {
    /// One cell per strategy × workload.
    public var cells: [Cell]

    public init(cells: [Cell]) { self.cells = cells }

    public func cell(_ strategy: StrategyID, _ workload: WorkloadID) -> Cell? {
        cells.first { $0.strategy == strategy && $0.workload == workload }
    }
}

/// One strategy on one workload, repeated.
public struct Cell: Codable, Sendable, Equatable {
    public var strategy: StrategyID
    public var workload: WorkloadID
    /// Tasks per run.
    public var tasks: Int
    /// Threads, processes or lanes the strategy ran the tasks on (1 for sequential and async; global-lock
    /// CPU: at least 2 when there are 2 tasks or more, whatever `Settings.cpuWorkers` says).
    public var workers: Int
    /// Wall times of the warm-up runs, seconds, in the order run: kept here, left out of `runs` and
    /// `summary` (empty for I/O cells, which have none).
    public var warmupWallSeconds: [Double]
    /// Every measured repetition, in the order run.
    public var runs: [Run]
    /// Statistics over `runs[].wallSeconds`; written to results.json for readers, recomputed from the runs
    /// when a file is read (see `init(from:)`), so an edited or stale summary is never trusted.
    public var summary: Summary

    public init(strategy: StrategyID, workload: WorkloadID, tasks: Int, workers: Int,
                warmupWallSeconds: [Double], runs: [Run]) {
        self.strategy = strategy
        self.workload = workload
        self.tasks = tasks
        self.workers = workers
        self.warmupWallSeconds = warmupWallSeconds
        self.runs = runs
        self.summary = Summary(runs.map(\.wallSeconds))
    }

    /// The run whose wall time is closest to the median: the one drawn in charts.
    public var representativeRun: Run? {
        runs.min { abs($0.wallSeconds - summary.median) < abs($1.wallSeconds - summary.median) }
    }
}

extension Cell {
    private enum CodingKeys: String, CodingKey {
        case strategy, workload, tasks, workers, warmupWallSeconds, runs, summary
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(strategy: try container.decode(StrategyID.self, forKey: .strategy),
                  workload: try container.decode(WorkloadID.self, forKey: .workload),
                  tasks: try container.decode(Int.self, forKey: .tasks),
                  workers: try container.decode(Int.self, forKey: .workers),
                  warmupWallSeconds: try container.decode([Double].self, forKey: .warmupWallSeconds),
                  runs: try container.decode([Run].self, forKey: .runs))
        // The written summary is recomputed, not read, but a number in it out of its range still means a
        // damaged file: refused here, it is named by `ResultsFile`'s account of the refusal.
        if let written = try container.decodeIfPresent(Summary.self, forKey: .summary), !ResultsValidation.isPlausible(written) {
            throw DecodingError.dataCorruptedError(forKey: .summary, in: container, debugDescription: "a number out of its range")
        }
    }
}

/// One repetition of a cell.
public struct Run: Codable, Sendable, Equatable {
    /// Wall time of the whole run: from before its threads or worker processes are created to after
    /// they are joined or reaped, so starting them counts, as it does in the original post's pools.
    public var wallSeconds: Double
    /// CPU time (user + system) spent by the run, its worker processes included.
    public var cpuSeconds: Double
    /// Voluntary context switches during the run (blocking waits).
    public var voluntarySwitches: Int
    /// Involuntary context switches during the run (preemption).
    public var involuntarySwitches: Int
    /// Every task, times relative to the run's start.
    public var tasks: [TaskRecord]

    public init(wallSeconds: Double, cpuSeconds: Double, voluntarySwitches: Int,
                involuntarySwitches: Int, tasks: [TaskRecord]) {
        self.wallSeconds = wallSeconds
        self.cpuSeconds = cpuSeconds
        self.voluntarySwitches = voluntarySwitches
        self.involuntarySwitches = involuntarySwitches
        self.tasks = tasks
    }
}

/// One task as it really ran.
public struct TaskRecord: Codable, Sendable, Equatable {
    /// Position of the task in its run (0-based).
    public var index: Int
    /// Process that ran it.
    public var pid: Int32
    /// Kernel thread id that ran it (`gettid`); for async tasks, the thread it started on.
    public var tid: Int32
    /// Start, seconds since the run's start (monotonic clock, comparable across processes).
    public var startSeconds: Double
    /// End, seconds since the run's start.
    public var endSeconds: Double
    /// CPUs the task was seen on (`sched_getcpu`), in order of first sighting.
    public var cpus: [Int]
    /// Kernel thread ids seen after each await and at the task's end, in order (async tasks: a wait
    /// gives two, CPU work one); nil when not recorded, i.e. other strategies and older files.
    public var resumedTids: [Int32]?

    public init(index: Int, pid: Int32, tid: Int32, startSeconds: Double, endSeconds: Double, cpus: [Int],
                resumedTids: [Int32]? = nil) {
        self.index = index
        self.pid = pid
        self.tid = tid
        self.startSeconds = startSeconds
        self.endSeconds = endSeconds
        self.cpus = cpus
        self.resumedTids = resumedTids
    }

    public var durationSeconds: Double { endSeconds - startSeconds }

    /// Every kernel thread the task was seen on: `tid` plus `resumedTids` (one element when it never moved).
    public var threadsSeen: Set<Int32> { Set([tid] + (resumedTids ?? [])) }
}

/// Who held the global lock when, during one representative CPU-bound run.
public struct GlobalLockTrace: Codable, Sendable, Equatable {
    /// Ownership intervals in time order, seconds since the run's start.
    public var intervals: [LockInterval]
    /// Hand-offs forced by a drop request.
    public var forcedSwitches: Int
    /// Drop requests set by waiting threads (one per wait that timed out with no switch; CPython sets
    /// its request again on every such timeout, we count a pending request once).
    public var dropRequests: Int
    /// Kernel thread id of each lock thread, by `LockInterval.thread`.
    public var threadIDs: [Int32]

    public init(intervals: [LockInterval], forcedSwitches: Int, dropRequests: Int, threadIDs: [Int32] = []) {
        self.intervals = intervals
        self.forcedSwitches = forcedSwitches
        self.dropRequests = dropRequests
        self.threadIDs = threadIDs
    }
}

public struct LockInterval: Codable, Sendable, Equatable {
    /// Index of the lock thread (0-based worker index; a thread may run several tasks in turn).
    public var thread: Int
    public var startSeconds: Double
    public var endSeconds: Double

    public init(thread: Int, startSeconds: Double, endSeconds: Double) {
        self.thread = thread
        self.startSeconds = startSeconds
        self.endSeconds = endSeconds
    }
}
