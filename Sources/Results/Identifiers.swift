/// The five ways of running the same tasks. The raw value is the JSON key.
public enum StrategyID: String, Codable, Sendable, CaseIterable, Comparable {
    case sequential
    case async
    case threads
    case processes
    case globalLock = "global-lock"

    public static func < (lhs: StrategyID, rhs: StrategyID) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// The two kinds of work.
public enum WorkloadID: String, Codable, Sendable, CaseIterable, Comparable {
    /// A blocking wait per task (the original post's `sleep`).
    case io
    /// A calibrated computation per task.
    case cpu

    public static func < (lhs: WorkloadID, rhs: WorkloadID) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
