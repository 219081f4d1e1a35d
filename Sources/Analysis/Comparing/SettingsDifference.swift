import Results

/// One setting that differs between the baseline file and another file, and which cells it makes
/// incomparable.
public struct SettingsDifference: Sendable, Equatable {
    /// What the difference invalidates.
    public enum Scope: Sendable, Equatable {
        /// Every cell of these workloads.
        case workloads([WorkloadID])
        /// One strategy on every workload.
        case strategy(StrategyID)
        /// Nothing: the cells stay comparable (e.g. repetitions only change the test's power).
        case none
    }

    /// The `Settings` field, as in results.json.
    public var field: String
    public var baselineValue: String
    public var otherValue: String
    public var scope: Scope

    public func excludes(_ workload: WorkloadID, _ strategy: StrategyID) -> Bool {
        switch scope {
        case let .workloads(workloads): return workloads.contains(workload)
        case let .strategy(excluded): return excluded == strategy
        case .none: return false
        }
    }

    /// Every difference between two files' settings, in `Settings` field order.
    public static func between(_ baseline: Settings, _ other: Settings) -> [SettingsDifference] {
        fields.compactMap { field in
            let (was, now) = (field.value(baseline), field.value(other))
            return was == now ? nil : SettingsDifference(field: field.name, baselineValue: was, otherValue: now,
                                                         scope: field.scope)
        }
    }

    /// Each setting with its JSON name and what a difference in it invalidates.
    public static let fields: [(name: String, scope: Scope, value: @Sendable (Settings) -> String)] = [
        ("quick", .workloads([.io, .cpu]), { "\($0.quick)" }),
        ("ioTasks", .workloads([.io]), { "\($0.ioTasks)" }),
        ("ioWaitSeconds", .workloads([.io]), { "\($0.ioWaitSeconds)" }),
        ("ioThreads", .workloads([.io]), { "\($0.ioThreads)" }),
        ("cpuTasks", .workloads([.cpu]), { "\($0.cpuTasks)" }),
        // Pools follow the usable cores, so machines of different sizes differ here by design.
        ("cpuWorkers", .none, { "\($0.cpuWorkers)" }),
        ("cpuTaskTargetSeconds", .workloads([.cpu]), { "\($0.cpuTaskTargetSeconds)" }),
        ("repetitions", .none, { "\($0.repetitions)" }),
        ("warmupRuns", .none, { "\($0.warmupRuns)" }),
        ("switchIntervalSeconds", .strategy(.globalLock), { "\($0.switchIntervalSeconds)" }),
        // The post's demos and sweeps; the compared cells do not depend on them.
        ("timelineTaskSeconds", .none, { "\($0.timelineTaskSeconds)" }),
        ("gatherTasks", .none, { "\($0.gatherTasks)" }),
        ("gatherWaitSeconds", .none, { "\($0.gatherWaitSeconds)" }),
        ("demoProcesses", .none, { "\($0.demoProcesses)" }),
        ("demoTaskSeconds", .none, { "\($0.demoTaskSeconds)" }),
        ("sweepTaskSeconds", .none, { "\($0.sweepTaskSeconds)" }),
    ]
}
