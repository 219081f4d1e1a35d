/// How much the cgroup CPU quota held the run back: the difference of the kernel's `cpu.stat` counters
/// (cgroup v1 `nr_periods`, `nr_throttled`, `throttled_time`; v2 `throttled_usec`) read before the first
/// cell and after the last measured step, in the group that holds the tightest quota (else the own group).
public struct CPUThrottling: Codable, Sendable, Equatable {
    /// Enforcement periods (`cpu.cfs_period_us` each) that elapsed while the group had runnable tasks.
    public var periods: Int
    /// Periods in which the group used up its quota and its tasks had to wait for the next period.
    public var throttledPeriods: Int
    /// Total time the group's tasks spent throttled, seconds (summed over its CPUs).
    public var throttledSeconds: Double

    public init(periods: Int, throttledPeriods: Int, throttledSeconds: Double) {
        self.periods = periods
        self.throttledPeriods = throttledPeriods
        self.throttledSeconds = throttledSeconds
    }

    /// Whether the quota held the run back at all.
    public var wasThrottled: Bool { throttledPeriods > 0 || throttledSeconds > 0 }
}

/// The part of a run a throttling reading covers: `cpu.stat` is read before and after each, so a post can
/// say which measurements the quota held back and which it did not.
public enum MeasuredSection: String, Codable, Sendable, CaseIterable, CodingKeyRepresentable {
    case comparison, timeline, gather, processDemo, coreSweep, convoy, nativeRelease, server
    case python, pythonConvoy, pythonNativeRelease, pythonServer
}
