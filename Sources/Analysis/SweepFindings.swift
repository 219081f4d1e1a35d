import Results

/// The core sweep: CPU-bound worker processes below, at and above the usable cores.
public struct SweepFindings: Sendable {
    public struct Point: Sendable {
        public var workers: Int
        public var wallSeconds: Double
        /// Total work (workers × one task alone) over the wall time.
        public var speedup: Double?
        /// Speedup over the cores the workers could use, as measured and never capped: above 1 means the run
        /// beat the model of its usable cores (bursts under a quota, or the one-task baseline's noise), which
        /// the reader should see rather than a clipped 100 %.
        public var efficiency: Double?
        /// The most CPU-bound workers can gain: min(workers, usable cores).
        public var idealSpeedup: Double
        public var voluntarySwitches: Int
        public var involuntarySwitches: Int
        public var migrations: Int
    }

    /// One task alone, seconds (the one-worker point's task).
    public var taskSeconds: Double
    public var points: [Point]
    public var roles: [SweepRole: Point]
    /// The one-worker-per-core point kept the cores busy (`Thresholds.coresKeptBusy`).
    public var equalKeptCoresBusy: Bool
    /// Some measured speedup rose above the model's line, min(workers, usable cores): the post says why
    /// rather than drawing an "ideal" below what was measured without a word.
    public var aboveModel: Bool
    /// Wall-time growth from one worker per core to more, over the growth of the work (1: in step).
    public var doubleScaling: Double?
    public var growth: SweepGrowth
    public var voluntarySwitches: Int
    public var involuntarySwitches: Int
    public var migrations: Int

    init(_ sweep: CoreSweep, usableCores: Int) {
        taskSeconds = sweep.taskSeconds
        let cores = max(1, usableCores)
        func point(_ p: SweepPoint) -> Point {
            let speedup = p.wallSeconds > 0 ? Double(p.workers) * sweep.taskSeconds / p.wallSeconds : nil
            return Point(workers: p.workers, wallSeconds: p.wallSeconds, speedup: speedup,
                         efficiency: speedup.map { $0 / Double(max(1, min(p.workers, cores))) },
                         idealSpeedup: Double(max(1, min(p.workers, cores))),
                         voluntarySwitches: p.voluntarySwitches, involuntarySwitches: p.involuntarySwitches,
                         migrations: p.migrations)
        }
        points = sweep.points.map(point)
        var roles: [SweepRole: Point] = [:]
        for role in SweepRole.allCases {
            roles[role] = role.point(in: sweep, usableCores: usableCores).map(point)
        }
        self.roles = roles
        equalKeptCoresBusy = (roles[.equal]?.efficiency ?? 0) >= Thresholds.coresKeptBusy
        aboveModel = points.contains { ($0.speedup ?? 0) > $0.idealSpeedup }
        if let equal = roles[.equal], let double = roles[.double], equal.wallSeconds > 0, equal.workers > 0 {
            let scaling = (double.wallSeconds / equal.wallSeconds) / (Double(double.workers) / Double(equal.workers))
            doubleScaling = scaling
            growth = scaling >= Thresholds.timeGrewWithWork ? .withTheWork : .lessThanTheWork
        } else {
            doubleScaling = nil
            growth = .notMeasured
        }
        voluntarySwitches = sweep.points.reduce(0) { $0 + $1.voluntarySwitches }
        involuntarySwitches = sweep.points.reduce(0) { $0 + $1.involuntarySwitches }
        migrations = sweep.points.reduce(0) { $0 + $1.migrations }
    }
}
