import Foundation
import Results

/// The machine's shape as it bears on the post's claims.
public struct MachineFindings: Sendable {
    public var usableCores: Int
    /// One usable core: a single CPU, or a quota of one CPU's time.
    public var singleCore: Bool { usableCores <= 1 }
    public var shape: CoreShape
    public var limit: CoreLimit
    /// `--cpu-workers` sized the CPU pools differently from the usable cores.
    public var cpuWorkersOverridden: Bool
    /// The switch interval is CPython's default (5 ms).
    public var switchIntervalIsCPythons: Bool
    /// Fewer physical cores than logical CPUs (SMT): a "core" in the post is a logical CPU.
    public var logicalCPUsShareCores: Bool
    /// The cgroup quota throttled the run (some periods ran out of quota).
    public var throttled: Bool
    /// The throttling read around each section of the run, in the order measured; empty when not recorded.
    public var throttlingBySection: [(section: MeasuredSection, throttling: CPUThrottling)]
    /// The whole run's throttling: the sum of its sections when they were read (CPython's parts included,
    /// which the run-wide reading does not cover), else the run-wide reading.
    public var totalThrottling: CPUThrottling?
    /// The sections in which the quota ran out in some period: only their timings include waits for quota.
    public var throttledSections: [MeasuredSection] {
        throttlingBySection.filter { $0.throttling.wasThrottled }.map(\.section)
    }
    init(_ machine: MachineFacts, settings: Settings, throttling: CPUThrottling?,
         bySection: [MeasuredSection: CPUThrottling]? = nil) {
        usableCores = machine.usableCores
        if machine.usableCores <= 1 {
            shape = machine.affinityCPUs.count > 1 ? .oneByQuota : .one
        } else {
            shape = machine.usableCores < machine.logicalCPUs ? .limited : .all
        }
        let affinityLimits = !machine.affinityCPUs.isEmpty && machine.affinityCPUs.count < machine.logicalCPUs
        let quotaLimits = machine.cgroupQuotaCPUs.map { Int($0.rounded(.up)) < machine.logicalCPUs } ?? false
        switch (affinityLimits, quotaLimits) {
        case (true, true): limit = .both
        case (true, false): limit = .affinity
        case (false, true): limit = .quota
        case (false, false): limit = .none
        }
        logicalCPUsShareCores = machine.physicalCores.map { $0 < machine.logicalCPUs } ?? false
        cpuWorkersOverridden = settings.cpuWorkers != machine.usableCores
        switchIntervalIsCPythons = abs(settings.switchIntervalSeconds - 0.005) < 1e-9
        throttlingBySection = MeasuredSection.allCases.compactMap { section in
            bySection?[section].map { (section, $0) }
        }
        if throttlingBySection.isEmpty {
            totalThrottling = throttling
        } else {
            totalThrottling = throttlingBySection.map(\.throttling).reduce(CPUThrottling(periods: 0, throttledPeriods: 0, throttledSeconds: 0)) {
                CPUThrottling(periods: $0.periods + $1.periods, throttledPeriods: $0.throttledPeriods + $1.throttledPeriods,
                              throttledSeconds: $0.throttledSeconds + $1.throttledSeconds)
            }
        }
        throttled = totalThrottling?.wasThrottled ?? false
    }
}
