// The fast path's reading of the top-level types, field for field as their `Decodable` conformances
// (Sources/Results/Results.swift, MachineFacts.swift, Settings.swift, RunWarning.swift, CPUThrottling.swift).

extension Results: JSONObjectReadable {
    init(fields: JSONFields) throws(JSONReadError) {
        self.init(
            schemaVersion: try fields.decode("schemaVersion"),
            tool: try fields.decode("tool"),
            label: try fields.decodeIfPresent("label"),
            measuredAt: try fields.decode("measuredAt"),
            machine: try fields.decode("machine"),
            settings: try fields.decode("settings"),
            calibration: try fields.decode("calibration"),
            comparison: try fields.decode("comparison"),
            globalLock: try fields.decodeIfPresent("globalLock"),
            timeline: try fields.decodeIfPresent("timeline"),
            gather: try fields.decodeIfPresent("gather"),
            processDemo: try fields.decodeIfPresent("processDemo"),
            coreSweep: try fields.decodeIfPresent("coreSweep"),
            python: try fields.decodeIfPresent("python"),
            convoy: try fields.decodeIfPresent("convoy"),
            pythonConvoy: try fields.decodeIfPresent("pythonConvoy"),
            nativeRelease: try fields.decodeIfPresent("nativeRelease"),
            throttling: try fields.decodeIfPresent("throttling"),
            server: try fields.decodeIfPresent("server"),
            pythonServer: try fields.decodeIfPresent("pythonServer"),
            warnings: try fields.decode("warnings")
        )
    }
}

extension ToolInfo: JSONObjectReadable {
    init(fields: JSONFields) throws(JSONReadError) {
        self.init(name: try fields.decode("name"), version: try fields.decode("version"),
                  commit: try fields.decodeIfPresent("commit"), swift: try fields.decodeIfPresent("swift"),
                  linking: try fields.decodeIfPresent("linking"))
    }
}

extension MachineFacts: JSONObjectReadable {
    init(fields: JSONFields) throws(JSONReadError) {
        self.init(
            cpuModel: try fields.decode("cpuModel"),
            logicalCPUs: try fields.decode("logicalCPUs"),
            physicalCores: try fields.decodeIfPresent("physicalCores"),
            affinityCPUs: try fields.decode("affinityCPUs"),
            cgroupQuotaCPUs: try fields.decodeIfPresent("cgroupQuotaCPUs"),
            usableCores: try fields.decode("usableCores"),
            memoryBytes: try fields.decode("memoryBytes"),
            osName: try fields.decode("osName"),
            kernel: try fields.decode("kernel"),
            architecture: try fields.decode("architecture"),
            swiftVersion: try fields.decode("swiftVersion"),
            clockResolutionNanoseconds: try fields.decode("clockResolutionNanoseconds"),
            loadAverage: try fields.decode("loadAverage"),
            frequencyGovernor: try fields.decodeIfPresent("frequencyGovernor")
        )
    }
}

extension Settings: JSONObjectReadable {
    /// As `init(from:)`: settings absent from older files get the seed's values.
    init(fields: JSONFields) throws(JSONReadError) {
        self.init(
            quick: try fields.decode("quick"),
            ioTasks: try fields.decode("ioTasks"),
            ioWaitSeconds: try fields.decode("ioWaitSeconds"),
            ioThreads: try fields.decode("ioThreads"),
            cpuTasks: try fields.decode("cpuTasks"),
            cpuWorkers: try fields.decode("cpuWorkers"),
            cpuTaskTargetSeconds: try fields.decode("cpuTaskTargetSeconds"),
            repetitions: try fields.decode("repetitions"),
            warmupRuns: try fields.decode("warmupRuns"),
            switchIntervalSeconds: try fields.decode("switchIntervalSeconds"),
            timelineTaskSeconds: try fields.decodeIfPresent("timelineTaskSeconds"),
            gatherTasks: try fields.decodeIfPresent("gatherTasks") ?? 3,
            gatherWaitSeconds: try fields.decodeIfPresent("gatherWaitSeconds"),
            demoProcesses: try fields.decodeIfPresent("demoProcesses") ?? 4,
            demoTaskSeconds: try fields.decodeIfPresent("demoTaskSeconds"),
            sweepTaskSeconds: try fields.decodeIfPresent("sweepTaskSeconds"),
            timeBudgetSeconds: try fields.decodeIfPresent("timeBudgetSeconds")
        )
    }
}

extension Calibration: JSONObjectReadable {
    init(fields: JSONFields) throws(JSONReadError) {
        self.init(kernel: try fields.decode("kernel"), iterationsPerTask: try fields.decode("iterationsPerTask"),
                  targetSeconds: try fields.decode("targetSeconds"), measuredSeconds: try fields.decode("measuredSeconds"))
    }
}

extension RunWarning: JSONObjectReadable {
    init(fields: JSONFields) throws(JSONReadError) {
        self.init(kind: try fields.decode("kind"), subject: try fields.decodeIfPresent("subject"),
                  value: try fields.decodeIfPresent("value"))
    }
}

extension RunWarning.Kind: JSONReadable {}

extension CPUThrottling: JSONObjectReadable {
    init(fields: JSONFields) throws(JSONReadError) {
        self.init(periods: try fields.decode("periods"), throttledPeriods: try fields.decode("throttledPeriods"),
                  throttledSeconds: try fields.decode("throttledSeconds"))
    }
}
