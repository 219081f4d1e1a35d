import Results

/// Free threads, global-lock threads, and global-lock threads releasing the lock around native calls,
/// against the same tasks in a row.
public struct NativeReleaseFindings: Sendable {
    public enum Variant: String, Sendable, CaseIterable {
        case sequential, threads, globalLock, nativeRelease
    }

    public var tasks: Int
    public var workers: Int
    /// Share of each task's kernel iterations run holding the lock, percent.
    public var heldPercent: Double
    public var medians: [Variant: Double]
    /// Sequential median over each variant's.
    public var speedups: [Variant: Double]
    /// Each variant against sequential, noise taken into account.
    public var vsSequential: [Variant: Difference]
    /// Native release against free threads.
    public var nativeVsThreads: Difference
    /// Native release's speedup over the free threads' speedup.
    public var ofFreeThreads: Double?
    public var scaling: NativeScaling

    init(_ experiment: NativeReleaseExperiment, usableCores: Int) {
        tasks = experiment.tasks
        workers = experiment.workers
        let perCall = experiment.heldIterationsPerCall + experiment.nativeCallIterations
        heldPercent = perCall > 0 ? Double(experiment.heldIterationsPerCall) / Double(perCall) * 100 : 100
        let walls: [Variant: [Double]] = [
            .sequential: experiment.sequentialWallSeconds, .threads: experiment.threadsWallSeconds,
            .globalLock: experiment.globalLockWallSeconds, .nativeRelease: experiment.nativeReleaseWallSeconds,
        ]
        var medians: [Variant: Double] = [:], speedups: [Variant: Double] = [:], vsSequential: [Variant: Difference] = [:]
        let base = walls[.sequential] ?? []
        for (variant, times) in walls where !times.isEmpty {
            let median = Summary.median(of: times)
            medians[variant] = median
            if !base.isEmpty, median > 0 { speedups[variant] = Summary.median(of: base) / median }
            vsSequential[variant] = NoiseRule.compare(baseline: base, other: times).difference
        }
        self.medians = medians
        self.speedups = speedups
        self.vsSequential = vsSequential
        nativeVsThreads = NoiseRule.compare(baseline: walls[.threads] ?? [], other: walls[.nativeRelease] ?? []).difference
        ofFreeThreads = speedups[.nativeRelease].flatMap { native in speedups[.threads].map { native / $0 } }
        if experiment.workers <= 1 || (usableCores <= 1 && vsSequential[.nativeRelease] != .faster && vsSequential[.threads] != .faster) {
            scaling = .notPossible
        } else if vsSequential[.nativeRelease] != .faster {
            scaling = vsSequential[.threads] == .faster ? .noGain : .noParallelism
        } else if nativeVsThreads != .slower, (ofFreeThreads ?? 0) >= Thresholds.nativeReleaseNearFreeThreads {
            // Both: not slower than free threads beyond noise, and its median speedup near theirs. A spread
            // wide enough to hide a shortfall is not "like free threads".
            scaling = .likeFreeThreads
        } else {
            scaling = .partly
        }
    }
}
