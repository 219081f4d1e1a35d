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

    /// The English text for stderr, with the remedy.
    public var message: String {
        let about = subject.map { " (\($0))" } ?? ""
        let figure = value.map { String(format: "%.2f", $0) } ?? "?"
        switch kind {
        case .highSpread:
            return "spread above \(Int(Thresholds.highSpread * 100)) %\(about): relative MAD \(figure); close other programs or add repetitions"
        case .slowFirstRun:
            return "first run much slower than the median\(about): ×\(figure); warm-up matters here"
        case .highLoad:
            return "the machine was busy at the start (load \(figure)); numbers may be noisy"
        case .fewerUsableCores:
            return "fewer usable cores than logical CPUs (affinity or cgroup quota); pools sized to usable cores"
        case .singleCore:
            return "only one usable core: parallel speedup is impossible on this run"
        case .throttled:
            return "the cgroup CPU quota throttled the run for \(figure) s; the figures include waits for quota"
        case .fewerRepetitions:
            return "the time budget left fewer repetitions than asked for\(about); those medians rest on fewer runs"
        case .quotaBursts:
            return "runs computed faster than the cgroup quota of \(figure) CPUs allows on average\(about): bursts shorter than a quota period ran on several CPUs at once"
        case .serverRunCut:
            return "some endpoints reached their time bound before every request was answered\(about); their figures describe the answered requests only"
        case .movedThread:
            return "\(figure) async task(s) resumed on another thread after an await\(about); the one-thread executor did not hold"
        }
    }
}
