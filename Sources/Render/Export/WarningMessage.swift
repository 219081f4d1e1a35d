import Analysis

extension RunWarning {
    /// The English line concreport prints on stderr, with the remedy; the posts word warnings in their
    /// templates (`concreport warnings` directive).
    public var message: String {
        let about = subject.map { " (\($0))" } ?? ""
        let figure = value.map { NumberText.fixed($0, decimals: 2) } ?? "?"
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
