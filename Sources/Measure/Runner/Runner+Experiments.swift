import Results

/// What the full post's experiments measured, for `Results`.
struct ExperimentResults {
    var timeline: TimelineExperiment
    var gather: GatherDemo
    var processDemo: ProcessDemo
    var coreSweep: CoreSweep
    var convoy: ConvoyExperiment
    var nativeRelease: NativeReleaseExperiment
    var server: ServerExperiment
    /// The throttling while each experiment ran (empty where `cpu.stat` was not readable).
    var throttling: [MeasuredSection: CPUThrottling]
}

extension Runner {
    /// The experiments in the order they run, one progress step each after the comparison cells.
    static let experimentOrder: [MeasuredSection] = [.timeline, .gather, .processDemo, .coreSweep, .convoy, .nativeRelease, .server]
    static var experimentSteps: Int { experimentOrder.count }

    /// Runs the timeline, gather demo, process demo and core sweep, logged as steps from `firstStep`.
    func measureExperiments(machine: MachineFacts, calibration: Calibration, meter: ThrottlingMeter, firstStep: Int,
                            totalSteps: Int) throws -> ExperimentResults {
        let cpus = Self.usableCPUs(machine)
        var throttling: [MeasuredSection: CPUThrottling] = [:]
        func section<T>(_ name: MeasuredSection, _ body: () throws -> T) rethrows -> T {
            let (value, reading) = try meter.measure(body)
            throttling[name] = reading
            return value
        }
        func step(_ section: MeasuredSection, _ what: String) {
            let offset = Self.experimentOrder.firstIndex(of: section)!
            progress("[\(firstStep + offset)/\(totalSteps)] \(what)")
        }

        let timelineTask = SizedTask(seconds: settings.timelineTaskSeconds, calibration: calibration)
        step(.timeline, "timeline: \(TimelineMeasurement.taskCount) CPU tasks of \(Self.format(timelineTask.expectedSeconds)) s in a row, time-sliced on CPU \(cpus[0])\(cpus.count > 1 ? ", in parallel" : "")")
        let timeline = try section(.timeline) { try TimelineMeasurement(task: timelineTask, usableCPUs: cpus).measure() }

        step(.gather, "gather demo: \(settings.gatherTasks) waits of \(Self.format(settings.gatherWaitSeconds)) s on one thread")
        let gather = try section(.gather) { try GatherMeasurement(tasks: settings.gatherTasks, waitSeconds: settings.gatherWaitSeconds).measure() }

        let demoTask = SizedTask(seconds: settings.demoTaskSeconds, calibration: calibration)
        step(.processDemo, "process demo: \(settings.demoProcesses) worker processes, then the same tasks in a row")
        let demo = try section(.processDemo) {
            try ProcessDemoMeasurement(processes: settings.demoProcesses, task: demoTask, workerExecutable: workerExecutable).measure()
        }

        let sweepTask = SizedTask(seconds: settings.sweepTaskSeconds, calibration: calibration)
        let sweep = CoreSweepMeasurement(usableCores: cpus.count, task: sweepTask, workerExecutable: workerExecutable)
        let counts = CoreSweepMeasurement.workerCounts(usableCores: cpus.count).map(String.init).joined(separator: ", ")
        step(.coreSweep, "core sweep: \(counts) worker processes, one task of \(Self.format(sweepTask.expectedSeconds)) s each")
        let coreSweep = try section(.coreSweep) {
            try sweep.measure { point in
                progress("      \(point.workers) workers: \(Self.format(point.wallSeconds)) s, \(point.involuntarySwitches) preemptions, \(point.migrations) migrations")
            }
        }

        step(.convoy, "convoy: \(convoyRoundTrips) socketpair round trips alone, beside 1 and 2 CPU-bound global-lock threads; switch intervals \(Self.convoySweepIntervals.map { String(format: "%g", $0 * 1000) }.joined(separator: ", ")) ms")
        let convoy = try section(.convoy) { try measureConvoy() }
        for run in convoy.runs {
            progress("      beside \(run.cpuThreads): \(Self.format(run.wallSeconds)) s for \(run.latencySeconds.count) round trips")
        }

        let workers = Self.nativeReleaseWorkers(usableCores: cpus.count)
        step(.nativeRelease, "native release: \(workers) tasks of \(Self.format(nativeReleaseTaskSeconds(workers: workers))) s in a row, on free threads, behind the lock, releasing it around native calls (\(nativeReleaseRepetitions) rounds)")
        let nativeRelease = try section(.nativeRelease) { try measureNativeRelease(calibration: calibration, usableCores: cpus.count) }
        step(.server, "server: concreport's HTTP server on 127.0.0.1 under load, endpoint by endpoint, /health polled throughout")
        let server = try section(.server) { try measureServer(calibration: calibration, usableCores: cpus.count) }
        return ExperimentResults(timeline: timeline, gather: gather, processDemo: demo, coreSweep: coreSweep,
                                 convoy: convoy, nativeRelease: nativeRelease, server: server,
                                 throttling: throttling)
    }

    /// The server section alone (also for `make bench`).
    public func measureServer(calibration: Calibration, usableCores: Int) throws -> ServerExperiment {
        try ServerMeasurement(cpuWorkers: settings.cpuWorkers, calibration: calibration, workerExecutable: workerExecutable,
                              quick: settings.quick, progress: progress, usableCores: usableCores).measure()
    }

    /// The switch intervals the convoy sweep measures, seconds: 1, 5 and 20 ms.
    static let convoySweepIntervals = [0.001, 0.005, 0.020]
    /// Interleaved rounds of the native-release experiment: enough for the rank test of `NoiseRule`
    /// (`Sources/Analysis/Noise/NoiseRule.swift`); `--quick`, a preview, keeps 3 (its ranges rule).
    var nativeReleaseRepetitions: Int { settings.quick ? 3 : 5 }

    /// Round trips per convoy run: each costs about two switch intervals beside a busy thread.
    var convoyRoundTrips: Int { settings.quick ? 12 : 50 }

    /// Half as many per sweep point, whose 20 ms point costs four times the default's.
    var convoySweepRoundTrips: Int { convoyRoundTrips / 2 }

    /// One task per thread, at least two threads (the lock needs someone to take turns with).
    static func nativeReleaseWorkers(usableCores: Int) -> Int { max(2, usableCores) }

    /// The tasks in a row take 0.2 s (quick 0.04 s) whatever the pool, so many cores do not lengthen the run.
    func nativeReleaseTaskSeconds(workers: Int) -> Double { nativeReleaseInRowSeconds / Double(workers) }

    var nativeReleaseInRowSeconds: Double { Self.nativeReleaseInRowSeconds(quick: settings.quick) }

    /// The native-release tasks' total, one after another, seconds (CPython's native release uses it too).
    static func nativeReleaseInRowSeconds(quick: Bool) -> Double { quick ? 0.04 : 0.2 }

    /// The native-release experiment alone (also for `make bench`).
    public func measureNativeRelease(calibration: Calibration, usableCores: Int) throws -> NativeReleaseExperiment {
        let workers = Self.nativeReleaseWorkers(usableCores: usableCores)
        let task = SizedTask(seconds: nativeReleaseTaskSeconds(workers: workers), calibration: calibration)
        return try NativeReleaseMeasurement(tasks: workers, workers: workers, task: task,
                                            repetitions: nativeReleaseRepetitions,
                                            switchIntervalSeconds: settings.switchIntervalSeconds).measure()
    }

    /// The convoy runs and the switch-interval sweep alone (also for `make bench`).
    public func measureConvoy() throws -> ConvoyExperiment {
        let runs = try (0...2).map {
            try ConvoyMeasurement(roundTrips: convoyRoundTrips, cpuThreads: $0,
                                  switchIntervalSeconds: settings.switchIntervalSeconds).measure()
        }
        let sweep = try Self.convoySweepIntervals.map {
            try ConvoyMeasurement(roundTrips: convoySweepRoundTrips, cpuThreads: 1, switchIntervalSeconds: $0).measure()
        }
        return ConvoyExperiment(roundTrips: convoyRoundTrips, peerDelaySeconds: ConvoyMeasurement.peerDelaySeconds,
                                runs: runs, sweep: sweep)
    }

    /// What the experiments should take on `usableCores` cores, for the time budget: the timeline's
    /// three runs (about 8 tasks' worth), the gather wait, the demo in parallel and in a row, the sweep.
    func estimatedExperimentSeconds(usableCores: Int) -> Double {
        let cores = Double(max(1, usableCores))
        let demo = Double(settings.demoProcesses)
        let timeline = 8 * settings.timelineTaskSeconds
        let demoSeconds = ((demo / cores).rounded(.up) + demo) * settings.demoTaskSeconds + 0.02 * demo
        let sweep = CoreSweepMeasurement.workerCounts(usableCores: usableCores).reduce(settings.sweepTaskSeconds) { total, workers in
            total + (Double(workers) / cores).rounded(.up) * settings.sweepTaskSeconds + 0.02 * Double(workers)
        }
        // The convoy: about two switch intervals per round trip beside one busy thread, three beside two;
        // the native-release rounds: the tasks in a row twice, and spread over the cores twice.
        let convoy = Double(convoyRoundTrips) * 5 * settings.switchIntervalSeconds
            + Self.convoySweepIntervals.reduce(0) { $0 + Double(convoySweepRoundTrips) * 2 * $1 }
        let inRow = nativeReleaseInRowSeconds
        let native = Double(nativeReleaseRepetitions) * (2 * inRow + 2 * inRow / cores)
        // The server section: about a second per endpoint style (an eighth under --quick), plus start-up.
        let server = settings.quick ? 1.3 : 9.0
        return timeline + settings.gatherWaitSeconds + demoSeconds + sweep + convoy + native + server
    }

    /// The first `usableCores` CPUs of the affinity set (all of 0..<usableCores if it could not be read).
    static func usableCPUs(_ machine: MachineFacts) -> [Int] {
        let cores = max(1, machine.usableCores)
        let cpus = Array(machine.affinityCPUs.prefix(cores))
        return cpus.isEmpty ? Array(0..<cores) : cpus
    }
}
