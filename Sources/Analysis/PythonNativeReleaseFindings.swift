import Results

/// Native code releasing the GIL in CPython itself (one library: `hashlib` or NumPy), judged as the emulated
/// native release is: its threads against the same tasks in a row, noise taken into account, and its
/// speedup beside the emulation's.
public struct PythonNativeReleaseFindings: Sendable {
    /// Which library a measurement called.
    public enum Library: String, Sendable, CaseIterable {
        case hashlib, numpy

        init?(_ name: String) {
            if name.hasPrefix("hashlib") { self = .hashlib } else if name.hasPrefix("numpy") { self = .numpy } else { return nil }
        }
    }

    public var library: Library
    public var tasks: Int
    public var sizePerTask: Int
    public var sequentialSeconds: Double
    public var threadsSeconds: Double
    /// Sequential median over the threads' median.
    public var speedup: Double?
    /// The threads against the tasks in a row, noise taken into account.
    public var vsSequential: Difference
    /// Its speedup over the emulated native release's (nil without it).
    public var ofEmulated: Double?
    /// Whether the emulation's speedup agrees with CPython's within `Thresholds.convoyAgreementFactor`.
    public var emulationAgrees: Bool
    /// Both CPython's threads and the emulated release beat the tasks in a row beyond noise: only then do
    /// their speedups say something about releasing the lock, and only then are they compared.
    public var comparable: Bool

    init?(_ experiment: PythonNativeRelease, emulated: NativeReleaseFindings?) {
        guard let library = Library(experiment.library) else { return nil }
        self.library = library
        tasks = experiment.tasks
        sizePerTask = experiment.sizePerTask
        sequentialSeconds = Summary.median(of: experiment.sequentialWallSeconds)
        threadsSeconds = Summary.median(of: experiment.threadsWallSeconds)
        speedup = threadsSeconds > 0 ? sequentialSeconds / threadsSeconds : nil
        vsSequential = NoiseRule.compare(baseline: experiment.sequentialWallSeconds, other: experiment.threadsWallSeconds).difference
        ofEmulated = speedup.flatMap { real in emulated?.speedups[.nativeRelease].map { $0 / real } }
        comparable = vsSequential == .faster && emulated?.vsSequential[.nativeRelease] == .faster && ofEmulated != nil
        emulationAgrees = comparable
            && ofEmulated.map { $0 <= Thresholds.convoyAgreementFactor && $0 >= 1 / Thresholds.convoyAgreementFactor } ?? false
    }
}
