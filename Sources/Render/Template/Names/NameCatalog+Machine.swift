import Analysis
import Foundation
import Results

extension NameCatalog {
    static let run: [NameFamily] = [
        NameFamily("run.date", .text, "when measured, Jekyll form `2026-11-25 18:30:00 +0900`") { facts in
            .text(JekyllDate(iso8601: facts.results.measuredAt)?.text ?? facts.results.measuredAt)
        },
        NameFamily("run.measuredAt", .text, "when measured, ISO 8601") { .text($0.results.measuredAt) },
        NameFamily("run.quick", .flag, "a `--quick` run (durations ÷10)") { .flag($0.results.settings.quick) },
        NameFamily("run.schemaVersion", .count, "the results file's schema") { .count($0.results.schemaVersion) },
        NameFamily("tool.name", .text, "`concreport`") { .text($0.results.tool.name) },
        NameFamily("tool.version", .text, "the version that measured") { .text($0.results.tool.version) },
        NameFamily("tool.commit", .text, "the commit it was built from (`-dirty` with local changes), `—` when not recorded") {
            .text($0.results.tool.commit ?? "—")
        },
        NameFamily("tool.linking", .text, "`static`, or `dynamic: ` and the shared libraries; `—` when not recorded") {
            .text($0.results.tool.linking ?? "—")
        },
        NameFamily("post.originalURL", .text, "the original post's address (`--original-url`)") { .text($0.links.original) },
        NameFamily("post.url", .text, "this post's address (`--post-url`), written in its `permalink:`") { .text($0.links.post) },
        NameFamily("post.companionURL", .text, "the companion post's address (`--companion-url`)") { .text($0.links.companion) },
        NameFamily("run.label", .text, "the machine's label: `--label`, else its CPU model and usable cores") { .text($0.results.machineLabel) },
    ]

    static let machine: [NameFamily] = [
        NameFamily("machine.cpuModel", .text, "CPU model (`/proc/cpuinfo`)") { .text($0.results.machine.cpuModel) },
        NameFamily("machine.logicalCPUs", .count, "logical CPUs online") { .count($0.results.machine.logicalCPUs) },
        NameFamily("machine.physicalCores", .count, "physical cores, when readable") { .count($0.results.machine.physicalCores) },
        NameFamily("machine.usableCores", .count, "min(affinity, ⌈cgroup quota⌉): what the run could use") {
            .count($0.results.machine.usableCores)
        },
        NameFamily("machine.affinity", .text, "the affinity set as ranges (`0-1`)") {
            .text(CPURanges($0.results.machine.affinityCPUs).text)
        },
        NameFamily("machine.affinityCount", .count, "CPUs in the affinity set") { .count($0.results.machine.affinityCPUs.count) },
        // "—" rather than n/a: no quota is a fact, not a gap in the data.
        NameFamily("machine.cgroupQuota", .text, "the tightest cgroup CPU quota in CPUs, `—` when none") { facts in
            .text(facts.results.machine.cgroupQuotaCPUs.map { TemplateValue.trimmed($0, decimals: 2).text } ?? "—")
        },
        NameFamily("machine.cgroupLimited", .flag, "a cgroup CPU quota applies") { .flag($0.results.machine.cgroupQuotaCPUs != nil) },
        NameFamily("machine.memoryGiB", .fixed(decimals: 1), "memory, GiB") {
            .number(Double($0.results.machine.memoryBytes) / 1_073_741_824)
        },
        NameFamily("machine.os", .text, "operating system") { .text($0.results.machine.osName) },
        NameFamily("machine.kernel", .text, "kernel release") { .text($0.results.machine.kernel) },
        NameFamily("machine.arch", .text, "CPU architecture") { .text($0.results.machine.architecture) },
        NameFamily("machine.swift", .text, "Swift version that built the tool (the compiler's full version when recorded)") {
            .text($0.results.tool.swift ?? $0.results.machine.swiftVersion)
        },
        NameFamily("machine.clockResolutionNs", .count, "monotonic clock resolution, ns") {
            .count($0.results.machine.clockResolutionNanoseconds)
        },
        NameFamily(pattern: "machine.load1, load5, load15", .fixed(decimals: 2), "load averages at the start",
                   members: [0, 1, 2].map { index in
                       ("machine.load\([1, 5, 15][index])", { facts in
                           let load = facts.results.machine.loadAverage
                           return .number(index < load.count ? load[index] : nil)
                       })
                   }),
        NameFamily("machine.governor", .text, "CPU frequency governor, `—` when unreadable") {
            .text($0.results.machine.frequencyGovernor ?? "—")
        },
        NameFamily("machine.singleCore", .flag, "one usable core: a single CPU, or a quota of one CPU's time") {
            .flag($0.findings.machine.singleCore)
        },
        NameFamily("machine.cores", .verdict(CoreShape.self),
                   "a single CPU, a quota of one CPU's time over several, fewer usable cores than logical CPUs, or all") {
            .verdict($0.findings.machine.shape)
        },
        NameFamily("machine.logicalCPUsShareCores", .flag, "fewer physical cores than logical CPUs (SMT siblings)") {
            .flag($0.findings.machine.logicalCPUsShareCores)
        },
        NameFamily("machine.throttled", .flag, "the cgroup quota throttled the run (`cpu.stat`, before and after)") {
            .flag($0.findings.machine.throttled)
        },
        NameFamily("machine.throttledSeconds", .fixed(decimals: 2), "CPU time the quota held back, s, summed over CPUs (`cpu.stat`)") {
            .number($0.findings.machine.totalThrottling?.throttledSeconds)
        },
        NameFamily("machine.throttledPeriods", .count, "quota periods that ran out") { .count($0.findings.machine.totalThrottling?.throttledPeriods) },
        NameFamily("machine.periods", .count, "quota periods during the run") { .count($0.findings.machine.totalThrottling?.periods) },
        NameFamily("machine.limitedBy", .verdict(CoreLimit.self), "what held the usable cores below the logical CPUs") {
            .verdict($0.findings.machine.limit)
        },
    ]

    static let settings: [NameFamily] = [
        NameFamily("settings.quick", .flag, "`--quick`") { .flag($0.results.settings.quick) },
        NameFamily("settings.ioTasks", .count, "I/O-bound tasks") { .count($0.results.settings.ioTasks) },
        NameFamily("settings.ioWaitSeconds", .setting(decimals: 3), "each I/O task's wait, s") { .number($0.results.settings.ioWaitSeconds) },
        NameFamily("settings.ioThreads", .count, "I/O thread pool") { .count($0.results.settings.ioThreads) },
        NameFamily("settings.cpuTasks", .count, "CPU-bound tasks") { .count($0.results.settings.cpuTasks) },
        NameFamily("settings.cpuWorkers", .count, "CPU-bound thread and process pools (`--cpu-workers`, else the usable cores)") {
            .count($0.results.settings.cpuWorkers)
        },
        NameFamily("settings.cpuWorkersOverridden", .flag, "`--cpu-workers` differs from the usable cores") {
            .flag($0.findings.machine.cpuWorkersOverridden)
        },
        NameFamily("settings.cpuTaskTargetSeconds", .setting(decimals: 3), "target time of one CPU task, s") {
            .number($0.results.settings.cpuTaskTargetSeconds)
        },
        NameFamily("settings.repetitions", .count, "repetitions asked for") { .count($0.results.settings.repetitions) },
        NameFamily("settings.warmupRuns", .count, "warm-up runs per CPU-bound cell (recorded, kept out of the median)") {
            .count($0.results.settings.warmupRuns)
        },
        NameFamily("settings.switchIntervalMs", .setting(decimals: 3), "the global lock's switch interval, ms") {
            .number($0.results.settings.switchIntervalSeconds * 1000)
        },
        NameFamily("settings.switchIntervalIsCPythons", .flag, "the switch interval is CPython's default, 5 ms") {
            .flag($0.findings.machine.switchIntervalIsCPythons)
        },
        NameFamily("calibration.kernel", .text, "the CPU kernel's name") { .text($0.results.calibration.kernel) },
        NameFamily("calibration.iterations", .groupedCount, "kernel steps per CPU task") { .count($0.results.calibration.iterationsPerTask) },
        NameFamily("calibration.targetSeconds", .setting(decimals: 3), "the target, s") { .number($0.results.calibration.targetSeconds) },
        NameFamily("calibration.seconds", .seconds, "one comparison task, measured alone") { .number($0.results.calibration.measuredSeconds) },
    ]
}
