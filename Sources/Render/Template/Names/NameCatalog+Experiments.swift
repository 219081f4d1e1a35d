import Analysis
import Results

extension NameCatalog {
    static let lock: [NameFamily] = [
        NameFamily("lock.recorded", .flag, "a global-lock ownership trace exists") { .flag($0.results.globalLock != nil) },
        NameFamily("lock.turns", .verdict(LockTurns.self), "whether two or more threads really took turns holding the lock") {
            .verdict($0.findings.lock.turns)
        },
        NameFamily("lock.threads", .count, "threads that held the lock") { .count($0.findings.lock.threads) },
        NameFamily("lock.intervals", .count, "ownership intervals") { .count($0.findings.lock.intervals) },
        NameFamily("lock.handoffs", .count, "times the lock passed to another thread") { .count($0.findings.lock.handoffs) },
        NameFamily("lock.dropRequests", .count, "drop requests set by waiting threads") { .count($0.findings.lock.dropRequests) },
        NameFamily("lock.forcedSwitches", .count, "hand-offs forced by a drop request") { .count($0.findings.lock.forcedSwitches) },
    ]

    static let timeline: [NameFamily] = [
        NameFamily("timeline.recorded", .flag, "the timeline experiment ran") { .flag($0.findings.timeline != nil) },
        NameFamily("timeline.tasks", .count, "its tasks") { .count($0.findings.timeline?.tasks) },
        NameFamily("timeline.taskMs", .milliseconds, "one task, from the sequential run") { .number($0.findings.timeline?.taskMilliseconds) },
        NameFamily("timeline.gapUs", .setting(decimals: 1), "a clock gap longer than this (µs) is time off the CPU") {
            .number($0.results.timeline.map { $0.gapThresholdSeconds * 1_000_000 })
        },
        NameFamily("timeline.sequential.ms", .milliseconds, "the tasks in a row") { .number($0.findings.timeline.map { $0.sequentialSeconds * 1000 }) },
        NameFamily("timeline.sliced.ms", .milliseconds, "the tasks pinned to one core") { .number($0.findings.timeline.map { $0.slicedSeconds * 1000 }) },
        NameFamily("timeline.sliced.cpu", .count, "the core they shared") { .count($0.results.timeline?.slicedCPU) },
        NameFamily("timeline.sliced.switches", .count, "preemptions (involuntary switches) while sliced") { .count($0.findings.timeline?.slicedSwitches) },
        NameFamily("timeline.sliced.preempted", .flag, "the scheduler preempted them at least once") { .flag($0.findings.timeline?.preempted ?? false) },
        NameFamily("timeline.sliced.vsSequential", .verdict(OneRunDifference.self), "time-sliced against in a row (one run each: only a difference of at least the single-run effect counts, else `oneRunEach`)") {
            .verdict($0.findings.timeline?.slicedVsSequential)
        },
        NameFamily("timeline.sliced.speedup", .ratio, "in a row over sliced") { .number($0.findings.timeline?.slicedSpeedup) },
        NameFamily("timeline.parallel.ms", .milliseconds, "the tasks spread over the cores") {
            .number($0.findings.timeline?.parallelSeconds.map { $0 * 1000 })
        },
        NameFamily("timeline.parallel.speedup", .ratio, "in a row over parallel") { .number($0.findings.timeline?.parallelSpeedup) },
        NameFamily("timeline.parallel.distinctCPUs", .count, "CPUs the parallel run was seen on") { .count($0.findings.timeline?.parallelCPUs) },
        NameFamily("timeline.parallel.outcome", .verdict(DemoParallelism.self), "what the parallel run showed") {
            .verdict($0.findings.timeline?.parallel)
        },
        NameFamily("timeline.parallel.fewerCPUsThanTasks", .flag, "fewer CPUs than tasks, so some still took turns") {
            .flag($0.findings.timeline?.fewerCPUsThanTasks ?? false)
        },
    ]

    static let demos: [NameFamily] = [
        NameFamily("gather.recorded", .flag, "the gather demo ran") { .flag($0.findings.gather != nil) },
        NameFamily("gather.tasks", .count, "its tasks") { .count($0.findings.gather?.tasks) },
        NameFamily("gather.wait", .setting(decimals: 3), "each task's wait, s") { .number($0.findings.gather?.waitSeconds) },
        NameFamily("gather.sum", .setting(decimals: 3), "tasks × wait, s") { .number($0.findings.gather?.sumSeconds) },
        NameFamily("gather.total", .seconds, "wall time") { .number($0.findings.gather?.wallSeconds) },
        NameFamily("gather.overlap", .ratio, "sum over wall") { .number($0.findings.gather?.overlap) },
        NameFamily("gather.overlapped", .flag, "the whole took less than the waits in a row, beyond the minimum effect") {
            .flag($0.findings.gather?.overlapped ?? false)
        },
        NameFamily("gather.threadCount", .count, "threads seen at every start and resumption") { .count($0.findings.gather?.threadCount) },
        NameFamily("gather.oneThread", .flag, "one thread throughout") { .flag($0.findings.gather?.oneThread ?? false) },
        NameFamily("demo.recorded", .flag, "the worker-process demo ran") { .flag($0.findings.processDemo != nil) },
        NameFamily("demo.processes", .count, "worker processes, one task each") { .count($0.findings.processDemo?.processes) },
        NameFamily("demo.taskSeconds", .seconds, "one demo task alone (the run in a row ÷ tasks)") { .number($0.findings.processDemo?.taskSeconds) },
        NameFamily("demo.total", .seconds, "wall time of the processes") { .number($0.findings.processDemo?.wallSeconds) },
        NameFamily("demo.sequential", .seconds, "the same tasks in a row") { .number($0.findings.processDemo?.sequentialSeconds) },
        NameFamily("demo.speedup", .ratio, "in a row over the processes") { .number($0.findings.processDemo?.speedup) },
        NameFamily("demo.distinctCPUs", .count, "CPUs the workers were seen on") { .count($0.findings.processDemo?.distinctCPUs) },
        NameFamily("demo.processCount", .count, "distinct worker pids") { .count($0.findings.processDemo?.processCount) },
        NameFamily("demo.outcome", .verdict(DemoParallelism.self), "what the demo showed") { .verdict($0.findings.processDemo?.parallelism) },
    ]

    static let sweep: [NameFamily] = [
        NameFamily("sweep.recorded", .flag, "the core sweep ran") { .flag($0.findings.sweep != nil) },
        NameFamily("sweep.taskSeconds", .seconds, "one task alone (the one-worker point)") { .number($0.findings.sweep?.taskSeconds) },
        NameFamily("sweep.points", .count, "worker counts measured") { .count($0.findings.sweep?.points.count) },
        .sweepPoints("recorded", .flag, "`<p>`: `half` (fewer workers than cores), `equal`, `double` (more): measured") { .flag($0 != nil) },
        .sweepPoints("workers", .count, "worker processes") { .count($0?.workers) },
        .sweepPoints("wall", .seconds, "wall time") { .number($0?.wallSeconds) },
        .sweepPoints("speedup", .ratio, "workers × one task alone over wall") { .number($0?.speedup) },
        .sweepPoints("efficiency", .percent(decimals: 0), "speedup over min(workers, usable cores), as measured (above 100 when the run beat that model)") {
            .number($0?.efficiency.map { $0 * 100 })
        },
        .sweepPoints("voluntary", .count, "voluntary switches") { .count($0?.voluntarySwitches) },
        .sweepPoints("involuntary", .count, "involuntary switches") { .count($0?.involuntarySwitches) },
        .sweepPoints("migrations", .count, "moves between CPUs") { .count($0?.migrations) },
        NameFamily("sweep.aboveModel", .flag, "some measured speedup rose above min(workers, usable cores)") { .flag($0.findings.sweep?.aboveModel ?? false) },
        NameFamily("sweep.equal.keptCoresBusy", .flag, "one worker per core kept the cores busy") { .flag($0.findings.sweep?.equalKeptCoresBusy ?? false) },
        NameFamily("sweep.doubleScaling", .ratio, "wall growth from `equal` to `double` over the workers' growth (1: in step)") {
            .number($0.findings.sweep?.doubleScaling)
        },
        NameFamily("sweep.growth", .verdict(SweepGrowth.self), "how the time grew past one worker per core") { .verdict($0.findings.sweep?.growth) },
        NameFamily("sched.voluntary", .count, "voluntary switches over the sweep") { .count($0.findings.sweep?.voluntarySwitches) },
        NameFamily("sched.involuntary", .count, "involuntary switches over the sweep") { .count($0.findings.sweep?.involuntarySwitches) },
        NameFamily("sched.migrations", .count, "migrations over the sweep") { .count($0.findings.sweep?.migrations) },
    ]
}
