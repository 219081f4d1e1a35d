// The fast path's reading of the experiments, field for field as their `Decodable` conformances
// (Sources/Results/Experiments.swift, GILExperiments.swift).

extension CPUSlice: JSONObjectReadable {
    init(fields: JSONFields) throws(JSONReadError) {
        self.init(task: try fields.decode("task"), pid: try fields.decode("pid"), tid: try fields.decode("tid"),
                  cpu: try fields.decode("cpu"), startSeconds: try fields.decode("startSeconds"),
                  endSeconds: try fields.decode("endSeconds"))
    }
}

extension TracedRun: JSONObjectReadable {
    init(fields: JSONFields) throws(JSONReadError) {
        self.init(wallSeconds: try fields.decode("wallSeconds"), slices: try fields.decode("slices"),
                  involuntarySwitches: try fields.decode("involuntarySwitches"))
    }
}

extension TimelineExperiment: JSONObjectReadable {
    init(fields: JSONFields) throws(JSONReadError) {
        self.init(taskIterations: try fields.decode("taskIterations"),
                  gapThresholdSeconds: try fields.decode("gapThresholdSeconds"),
                  sequential: try fields.decode("sequential"), timeSliced: try fields.decode("timeSliced"),
                  slicedCPU: try fields.decode("slicedCPU"), parallel: try fields.decodeIfPresent("parallel"))
    }
}

extension GatherDemo: JSONObjectReadable {
    init(fields: JSONFields) throws(JSONReadError) {
        self.init(waitSeconds: try fields.decode("waitSeconds"), tasks: try fields.decode("tasks"),
                  wallSeconds: try fields.decode("wallSeconds"))
    }
}

extension ProcessDemo: JSONObjectReadable {
    init(fields: JSONFields) throws(JSONReadError) {
        self.init(processes: try fields.decode("processes"), run: try fields.decode("run"),
                  sequentialWallSeconds: try fields.decode("sequentialWallSeconds"))
    }
}

extension CoreSweep: JSONObjectReadable {
    init(fields: JSONFields) throws(JSONReadError) {
        self.init(taskSeconds: try fields.decode("taskSeconds"), points: try fields.decode("points"))
    }
}

extension SweepPoint: JSONObjectReadable {
    init(fields: JSONFields) throws(JSONReadError) {
        self.init(workers: try fields.decode("workers"), wallSeconds: try fields.decode("wallSeconds"),
                  voluntarySwitches: try fields.decode("voluntarySwitches"),
                  involuntarySwitches: try fields.decode("involuntarySwitches"),
                  migrations: try fields.decode("migrations"), slices: try fields.decode("slices"))
    }
}

extension ConvoyRun: JSONObjectReadable {
    init(fields: JSONFields) throws(JSONReadError) {
        self.init(cpuThreads: try fields.decode("cpuThreads"), switchIntervalSeconds: try fields.decode("switchIntervalSeconds"),
                  latencySeconds: try fields.decode("latencySeconds"), wallSeconds: try fields.decode("wallSeconds"),
                  cpuIterations: try fields.decodeIfPresent("cpuIterations"), cpuSeconds: try fields.decodeIfPresent("cpuSeconds"),
                  lockTrace: try fields.decodeIfPresent("lockTrace"), lockWaits: try fields.decodeIfPresent("lockWaits"))
    }
}

extension ConvoyExperiment: JSONObjectReadable {
    init(fields: JSONFields) throws(JSONReadError) {
        self.init(roundTrips: try fields.decode("roundTrips"), peerDelaySeconds: try fields.decode("peerDelaySeconds"),
                  runs: try fields.decode("runs"), sweep: try fields.decode("sweep"))
    }
}

extension PythonConvoy: JSONObjectReadable {
    init(fields: JSONFields) throws(JSONReadError) {
        self.init(pythonVersion: try fields.decode("pythonVersion"), implementation: try fields.decode("implementation"),
                  gilEnabled: try fields.decode("gilEnabled"), roundTrips: try fields.decode("roundTrips"),
                  peerDelaySeconds: try fields.decode("peerDelaySeconds"), runs: try fields.decode("runs"))
    }
}

extension NativeReleaseExperiment: JSONObjectReadable {
    init(fields: JSONFields) throws(JSONReadError) {
        self.init(
            tasks: try fields.decode("tasks"),
            workers: try fields.decode("workers"),
            taskIterations: try fields.decode("taskIterations"),
            nativeCallIterations: try fields.decode("nativeCallIterations"),
            heldIterationsPerCall: try fields.decode("heldIterationsPerCall"),
            sequentialWallSeconds: try fields.decode("sequentialWallSeconds"),
            threadsWallSeconds: try fields.decode("threadsWallSeconds"),
            globalLockWallSeconds: try fields.decode("globalLockWallSeconds"),
            nativeReleaseWallSeconds: try fields.decode("nativeReleaseWallSeconds")
        )
    }
}
