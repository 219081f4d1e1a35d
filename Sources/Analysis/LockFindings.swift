import Results

/// What the global lock's ownership trace shows.
public struct LockFindings: Sendable {
    public var turns: LockTurns
    /// Threads that held the lock at least once.
    public var threads: Int
    public var intervals: Int
    /// Times the lock passed from one thread to another.
    public var handoffs: Int
    public var dropRequests: Int
    public var forcedSwitches: Int

    init(_ trace: GlobalLockTrace?) {
        guard let trace else {
            turns = .notRecorded
            threads = 0; intervals = 0; handoffs = 0; dropRequests = 0; forcedSwitches = 0
            return
        }
        threads = Set(trace.intervals.map(\.thread)).count
        intervals = trace.intervals.count
        handoffs = zip(trace.intervals, trace.intervals.dropFirst()).filter { $0.thread != $1.thread }.count
        dropRequests = trace.dropRequests
        forcedSwitches = trace.forcedSwitches
        turns = threads >= 2 && handoffs > 0 ? .tookTurns : .noTurns
    }
}
