/// What the run was asked to do. Defaults follow the original post.
public struct Settings: Codable, Sendable, Equatable {
    /// `--quick`: durations scaled down about tenfold.
    public var quick: Bool
    /// I/O-bound tasks per run (the original post: 10).
    public var ioTasks: Int
    /// Blocking wait per I/O task, seconds (the original post: 1).
    public var ioWaitSeconds: Double
    /// Threads for the I/O workload (the original post: 10).
    public var ioThreads: Int
    /// CPU-bound tasks per run (the original post: 4).
    public var cpuTasks: Int
    /// Worker threads or processes for the CPU workload (the original post: a pool of 4; concreport: the usable cores);
    /// the global-lock cell uses at least 2 threads when there are 2 tasks or more.
    public var cpuWorkers: Int
    /// Target duration of one CPU task on this machine, seconds (the original post: about 0.5).
    public var cpuTaskTargetSeconds: Double
    /// Measured repetitions per cell (after warm-up).
    public var repetitions: Int
    /// Warm-up runs per CPU cell before the measured ones (I/O cells have none); their wall times are kept
    /// in `Cell.warmupWallSeconds`, out of the statistics.
    public var warmupRuns: Int
    /// Global-lock switch interval, seconds (CPython's default: 0.005).
    public var switchIntervalSeconds: Double
    /// CPU time of each of the timeline's three tasks, seconds (0.04; quick 0.02).
    public var timelineTaskSeconds: Double
    /// Tasks awaited together in the async gather demo (the original post: 3).
    public var gatherTasks: Int
    /// Wait per gather task, seconds (the original post: 2).
    public var gatherWaitSeconds: Double
    /// Worker processes in the multiprocessing demo, one CPU task each (the original post: 4).
    public var demoProcesses: Int
    /// CPU time of one multiprocessing-demo task, seconds (0.2; quick 0.05).
    public var demoTaskSeconds: Double
    /// CPU time of one core-sweep task, seconds (0.16; quick 0.02).
    public var sweepTaskSeconds: Double
    /// The whole run should take about this long: CPU cells get as many repetitions (between 3 and
    /// `repetitions`) as fit. Nil: always `repetitions`.
    public var timeBudgetSeconds: Double?

    /// The experiment settings left nil get the original post's value for `quick` (see `originalPost(quick:)`).
    public init(
        quick: Bool, ioTasks: Int, ioWaitSeconds: Double, ioThreads: Int, cpuTasks: Int,
        cpuWorkers: Int, cpuTaskTargetSeconds: Double, repetitions: Int, warmupRuns: Int,
        switchIntervalSeconds: Double, timelineTaskSeconds: Double? = nil, gatherTasks: Int = 3,
        gatherWaitSeconds: Double? = nil, demoProcesses: Int = 4, demoTaskSeconds: Double? = nil,
        sweepTaskSeconds: Double? = nil, timeBudgetSeconds: Double? = nil
    ) {
        self.quick = quick
        self.ioTasks = ioTasks
        self.ioWaitSeconds = ioWaitSeconds
        self.ioThreads = ioThreads
        self.cpuTasks = cpuTasks
        self.cpuWorkers = cpuWorkers
        self.cpuTaskTargetSeconds = cpuTaskTargetSeconds
        self.repetitions = repetitions
        self.warmupRuns = warmupRuns
        self.switchIntervalSeconds = switchIntervalSeconds
        let original = Settings.experimentSeconds(quick: quick)
        self.timelineTaskSeconds = timelineTaskSeconds ?? original.timelineTask
        self.gatherTasks = gatherTasks
        self.gatherWaitSeconds = gatherWaitSeconds ?? original.gatherWait
        self.demoProcesses = demoProcesses
        self.demoTaskSeconds = demoTaskSeconds ?? original.demoTask
        self.sweepTaskSeconds = sweepTaskSeconds ?? original.sweepTask
        self.timeBudgetSeconds = timeBudgetSeconds
    }

    /// Files written before the experiment settings existed lack them: they get the original post's values.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let quick = try container.decode(Bool.self, forKey: .quick)
        self.init(
            quick: quick,
            ioTasks: try container.decode(Int.self, forKey: .ioTasks),
            ioWaitSeconds: try container.decode(Double.self, forKey: .ioWaitSeconds),
            ioThreads: try container.decode(Int.self, forKey: .ioThreads),
            cpuTasks: try container.decode(Int.self, forKey: .cpuTasks),
            cpuWorkers: try container.decode(Int.self, forKey: .cpuWorkers),
            cpuTaskTargetSeconds: try container.decode(Double.self, forKey: .cpuTaskTargetSeconds),
            repetitions: try container.decode(Int.self, forKey: .repetitions),
            warmupRuns: try container.decode(Int.self, forKey: .warmupRuns),
            switchIntervalSeconds: try container.decode(Double.self, forKey: .switchIntervalSeconds),
            timelineTaskSeconds: try container.decodeIfPresent(Double.self, forKey: .timelineTaskSeconds),
            gatherTasks: try container.decodeIfPresent(Int.self, forKey: .gatherTasks) ?? 3,
            gatherWaitSeconds: try container.decodeIfPresent(Double.self, forKey: .gatherWaitSeconds),
            demoProcesses: try container.decodeIfPresent(Int.self, forKey: .demoProcesses) ?? 4,
            demoTaskSeconds: try container.decodeIfPresent(Double.self, forKey: .demoTaskSeconds),
            sweepTaskSeconds: try container.decodeIfPresent(Double.self, forKey: .sweepTaskSeconds),
            timeBudgetSeconds: try container.decodeIfPresent(Double.self, forKey: .timeBudgetSeconds)
        )
    }

    /// The original post's sizes; `quick` scales durations down about tenfold. The experiments' tasks are
    /// shorter than the comparison's so that together they add only a few seconds to a run.
    public static func originalPost(quick: Bool) -> Settings {
        let experiments = experimentSeconds(quick: quick)
        return Settings(
            quick: quick, ioTasks: 10, ioWaitSeconds: quick ? 0.1 : 1, ioThreads: 10, cpuTasks: 4,
            cpuWorkers: 4, cpuTaskTargetSeconds: quick ? 0.03 : 0.5, repetitions: quick ? 3 : 5,
            warmupRuns: 1, switchIntervalSeconds: 0.005, timelineTaskSeconds: experiments.timelineTask,
            gatherTasks: 3, gatherWaitSeconds: experiments.gatherWait, demoProcesses: 4,
            demoTaskSeconds: experiments.demoTask, sweepTaskSeconds: experiments.sweepTask,
            timeBudgetSeconds: quick ? 7 : 74
        )
    }

    private static func experimentSeconds(quick: Bool)
        -> (timelineTask: Double, gatherWait: Double, demoTask: Double, sweepTask: Double) {
        quick ? (0.02, 0.2, 0.05, 0.02) : (0.04, 2, 0.2, 0.16)
    }
}

/// How the CPU-bound kernel was sized on this machine.
public struct Calibration: Codable, Sendable, Equatable {
    /// Name of the kernel (an xorshift chain the optimizer cannot fold).
    public var kernel: String
    /// Kernel iterations per CPU task.
    public var iterationsPerTask: Int
    /// The duration the size was chosen for, seconds.
    public var targetSeconds: Double
    /// What one task of that size took when checked, seconds (median).
    public var measuredSeconds: Double

    public init(kernel: String, iterationsPerTask: Int, targetSeconds: Double, measuredSeconds: Double) {
        self.kernel = kernel
        self.iterationsPerTask = iterationsPerTask
        self.targetSeconds = targetSeconds
        self.measuredSeconds = measuredSeconds
    }
}
