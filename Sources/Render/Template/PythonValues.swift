import Results

/// `python.*`: CPython running the seed's CPU-bound experiment beside us (`--compare-python`), and how
/// close the emulated global lock came to the real GIL (both as "threads ÷ sequential").
enum PythonValues {
    static let names = ["version", "loopSize", "tasks", "workers", "sequential.median", "threads.median",
                        "processes.median", "threads.ratio", "processes.speedup", "emulated.ratio", "gapPercent"]

    static func make(_ python: PythonComparison?, comparison: Comparison) -> [String: TemplateValue] {
        var values: [String: TemplateValue] = ["python.recorded": .flag(python != nil)]
        for name in names { values["python.\(name)"] = .missing }
        guard let python,
              let sequential = python.cell(.sequential)?.summary.median,
              let threads = python.cell(.threads)?.summary.median,
              let processes = python.cell(.processes)?.summary.median, sequential > 0 else { return values }
        values["python.version"] = .text(python.pythonVersion)
        values["python.loopSize"] = .count(python.loopSize)
        values["python.tasks"] = .count(python.tasks)
        values["python.workers"] = .count(python.workers)
        values["python.sequential.median"] = .fixed(sequential, decimals: 3)
        values["python.threads.median"] = .fixed(threads, decimals: 3)
        values["python.processes.median"] = .fixed(processes, decimals: 3)
        let real = threads / sequential
        values["python.threads.ratio"] = .fixed(real, decimals: 2)
        values["python.processes.speedup"] = processes > 0 ? .fixed(sequential / processes, decimals: 2) : .missing
        if let locked = comparison.cell(.globalLock, .cpu)?.summary.median,
           let ours = comparison.cell(.sequential, .cpu)?.summary.median, ours > 0 {
            let emulated = locked / ours
            values["python.emulated.ratio"] = .fixed(emulated, decimals: 2)
            values["python.gapPercent"] = .fixed(abs(emulated - real) / real * 100, decimals: 1)
        }
        return values
    }
}
