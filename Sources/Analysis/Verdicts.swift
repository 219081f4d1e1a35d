import Results

/// What a parallel strategy achieved against the same tasks in a row.
public enum Parallelism: String, Sendable, CaseIterable, Verdict {
    /// Faster than sequential beyond noise: the workers computed at the same time. Decided by the
    /// measurement, so it holds under a quota of one CPU too, where bursts shorter than a quota period
    /// run on several CPUs.
    case parallel
    /// More than one core and worker were available, yet no faster than sequential beyond noise.
    case noGain
    /// A pool of one (or no pool: sequential, async): the tasks ran one after another on one worker.
    case oneWorker
    /// Several workers, one usable core, and no faster than sequential: they shared it.
    case oneCore
}

/// How many of the machine's CPUs the run could use.
public enum CoreShape: String, Sendable, CaseIterable, Verdict {
    /// A single CPU (the affinity set): no two tasks can run at the same instant.
    case one
    /// A cgroup quota of at most one CPU's time over several CPUs: tasks may run at the same instant on
    /// different CPUs, but together get at most one CPU's worth of time, so no speedup above 1× can show.
    case oneByQuota
    /// Fewer usable cores than logical CPUs.
    case limited
    /// Every logical CPU was usable.
    case all
}

/// What limited the usable cores below the logical CPUs.
public enum CoreLimit: String, Sendable, CaseIterable, Verdict {
    case none
    /// The process's CPU affinity set.
    case affinity
    /// A cgroup CPU quota.
    case quota
    /// Both, each below the logical CPUs.
    case both
}

/// Whether the global-lock threads really took turns holding the lock.
public enum LockTurns: String, Sendable, CaseIterable, Verdict {
    /// Two or more threads, and the lock changed hands.
    case tookTurns
    /// One thread held it throughout (a pool of one, or no hand-off happened).
    case noTurns
    /// No lock trace in these results.
    case notRecorded
}

/// A small demo (the timeline's parallel run, the process demo) against its tasks in a row.
public enum DemoParallelism: String, Sendable, CaseIterable, Verdict {
    /// Several CPUs, and faster than in a row by more than the minimum effect.
    case parallel
    /// Several CPUs, but not faster by more than the minimum effect.
    case noGain
    /// Every task was seen on one CPU.
    case oneCPU
    /// One usable core (or no such run): parallelism cannot appear.
    case notPossible
}

/// How the wall time grew when the sweep went past one worker per core.
public enum SweepGrowth: String, Sendable, CaseIterable, Verdict {
    /// In proportion to the extra work: the cores were already full.
    case withTheWork
    /// Less than the extra work: the cores were not yet full at one worker per core.
    case lessThanTheWork
    /// The sweep has no point at or above the cores to compare.
    case notMeasured
}

/// Whether CPython's GIL was on in the interpreter that ran.
public enum GILState: String, Sendable, CaseIterable, Verdict {
    case on
    case off
    case notRun
}

/// The emulated global lock's slowdown against the real GIL's, with the spread of both.
public enum EmulationAgreement: String, Sendable, CaseIterable, Verdict {
    /// The two ratios are the same within their runs' noise.
    case agrees
    /// The emulation's threads lost less time to the lock than CPython's.
    case emulationFaster
    /// The emulation's threads lost more time to the lock than CPython's.
    case emulationSlower
    /// Nothing to compare (no CPython run, or no global-lock cell).
    case notCompared
}

/// What short blocking calls suffered beside CPU-bound threads behind the global lock.
public enum ConvoyEffect: String, Sendable, CaseIterable, Verdict {
    /// Slower than alone (by the median beyond noise, or by all round trips together beyond one run's
    /// noise), and waiting to retake the lock made up most of the latency (`Thresholds.convoyFromLock`).
    case fromTheLock
    /// Slower than alone, but mostly not from waiting for the lock.
    case notFromTheLock
    /// Neither the median nor all round trips together were slower than alone.
    case none
    /// No such run in these results.
    case notMeasured
}

/// The emulated convoy's per-operation latency against CPython's, beside one CPU-bound thread.
public enum ConvoyAgreement: String, Sendable, CaseIterable, Verdict {
    /// Within `Thresholds.convoyAgreementFactor` of each other.
    case agrees
    /// The emulation's round trips were shorter by more than that factor.
    case emulationFaster
    /// The emulation's round trips were longer by more than that factor.
    case emulationSlower
    /// Nothing to compare: no CPython convoy, its GIL off, or no emulated convoy.
    case notCompared
}

/// What a longer switch interval traded, from the sweep's shortest to its longest interval.
public enum SwitchTradeOff: String, Sendable, CaseIterable, Verdict {
    /// Longer blocking round trips, and more CPU work done per second.
    case latencyForThroughput
    /// Longer blocking round trips, CPU throughput the same within noise.
    case latencyOnly
    /// The round trips did not get longer beyond noise.
    case noTradeOff
    /// The sweep did not run.
    case notMeasured
}

/// Native release against free threads.
public enum NativeScaling: String, Sendable, CaseIterable, Verdict {
    /// Its speedup reached `Thresholds.nativeReleaseNearFreeThreads` of the free threads' and it beat sequential.
    case likeFreeThreads
    /// It beat sequential, but fell short of the free threads.
    case partly
    /// It did not beat sequential beyond noise, though free threads did.
    case noGain
    /// Neither it nor free threads beat sequential beyond noise: the cores were not free to work in parallel.
    case noParallelism
    /// One usable core: neither could scale.
    case notPossible
}

/// Whether an endpoint style's load kept the server's event loop from answering `/health`.
public enum LoopState: String, Sendable, CaseIterable, Verdict {
    /// `/health` answered as fast as on the idle server, within noise.
    case free
    /// `/health` was slower than idle beyond noise, but its median moved by less than
    /// `Thresholds.negligibleLatencyShiftMs`: measurable, and too small for any client to notice.
    case negligible
    /// `/health` was slower than idle beyond noise, by at least `Thresholds.negligibleLatencyShiftMs` at the
    /// median, but by less than the handlers' own blocking time
    /// would explain (`Thresholds.loopBlockedShare`): the load competed with it, it did not hold the loop.
    case slowed
    /// `/health` waited for the handlers: slower than idle beyond noise, by a large share of the time one
    /// handler holds the loop.
    case blocked
    /// Not measured.
    case notMeasured
}

/// Why the original post's FastAPI app was or was not measured beside concreport's server.
public enum PythonServerState: String, Sendable, CaseIterable, Verdict {
    /// It ran and was measured.
    case measured
    /// `--compare-python` was given, but no interpreter with FastAPI and uvicorn was found, or the app
    /// failed to start; the reason is recorded.
    case unavailable
    /// `--compare-python` was not given.
    case notAsked
}

extension PythonNotMeasured.Cause: Verdict {}

/// What a remedy for the server's CPU pool did to `/health` during its load, against the pool as the original post
/// creates it (`/cpu-bound`), noise and `Thresholds.negligibleLatencyShiftMs` taken into account.
public enum RemedyEffect: String, Sendable, CaseIterable, Verdict {
    /// `/health` was faster beyond noise, and its median moved by at least the negligible bound.
    case helped
    /// Faster or slower beyond noise, but the median moved by less than the negligible bound.
    case negligible
    /// The same within noise.
    case same
    /// Slower beyond noise, by at least the negligible bound.
    case hurt
    /// On this run the remedy's pool was the original post's pool itself (one usable core leaves no worker to
    /// drop; a kernel that refused SCHED_IDLE left the idle pool at the default priority).
    case identical
    case notMeasured
}
