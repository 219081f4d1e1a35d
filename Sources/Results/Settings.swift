/// What the run was asked to do. Defaults follow the seed post (SPEC §3).
public struct Settings: Codable, Sendable, Equatable {
    /// `--quick`: durations scaled down about tenfold.
    public var quick: Bool
    /// I/O-bound tasks per run (seed: 10).
    public var ioTasks: Int
    /// Blocking wait per I/O task, seconds (seed: 1).
    public var ioWaitSeconds: Double
    /// Threads for the I/O workload (seed: 10).
    public var ioThreads: Int
    /// CPU-bound tasks per run (seed: 4).
    public var cpuTasks: Int
    /// Worker threads or processes for the CPU workload (seed: a pool of 4).
    public var cpuWorkers: Int
    /// Target duration of one CPU task on this machine, seconds (seed: about 0.5).
    public var cpuTaskTargetSeconds: Double
    /// Measured repetitions per cell (after warm-up).
    public var repetitions: Int
    /// Unrecorded warm-up runs per cell.
    public var warmupRuns: Int
    /// Global-lock switch interval, seconds (CPython's default: 0.005).
    public var switchIntervalSeconds: Double

    public init(
        quick: Bool, ioTasks: Int, ioWaitSeconds: Double, ioThreads: Int, cpuTasks: Int,
        cpuWorkers: Int, cpuTaskTargetSeconds: Double, repetitions: Int, warmupRuns: Int,
        switchIntervalSeconds: Double
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
    }

    /// The seed post's sizes; `quick` scales durations down about tenfold.
    public static func seed(quick: Bool) -> Settings {
        Settings(
            quick: quick, ioTasks: 10, ioWaitSeconds: quick ? 0.1 : 1, ioThreads: 10, cpuTasks: 4,
            cpuWorkers: 4, cpuTaskTargetSeconds: quick ? 0.05 : 0.5, repetitions: quick ? 3 : 5,
            warmupRuns: 1, switchIntervalSeconds: 0.005
        )
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
