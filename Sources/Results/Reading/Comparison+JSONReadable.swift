// The fast path's reading of the comparison and the Python run, field for field as their `Decodable`
// conformances (Sources/Results/Comparison.swift, PythonComparison.swift, Identifiers.swift).

extension StrategyID: JSONReadable {}
extension WorkloadID: JSONReadable {}
extension PythonStrategy: JSONReadable {}

extension Comparison: JSONObjectReadable {
    init(fields: JSONFields) throws(JSONReadError) {
        self.init(cells: try fields.decode("cells"))
    }
}

extension Cell: JSONObjectReadable {
    /// As `init(from:)`: the stored summary is not read but recomputed from the runs.
    init(fields: JSONFields) throws(JSONReadError) {
        self.init(strategy: try fields.decode("strategy"), workload: try fields.decode("workload"),
                  tasks: try fields.decode("tasks"), workers: try fields.decode("workers"),
                  warmupWallSeconds: try fields.decode("warmupWallSeconds"), runs: try fields.decode("runs"))
    }
}

extension Run: JSONObjectReadable {
    init(fields: JSONFields) throws(JSONReadError) {
        self.init(wallSeconds: try fields.decode("wallSeconds"), cpuSeconds: try fields.decode("cpuSeconds"),
                  voluntarySwitches: try fields.decode("voluntarySwitches"),
                  involuntarySwitches: try fields.decode("involuntarySwitches"), tasks: try fields.decode("tasks"))
    }
}

extension TaskRecord: JSONObjectReadable {
    init(fields: JSONFields) throws(JSONReadError) {
        self.init(index: try fields.decode("index"), pid: try fields.decode("pid"), tid: try fields.decode("tid"),
                  startSeconds: try fields.decode("startSeconds"), endSeconds: try fields.decode("endSeconds"),
                  cpus: try fields.decode("cpus"), resumedTids: try fields.decodeIfPresent("resumedTids"))
    }
}

extension GlobalLockTrace: JSONObjectReadable {
    init(fields: JSONFields) throws(JSONReadError) {
        self.init(intervals: try fields.decode("intervals"), forcedSwitches: try fields.decode("forcedSwitches"),
                  dropRequests: try fields.decode("dropRequests"), threadIDs: try fields.decode("threadIDs"))
    }
}

extension LockInterval: JSONObjectReadable {
    init(fields: JSONFields) throws(JSONReadError) {
        self.init(thread: try fields.decode("thread"), startSeconds: try fields.decode("startSeconds"),
                  endSeconds: try fields.decode("endSeconds"))
    }
}

extension PythonComparison: JSONObjectReadable {
    init(fields: JSONFields) throws(JSONReadError) {
        self.init(
            pythonVersion: try fields.decode("pythonVersion"),
            implementation: try fields.decode("implementation"),
            gilEnabled: try fields.decode("gilEnabled"),
            freeThreadedBuild: try fields.decodeIfPresent("freeThreadedBuild"),
            switchIntervalSeconds: try fields.decode("switchIntervalSeconds"),
            processStartMethod: try fields.decode("processStartMethod"),
            tasks: try fields.decode("tasks"),
            workers: try fields.decode("workers"),
            targetSeconds: try fields.decode("targetSeconds"),
            loopSize: try fields.decode("loopSize"),
            calibratedTaskSeconds: try fields.decode("calibratedTaskSeconds"),
            cells: try fields.decode("cells")
        )
    }
}

extension PythonCell: JSONObjectReadable {
    /// As `init(from:)`: the summary is recomputed from the wall times.
    init(fields: JSONFields) throws(JSONReadError) {
        self.init(strategy: try fields.decode("strategy"), wallSeconds: try fields.decode("wallSeconds"))
    }
}
