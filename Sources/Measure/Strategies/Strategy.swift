import Results
import WorkerKernel

/// One way of running a run's tasks; `StrategyID.strategy(workerExecutable:)` picks one.
protocol Strategy: Sendable {
    var id: StrategyID { get }
    /// Runs every job of `plan` once; `runner` records each task relative to the run's origin.
    func run(_ plan: RunPlan, runner: TaskRunner) throws -> StrategyOutcome
}

/// What one run of one strategy is asked to do.
struct RunPlan: Sendable {
    var workload: WorkloadID
    /// One job per task, in task order.
    var jobs: [TaskJob]
    /// Threads or processes to use (ignored by sequential and async).
    var workers: Int
    /// Global-lock switch interval.
    var switchIntervalSeconds: Double
    /// After this long a run is stopped (worker processes killed) and reported as timed out.
    var timeLimitSeconds: Double
}

/// What a strategy hands back from one run.
struct StrategyOutcome: Sendable {
    /// Every task, in task order, made when asked: `RunMeter` stops the run's clock first, so a strategy
    /// that keeps plain facts while it runs (`AsyncStrategy`'s 100 000 sleepers) does not time turning
    /// them into records, as a peer's timing around `asyncio.gather` does not time any.
    var tasks: [TaskRecord] { makeTasks() }
    private let makeTasks: @Sendable () -> [TaskRecord]
    /// Lock ownership, for the global-lock strategy.
    var lockTrace: GlobalLockTrace?

    init(tasks: [TaskRecord], lockTrace: GlobalLockTrace? = nil) {
        makeTasks = { tasks }
        self.lockTrace = lockTrace
    }

    init(recordingAfterTheRun makeTasks: @escaping @Sendable () -> [TaskRecord]) {
        self.makeTasks = makeTasks
    }
}

extension StrategyID {
    func strategy(workerExecutable: String) -> any Strategy {
        switch self {
        case .sequential: return SequentialStrategy()
        case .async: return AsyncStrategy()
        case .threads: return ThreadsStrategy()
        case .processes: return ProcessesStrategy(workerExecutable: workerExecutable)
        case .globalLock: return GlobalLockStrategy()
        }
    }
}
