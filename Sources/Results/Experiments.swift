/// A stretch of time one task spent running on one CPU, seconds since its experiment's start.
public struct CPUSlice: Codable, Sendable, Equatable {
    /// Index of the task (0-based).
    public var task: Int
    /// Process that ran it.
    public var pid: Int32
    /// Kernel thread that ran it (`gettid`).
    public var tid: Int32
    /// CPU it ran on (`sched_getcpu`).
    public var cpu: Int
    public var startSeconds: Double
    public var endSeconds: Double

    public init(task: Int, pid: Int32, tid: Int32, cpu: Int, startSeconds: Double, endSeconds: Double) {
        self.task = task
        self.pid = pid
        self.tid = tid
        self.cpu = cpu
        self.startSeconds = startSeconds
        self.endSeconds = endSeconds
    }
}

/// One traced execution of a few CPU tasks: wall time and every on-CPU slice.
public struct TracedRun: Codable, Sendable, Equatable {
    public var wallSeconds: Double
    /// On-CPU slices in time order: a task's clock readings without a gap above the threshold.
    public var slices: [CPUSlice]
    /// Involuntary context switches the tasks suffered (preemptions).
    public var involuntarySwitches: Int

    public init(wallSeconds: Double, slices: [CPUSlice], involuntarySwitches: Int) {
        self.wallSeconds = wallSeconds
        self.slices = slices
        self.involuntarySwitches = involuntarySwitches
    }
}

/// Sequential vs time-sliced vs parallel, observed on three real CPU tasks.
public struct TimelineExperiment: Codable, Sendable, Equatable {
    /// Kernel iterations per task.
    public var taskIterations: Int
    /// A gap in a task's clock readings longer than this counts as time off the CPU.
    public var gapThresholdSeconds: Double
    /// The tasks one after another on one thread.
    public var sequential: TracedRun
    /// One thread per task, all pinned to `slicedCPU`: the scheduler must take turns.
    public var timeSliced: TracedRun
    /// The CPU the time-sliced threads shared.
    public var slicedCPU: Int
    /// One thread per task, pinned to the usable cores in turn (task i on usable CPU i mod cores, so with
    /// fewer cores than tasks some tasks share one); nil with one usable core.
    public var parallel: TracedRun?

    public init(taskIterations: Int, gapThresholdSeconds: Double, sequential: TracedRun,
                timeSliced: TracedRun, slicedCPU: Int, parallel: TracedRun?) {
        self.taskIterations = taskIterations
        self.gapThresholdSeconds = gapThresholdSeconds
        self.sequential = sequential
        self.timeSliced = timeSliced
        self.slicedCPU = slicedCPU
        self.parallel = parallel
    }
}

/// The original post's `asyncio.gather` demo: a few waits awaited together on the one-thread executor.
public struct GatherDemo: Codable, Sendable, Equatable {
    /// Wait per task, seconds (the original post: 2).
    public var waitSeconds: Double
    /// Every task's start and end, seconds since the demo's start, and the threads it ran on (`tid` at the
    /// start, `resumedTids` after its wait and at its end).
    public var tasks: [TaskRecord]
    public var wallSeconds: Double

    public init(waitSeconds: Double, tasks: [TaskRecord], wallSeconds: Double) {
        self.waitSeconds = waitSeconds
        self.tasks = tasks
        self.wallSeconds = wallSeconds
    }
}

/// The original post's multiprocessing demo: one CPU task per worker process, against the same tasks in a row.
public struct ProcessDemo: Codable, Sendable, Equatable {
    /// Worker processes (the original post: 4), one task each.
    public var processes: Int
    /// The parallel run: per task its pid, CPUs seen, start and end.
    public var run: Run
    /// The same tasks one after another in this process, seconds (only the total is kept).
    public var sequentialWallSeconds: Double

    public init(processes: Int, run: Run, sequentialWallSeconds: Double) {
        self.processes = processes
        self.run = run
        self.sequentialWallSeconds = sequentialWallSeconds
    }

    /// One demo task alone, seconds: `sequentialWallSeconds` over the tasks (the demo's own task size,
    /// not the comparison's). The parallel run's task durations are longer when tasks share a core.
    public var sequentialTaskSeconds: Double {
        processes > 0 ? sequentialWallSeconds / Double(processes) : 0
    }
}

/// CPU-bound work with fewer, as many and more worker processes than usable cores.
public struct CoreSweep: Codable, Sendable, Equatable {
    /// Seconds one task takes alone (the speedup baseline): the task of the 1-worker point.
    public var taskSeconds: Double
    /// One point per worker count, in increasing order.
    public var points: [SweepPoint]

    public init(taskSeconds: Double, points: [SweepPoint]) {
        self.taskSeconds = taskSeconds
        self.points = points
    }
}

public struct SweepPoint: Codable, Sendable, Equatable {
    /// Worker processes, one task each.
    public var workers: Int
    /// From sending the tasks to the last task's end; the workers are started (and answered once) before.
    public var wallSeconds: Double
    /// Voluntary context switches of the workers while running their task (they waited).
    public var voluntarySwitches: Int
    /// Involuntary context switches of the workers while running their task (they were preempted).
    public var involuntarySwitches: Int
    /// Times a worker was seen on a different CPU than at its previous sample.
    public var migrations: Int
    /// On-CPU slices of every worker (`task` is the worker's index), ended at clock gaps longer than the
    /// timeline's `gapThresholdSeconds`, as there.
    public var slices: [CPUSlice]

    public init(workers: Int, wallSeconds: Double, voluntarySwitches: Int, involuntarySwitches: Int,
                migrations: Int, slices: [CPUSlice]) {
        self.workers = workers
        self.wallSeconds = wallSeconds
        self.voluntarySwitches = voluntarySwitches
        self.involuntarySwitches = involuntarySwitches
        self.migrations = migrations
        self.slices = slices
    }
}
