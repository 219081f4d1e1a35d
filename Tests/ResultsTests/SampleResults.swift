import Foundation
import Results

/// Small, consistent `Results` values for the Results module's tests.
enum SampleResults {
    static func run(_ wallSeconds: Double, tasks: Int = 2) -> Run {
        Run(wallSeconds: wallSeconds, cpuSeconds: wallSeconds * 0.9, voluntarySwitches: 3, involuntarySwitches: 1,
            tasks: (0..<tasks).map {
                TaskRecord(index: $0, pid: 4242, tid: 4300 + Int32($0), startSeconds: 0,
                           endSeconds: wallSeconds, cpus: [$0 % 2, 1 - $0 % 2])
            })
    }

    static func cell(_ strategy: StrategyID, _ workload: WorkloadID, walls: [Double]) -> Cell {
        Cell(strategy: strategy, workload: workload, tasks: 2, workers: strategy == .sequential ? 1 : 2,
             warmupWallSeconds: [walls.first ?? 0], runs: walls.map { run($0) })
    }

    static let results = Results(
        tool: ToolInfo(version: "1.0.0"),
        measuredAt: "2026-11-25T18:30:00+09:00",
        machine: MachineFacts(
            cpuModel: "Example \"CPU\" | model/1 — 한국어", logicalCPUs: 4, physicalCores: nil, affinityCPUs: [0, 1, 2, 3],
            cgroupQuotaCPUs: 2.5, usableCores: 3, memoryBytes: 16 << 30, osName: "Debian GNU/Linux 12 (bookworm)",
            kernel: "6.1.0-28-amd64", architecture: "x86_64", swiftVersion: "6.3.1", clockResolutionNanoseconds: 1,
            loadAverage: [0.25, 0.5, 0.125], frequencyGovernor: "performance"
        ),
        settings: .originalPost(quick: true),
        calibration: Calibration(kernel: "xorshift64", iterationsPerTask: 12_345_678, targetSeconds: 0.05,
                                 measuredSeconds: 0.0512),
        comparison: Comparison(cells: [
            cell(.sequential, .cpu, walls: [0.2, 0.21, 0.19]),
            cell(.threads, .cpu, walls: [0.1, 0.11, 0.105]),
            cell(.globalLock, .cpu, walls: [0.22, 0.25, 0.23]),
        ]),
        globalLock: GlobalLockTrace(intervals: [LockInterval(thread: 0, startSeconds: 0, endSeconds: 0.005)],
                                    forcedSwitches: 1, dropRequests: 1)
    )

    /// The sample encoded, as a mutable JSON object.
    static func jsonObject() throws -> [String: Any] {
        try JSONSerialization.jsonObject(with: ResultsFile.encode(results)) as! [String: Any]
    }

    static func data(_ object: [String: Any]) throws -> Data {
        try JSONSerialization.data(withJSONObject: object)
    }
}
