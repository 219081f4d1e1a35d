import Results

/// `timeline.*`: the sequential, time-sliced and parallel traces of the same few CPU tasks.
enum TimelineValues {
    static func make(_ timeline: TimelineExperiment?) -> [String: TemplateValue] {
        var values: [String: TemplateValue] = ["timeline.recorded": .flag(timeline != nil)]
        let sequential = timeline?.sequential
        let taskCount = sequential.map { Set($0.slices.map(\.task)).count } ?? 0
        values["timeline.tasks"] = timeline.map { _ in .count(taskCount) } ?? .missing
        values["timeline.taskMs"] = sequential.flatMap { run in
            taskCount > 0 ? .fixed(run.wallSeconds * 1000 / Double(taskCount), decimals: 0) : nil
        } ?? .missing
        values["timeline.gapUs"] = timeline.map { .trimmed($0.gapThresholdSeconds * 1_000_000, decimals: 1) } ?? .missing
        values["timeline.sequential.ms"] = milliseconds(sequential)
        values["timeline.sliced.ms"] = milliseconds(timeline?.timeSliced)
        values["timeline.sliced.cpu"] = timeline.map { .count($0.slicedCPU) } ?? .missing
        values["timeline.sliced.switches"] = timeline.map { .count($0.timeSliced.involuntarySwitches) } ?? .missing
        values["timeline.sliced.speedup"] = speedup(sequential, timeline?.timeSliced)
        values["timeline.parallel.ms"] = milliseconds(timeline?.parallel)
        values["timeline.parallel.speedup"] = speedup(sequential, timeline?.parallel)
        values["timeline.parallel.distinctCPUs"] = timeline?.parallel.map { .count(Set($0.slices.map(\.cpu)).count) } ?? .missing
        return values
    }

    private static func milliseconds(_ run: TracedRun?) -> TemplateValue {
        run.map { .fixed($0.wallSeconds * 1000, decimals: 0) } ?? .missing
    }

    /// How many times as fast as the tasks in a row (above 1: faster).
    private static func speedup(_ base: TracedRun?, _ run: TracedRun?) -> TemplateValue {
        guard let base, let run, run.wallSeconds > 0 else { return .missing }
        return .fixed(base.wallSeconds / run.wallSeconds, decimals: 2)
    }
}
