import Results

/// One endpoint style under load: throughput, latency, and what `/health` saw meanwhile.
public struct ServerStyleFindings: Sendable {
    public var style: ServerStyle
    public var requests: Int
    public var completed: Int
    /// Every planned request was answered before the time bound.
    public var completedAll: Bool
    /// Answered requests per second.
    public var throughput: Double
    /// CPU-seconds the load generator itself used per second of the load: it shares the machine's cores
    /// with the server, so a throughput it limits is not the server's alone.
    public var generatorCPUPerSecond: Double
    public var p50Ms: Double
    /// The requests' 99th percentile, or their slowest when fewer than a hundred were answered.
    public var tail: TailLatency
    public var maxMs: Double
    /// `/health` during the load: median, milliseconds.
    public var healthP50Ms: Double
    /// `/health` during the load: 99th percentile, or the slowest poll when there were fewer than a hundred.
    public var healthTail: TailLatency
    public var healthMaxMs: Double
    /// `/health` polls answered during the load.
    public var healthPolls: Int
    /// The handler's time from its start to its answer (server-side median; for a handler on the loop, the
    /// time it held the loop), milliseconds. A server that does not tell (the original post's app) gets the work
    /// the handler was given: one upstream delay for the I/O styles, the sized CPU task for the CPU styles.
    public var handlerMs: Double?
    /// `/health` during the load against the idle server, noise taken into account.
    public var healthVsIdle: Difference
    public var loop: LoopState
    /// How much longer `/health`'s tail (`healthTail`) took than the idle server's, milliseconds (≥ 0).
    public var healthWaitMs: Double
    /// How much longer `/health`'s median took than the idle server's, milliseconds (≥ 0).
    public var healthMedianShiftMs: Double

    init(_ run: ServerLoadRun, idle: [Double], nominalWorkSeconds: Double?) {
        style = run.style
        requests = run.requests
        completed = run.completed
        completedAll = run.completed == run.requests && run.failed == 0
        throughput = run.wallSeconds > 0 ? Double(run.completed) / run.wallSeconds : 0
        generatorCPUPerSecond = run.wallSeconds > 0 ? run.generatorCPUSeconds / run.wallSeconds : 0
        p50Ms = run.latency.p50Seconds * 1000
        tail = TailLatency(percentile99Seconds: run.latency.p99Seconds, maximumSeconds: run.latency.maxSeconds, samples: run.latency.count)
        maxMs = run.latency.maxSeconds * 1000
        healthP50Ms = Summary.medianOrZero(of: run.healthLatencySeconds) * 1000
        healthTail = TailLatency(seconds: run.healthLatencySeconds)
        healthMaxMs = (run.healthLatencySeconds.max() ?? 0) * 1000
        healthPolls = run.healthLatencySeconds.count
        handlerMs = (run.handlerMedianSeconds ?? nominalWorkSeconds).map { $0 * 1000 }
        healthWaitMs = max(0, healthTail.ms - TailLatency(seconds: idle).ms)
        healthVsIdle = NoiseRule.compareSamples(baseline: idle, other: run.healthLatencySeconds).difference
        healthMedianShiftMs = max(0, healthP50Ms - Summary.medianOrZero(of: idle) * 1000)
        loop = Self.loop(healthVsIdle: healthVsIdle, medianShiftMs: healthMedianShiftMs, handlerMs: handlerMs,
                         hasHealth: !run.healthLatencySeconds.isEmpty && !idle.isEmpty)
    }

    /// Blocked when the median poll waited a large share of a handler (however few polls got through: a
    /// blocked loop lets few through), else slowed when the polls were slower than idle beyond noise, and
    /// negligible when that slowdown moved the median by less than `Thresholds.negligibleLatencyShiftMs`.
    static func loop(healthVsIdle: Difference, medianShiftMs: Double, handlerMs: Double?, hasHealth: Bool) -> LoopState {
        guard hasHealth else { return .notMeasured }
        if let handlerMs, handlerMs > 0, medianShiftMs >= Thresholds.loopBlockedShare * handlerMs { return .blocked }
        guard healthVsIdle == .slower else { return .free }
        return medianShiftMs < Thresholds.negligibleLatencyShiftMs ? .negligible : .slowed
    }

    /// Seconds per answered request: one figure per run, compared with `NoiseRule`'s single-run rule.
    var secondsPerRequest: [Double] { throughput > 0 ? [1 / throughput] : [] }
}

/// The original post's FastAPI section, measured: every endpoint style, and the comparisons the post draws.
public struct ServerFindings: Sendable {
    public var server: String
    public var styles: [ServerStyle: ServerStyleFindings]
    public var idleHealthP50Ms: Double
    /// The idle server's `/health`: 99th percentile, or its slowest poll below a hundred.
    public var idleHealthTail: TailLatency
    /// Blocking I/O on the loop against the same call offloaded to the thread pool (faster: more requests
    /// per second).
    public var ioOnLoopVsPool: OneRunDifference
    /// Offloaded blocking I/O's throughput over the on-loop variant's.
    public var ioPoolOverOnLoop: Double?
    /// The async endpoint (three upstream calls at once) against the thread-pool endpoint (one call).
    public var ioAsyncVsPool: OneRunDifference
    /// Computing on the loop against the thread pool.
    public var cpuOnLoopVsThreads: OneRunDifference
    public var cpuThreadsOverOnLoop: Double?
    /// The process pool against the thread pool.
    public var cpuProcessesVsThreads: OneRunDifference
    /// `/health` during each remedy's load against during the default-priority pool's, noise taken into
    /// account (`faster`: the remedy helped the loop).
    public var idlePoolHealthVsDefault: RemedyEffect
    public var fewerPoolHealthVsDefault: RemedyEffect
    /// Each remedy's requests per second against the default-priority pool's (`faster`: more).
    public var idlePoolVsDefault: OneRunDifference
    public var fewerPoolVsDefault: OneRunDifference
    /// The original post's app: one shared client against a client per request, requests per second.
    public var sharedClientVsPerRequest: OneRunDifference
    public var sharedClientOverPerRequest: Double?
    /// The original post's app: a plain `def` endpoint against `/cpu-threads`, requests per second.
    public var defVsThreads: OneRunDifference

    init(_ experiment: ServerExperiment) {
        server = experiment.server
        var styles: [ServerStyle: ServerStyleFindings] = [:]
        for run in experiment.runs {
            styles[run.style] = ServerStyleFindings(run, idle: experiment.idleHealthLatencySeconds,
                                                    nominalWorkSeconds: Self.nominalWorkSeconds(run.style, experiment))
        }
        self.styles = styles
        idleHealthP50Ms = Summary.medianOrZero(of: experiment.idleHealthLatencySeconds) * 1000
        idleHealthTail = TailLatency(seconds: experiment.idleHealthLatencySeconds)
        // "faster" here means more requests per second: fewer seconds per request. Each endpoint ran one
        // load run, so one rate against one rate.
        func compare(_ other: ServerStyle, against baseline: ServerStyle) -> OneRunDifference {
            guard let base = styles[baseline]?.secondsPerRequest.first, let this = styles[other]?.secondsPerRequest.first else { return .oneRunEach }
            return OneRunDifference(baseline: base, other: this)
        }
        func ratio(_ top: ServerStyle, over bottom: ServerStyle) -> Double? {
            guard let a = styles[top]?.throughput, let b = styles[bottom]?.throughput, b > 0 else { return nil }
            return a / b
        }
        ioOnLoopVsPool = compare(.ioOnLoop, against: .ioThreadPool)
        ioPoolOverOnLoop = ratio(.ioThreadPool, over: .ioOnLoop)
        ioAsyncVsPool = compare(.ioAsync, against: .ioThreadPool)
        cpuOnLoopVsThreads = compare(.cpuOnLoop, against: .cpuThreadPool)
        cpuThreadsOverOnLoop = ratio(.cpuThreadPool, over: .cpuOnLoop)
        cpuProcessesVsThreads = compare(.cpuProcessPool, against: .cpuThreadPool)
        idlePoolHealthVsDefault = Self.remedy(experiment, .cpuProcessPoolIdle, identical: experiment.backgroundPolicy == nil)
        fewerPoolHealthVsDefault = Self.remedy(experiment, .cpuProcessPoolFewer,
                                               identical: (experiment.fewerCPUWorkers ?? 0) >= experiment.cpuWorkers)
        idlePoolVsDefault = compare(.cpuProcessPoolIdle, against: .cpuProcessPool)
        fewerPoolVsDefault = compare(.cpuProcessPoolFewer, against: .cpuProcessPool)
        sharedClientVsPerRequest = compare(.ioAsyncShared, against: .ioAsync)
        sharedClientOverPerRequest = ratio(.ioAsyncShared, over: .ioAsync)
        defVsThreads = compare(.cpuDef, against: .cpuThreadPool)
    }

    public func style(_ style: ServerStyle) -> ServerStyleFindings? { styles[style] }

    /// `/health` during a remedy's load against during `/cpu-bound`'s.
    static func remedy(_ experiment: ServerExperiment, _ remedy: ServerStyle, identical: Bool) -> RemedyEffect {
        guard let base = experiment.run(.cpuProcessPool)?.healthLatencySeconds, let this = experiment.run(remedy)?.healthLatencySeconds,
              !base.isEmpty, !this.isEmpty else { return .notMeasured }
        if identical { return .identical }
        let difference = NoiseRule.compareSamples(baseline: base, other: this).difference
        guard difference != .same else { return .same }
        let shiftMs = abs(Summary.median(of: this) - Summary.median(of: base)) * 1000
        if shiftMs < Thresholds.negligibleLatencyShiftMs { return .negligible }
        return difference == .faster ? .helped : .hurt
    }

    /// The work a handler of `style` is given, seconds: what it blocks for at least when run on the loop.
    static func nominalWorkSeconds(_ style: ServerStyle, _ experiment: ServerExperiment) -> Double? {
        switch style {
        case .health: return nil
        case .ioAsync, .ioAsyncShared, .ioThreadPool, .ioOnLoop: return experiment.upstreamDelaySeconds
        case .cpuProcessPool, .cpuProcessPoolIdle, .cpuProcessPoolFewer, .cpuThreadPool, .cpuDef, .cpuOnLoop:
            return experiment.cpuTaskSeconds
        }
    }
}

/// The original post's FastAPI app beside concreport's server (`--compare-python`).
public struct PythonServerFindings: Sendable {
    public var state: PythonServerState
    public var interpreter: String?
    public var reason: String?
    public var findings: ServerFindings?
    /// The app under uvicorn with two worker processes, on the CPU endpoints that need no process pool.
    public var twoWorkers: ServerFindings?
    /// The loop's CPU time building `/io-async`'s client, per request, milliseconds.
    public var clientBuildMs: Double?
    /// That cost over the CPU the handler's upstream calls leave the loop idle for: what share of one
    /// request's upstream wait the loop spent building the client (above 1: longer than the wait itself).
    public var clientBuildOverUpstreamWait: Double?
    /// Two workers against one, per CPU endpoint that both measured, requests per second (`faster`: more).
    public var twoWorkersVsOne: [ServerStyle: OneRunDifference] = [:]

    init(_ comparison: PythonServerComparison?) {
        guard let comparison else {
            state = .notAsked
            return
        }
        interpreter = comparison.interpreter
        reason = comparison.unavailableReason
        findings = comparison.experiment.map(ServerFindings.init)
        state = findings == nil ? .unavailable : .measured
        twoWorkers = comparison.twoWorkers.map(ServerFindings.init)
        clientBuildMs = comparison.clientBuildSecondsPerRequest.map { $0 * 1000 }
        if let build = comparison.clientBuildSecondsPerRequest, let wait = comparison.experiment?.upstreamDelaySeconds, wait > 0 {
            clientBuildOverUpstreamWait = build / wait
        }
        if let one = findings, let two = twoWorkers {
            for (style, found) in two.styles {
                guard let base = one.style(style)?.secondsPerRequest.first, let this = found.secondsPerRequest.first else { continue }
                twoWorkersVsOne[style] = OneRunDifference(baseline: base, other: this)
            }
        }
    }
}
