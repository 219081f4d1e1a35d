import Analysis
import ArgumentParser
import Foundation
import Measure
import Render
import Results

struct MeasureCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "measure",
        abstract: "Measure every strategy on both workloads and print the post (the default command)."
    )

    @Flag(help: "Scale every duration down about tenfold for a fast preview.")
    var quick = false

    @Flag(name: .shortAndLong, help: "No progress on stderr.")
    var quiet = false

    @Option(name: .customLong("io-tasks"), parsing: .unconditional, help: "I/O-bound tasks per run (default 10).")
    var ioTasks: Int?

    @Option(name: .customLong("io-wait"), parsing: .unconditional, help: ArgumentHelp("Blocking wait per I/O task in seconds (default 1, quick 0.1).", valueName: "seconds"))
    var ioWait: Double?

    @Option(name: .customLong("cpu-tasks"), parsing: .unconditional, help: "CPU-bound tasks per run (default 4).")
    var cpuTasks: Int?

    @Option(name: .customLong("cpu-workers"), parsing: .unconditional, help: "Threads or processes for the CPU-bound work (default: usable cores).")
    var cpuWorkers: Int?

    @Option(name: .customLong("cpu-target"), parsing: .unconditional, help: ArgumentHelp("Target seconds for one CPU task (default 0.5, quick 0.05).", valueName: "seconds"))
    var cpuTarget: Double?

    @Option(parsing: .unconditional, help: "Measured repetitions per cell; fixes them instead of fitting them to --time-budget (default: 3–5 as fit).")
    var repetitions: Int?

    @Option(name: .customLong("time-budget"), parsing: .unconditional, help: ArgumentHelp("Seconds the whole run should take; CPU cells get 3–5 repetitions as fit (default 74, quick 7).", valueName: "seconds"))
    var timeBudget: Double?

    @Option(name: .customLong("switch-interval"), parsing: .unconditional, help: ArgumentHelp("Global-lock switch interval in milliseconds (CPython: 5).", valueName: "ms"))
    var switchIntervalMs: Double?

    @Flag(name: .customLong("no-python"), help: "Skip CPython. By default, when a python3 is on PATH, the original post's CPU-bound experiment, the convoy and native code releasing the GIL also run in CPython, and its FastAPI app under uvicorn (.venv-fastapi, see scripts/setup.sh).")
    var noPython = false

    @Flag(name: .customLong("compare-python"), help: "Require CPython: fail when python3 is missing or a CPython measurement fails (CPython runs by default).")
    var comparePython = false

    @Option(parsing: .unconditional, help: ArgumentHelp("A name for this machine, stored in results.json and heading its column in `diff` (default: CPU model and usable cores).", valueName: "name"))
    var label: String?

    @Flag(name: .customLong("label-host"), help: "Lead the label with this machine's host name (left out by default: posts are published).")
    var labelHost = false

    @OptionGroup var post: PostOptions

    func validate() throws {
        try check(ioTasks, "--io-tasks", in: 1...10_000)
        try check(cpuTasks, "--cpu-tasks", in: 1...1_024)
        try check(cpuWorkers, "--cpu-workers", in: 1...1_024)
        try check(repetitions, "--repetitions", in: 1...1_000)
        try check(ioWait, "--io-wait", in: 0.001...60)
        try check(cpuTarget, "--cpu-target", in: 0.001...60)
        try check(switchIntervalMs, "--switch-interval", in: 0.1...1_000)
        try check(timeBudget, "--time-budget", in: 1...86_400)
        if let label {
            do {
                _ = try MachineLabel.validated(label)
            } catch {
                throw ValidationError("--label \(error)")
            }
        }
    }

    /// `--label` as given (checked in `validate()`), else derived from the machine facts; the host name
    /// leads either only with `--label-host`.
    private func machineLabel(for machine: MachineFacts) -> String {
        let host = labelHost ? MachineProbe.nodeName : nil
        guard let label, let given = try? MachineLabel.validated(label) else {
            return MachineLabel.derived(from: machine, hostName: host)
        }
        guard let host, !host.isEmpty else { return given }
        return String("\(host) · \(given)".prefix(MachineLabel.maximumLength))
    }

    func run() throws {
        // Fail on templates before spending a minute measuring.
        let templates = try post.loadTemplates()
        if comparePython, PythonBenchmark.locatePython() == nil {
            throw UsageError(description: "--compare-python: no python3 on PATH; install Python 3 or leave the flag out")
        }
        if comparePython, noPython {
            throw UsageError(description: "--compare-python and --no-python contradict each other; give one")
        }
        let settings = resolvedSettings()
        let progress: @Sendable (String) -> Void = { [quiet] line in
            guard !quiet else { return }
            Console.err("\(line)\n")
        }
        SignalGuard.install()
        var results = try Runner(settings: settings, workerExecutable: WorkerExecutable.besideThisProcess(), tool: ThisBuild.tool, progress: progress).run()
        results.label = machineLabel(for: results.machine)
        if noPython {
            results.pythonNotMeasured = PythonNotMeasured(cause: .noPythonFlag)
        } else {
            try CPythonMeasurement(required: comparePython, progress: progress).measure(into: &results)
        }
        // Warnings are judgements: printed here, made again from the facts whenever the file is read.
        for warning in Findings(results).warnings where !quiet {
            Console.err("concreport: warning: \(warning.message)\n")
        }
        do {
            try Publisher(options: post, templates: templates).publish(results)
        } catch {
            // Never lose a measurement to a rendering problem: keep the numbers for `concreport render`.
            if let saved = try? Self.rescue(results) {
                ExitStatus.printError("the measurements are saved in \(saved); fix the problem below and run `concreport render \(saved)`")
            }
            throw error
        }
    }

    private func resolvedSettings() -> Settings {
        var settings = Settings.originalPost(quick: quick)
        if let ioTasks { settings.ioTasks = ioTasks; settings.ioThreads = ioTasks }
        if let ioWait { settings.ioWaitSeconds = ioWait }
        if let cpuTasks { settings.cpuTasks = cpuTasks }
        settings.cpuWorkers = cpuWorkers ?? MachineProbe.probe().usableCores
        if let cpuTarget { settings.cpuTaskTargetSeconds = cpuTarget }
        if let timeBudget { settings.timeBudgetSeconds = timeBudget }
        if let repetitions { settings.repetitions = repetitions; settings.timeBudgetSeconds = nil }
        if let switchIntervalMs { settings.switchIntervalSeconds = switchIntervalMs / 1000 }
        return settings
    }

    private static func rescue(_ results: Results) throws -> String {
        let path = NSTemporaryDirectory() + "concreport-results-\(getpid()).json"
        try OutputFolder.writeAtomically(try ResultsFile.encode(results), to: path)
        return path
    }

    private func check<T: Comparable>(_ value: T?, _ flag: String, in range: ClosedRange<T>) throws {
        guard let value else { return }
        guard range.contains(value) else {
            throw ValidationError("\(flag) \(value) is out of range (\(range.lowerBound)…\(range.upperBound))")
        }
    }
}
