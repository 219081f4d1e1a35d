import Results

/// What the full post's experiments measured, for `Results`.
struct ExperimentResults {
    var timeline: TimelineExperiment
    var gather: GatherDemo
    var processDemo: ProcessDemo
    var coreSweep: CoreSweep
}

extension Runner {
    /// Progress steps the experiments add after the comparison cells.
    static let experimentSteps = 4

    /// Runs the timeline, gather demo, process demo and core sweep, logged as steps from `firstStep`.
    func measureExperiments(machine: MachineFacts, calibration: Calibration, firstStep: Int,
                            totalSteps: Int) throws -> ExperimentResults {
        let cpus = Self.usableCPUs(machine)
        func step(_ offset: Int, _ what: String) { progress("[\(firstStep + offset)/\(totalSteps)] \(what)") }

        let timelineTask = SizedTask(seconds: settings.timelineTaskSeconds, calibration: calibration)
        step(0, "timeline: \(TimelineMeasurement.taskCount) CPU tasks of \(Self.format(timelineTask.expectedSeconds)) s in a row, time-sliced on CPU \(cpus[0])\(cpus.count > 1 ? ", in parallel" : "")")
        let timeline = try TimelineMeasurement(task: timelineTask, usableCPUs: cpus).measure()

        step(1, "gather demo: \(settings.gatherTasks) waits of \(Self.format(settings.gatherWaitSeconds)) s on one thread")
        let gather = try GatherMeasurement(tasks: settings.gatherTasks, waitSeconds: settings.gatherWaitSeconds).measure()

        let demoTask = SizedTask(seconds: settings.demoTaskSeconds, calibration: calibration)
        step(2, "process demo: \(settings.demoProcesses) worker processes, then the same tasks in a row")
        let demo = try ProcessDemoMeasurement(processes: settings.demoProcesses, task: demoTask,
                                              workerExecutable: workerExecutable).measure()

        let sweepTask = SizedTask(seconds: settings.sweepTaskSeconds, calibration: calibration)
        let sweep = CoreSweepMeasurement(usableCores: cpus.count, task: sweepTask, workerExecutable: workerExecutable)
        let counts = CoreSweepMeasurement.workerCounts(usableCores: cpus.count).map(String.init).joined(separator: ", ")
        step(3, "core sweep: \(counts) worker processes, one task of \(Self.format(sweepTask.expectedSeconds)) s each")
        let coreSweep = try sweep.measure { point in
            progress("      \(point.workers) workers: \(Self.format(point.wallSeconds)) s, \(point.involuntarySwitches) preemptions, \(point.migrations) migrations")
        }
        return ExperimentResults(timeline: timeline, gather: gather, processDemo: demo, coreSweep: coreSweep)
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
        return timeline + settings.gatherWaitSeconds + demoSeconds + sweep
    }

    /// The first `usableCores` CPUs of the affinity set (all of 0..<usableCores if it could not be read).
    static func usableCPUs(_ machine: MachineFacts) -> [Int] {
        let cores = max(1, machine.usableCores)
        let cpus = Array(machine.affinityCPUs.prefix(cores))
        return cpus.isEmpty ? Array(0..<cores) : cpus
    }
}
