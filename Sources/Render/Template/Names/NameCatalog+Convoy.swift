import Analysis
import Results

extension NameCatalog {
    /// The convoy's runs by CPU-bound threads beside the I/O thread, as template names.
    static let convoyPoints: [(name: String, cpuThreads: Int)] = [("alone", 0), ("one", 1), ("two", 2)]

    static func convoyPointFamily(_ prefix: String, _ stat: String, _ format: ValueFormat, _ meaning: String,
                                  points: [(name: String, cpuThreads: Int)] = convoyPoints,
                                  _ find: @escaping @Sendable (PostFacts, Int) -> ConvoyPointFindings?,
                                  _ compute: @escaping @Sendable (ConvoyPointFindings?) -> ValueFormat.RawValue) -> NameFamily {
        NameFamily(pattern: "\(prefix).<n>.\(stat)", format, meaning, members: points.map { point in
            ("\(prefix).\(point.name).\(stat)", { facts in compute(find(facts, point.cpuThreads)) })
        })
    }

    static let convoy: [NameFamily] = {
        let emulated: @Sendable (PostFacts, Int) -> ConvoyPointFindings? = { $0.findings.convoy?.points[$1] }
        let real: @Sendable (PostFacts, Int) -> ConvoyPointFindings? = { $0.findings.convoy?.python?.points[$1] }
        return [
            NameFamily("convoy.recorded", .flag, "the convoy experiment ran") { .flag($0.findings.convoy != nil) },
            NameFamily("convoy.roundTrips", .count, "round trips per run") { .count($0.findings.convoy?.roundTrips) },
            NameFamily("convoy.peerDelayUs", .setting(decimals: 0), "the peer's answer time, µs") {
                .number($0.results.convoy.map { $0.peerDelaySeconds * 1_000_000 })
            },
            convoyPointFamily("convoy", "p50Ms", .fixed(decimals: 2),
                              "`<n>`: `alone`, beside `one` or `two` CPU-bound threads: median round trip, ms", emulated) { .number($0?.p50Ms) },
            convoyPointFamily("convoy", "tailMs", .fixed(decimals: 2), "slowest round trip, or the 99th percentile from 100 round trips up, ms", emulated) { .number($0?.tail.ms) },
            NameFamily("convoy.tailIsMaximum", .flag, "`convoy.<n>.tailMs` is the slowest round trip (fewer than 100 per run)") {
                .flag($0.findings.convoy?.points[0]?.tail.isMaximum ?? true)
            },
            convoyPointFamily("convoy", "totalMs", .fixed(decimals: 1), "all round trips, ms", emulated) { .number($0?.totalMs) },
            convoyPointFamily("convoy", "lockWaitPercent", .percent(decimals: 0),
                              "share of the latency spent waiting to retake the lock", emulated) { .number($0?.lockWaitPercent) },
            NameFamily(pattern: "convoy.<n>.vsAlone", .verdict(Difference.self),
                       "`one`, `two`: the round trips against alone, noise taken into account",
                       members: [("one", 1), ("two", 2)].map { name, threads in
                           ("convoy.\(name).vsAlone", { facts in .verdict(facts.findings.convoy?.vsAlone[threads]) })
                       }),
            NameFamily("convoy.effect", .verdict(ConvoyEffect.self), "beside one CPU-bound thread: a convoy, and whether the lock made it") {
                .verdict($0.findings.convoy?.effect ?? .notMeasured)
            },
            NameFamily("convoy.one.cpuPercent", .percent(decimals: 0),
                       "share of the run the CPU-bound thread computed (its CPU time over wall time)") {
                .number($0.findings.convoy?.points[1]?.cpuPercent)
            },
            NameFamily("convoy.python.recorded", .flag, "the convoy ran in CPython too") {
                .flag($0.findings.convoy?.python != nil)
            },
            NameFamily("convoy.python.interpreter", .text, "the interpreter that ran it") { .text($0.findings.convoy?.python?.interpreter) },
            NameFamily("convoy.python.gil", .verdict(GILState.self), "whether its GIL was on") {
                .verdict($0.findings.convoy?.python?.gil ?? .notRun)
            },
            NameFamily("convoy.python.switchIntervalMs", .setting(decimals: 3), "its switch interval, ms") {
                .number($0.findings.convoy?.python?.switchIntervalMs)
            },
            convoyPointFamily("convoy.python", "p50Ms", .fixed(decimals: 2), "its median round trip, ms", real) { .number($0?.p50Ms) },
            convoyPointFamily("convoy.python", "tailMs", .fixed(decimals: 2), "its slowest round trip, or its 99th percentile from 100 up, ms", real) { .number($0?.tail.ms) },
            convoyPointFamily("convoy.python", "totalMs", .fixed(decimals: 1), "all its round trips, ms", real) { .number($0?.totalMs) },
            NameFamily("convoy.python.vsAlone", .verdict(Difference.self), "its round trips beside one thread against alone") {
                .verdict($0.findings.convoy?.python?.vsAlone)
            },
            NameFamily("convoy.python.ratio", .ratio, "the emulated median round trip beside one thread over CPython's") {
                .number($0.findings.convoy?.python?.emulatedOverReal)
            },
            NameFamily("convoy.python.agreement", .verdict(ConvoyAgreement.self), "the two medians within a factor of 1.5 (Thresholds.swift)") {
                .verdict($0.findings.convoy?.python?.agreement ?? .notCompared)
            },
            NameFamily("convoy.python.ratioTwo", .ratio, "the emulated median round trip beside two threads over CPython's") {
                .number($0.findings.convoy?.python?.emulatedOverRealBesideTwo)
            },
            NameFamily("convoy.python.totalRatioTwo", .ratio, "the emulated round trips' total beside two threads over CPython's") {
                .number($0.findings.convoy?.python?.emulatedTotalOverRealBesideTwo)
            },
            NameFamily("convoy.python.agreementTwo", .verdict(ConvoyAgreement.self),
                       "beside two threads, the medians and the totals within a factor of 1.5 (Thresholds.swift)") {
                .verdict($0.findings.convoy?.python?.agreementBesideTwo ?? .notCompared)
            },
        ]
    }()

    static let switchSweep: [NameFamily] = {
        func point(_ stat: String, _ format: ValueFormat, _ meaning: String,
                   _ compute: @escaping @Sendable (ConvoyPointFindings?) -> ValueFormat.RawValue) -> NameFamily {
            NameFamily(pattern: "switch.<i>.\(stat)", format, meaning, members: SwitchPoint.allCases.map { role in
                ("switch.\(role.rawValue).\(stat)", { facts in compute(facts.findings.convoy?.sweep[role]) })
            })
        }
        return [
            NameFamily("switch.recorded", .flag, "the switch-interval sweep ran") { .flag($0.findings.convoy?.sweep.isEmpty == false) },
            NameFamily("switch.roundTrips", .count, "round trips per point") { .count($0.results.convoy?.sweep.first?.latencySeconds.count) },
            NameFamily("switch.tailIsMaximum", .flag, "`switch.<p>.tailMs` is the slowest round trip (fewer than 100 per point)") {
                .flag($0.findings.convoy?.sweep[.short]?.tail.isMaximum ?? true)
            },
            point("intervalMs", .setting(decimals: 3), "`<i>`: `short`, `standard`, `long`: the switch interval, ms") { .number($0?.switchIntervalMs) },
            point("p50Ms", .fixed(decimals: 2), "median round trip beside one CPU-bound thread, ms") { .number($0?.p50Ms) },
            point("tailMs", .fixed(decimals: 2), "slowest round trip, or the 99th percentile from 100 up, ms") { .number($0?.tail.ms) },
            point("cpuPercent", .percent(decimals: 0), "share of the run the CPU-bound thread computed") { .number($0?.cpuPercent) },
            NameFamily("switch.latency", .verdict(Difference.self), "round trips at the longest interval against the shortest") {
                .verdict($0.findings.convoy.map(\.sweepLatency))
            },
            NameFamily("switch.throughput", .verdict(OneRunDifference.self),
                       "CPU work at the longest interval against the shortest (`faster`: more work per second; one rate each)") {
                .verdict($0.findings.convoy.map(\.sweepThroughput))
            },
            NameFamily("switch.tradeOff", .verdict(SwitchTradeOff.self), "what the longer interval traded") {
                .verdict($0.findings.convoy?.tradeOff ?? .notMeasured)
            },
        ]
    }()

    static let nativeRelease: [NameFamily] = {
        func variant(_ stat: String, _ format: ValueFormat, _ meaning: String,
                     _ compute: @escaping @Sendable (NativeReleaseFindings?, NativeReleaseFindings.Variant) -> ValueFormat.RawValue) -> NameFamily {
            NameFamily(pattern: "native.<v>.\(stat)", format, meaning, members: NativeReleaseFindings.Variant.allCases.map { variant in
                ("native.\(variant.rawValue).\(stat)", { facts in compute(facts.findings.nativeRelease, variant) })
            })
        }
        return [
            NameFamily("native.recorded", .flag, "the native-release experiment ran") { .flag($0.findings.nativeRelease != nil) },
            NameFamily("native.tasks", .count, "its tasks") { .count($0.findings.nativeRelease?.tasks) },
            NameFamily("native.workers", .count, "threads per pool") { .count($0.findings.nativeRelease?.workers) },
            NameFamily("native.runs", .count, "interleaved rounds") { .count($0.results.nativeRelease?.sequentialWallSeconds.count) },
            NameFamily("native.heldPercent", .percent(decimals: 1), "share of each task computed holding the lock") {
                .number($0.findings.nativeRelease?.heldPercent)
            },
            variant("median", .seconds, "`<v>`: `sequential`, `threads`, `globalLock`, `nativeRelease`: median wall time") { .number($0?.medians[$1]) },
            variant("speedup", .ratio, "sequential median over this one") { .number($0?.speedups[$1]) },
            variant("vsSequential", .verdict(Difference.self), "against the tasks in a row, noise taken into account") {
                .verdict($0?.vsSequential[$1])
            },
            NameFamily("native.vsThreads", .verdict(Difference.self), "native release against free threads") {
                .verdict($0.findings.nativeRelease?.nativeVsThreads)
            },
            NameFamily("native.ofFreeThreads", .ratio, "native release's speedup over the free threads'") {
                .number($0.findings.nativeRelease?.ofFreeThreads)
            },
            NameFamily("native.scaling", .verdict(NativeScaling.self), "native release against free threads and sequential") {
                .verdict($0.findings.nativeRelease?.scaling ?? .notPossible)
            },
        ] + pythonNativeRelease
    }()

    /// `native.python.<l>.*`: the same in CPython, `<l>` `hashlib` or `numpy`.
    static let pythonNativeRelease: [NameFamily] = {
        func library(_ stat: String, _ format: ValueFormat, _ meaning: String,
                     _ compute: @escaping @Sendable (PythonNativeReleaseFindings?) -> ValueFormat.RawValue) -> NameFamily {
            NameFamily(pattern: "native.python.<l>.\(stat)", format, meaning, members: PythonNativeReleaseFindings.Library.allCases.map { library in
                ("native.python.\(library.rawValue).\(stat)", { facts in compute(facts.findings.pythonNativeRelease[library]) })
            })
        }
        return [
            library("recorded", .flag, "`<l>` (`hashlib`, `numpy`) was measured in CPython") { .flag($0 != nil) },
            library("tasks", .count, "its tasks, one thread each") { .count($0?.tasks) },
            library("size", .groupedCount, "bytes hashed or values sorted per task") { .count($0?.sizePerTask) },
            library("sequential", .seconds, "the tasks in a row, median") { .number($0?.sequentialSeconds) },
            library("threads", .seconds, "one thread per task, median") { .number($0?.threadsSeconds) },
            library("speedup", .ratio, "in a row over threads") { .number($0?.speedup) },
            library("vsSequential", .verdict(Difference.self), "threads against the tasks in a row, noise taken into account") {
                .verdict($0?.vsSequential)
            },
            library("ofEmulated", .ratio, "the emulated native release's speedup over this one") { .number($0?.ofEmulated) },
            library("comparable", .flag, "CPython's threads and the emulated release both beat the tasks in a row beyond noise") {
                .flag($0?.comparable ?? false)
            },
            library("emulationAgrees", .flag, "the emulation's speedup within `thresholds.agreementFactor` of CPython's, either way") {
                .flag($0?.emulationAgrees ?? false)
            },
        ]
    }()
}
