import Analysis
import Results

extension NameCatalog {
    /// `<w>` is `io` or `cpu`; `<s>` is `sequential`, `async`, `threads`, `processes`, `globalLock`.
    static let cells: [NameFamily] = [
        .cells("median", .seconds, "median wall time of the runs") { cell, _ in .number(cell?.summary.median) },
        .cells("mad", .seconds, "median absolute deviation; `n/a` with a single run (no spread to measure)") { cell, _ in
            .number(cell.flatMap { $0.runs > 1 ? $0.summary.mad : nil })
        },
        .cells("min", .seconds, "fastest run") { cell, _ in .number(cell?.summary.min) },
        .cells("max", .seconds, "slowest run") { cell, _ in .number(cell?.summary.max) },
        .cells("spreadPercent", .percent(decimals: 1), "MAD over median") { cell, _ in .number(cell.map { $0.summary.relativeSpread * 100 }) },
        .cells("speedup", .ratio, "sequential median over this median") { cell, _ in .number(cell?.speedup) },
        .cells("vsSequential", .verdict(Difference.self), "against sequential, noise taken into account") { cell, _ in
            .verdict(cell?.vsSequential)
        },
        .cells("best", .flag, "not slower than the fastest strategy on the workload beyond noise") { cell, _ in .flag(cell?.best ?? false) },
        .cells("parallelism", .verdict(Parallelism.self),
               "threads, processes, global lock: parallel, no gain, or impossible here (one core or one worker)") { cell, _ in
            .verdict(cell?.parallelism)
        },
        .cells("runs", .count, "measured runs") { cell, _ in .count(cell?.runs) },
        .cells("warmups", .count, "warm-up runs (recorded, kept out of the median)") { cell, _ in .count(cell?.warmupRuns) },
        NameFamily("outliers.zScoreAbove", .fixed(decimals: 1), "an outlier's modified z-score exceeds this (`Summary.OutlierRule`)") {
            _ in .number(Summary.OutlierRule.zScoreAbove)
        },
        NameFamily("outliers.minimumPercent", .percent(decimals: 0), "… and it lies more than this far from the median") {
            _ in .number(Summary.OutlierRule.minimumRelativeDistance * 100)
        },
        .cells("outliers", .count, "runs with a modified z-score above `outliers.zScoreAbove`, more than `outliers.minimumPercent` off the median (kept in the median)") {
            cell, _ in .count(cell?.summary.outliers.count)
        },
        .cells("tasks", .count, "tasks per run") { cell, _ in .count(cell?.tasks) },
        .cells("workers", .count, "threads or processes in the pool") { cell, _ in .count(cell?.workers) },
        .cells("cpuPercent", .percent(decimals: 0), "CPU time over wall time") { cell, _ in .number(cell.map { $0.cpuUtilisation * 100 }) },
        .cells("severalCoresBusy", .flag, "CPU time over wall time shows more than one core computing") { cell, _ in
            .flag(cell?.severalCoresBusy ?? false)
        },
        .cells("threadCount", .count, "distinct threads in the representative run, resumptions after awaits included") { cell, _ in
            .count(cell?.threadCount)
        },
        .cells("oneThread", .flag, "every task started and resumed on one and the same thread") { cell, _ in .flag(cell?.oneThread ?? false) },
        .cells("movedTasks", .count, "tasks that resumed on another thread after an await") { cell, _ in .count(cell?.tasksThatMovedThread) },
        .cells("processCount", .count, "distinct processes in the representative run") { cell, _ in .count(cell?.processCount) },
        .cells("voluntarySwitches", .count, "voluntary context switches, representative run") { cell, _ in .count(cell?.voluntarySwitches) },
        .cells("involuntarySwitches", .count, "involuntary context switches, representative run") { cell, _ in
            .count(cell?.involuntarySwitches)
        },
        NameFamily("io.sequential.fewerRuns", .flag, "sequential I/O ran fewer times than async (one run already takes long)") { facts in
            .flag((facts.findings.cell(.sequential, .io)?.runs ?? 0) < (facts.findings.cell(.async, .io)?.runs ?? 0))
        },
        NameFamily("cpu.processes.vsThreads", .verdict(Difference.self), "processes against threads, CPU-bound") {
            .verdict($0.findings.cpuProcessesVsThreads)
        },
        NameFamily("cpu.globalLock.vsThreads", .verdict(Difference.self), "global-lock threads against free threads, CPU-bound") {
            .verdict($0.findings.cpuGlobalLockVsThreads)
        },
    ]
}
