import Analysis
import Results

extension NameCatalog {
    static func serverStyleFamily(_ prefix: String, _ stat: String, _ format: ValueFormat, _ meaning: String,
                                  _ find: @escaping @Sendable (PostFacts) -> ServerFindings?,
                                  _ compute: @escaping @Sendable (ServerStyleFindings?) -> ValueFormat.RawValue) -> NameFamily {
        NameFamily(pattern: "\(prefix).<e>.\(stat)", format, meaning, members: ServerStyle.allCases.map { style in
            ("\(prefix).\(style.templateName).\(stat)", { facts in compute(find(facts)?.style(style)) })
        })
    }

    static let server: [NameFamily] = {
        let ours: @Sendable (PostFacts) -> ServerFindings? = { $0.findings.server }
        let app: @Sendable (PostFacts) -> ServerFindings? = { $0.findings.pythonServer.findings }
        let twoWorkers: @Sendable (PostFacts) -> ServerFindings? = { $0.findings.pythonServer.twoWorkers }
        let experiment: @Sendable (PostFacts) -> ServerExperiment? = { $0.results.server }
        return [
            NameFamily("server.recorded", .flag, "the server experiment ran") { .flag($0.findings.server != nil) },
            NameFamily("server.name", .text, "what served (e.g. `SwiftNIO 2.101.3`)") { .text($0.findings.server?.server) },
            NameFamily("server.upstreamDelayMs", .setting(decimals: 1), "the local upstream's answer delay, ms") {
                .number(experiment($0).map { $0.upstreamDelaySeconds * 1000 })
            },
            NameFamily("server.upstreamCalls", .count, "upstream calls per `/io-async` request") { .count(experiment($0)?.upstreamCallsPerRequest) },
            NameFamily("server.ioThreads", .count, "threads of the pool blocking I/O is offloaded to") { .count(experiment($0)?.ioThreads) },
            NameFamily("server.cpuWorkers", .count, "threads or processes of the CPU pools") { .count(experiment($0)?.cpuWorkers) },
            NameFamily("server.poolsCanComputeInParallel", .flag, "more than one pool worker on more than one usable core") {
                .flag($0.findings.serverPoolsCanComputeInParallel)
            },
            NameFamily("server.cpuTaskMs", .setting(decimals: 1), "CPU time one CPU-bound request computes, ms, as sized") {
                .number(experiment($0).map { $0.cpuTaskSeconds * 1000 })
            },
            NameFamily("server.inBackground", .flag, "the CPU pools' workers and the upstream ran under SCHED_IDLE, taking only the cores the loop and the clients left free") {
                .flag(experiment($0)?.backgroundPolicy != nil)
            },
            NameFamily("server.concurrency", .count, "concurrent keep-alive connections of the load generator") {
                .count(experiment($0)?.runs.first?.concurrency)
            },
            NameFamily("server.healthIntervalMs", .setting(decimals: 1), "pause between two `/health` polls, ms") {
                .number(experiment($0).map { $0.healthIntervalSeconds * 1000 })
            },
            NameFamily("server.idle.healthP50Ms", .fixed(decimals: 2), "`/health` on the idle server, median, ms") { .number(ours($0)?.idleHealthP50Ms) },
            NameFamily("server.idle.healthTailMs", .latency, "`/health` on the idle server, 99th percentile (the slowest poll below 100 polls), ms") { .number(ours($0)?.idleHealthTail.ms) },
            NameFamily("server.idle.healthTailKind", .verdict(TailLatency.Kind.self), "what `server.idle.healthTailMs` is: `percentile99` or `slowest`") { .verdict(ours($0)?.idleHealthTail.kind ?? .slowest) },
            serverStyleFamily("server", "requests", .count,
                              "`<e>`: `health`, `ioAsync`, `ioThreadPool`, `ioOnLoop`, `cpuProcessPool`, `cpuThreadPool`, `cpuOnLoop`: requests planned", ours) { .count($0?.requests) },
            serverStyleFamily("server", "completed", .count, "requests answered before the time bound", ours) { .count($0?.completed) },
            serverStyleFamily("server", "completedAll", .flag, "every planned request was answered", ours) { .flag($0?.completedAll ?? false) },
            serverStyleFamily("server", "throughput", .count, "answered requests per second", ours) { .number($0?.throughput) },
            serverStyleFamily("server", "generatorCPUPerSecond", .fixed(decimals: 2), "CPU-seconds the load generator used per second of the load", ours) {
                .number($0?.generatorCPUPerSecond)
            },
            serverStyleFamily("server", "p50Ms", .latency, "median latency (HDR histogram), ms", ours) { .number($0?.p50Ms) },
            serverStyleFamily("server", "tailMs", .latency, "99th-percentile latency (the slowest request below 100 answered), ms", ours) { .number($0?.tail.ms) },
            serverStyleFamily("server", "maxMs", .fixed(decimals: 1), "slowest request, ms", ours) { .number($0?.maxMs) },
            serverStyleFamily("server", "healthP50Ms", .fixed(decimals: 2), "`/health` during the load, median, ms", ours) { .number($0?.healthP50Ms) },
            serverStyleFamily("server", "healthTailMs", .latency, "`/health` during the load, 99th percentile (the slowest poll below 100 polls), ms", ours) { .number($0?.healthTail.ms) },
            serverStyleFamily("server", "healthTailKind", .verdict(TailLatency.Kind.self), "what `healthTailMs` is: `percentile99` or `slowest`", ours) { .verdict($0?.healthTail.kind ?? .slowest) },
            serverStyleFamily("server", "healthMaxMs", .fixed(decimals: 1), "`/health` during the load, slowest poll, ms", ours) { .number($0?.healthMaxMs) },
            serverStyleFamily("server", "healthPolls", .count, "`/health` polls answered during the load", ours) { .count($0?.healthPolls) },
            serverStyleFamily("server", "healthWaitMs", .fixed(decimals: 1), "`/health`'s 99th percentile above idle's, ms", ours) { .number($0?.healthWaitMs) },
            serverStyleFamily("server", "healthShiftMs", .fixed(decimals: 3), "`/health`'s median above idle's, ms (≥ 0)", ours) { .number($0?.healthMedianShiftMs) },
            serverStyleFamily("server", "handlerMs", .fixed(decimals: 1), "the handler's time to its answer (server-side median; on the loop, the time it held it); the work it was given when the server does not tell, ms", ours) { .number($0?.handlerMs) },
            serverStyleFamily("server", "healthVsIdle", .verdict(Difference.self), "`/health` during the load against idle, noise taken into account", ours) {
                .verdict($0?.healthVsIdle)
            },
            serverStyleFamily("server", "loop", .verdict(LoopState.self), "whether the load kept the loop from answering `/health` (Thresholds.swift)", ours) {
                .verdict($0?.loop ?? .notMeasured)
            },
            NameFamily("thresholds.negligibleShiftMs", .setting(decimals: 3), "a median latency shift below this is negligible in practice, ms (Thresholds.swift)") { _ in
                .number(Thresholds.negligibleLatencyShiftMs)
            },
            NameFamily("thresholds.minimumSamplesForPercentile99", .count, "fewer samples than this give the slowest one instead of a 99th percentile (Thresholds.swift)") { _ in
                .count(Thresholds.minimumSamplesForPercentile99)
            },
            NameFamily("thresholds.agreementFactor", .setting(decimals: 2), "an emulated figure agrees with CPython's within this factor, either way (Thresholds.swift)") { _ in
                .number(Thresholds.convoyAgreementFactor)
            },
            NameFamily("server.io.onLoopVsPool", .verdict(OneRunDifference.self), "blocking I/O on the loop against offloaded, requests per second (`faster`: more)") {
                .verdict(ours($0)?.ioOnLoopVsPool)
            },
            NameFamily("server.io.poolOverOnLoop", .ratio, "offloaded blocking I/O's throughput over the on-loop variant's") { .number(ours($0)?.ioPoolOverOnLoop) },
            NameFamily("server.io.asyncVsPool", .verdict(OneRunDifference.self), "the async endpoint against the thread-pool one, requests per second") {
                .verdict(ours($0)?.ioAsyncVsPool)
            },
            NameFamily("server.cpu.onLoopVsThreads", .verdict(OneRunDifference.self), "computing on the loop against the thread pool, requests per second") {
                .verdict(ours($0)?.cpuOnLoopVsThreads)
            },
            NameFamily("server.cpu.threadsOverOnLoop", .ratio, "the thread pool's throughput over the on-loop variant's") { .number(ours($0)?.cpuThreadsOverOnLoop) },
            NameFamily("server.cpu.processesVsThreads", .verdict(OneRunDifference.self), "the process pool against the thread pool, requests per second") {
                .verdict(ours($0)?.cpuProcessesVsThreads)
            },
            NameFamily("server.remedies.recorded", .flag, "the pool's remedies (`/cpu-bound-idle`, `/cpu-bound-fewer`) were measured beside it") {
                .flag(ours($0)?.style(.cpuProcessPoolIdle) != nil && ours($0)?.style(.cpuProcessPoolFewer) != nil)
            },
            NameFamily("server.python.remedies.recorded", .flag, "the app's shared client, `def` endpoint and pool remedies were measured") {
                .flag(app($0)?.style(.ioAsyncShared) != nil && app($0)?.style(.cpuDef) != nil && $0.findings.pythonServer.clientBuildMs != nil)
            },
            NameFamily("server.fewerCPUWorkers", .count, "processes of the `/cpu-bound-fewer` pool (usable cores − 1, at least 1)") {
                .count(experiment($0)?.fewerCPUWorkers)
            },
            NameFamily("server.cpu.idleHealthVsDefault", .verdict(RemedyEffect.self), "`/health` during `/cpu-bound-idle` against during `/cpu-bound` (`faster`: the remedy helped)") {
                .verdict(ours($0)?.idlePoolHealthVsDefault ?? .notMeasured)
            },
            NameFamily("server.cpu.fewerHealthVsDefault", .verdict(RemedyEffect.self), "`/health` during `/cpu-bound-fewer` against during `/cpu-bound`") {
                .verdict(ours($0)?.fewerPoolHealthVsDefault ?? .notMeasured)
            },
            NameFamily("server.python.cpu.idleHealthVsDefault", .verdict(RemedyEffect.self), "the app's `/health` during `/cpu-bound-idle` against during `/cpu-bound`") {
                .verdict(app($0)?.idlePoolHealthVsDefault ?? .notMeasured)
            },
            NameFamily("server.python.cpu.fewerHealthVsDefault", .verdict(RemedyEffect.self), "the app's `/health` during `/cpu-bound-fewer` against during `/cpu-bound`") {
                .verdict(app($0)?.fewerPoolHealthVsDefault ?? .notMeasured)
            },
            NameFamily("server.python.io.sharedVsPerRequest", .verdict(OneRunDifference.self), "the app's `/io-async-shared` against `/io-async`, requests per second") {
                .verdict(app($0)?.sharedClientVsPerRequest)
            },
            NameFamily("server.python.io.sharedOverPerRequest", .ratio, "`/io-async-shared`'s requests per second over `/io-async`'s") {
                .number(app($0)?.sharedClientOverPerRequest)
            },
            NameFamily("server.python.cpu.defVsThreads", .verdict(OneRunDifference.self), "the app's `/cpu-def` against `/cpu-threads`, requests per second") {
                .verdict(app($0)?.defVsThreads)
            },
            NameFamily("server.python.clientBuildMs", .fixed(decimals: 1), "the loop's CPU time building `/io-async`'s client, per request, ms") {
                .number($0.findings.pythonServer.clientBuildMs)
            },
            NameFamily("server.python.clientBuildOverWait", .ratio, "that time over one upstream call's wait") {
                .number($0.findings.pythonServer.clientBuildOverUpstreamWait)
            },
            NameFamily("server.python.twoWorkers.recorded", .flag, "the app ran under uvicorn with two worker processes too") {
                .flag($0.findings.pythonServer.twoWorkers != nil)
            },
            serverStyleFamily("server.python.twoWorkers", "throughput", .count, "with two workers: answered requests per second", twoWorkers) { .number($0?.throughput) },
            serverStyleFamily("server.python.twoWorkers", "healthTailMs", .latency, "with two workers: `/health` during the load, 99th percentile (the slowest poll below 100), ms", twoWorkers) {
                .number($0?.healthTail.ms)
            },
            serverStyleFamily("server.python.twoWorkers", "healthTailKind", .verdict(TailLatency.Kind.self), "with two workers: what its `healthTailMs` is", twoWorkers) {
                .verdict($0?.healthTail.kind ?? .slowest)
            },
            serverStyleFamily("server.python.twoWorkers", "loop", .verdict(LoopState.self), "with two workers: whether the loop `/health` reached answered", twoWorkers) {
                .verdict($0?.loop ?? .notMeasured)
            },
            NameFamily(pattern: "server.python.twoWorkers.<e>.vsOne", .verdict(OneRunDifference.self), "two workers against one, requests per second",
                       members: ServerStyle.allCases.map { style in
                ("server.python.twoWorkers.\(style.templateName).vsOne", { facts in .verdict(facts.findings.pythonServer.twoWorkersVsOne[style]) })
            }),
            NameFamily("server.python.state", .verdict(PythonServerState.self), "whether the original post's FastAPI app was measured") {
                .verdict($0.findings.pythonServer.state)
            },
            NameFamily("server.python.reason", .text, "why it was not") { .text($0.findings.pythonServer.reason) },
            NameFamily("server.python.name", .text, "what served it (`FastAPI 0.115.0 on uvicorn 0.34.0, CPython 3.11.7`)") { .text(app($0)?.server) },
            NameFamily("server.python.inBackground", .flag, "its CPU pools' workers ran under SCHED_IDLE too") {
                .flag($0.results.pythonServer?.experiment?.backgroundPolicy != nil)
            },
            NameFamily("server.python.idle.healthTailMs", .latency, "its idle `/health`, 99th percentile (the slowest poll below 100), ms") { .number(app($0)?.idleHealthTail.ms) },
            NameFamily("server.python.idle.healthTailKind", .verdict(TailLatency.Kind.self), "what `server.python.idle.healthTailMs` is") { .verdict(app($0)?.idleHealthTail.kind ?? .slowest) },
            serverStyleFamily("server.python", "throughput", .count, "its answered requests per second", app) { .number($0?.throughput) },
            serverStyleFamily("server.python", "p50Ms", .latency, "its median latency, ms", app) { .number($0?.p50Ms) },
            serverStyleFamily("server.python", "tailMs", .latency, "its 99th-percentile latency (the slowest below 100 answered), ms", app) { .number($0?.tail.ms) },
            serverStyleFamily("server.python", "healthTailMs", .latency, "its `/health` during the load, 99th percentile (the slowest poll below 100), ms", app) { .number($0?.healthTail.ms) },
            serverStyleFamily("server.python", "healthTailKind", .verdict(TailLatency.Kind.self), "what its `healthTailMs` is", app) { .verdict($0?.healthTail.kind ?? .slowest) },
            serverStyleFamily("server.python", "healthShiftMs", .fixed(decimals: 3), "its `/health` median above idle's, ms (≥ 0)", app) { .number($0?.healthMedianShiftMs) },
            serverStyleFamily("server.python", "loop", .verdict(LoopState.self), "whether its loop answered `/health`", app) { .verdict($0?.loop ?? .notMeasured) },
        ]
    }()
}
