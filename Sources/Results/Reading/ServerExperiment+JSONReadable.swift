// The fast path's reading of the server section, field for field as its `Decodable` conformances
// (Sources/Results/ServerExperiment.swift).

extension ServerStyle: JSONReadable {}

extension ServerExperiment: JSONObjectReadable {
    init(fields: JSONFields) throws(JSONReadError) {
        self.init(
            server: try fields.decode("server"),
            upstreamDelaySeconds: try fields.decode("upstreamDelaySeconds"),
            upstreamCallsPerRequest: try fields.decode("upstreamCallsPerRequest"),
            ioThreads: try fields.decode("ioThreads"),
            cpuWorkers: try fields.decode("cpuWorkers"),
            cpuTaskSeconds: try fields.decode("cpuTaskSeconds"),
            healthIntervalSeconds: try fields.decode("healthIntervalSeconds"),
            idleHealthLatencySeconds: try fields.decode("idleHealthLatencySeconds"),
            runs: try fields.decode("runs"),
            backgroundPolicy: try fields.decodeIfPresent("backgroundPolicy")
        )
    }
}

extension ServerLoadRun: JSONObjectReadable {
    init(fields: JSONFields) throws(JSONReadError) {
        self.init(
            style: try fields.decode("style"),
            concurrency: try fields.decode("concurrency"),
            requests: try fields.decode("requests"),
            completed: try fields.decode("completed"),
            failed: try fields.decode("failed"),
            wallSeconds: try fields.decode("wallSeconds"),
            latency: try fields.decode("latency"),
            healthLatencySeconds: try fields.decode("healthLatencySeconds"),
            handlerMedianSeconds: try fields.decodeIfPresent("handlerMedianSeconds"),
            generatorCPUSeconds: try fields.decode("generatorCPUSeconds"),
            spans: try fields.decode("spans")
        )
    }
}

extension LatencySummary: JSONObjectReadable {
    init(fields: JSONFields) throws(JSONReadError) {
        self.init(count: try fields.decode("count"), p50Seconds: try fields.decode("p50Seconds"),
                  p90Seconds: try fields.decode("p90Seconds"), p99Seconds: try fields.decode("p99Seconds"),
                  maxSeconds: try fields.decode("maxSeconds"), meanSeconds: try fields.decode("meanSeconds"))
    }
}

extension RequestSpan: JSONObjectReadable {
    init(fields: JSONFields) throws(JSONReadError) {
        self.init(connection: try fields.decodeIfPresent("connection"), startSeconds: try fields.decode("startSeconds"),
                  endSeconds: try fields.decode("endSeconds"))
    }
}

extension PythonServerComparison: JSONObjectReadable {
    init(fields: JSONFields) throws(JSONReadError) {
        self.init(interpreter: try fields.decodeIfPresent("interpreter"),
                  unavailableReason: try fields.decodeIfPresent("unavailableReason"),
                  experiment: try fields.decodeIfPresent("experiment"))
    }
}
