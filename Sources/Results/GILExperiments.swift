/// One I/O thread doing short blocking round trips over a socketpair (a one-byte write, then a read of the
/// answer a peer outside the lock sends back after a short delay), releasing the global lock around each
/// call and retaking it after, as CPython does, beside some CPU-bound threads behind the same lock.
public struct ConvoyRun: Codable, Sendable, Equatable {
    /// CPU-bound threads beside the I/O thread (0: alone).
    public var cpuThreads: Int
    /// The lock's switch interval in this run, seconds.
    public var switchIntervalSeconds: Double
    /// Every measured round trip's latency in order, seconds: from before the write to holding the lock
    /// again after the read (two calls, so two retakes of the lock). A few unmeasured round trips come
    /// first (`ConvoyMeasurement.warmupRoundTrips` in `Sources/Measure/Experiments/ConvoyMeasurement.swift`).
    public var latencySeconds: [Double]
    /// From the first round trip's start to the last one's end, seconds.
    public var wallSeconds: Double
    /// Kernel iterations the CPU-bound threads completed meanwhile (nil when there were none, and for CPython).
    public var cpuIterations: Int?
    /// CPU time the CPU-bound threads used meanwhile, seconds, summed (nil as `cpuIterations`).
    public var cpuSeconds: Double?
    /// Who held the emulated lock when (the I/O thread is lock thread 0); nil for CPython.
    public var lockTrace: GlobalLockTrace?
    /// The I/O thread's waits to retake the lock after a blocking call (thread 0), seconds since the run's
    /// start; nil for CPython.
    public var lockWaits: [LockInterval]?

    public init(cpuThreads: Int, switchIntervalSeconds: Double, latencySeconds: [Double], wallSeconds: Double,
                cpuIterations: Int? = nil, cpuSeconds: Double? = nil, lockTrace: GlobalLockTrace? = nil, lockWaits: [LockInterval]? = nil) {
        self.cpuThreads = cpuThreads
        self.switchIntervalSeconds = switchIntervalSeconds
        self.latencySeconds = latencySeconds
        self.wallSeconds = wallSeconds
        self.cpuIterations = cpuIterations
        self.cpuSeconds = cpuSeconds
        self.lockTrace = lockTrace
        self.lockWaits = lockWaits
    }
}

/// The convoy effect and the switch-interval sweep (part 3), measured with the
/// emulated global lock.
public struct ConvoyExperiment: Codable, Sendable, Equatable {
    /// Round trips per run.
    public var roundTrips: Int
    /// How long the peer waits before answering each byte, seconds.
    public var peerDelaySeconds: Double
    /// At the run's switch interval: alone, beside 1 and beside 2 CPU-bound threads.
    public var runs: [ConvoyRun]
    /// Beside one CPU-bound thread at switch intervals of 1, 5 and 20 ms, in increasing order.
    public var sweep: [ConvoyRun]

    public init(roundTrips: Int, peerDelaySeconds: Double, runs: [ConvoyRun], sweep: [ConvoyRun]) {
        self.roundTrips = roundTrips
        self.peerDelaySeconds = peerDelaySeconds
        self.runs = runs
        self.sweep = sweep
    }

    /// The run with `cpuThreads` CPU-bound threads beside the I/O thread.
    public func run(beside cpuThreads: Int) -> ConvoyRun? { runs.first { $0.cpuThreads == cpuThreads } }
}

/// The same convoy in a real Python interpreter (`--compare-python`).
public struct PythonConvoy: Codable, Sendable, Equatable {
    /// `platform.python_version()`.
    public var pythonVersion: String
    /// `platform.python_implementation()`.
    public var implementation: String
    /// Whether its GIL was on (as `PythonComparison.gilEnabled`).
    public var gilEnabled: Bool
    /// Round trips per run.
    public var roundTrips: Int
    /// How long its peer (a forked process) waits before answering each byte, seconds.
    public var peerDelaySeconds: Double
    /// Alone, beside 1 and beside 2 CPU-bound Python threads, at the interpreter's own switch interval.
    public var runs: [ConvoyRun]

    public init(pythonVersion: String, implementation: String, gilEnabled: Bool, roundTrips: Int,
                peerDelaySeconds: Double, runs: [ConvoyRun]) {
        self.peerDelaySeconds = peerDelaySeconds
        self.pythonVersion = pythonVersion
        self.implementation = implementation
        self.gilEnabled = gilEnabled
        self.roundTrips = roundTrips
        self.runs = runs
    }

    public func run(beside cpuThreads: Int) -> ConvoyRun? { runs.first { $0.cpuThreads == cpuThreads } }
}

/// CPU-bound tasks whose kernel releases the global lock around its "native" part, as NumPy or a Cython
/// `nogil` block does, beside the same tasks in a row, on free threads and behind the
/// lock without releasing it. Repetitions are interleaved.
public struct NativeReleaseExperiment: Codable, Sendable, Equatable {
    /// Tasks per run.
    public var tasks: Int
    /// Threads in each pool.
    public var workers: Int
    /// Kernel iterations per task.
    public var taskIterations: Int
    /// Kernel iterations of one native call (run with the lock released).
    public var nativeCallIterations: Int
    /// Kernel iterations run holding the lock before each native call (the Python-level part).
    public var heldIterationsPerCall: Int
    /// Wall times of the tasks in a row, seconds, one per repetition.
    public var sequentialWallSeconds: [Double]
    /// Free threads.
    public var threadsWallSeconds: [Double]
    /// Behind the global lock, never releasing it while computing.
    public var globalLockWallSeconds: [Double]
    /// Behind the global lock, releasing it around every native call.
    public var nativeReleaseWallSeconds: [Double]

    public init(tasks: Int, workers: Int, taskIterations: Int, nativeCallIterations: Int, heldIterationsPerCall: Int,
                sequentialWallSeconds: [Double], threadsWallSeconds: [Double], globalLockWallSeconds: [Double],
                nativeReleaseWallSeconds: [Double]) {
        self.tasks = tasks
        self.workers = workers
        self.taskIterations = taskIterations
        self.nativeCallIterations = nativeCallIterations
        self.heldIterationsPerCall = heldIterationsPerCall
        self.sequentialWallSeconds = sequentialWallSeconds
        self.threadsWallSeconds = threadsWallSeconds
        self.globalLockWallSeconds = globalLockWallSeconds
        self.nativeReleaseWallSeconds = nativeReleaseWallSeconds
    }
}

/// Native code releasing the GIL, measured in CPython itself: the same tasks one after another and on one
/// thread each, started together, in interleaved rounds. Each task is one call into a library that
/// releases the GIL while it works (`hashlib` over a large buffer; NumPy's sort when NumPy is installed).
public struct PythonNativeRelease: Codable, Sendable, Equatable {
    /// `platform.python_version()`.
    public var pythonVersion: String
    /// `platform.python_implementation()`.
    public var implementation: String
    /// Whether its GIL was on.
    public var gilEnabled: Bool
    /// What each task calls: `hashlib.sha256` or `numpy.sort`.
    public var library: String
    /// Tasks per round, and threads in the threaded variant (one task each).
    public var tasks: Int
    /// Bytes hashed, or float64 values sorted, per task (sized in Python to take `targetSeconds`).
    public var sizePerTask: Int
    /// How long one task was sized to take, seconds.
    public var targetSeconds: Double
    /// The tasks one after another, seconds, one per round.
    public var sequentialWallSeconds: [Double]
    /// One thread per task, started together, seconds, one per round.
    public var threadsWallSeconds: [Double]

    public init(pythonVersion: String, implementation: String, gilEnabled: Bool, library: String, tasks: Int,
                sizePerTask: Int, targetSeconds: Double, sequentialWallSeconds: [Double], threadsWallSeconds: [Double]) {
        self.pythonVersion = pythonVersion
        self.implementation = implementation
        self.gilEnabled = gilEnabled
        self.library = library
        self.tasks = tasks
        self.sizePerTask = sizePerTask
        self.targetSeconds = targetSeconds
        self.sequentialWallSeconds = sequentialWallSeconds
        self.threadsWallSeconds = threadsWallSeconds
    }
}

/// Why CPython was not measured, or not all of it.
public struct PythonNotMeasured: Codable, Sendable, Equatable {
    public enum Cause: String, Codable, Sendable, CaseIterable {
        /// `--no-python` was given.
        case noPythonFlag
        /// No python3 on PATH.
        case noInterpreter
        /// A part failed; `detail` says which and how.
        case failed
    }

    public var cause: Cause
    /// The failure, in the words of the error (English); nil for the other causes.
    public var detail: String?

    public init(cause: Cause, detail: String? = nil) {
        self.cause = cause
        self.detail = detail
    }
}
