import Foundation
import Results

/// What one convoy run shows: latency per round trip, the share of it spent waiting for the lock, and the
/// CPU-bound threads' work rate.
public struct ConvoyPointFindings: Sendable {
    public var cpuThreads: Int
    public var switchIntervalMs: Double
    /// Median round-trip latency, milliseconds.
    public var p50Ms: Double
    /// The slow end of the round trips: the slowest of them, since a run has fewer than a hundred.
    public var tail: TailLatency
    /// All round trips, milliseconds.
    public var totalMs: Double
    public var latencySeconds: [Double]
    /// Waiting to retake the lock over the round trips' total latency, percent (emulation only).
    public var lockWaitPercent: Double?
    /// Share of the wall time each CPU-bound thread computed (their CPU time over wall time and threads),
    /// percent: what the lock left them; nil without CPU-bound threads or without a CPU time (the
    /// calibration's rate stands in then, and drifts with the machine's clock speed).
    public var cpuPercent: Double?
    /// Seconds per million kernel iterations of the CPU-bound threads (the inverse of their throughput).
    var secondsPerMegaIteration: Double?

    init(_ run: ConvoyRun, calibration: Calibration?) {
        cpuThreads = run.cpuThreads
        switchIntervalMs = run.switchIntervalSeconds * 1000
        latencySeconds = run.latencySeconds
        p50Ms = Summary.medianOrZero(of: run.latencySeconds) * 1000
        tail = TailLatency(seconds: run.latencySeconds)
        let total = run.latencySeconds.reduce(0, +)
        totalMs = total * 1000
        lockWaitPercent = run.lockWaits.map { waits in
            total > 0 ? waits.reduce(0) { $0 + ($1.endSeconds - $1.startSeconds) } / total * 100 : 0
        }
        if let iterations = run.cpuIterations, run.wallSeconds > 0 {
            let rate = Double(iterations) / run.wallSeconds
            secondsPerMegaIteration = rate > 0 ? 1e6 / rate : nil
            if let cpu = run.cpuSeconds, run.cpuThreads > 0 {
                cpuPercent = min(cpu / run.wallSeconds / Double(run.cpuThreads), 1) * 100
            } else if let calibration, calibration.measuredSeconds > 0, calibration.iterationsPerTask > 0 {
                cpuPercent = rate / (Double(calibration.iterationsPerTask) / calibration.measuredSeconds) * 100
            }
        }
    }
}

/// The switch-interval sweep's three points.
public enum SwitchPoint: String, Sendable, CaseIterable {
    /// The shortest interval (1 ms).
    case short
    /// CPython's default (5 ms).
    case standard
    /// The longest (20 ms).
    case long
}

/// The convoy effect and the switch-interval sweep, with CPython's convoy when it ran.
public struct ConvoyFindings: Sendable {
    public var roundTrips: Int
    /// By CPU-bound threads beside the I/O thread: 0 (alone), 1, 2.
    public var points: [Int: ConvoyPointFindings]
    /// Beside 1 and 2 CPU-bound threads, against alone.
    public var vsAlone: [Int: Difference]
    /// Beside one CPU-bound thread: whether a convoy appeared, and whether the lock made it.
    public var effect: ConvoyEffect
    public var sweep: [SwitchPoint: ConvoyPointFindings]
    /// The longest interval's round trips against the shortest's.
    public var sweepLatency: Difference
    /// The longest interval's CPU work rate against the shortest's (faster: more work per second).
    public var sweepThroughput: OneRunDifference
    public var tradeOff: SwitchTradeOff
    public var python: PythonConvoyFindings?

    init(_ convoy: ConvoyExperiment, python: PythonConvoy?, calibration: Calibration) {
        roundTrips = convoy.roundTrips
        var points: [Int: ConvoyPointFindings] = [:]
        for run in convoy.runs { points[run.cpuThreads] = ConvoyPointFindings(run, calibration: calibration) }
        self.points = points
        let alone = points[0]?.latencySeconds ?? []
        var vsAlone: [Int: Difference] = [:]
        for threads in [1, 2] {
            if let point = points[threads] {
                vsAlone[threads] = NoiseRule.compareSamples(baseline: alone, other: point.latencySeconds).difference
            }
        }
        self.vsAlone = vsAlone
        if let beside = points[1], let aloneTotal = points[0]?.totalMs, !alone.isEmpty {
            // A convoy lives in a few long waits, which a median can leave untouched: the round trips were
            // slowed when their median was, or when all of them together took longer by more than one run's
            // noise can explain (one total each).
            let slowed = vsAlone[1] == .slower || Self.longerInAll(beside.totalMs, than: aloneTotal)
            if slowed {
                effect = (beside.lockWaitPercent ?? 0) >= Thresholds.convoyFromLock * 100 ? .fromTheLock : .notFromTheLock
            } else {
                effect = .none
            }
        } else {
            effect = .notMeasured
        }
        let ordered = convoy.sweep.sorted { $0.switchIntervalSeconds < $1.switchIntervalSeconds }
        var sweep: [SwitchPoint: ConvoyPointFindings] = [:]
        if ordered.count == SwitchPoint.allCases.count {
            for (role, run) in zip(SwitchPoint.allCases, ordered) { sweep[role] = ConvoyPointFindings(run, calibration: calibration) }
        }
        self.sweep = sweep
        if let short = sweep[.short], let long = sweep[.long] {
            let byMedian = NoiseRule.compareSamples(baseline: short.latencySeconds, other: long.latencySeconds).difference
            sweepLatency = Self.longerInAll(long.totalMs, than: short.totalMs) ? .slower : byMedian
            // One work rate per point: the single-run rule of `NoiseRule` decides.
            sweepThroughput = short.secondsPerMegaIteration.flatMap { short in
                long.secondsPerMegaIteration.map { OneRunDifference(baseline: short, other: $0) }
            } ?? .oneRunEach
            switch (sweepLatency, sweepThroughput) {
            case (.slower, .faster): tradeOff = .latencyForThroughput
            case (.slower, _): tradeOff = .latencyOnly
            default: tradeOff = .noTradeOff
            }
        } else {
            sweepLatency = .same
            sweepThroughput = .oneRunEach
            tradeOff = .notMeasured
        }
        self.python = python.map { PythonConvoyFindings($0, emulated: points) }
    }

    /// All round trips together took longer by at least the single-run effect: one total against one total.
    static func longerInAll(_ total: Double, than baseline: Double) -> Bool {
        baseline > 0 && total >= baseline * (1 + Thresholds.minimumEffectOfSingleRuns)
    }
}


/// CPython's convoy beside the emulated one.
public struct PythonConvoyFindings: Sendable {
    public var interpreter: String
    public var gil: GILState
    public var switchIntervalMs: Double?
    public var points: [Int: ConvoyPointFindings]
    /// CPython's convoy beside one thread against its round trips alone.
    public var vsAlone: Difference
    /// The emulated median round trip beside one thread over CPython's.
    public var emulatedOverReal: Double?
    public var agreement: ConvoyAgreement
    /// Beside two CPU-bound threads: the emulated median round trip over CPython's.
    public var emulatedOverRealBesideTwo: Double?
    /// Beside two CPU-bound threads: the emulated round trips' total over CPython's.
    public var emulatedTotalOverRealBesideTwo: Double?
    /// Beside two threads both the medians and the round trips' totals must agree: a milder convoy can match
    /// a median and still lose the long waits.
    public var agreementBesideTwo: ConvoyAgreement

    init(_ python: PythonConvoy, emulated: [Int: ConvoyPointFindings]) {
        interpreter = "\(python.implementation) \(python.pythonVersion)"
        gil = python.gilEnabled ? .on : .off
        var points: [Int: ConvoyPointFindings] = [:]
        for run in python.runs { points[run.cpuThreads] = ConvoyPointFindings(run, calibration: nil) }
        self.points = points
        switchIntervalMs = points[1]?.switchIntervalMs
        vsAlone = NoiseRule.compareSamples(baseline: points[0]?.latencySeconds ?? [],
                                    other: points[1]?.latencySeconds ?? []).difference
        func ratios(_ threads: Int) -> (median: Double, total: Double)? {
            guard python.gilEnabled, let real = points[threads], let ours = emulated[threads], real.p50Ms > 0, real.totalMs > 0 else { return nil }
            return (ours.p50Ms / real.p50Ms, ours.totalMs / real.totalMs)
        }
        let one = ratios(1), two = ratios(2)
        emulatedOverReal = one?.median
        agreement = Self.agreement(one.map { [$0.median] } ?? [])
        emulatedOverRealBesideTwo = two?.median
        emulatedTotalOverRealBesideTwo = two?.total
        agreementBesideTwo = Self.agreement(two.map { [$0.median, $0.total] } ?? [])
    }

    /// Every ratio within `Thresholds.convoyAgreementFactor` agrees; otherwise the one furthest out decides.
    static func agreement(_ ratios: [Double]) -> ConvoyAgreement {
        guard let worst = ratios.max(by: { abs(log($0)) < abs(log($1)) }) else { return .notCompared }
        if worst > Thresholds.convoyAgreementFactor { return .emulationSlower }
        if worst < 1 / Thresholds.convoyAgreementFactor { return .emulationFaster }
        return .agrees
    }
}
