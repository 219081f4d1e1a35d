import Results

/// Builds consistent `Results` from given wall times per cell: tasks, workers, pids and tids follow the
/// settings, so diff and export code sees what a real run would write.
enum DiffFixture {
    static func results(
        settings: Settings = .originalPost(quick: false),
        cpuModel: String = "Test CPU @ 3.0GHz",
        globalLock: GlobalLockTrace? = nil,
        walls: (WorkloadID, StrategyID) -> [Double]
    ) -> Results {
        var cells: [Cell] = []
        for workload in WorkloadID.allCases {
            for strategy in StrategyID.allCases {
                cells.append(cell(strategy, workload, settings: settings, walls: walls(workload, strategy)))
            }
        }
        return Results(
            tool: ToolInfo(version: "test"),
            measuredAt: "2026-11-25T18:30:00+09:00",
            machine: machine(cpuModel: cpuModel),
            settings: settings,
            calibration: Calibration(kernel: "xorshift64", iterationsPerTask: 1_000_000,
                                     targetSeconds: settings.cpuTaskTargetSeconds,
                                     measuredSeconds: settings.cpuTaskTargetSeconds),
            comparison: Comparison(cells: cells),
            globalLock: globalLock
        )
    }

    /// Five repetitions spread ±1 % around `median`.
    static func tight(_ median: Double) -> [Double] {
        [1.0, 1.01, 0.99, 1.005, 0.995].map { $0 * median }
    }

    static func machine(cpuModel: String) -> MachineFacts {
        MachineFacts(
            cpuModel: cpuModel, logicalCPUs: 2, physicalCores: 1, affinityCPUs: [0, 1], cgroupQuotaCPUs: nil,
            usableCores: 2, memoryBytes: 8 << 30, osName: "Debian GNU/Linux 12 (bookworm)",
            kernel: "6.1.0-test", architecture: "x86_64", swiftVersion: "6.3.1",
            clockResolutionNanoseconds: 1, loadAverage: [0.5, 0.4, 0.3], frequencyGovernor: nil
        )
    }

    static func cell(_ strategy: StrategyID, _ workload: WorkloadID, settings: Settings, walls: [Double]) -> Cell {
        let tasks = workload == .io ? settings.ioTasks : settings.cpuTasks
        let poolSize = workload == .io ? settings.ioThreads : settings.cpuWorkers
        let workers = [.sequential, .async].contains(strategy) ? 1 : poolSize
        let runs = walls.map { wall in
            Run(wallSeconds: wall, cpuSeconds: workload == .cpu ? wall : 0, voluntarySwitches: 1,
                involuntarySwitches: 0,
                tasks: taskRecords(strategy, tasks: tasks, workers: workers, wall: wall))
        }
        return Cell(strategy: strategy, workload: workload, tasks: tasks, workers: workers,
                    warmupWallSeconds: walls.prefix(1).map { $0 * 1.1 }, runs: runs)
    }

    /// Tasks spread over the workers in rounds that fill the wall time.
    static func taskRecords(_ strategy: StrategyID, tasks: Int, workers: Int, wall: Double) -> [TaskRecord] {
        let rounds = (tasks + workers - 1) / workers
        let slot = wall / Double(rounds)
        let strategyBase = Int32(StrategyID.allCases.firstIndex(of: strategy)! * 100)
        return (0..<tasks).map { index in
            let worker = Int32(index % workers)
            let round = Double(index / workers)
            let pid: Int32 = strategy == .processes ? 5000 + worker : 1000
            let tid: Int32 = workers == 1 ? 1000 : (strategy == .processes ? pid : 2000 + strategyBase + worker)
            return TaskRecord(index: index, pid: pid, tid: tid, startSeconds: round * slot,
                              endSeconds: (round + 1) * slot, cpus: [Int(worker) % 2])
        }
    }
}
