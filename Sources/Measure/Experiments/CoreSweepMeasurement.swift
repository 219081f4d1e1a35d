import Results

/// CPU-bound work on fewer, as many and more worker processes than usable cores:
/// one traced task per worker, so each point carries context switches, migrations and on-CPU slices.
struct CoreSweepMeasurement {
    var usableCores: Int
    var task: SizedTask
    var workerExecutable: String
    /// Slices end at clock gaps longer than this, as in the timeline.
    var gapThresholdSeconds = TimelineMeasurement.gapThresholdSeconds

    /// Half, as many and twice as many workers as usable cores, plus 1, 1.5×, 3× and 4× for the sweep
    /// (2 cores: 1, 2, 3, 4, 6, 8). Always starts at 1: that point times one task alone.
    static func workerCounts(usableCores: Int) -> [Int] {
        let cores = max(1, usableCores)
        let counts = [1, max(1, cores / 2), cores, Int((1.5 * Double(cores)).rounded()), 2 * cores, 3 * cores, 4 * cores]
        return Set(counts).sorted()
    }

    /// Runs every point in increasing order; `progress` hears of each point as it is done.
    func measure(progress: (SweepPoint) -> Void = { _ in }) throws -> CoreSweep {
        var points: [SweepPoint] = []
        var aloneSeconds = 0.0
        for workers in Self.workerCounts(usableCores: usableCores) {
            let run = SweepPointRun(workers: workers, task: task, gapThresholdSeconds: gapThresholdSeconds,
                                    workerExecutable: workerExecutable)
            let (point, tasks) = try run.measure()
            if workers == 1, let alone = tasks.first { aloneSeconds = alone.seconds }
            points.append(point)
            progress(point)
        }
        return CoreSweep(taskSeconds: aloneSeconds, points: points)
    }
}
