/// Everything one run of concreport measured: the one contract between measuring and rendering,
/// written as `results.json` so that `render` and `diff` work from saved files.
public struct Results: Codable, Sendable, Equatable {
    /// The schema this build reads and writes.
    public static let currentSchemaVersion = 1

    /// Version of this file's schema; files of another version are refused.
    public var schemaVersion: Int
    /// The tool and version that measured.
    public var tool: ToolInfo
    /// The machine's name for `diff` columns and the post (`--label`, else derived from the machine when
    /// measured: `MachineLabel`); nil in files written before it was recorded.
    public var label: String?
    /// When the run started (ISO 8601 with the machine's UTC offset, e.g. `2026-11-25T18:30:00+09:00`).
    public var measuredAt: String
    /// What the machine is and what it lets us use.
    public var machine: MachineFacts
    /// The settings the run used.
    public var settings: Settings
    /// How the CPU-bound task was sized on this machine.
    public var calibration: Calibration
    /// Every strategy on both workloads (the post's performance comparison).
    public var comparison: Comparison
    /// Real lock ownership of the global-lock threads on the CPU workload, if recorded.
    public var globalLock: GlobalLockTrace?
    /// Sequential vs time-sliced vs parallel traces of three CPU tasks.
    public var timeline: TimelineExperiment?
    /// The async gather demo.
    public var gather: GatherDemo?
    /// The multiprocessing demo.
    public var processDemo: ProcessDemo?
    /// CPU-bound work with fewer, as many and more worker processes than usable cores.
    public var coreSweep: CoreSweep?
    /// The original post's CPU-bound experiment run in CPython beside us (`--compare-python`).
    public var python: PythonComparison?
    /// The convoy effect and the switch-interval sweep with the emulated lock; nil in older files.
    public var convoy: ConvoyExperiment?
    /// The same convoy in CPython (`--compare-python`); nil in older files.
    public var pythonConvoy: PythonConvoy?
    /// Global-lock threads whose kernel releases the lock around its native part; nil in older files.
    public var nativeRelease: NativeReleaseExperiment?
    /// Native code releasing the GIL in CPython itself: `hashlib`, and NumPy when installed; nil when
    /// CPython was not measured.
    public var pythonNativeRelease: [PythonNativeRelease]?
    /// Why CPython was not measured (`--no-python`, no python3 on PATH, or its failure); nil when it was,
    /// and in files written before CPython ran by default.
    public var pythonNotMeasured: PythonNotMeasured?
    /// The original post's FastAPI section: concreport's HTTP server under load; nil in older files.
    public var server: ServerExperiment?
    /// The original post's FastAPI app itself under the same load (`--compare-python`); nil in older files.
    public var pythonServer: PythonServerComparison?
    /// How much the cgroup CPU quota throttled the measuring; nil when no `cpu.stat` was readable (and in
    /// files written before it was recorded).
    public var throttling: CPUThrottling?
    /// The same counters read around each section of the run; nil when no `cpu.stat` was readable (and in
    /// files written before it was recorded).
    public var throttlingBySection: [MeasuredSection: CPUThrottling]?

    public init(
        schemaVersion: Int = Results.currentSchemaVersion,
        tool: ToolInfo,
        label: String? = nil,
        measuredAt: String,
        machine: MachineFacts,
        settings: Settings,
        calibration: Calibration,
        comparison: Comparison,
        globalLock: GlobalLockTrace? = nil,
        timeline: TimelineExperiment? = nil,
        gather: GatherDemo? = nil,
        processDemo: ProcessDemo? = nil,
        coreSweep: CoreSweep? = nil,
        python: PythonComparison? = nil,
        convoy: ConvoyExperiment? = nil,
        pythonConvoy: PythonConvoy? = nil,
        nativeRelease: NativeReleaseExperiment? = nil,
        pythonNativeRelease: [PythonNativeRelease]? = nil,
        pythonNotMeasured: PythonNotMeasured? = nil,
        throttling: CPUThrottling? = nil,
        throttlingBySection: [MeasuredSection: CPUThrottling]? = nil,
        server: ServerExperiment? = nil,
        pythonServer: PythonServerComparison? = nil
    ) {
        self.schemaVersion = schemaVersion
        self.tool = tool
        self.label = label
        self.measuredAt = measuredAt
        self.machine = machine
        self.settings = settings
        self.calibration = calibration
        self.comparison = comparison
        self.globalLock = globalLock
        self.timeline = timeline
        self.gather = gather
        self.processDemo = processDemo
        self.coreSweep = coreSweep
        self.python = python
        self.convoy = convoy
        self.pythonConvoy = pythonConvoy
        self.nativeRelease = nativeRelease
        self.pythonNativeRelease = pythonNativeRelease
        self.pythonNotMeasured = pythonNotMeasured
        self.throttling = throttling
        self.throttlingBySection = throttlingBySection
        self.server = server
        self.pythonServer = pythonServer
    }
}

extension Results {
    /// The stored label, or for older files the one `MachineLabel` derives from the machine facts.
    public var machineLabel: String { label ?? MachineLabel.derived(from: machine) }
}

/// Which build of concreport measured: what `concreport --version` prints. The build facts are nil in
/// files written before they were recorded.
public struct ToolInfo: Codable, Sendable, Equatable {
    /// Always "concreport".
    public var name: String
    /// The tool's version string.
    public var version: String
    /// The commit it was built from (`-dirty` with uncommitted changes), or "unknown".
    public var commit: String?
    /// The Swift compiler that built it, e.g. "6.3.1 (swift-6.3.1-RELEASE)".
    public var swift: String?
    /// "static" when the Swift runtime, Foundation and cmark-gfm are inside the executable; otherwise
    /// "dynamic: " and the shared libraries it loaded.
    public var linking: String?

    public init(name: String = "concreport", version: String, commit: String? = nil, swift: String? = nil, linking: String? = nil) {
        self.name = name
        self.version = version
        self.commit = commit
        self.swift = swift
        self.linking = linking
    }
}
