import Results

/// CPython running the original post's CPU-bound experiment beside concreport (`--compare-python`).
public struct PythonFindings: Sendable {
    /// "CPython 3.11.2" or whatever implementation really ran.
    public var interpreter: String
    public var implementation: String
    public var version: String
    public var gil: GILState
    public var sequentialSeconds: Double?
    public var threadsSeconds: Double?
    public var processesSeconds: Double?
    /// Python threads against its sequential loop, noise taken into account.
    public var threadsVsSequential: Difference
    public var processesVsSequential: Difference
    /// Threads' median over sequential's.
    public var threadsRatio: Double?
    /// Sequential's median over processes'.
    public var processesSpeedup: Double?
    /// Its processes' speedup exceeds its pool's workers: more than they could give, so its sequential
    /// median is likely inflated by a slow run.
    public var processesAboveWorkers: Bool
    /// concreport's global-lock threads over its sequential run, CPU workload.
    public var emulatedRatio: Double?
    /// |emulated − real| / real, percent.
    public var gapPercent: Double?
    /// The two slowdowns compared with the spread of both sides.
    public var agreement: EmulationAgreement
    /// Its pools had one worker: nothing competed for its GIL, so its threads say nothing about it.
    public var singleWorker: Bool

    init(_ python: PythonComparison, comparison: Comparison) {
        implementation = python.implementation
        version = python.pythonVersion
        interpreter = "\(python.implementation) \(python.pythonVersion)"
        gil = python.gilEnabled ? .on : .off
        let sequential = python.cell(.sequential)?.wallSeconds ?? []
        let threads = python.cell(.threads)?.wallSeconds ?? []
        let processes = python.cell(.processes)?.wallSeconds ?? []
        func median(_ values: [Double]) -> Double? { values.isEmpty ? nil : Summary.median(of: values) }
        let sequentialMedian = median(sequential), threadsMedian = median(threads), processesMedian = median(processes)
        sequentialSeconds = sequentialMedian
        threadsSeconds = threadsMedian
        processesSeconds = processesMedian
        threadsVsSequential = NoiseRule.compare(baseline: sequential, other: threads).difference
        processesVsSequential = NoiseRule.compare(baseline: sequential, other: processes).difference
        threadsRatio = sequentialMedian.flatMap { base in threadsMedian.map { $0 / base } }
        processesSpeedup = sequentialMedian.flatMap { base in processesMedian.flatMap { $0 > 0 ? base / $0 : nil } }
        processesAboveWorkers = processesSpeedup.map { $0 > Double(max(1, python.workers)) } ?? false
        singleWorker = python.workers <= 1
        let ours = comparison.cell(.sequential, .cpu).map { $0.runs.map(\.wallSeconds) } ?? []
        let locked = comparison.cell(.globalLock, .cpu).map { $0.runs.map(\.wallSeconds) } ?? []
        guard !singleWorker, let realBase = sequentialMedian, realBase > 0, let ourBase = median(ours), ourBase > 0,
              !locked.isEmpty, !threads.isEmpty else {
            emulatedRatio = nil
            gapPercent = nil
            agreement = .notCompared
            return
        }
        // Each side's runs as slowdowns over its own sequential median, so the spread of both enters.
        let real = threads.map { $0 / realBase }
        let emulated = locked.map { $0 / ourBase }
        let emulatedMedian = Summary.median(of: emulated)
        let realMedian = Summary.median(of: real)
        emulatedRatio = emulatedMedian
        gapPercent = abs(emulatedMedian - realMedian) / realMedian * 100
        switch NoiseRule.compare(baseline: real, other: emulated).difference {
        case .same: agreement = .agrees
        case .faster: agreement = .emulationFaster
        case .slower: agreement = .emulationSlower
        }
    }
}
