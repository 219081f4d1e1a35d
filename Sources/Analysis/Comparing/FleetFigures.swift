import Results

/// The few figures that rank machines in a fleet (`concreport diff` of four files or more): what a core
/// does alone, what all of them do together, how exactly the async strategy waits, and what the server
/// does under load. Each is taken from the file's own findings, so a fleet row says what its post says.
public struct FleetFigures: Sendable {
    public var usableCores: Int
    /// One core's speed on the calibrated kernel, iterations per second.
    public var coreIterationsPerSecond: Double?
    /// The best CPU-bound speedup over sequential among the thread and process pools.
    public var bestCPUSpeedup: Double?
    /// The async strategy's I/O-bound wall time over one wait: 1 is ideal (every wait overlapped).
    public var asyncIOOverIdeal: Double?
    /// concreport's server on `/io-async`, answered requests per second.
    public var serverIOAsyncThroughput: Double?
    /// `/health` during the process-pool CPU load: its tail (99th percentile, or slowest poll), ms.
    public var healthUnderCPULoad: TailLatency?

    public init(_ results: Results) {
        let findings = Findings(results)
        usableCores = results.machine.usableCores
        coreIterationsPerSecond = CoreSpeed.iterationsPerSecond(results)
        bestCPUSpeedup = [StrategyID.threads, .processes].compactMap { findings.cell($0, .cpu)?.speedup }.max()
        if let async = results.comparison.cell(.async, .io), !async.runs.isEmpty, results.settings.ioWaitSeconds > 0 {
            asyncIOOverIdeal = async.summary.median / results.settings.ioWaitSeconds
        }
        serverIOAsyncThroughput = findings.server?.style(.ioAsync)?.throughput
        healthUnderCPULoad = findings.server?.style(.cpuProcessPool)?.healthTail
    }
}
