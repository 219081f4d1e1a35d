import Results

extension StrategyID {
    /// The strategy's name in templates: `globalLock`, where the JSON key is `global-lock`.
    var templateName: String { self == .globalLock ? "globalLock" : rawValue }

    /// `io.async` and friends: every workload × strategy pair a template may name.
    static var cellNames: [String] {
        WorkloadID.allCases.flatMap { workload in allCases.map { "\(workload.rawValue).\($0.templateName)" } }
    }
}

extension ServerStyle {
    /// The endpoint style's name in templates: `ioOnLoop` for `io-sync-on-loop`.
    var templateName: String {
        switch self {
        case .health: return "health"
        case .ioAsync: return "ioAsync"
        case .ioThreadPool: return "ioThreadPool"
        case .ioOnLoop: return "ioOnLoop"
        case .ioAsyncShared: return "ioAsyncShared"
        case .cpuProcessPool: return "cpuProcessPool"
        case .cpuProcessPoolIdle: return "cpuProcessPoolIdle"
        case .cpuProcessPoolFewer: return "cpuProcessPoolFewer"
        case .cpuThreadPool: return "cpuThreadPool"
        case .cpuDef: return "cpuDef"
        case .cpuOnLoop: return "cpuOnLoop"
        }
    }
}
