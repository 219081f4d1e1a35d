/// Every number the analysis judges by, in one place. Templates hold none: they pick words by the
/// verdicts these produce (see `docs/architecture.md`).
public enum Thresholds {
    /// Two medians closer than this (relative to the baseline) are "the same", whatever the spread says:
    /// timer slack and scheduling jitter on a shared machine reach a few percent, and a reader does not
    /// act on a smaller difference.
    public static let minimumEffect = 0.05

    /// With a single run on either side there is no spread to consult, and one run on a shared machine can
    /// be several times slower than the next: only a difference this large (relative) counts.
    public static let minimumEffectOfSingleRuns = 0.20

    /// With this many runs on each side the rank test can decide; below it (3 vs 3 gives p ≥ 0.1) the
    /// runs' min–max ranges must not overlap instead.
    public static let minimumRunsForRankTest = 5

    /// Below this many values a "99th percentile" is the maximum or next to it: the post calls it the
    /// slowest and gives the count (`TailLatency`).
    public static let minimumSamplesForPercentile99 = 100

    /// Significance level of the two-sided Mann–Whitney U test.
    public static let alpha = 0.05

    /// A cell whose median absolute deviation exceeds this share of its median gets a `highSpread` warning.
    public static let highSpread = 0.10

    /// A first warm-up run this many times slower than the cell's median gets a `slowFirstRun` warning.
    public static let slowFirstRun = 1.5

    /// A 1-minute load average above this share of the usable cores at the start gets a `highLoad`
    /// warning: half the cores already busy is enough to bend the parallel cells.
    public static let highLoadPerCore = 0.5

    /// CPU time over wall time above this means more than one core computed at once (one busy core is
    /// 1.0; the margin keeps a busy core plus bookkeeping threads from counting as two).
    public static let severalCoresBusy = 1.2

    /// The core sweep's one-worker-per-core point kept the cores busy when its efficiency reached this.
    public static let coresKeptBusy = 0.8

    /// Doubling the workers past the cores "grew the time with the work" when the wall time grew at least
    /// this share of the workers' ratio; well below means the cores were not yet full.
    public static let timeGrewWithWork = 0.85

    /// A convoy comes from the lock when the I/O thread spent at least this share of its round trips'
    /// latency waiting to retake the lock after a blocking call: then the lock, not the system calls or
    /// the competition for cores, made the round trips slow.
    public static let convoyFromLock = 0.5

    /// The emulated convoy "matches" CPython's when its per-operation median latency is within this factor
    /// of CPython's, either way: both are a few switch intervals long and set by the
    /// same wake-ups, so closer agreement would be luck, and a larger gap would mean another mechanism.
    public static let convoyAgreementFactor = 1.5

    /// Native release "scales like free threads" when its speedup reaches this share of theirs: the few microseconds it holds the lock per call and the hand-offs cost a little, no more.
    public static let nativeReleaseNearFreeThreads = 0.9

    /// `/health` was blocked by an endpoint's handlers (not merely slowed by the load) when its median
    /// exceeded idle's by at least this share of one handler's own time. A poll that arrives while a handler
    /// holds the loop waits for the rest of it, half a handler on average; a poll that finds the loop free
    /// waits nothing; so a median shift of a quarter handler means at least half the polls met a held loop.
    /// A load that only competes for the cores delays a poll by scheduling slices, far less. The median, not
    /// a tail, because a blocked loop lets few polls through, and one slow poll must not make a free loop
    /// look blocked.
    public static let loopBlockedShare = 0.25

    /// A latency shift that is real (beyond the runs' spread) but below this many milliseconds at the median
    /// is "negligible in practice": a tenth of a millisecond is less than one loopback round trip through
    /// an HTTP stack costs, and far below what any client of a web server can notice.
    public static let negligibleLatencyShiftMs = 0.1

    /// How far one machine's medians of repeated runs move between runs minutes apart. Back-to-back full runs
    /// of one build on one 2-core machine moved the cells by up to 13 % (docs/fleet.md, "Same-machine
    /// controls"). `diff` flags a difference between files only beyond it, since a file holds only its
    /// own run's noise.
    public static let betweenRunDrift = 0.15

    /// The same for latencies under load (the server's p99s, `/health` polled during a load): in the same
    /// controls they moved by up to 1.8× (p99 of `/io-async`, 27.7 against 15.6 ms) and, below a
    /// millisecond, by up to 6× (`/health` during the `/health` load, 0.50 against 0.08 ms). A difference
    /// between files needs a ratio beyond 1 + this **and** a shift of `betweenRunLoadedLatencyShiftMs`.
    public static let betweenRunLoadedLatencyDrift = 1.0

    /// See `betweenRunLoadedLatencyDrift`: the shift, milliseconds, below which a loaded latency's change
    /// between files is drift.
    public static let betweenRunLoadedLatencyShiftMs = 1.0
}
