import Results

/// The original post's multiprocessing demo: one CPU task per worker process (spawning included),
/// then the same tasks one after another in this process.
struct ProcessDemoMeasurement {
    var processes: Int
    var task: SizedTask
    var workerExecutable: String

    func measure() throws -> ProcessDemo {
        let plan = RunPlan(workload: .cpu, jobs: Array(repeating: .compute(iterations: task.iterations), count: processes),
                           workers: processes, switchIntervalSeconds: 0,
                           timeLimitSeconds: task.timeLimitSeconds(tasks: processes))
        let parallel = try RunMeter.measure(ProcessesStrategy(workerExecutable: workerExecutable), plan).run
        let sequential = try RunMeter.measure(SequentialStrategy(), plan).run
        return ProcessDemo(processes: processes, run: parallel, sequentialWallSeconds: sequential.wallSeconds)
    }
}
