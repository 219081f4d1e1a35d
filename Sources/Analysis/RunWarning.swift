/// Something about the run that weakens its numbers: a judgement `WarningRules` makes from the facts every
/// time a file is read, never stored. Rendered in the post's language by the templates, printed in English
/// on stderr.
public struct RunWarning: Sendable, Equatable {
    public enum Kind: String, Sendable, CaseIterable {
        /// A cell's MAD exceeds `Thresholds.highSpread` of its median.
        case highSpread
        /// A cell's first warm-up run was much slower than its median (only cells with warm-up runs).
        case slowFirstRun
        /// The 1-minute load average at the start exceeded half the usable cores.
        case highLoad
        /// Fewer usable cores than logical CPUs (affinity or cgroup quota).
        case fewerUsableCores
        /// Only one usable core: no parallelism is possible.
        case singleCore
        /// The cgroup CPU quota throttled the run; the value is the throttled time in seconds.
        case throttled
        /// An async task resumed on another thread after an await: the one-thread claim failed.
        case movedThread
        /// The time budget left some cells fewer repetitions than `Settings.repetitions` asked for.
        case fewerRepetitions
        /// Under a cgroup quota, CPU-bound runs computed faster than the quota's CPUs allow on average: bursts
        /// shorter than a quota period ran on several CPUs. The value is the quota in CPUs.
        case quotaBursts
        /// A server run reached its time bound before every request was answered (ours or the FastAPI app's).
        case serverRunCut
    }

    public var kind: Kind
    /// What it concerns, e.g. "threads/cpu"; nil for the whole run.
    public var subject: String?
    /// The figure behind it (a ratio, a load), when there is one.
    public var value: Double?

    public init(kind: Kind, subject: String? = nil, value: Double? = nil) {
        self.kind = kind
        self.subject = subject
        self.value = value
    }
}
