/// The original post's CPU-bound experiment run in a real Python interpreter, beside concreport's emulation:
/// CPython's actual GIL next to the global-lock threads.
public struct PythonComparison: Codable, Sendable, Equatable {
    /// Interpreter version, e.g. "3.12.3" (`platform.python_version()`).
    public var pythonVersion: String
    /// Interpreter implementation, e.g. "CPython" (`platform.python_implementation()`).
    public var implementation: String
    /// Whether the GIL was on: `sys._is_gil_enabled()` where it exists (3.13+; false only on a free-threaded
    /// build running with it off), else true except on implementations without a GIL (Jython, IronPython).
    public var gilEnabled: Bool
    /// Whether the interpreter is a free-threaded CPython build (`sysconfig` `Py_GIL_DISABLED` set; false
    /// where that variable is 0 or absent, as before 3.13); nil in files written before it was recorded.
    public var freeThreadedBuild: Bool?
    /// The interpreter's GIL switch interval, seconds (`sys.getswitchinterval()`, default 0.005).
    public var switchIntervalSeconds: Double
    /// How `ProcessPoolExecutor` started its workers: "fork", "forkserver" or "spawn".
    public var processStartMethod: String
    /// Tasks per run.
    public var tasks: Int
    /// Threads or processes in each pool.
    public var workers: Int
    /// Seconds one task was calibrated to take.
    public var targetSeconds: Double
    /// n in `sum(i * i for i in range(n))`, calibrated inside Python so one task takes about `targetSeconds`.
    public var loopSize: Int
    /// One task's wall time at `loopSize`, measured right after calibrating.
    public var calibratedTaskSeconds: Double
    /// One cell per strategy, in the order sequential, threads, processes.
    public var cells: [PythonCell]

    public init(
        pythonVersion: String, implementation: String, gilEnabled: Bool, freeThreadedBuild: Bool? = nil,
        switchIntervalSeconds: Double, processStartMethod: String, tasks: Int, workers: Int, targetSeconds: Double,
        loopSize: Int, calibratedTaskSeconds: Double, cells: [PythonCell]
    ) {
        self.pythonVersion = pythonVersion
        self.implementation = implementation
        self.gilEnabled = gilEnabled
        self.freeThreadedBuild = freeThreadedBuild
        self.switchIntervalSeconds = switchIntervalSeconds
        self.processStartMethod = processStartMethod
        self.tasks = tasks
        self.workers = workers
        self.targetSeconds = targetSeconds
        self.loopSize = loopSize
        self.calibratedTaskSeconds = calibratedTaskSeconds
        self.cells = cells
    }

    public func cell(_ strategy: PythonStrategy) -> PythonCell? {
        cells.first { $0.strategy == strategy }
    }
}

/// The ways the Python run executes the tasks. The raw value is the JSON value.
public enum PythonStrategy: String, Codable, Sendable, CaseIterable {
    /// One after another in the main thread.
    case sequential
    /// `ThreadPoolExecutor`: threads that take turns holding the GIL.
    case threads
    /// `ProcessPoolExecutor`: one interpreter, and one GIL, per worker.
    case processes
}

extension PythonCell {
    private enum CodingKeys: String, CodingKey {
        case strategy, wallSeconds, summary
    }

    /// The summary is recomputed from the wall times, never read back.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(strategy: try container.decode(PythonStrategy.self, forKey: .strategy),
                  wallSeconds: try container.decode([Double].self, forKey: .wallSeconds))
    }
}

/// One strategy in the Python run, repeated.
public struct PythonCell: Codable, Sendable, Equatable {
    /// Which strategy.
    public var strategy: PythonStrategy
    /// Wall time of every repetition in the order run, seconds; for the pools it spans creating the
    /// pool to shutting it down, as the original post's `with` block does.
    public var wallSeconds: [Double]
    /// Statistics over `wallSeconds`.
    public var summary: Summary

    public init(strategy: PythonStrategy, wallSeconds: [Double]) {
        self.strategy = strategy
        self.wallSeconds = wallSeconds
        self.summary = Summary(wallSeconds)
    }
}
