import Analysis
import Results

extension NameCatalog {
    static let python: [NameFamily] = [
        NameFamily("python.recorded", .flag, "CPython's CPU-bound experiment ran") { .flag($0.findings.python != nil) },
        NameFamily("python.notMeasured", .flag, "some or all of CPython was not measured, and the file says why") {
            .flag($0.findings.pythonNotMeasured != nil)
        },
        NameFamily("python.notMeasuredCause", .verdict(PythonNotMeasured.Cause.self), "why: `noPythonFlag`, `noInterpreter`, `failed`") {
            .verdict($0.findings.pythonNotMeasured?.cause ?? .noInterpreter)
        },
        NameFamily("python.failure", .text, "what failed, in the error's words (English)") { .text($0.findings.pythonNotMeasured?.detail) },
        NameFamily("python.interpreter", .text, "implementation and version that really ran (`CPython 3.11.2`)") { .text($0.findings.python?.interpreter) },
        NameFamily("python.implementation", .text, "`platform.python_implementation()`") { .text($0.findings.python?.implementation) },
        NameFamily("python.version", .text, "`platform.python_version()`") { .text($0.findings.python?.version) },
        NameFamily("python.gil", .verdict(GILState.self), "whether its GIL was on") { .verdict($0.findings.python?.gil ?? .notRun) },
        NameFamily("python.loopSize", .groupedCount, "n of its sum of squares") { .count($0.results.python?.loopSize) },
        NameFamily("python.tasks", .count, "its tasks") { .count($0.results.python?.tasks) },
        NameFamily("python.workers", .count, "its pools") { .count($0.results.python?.workers) },
        NameFamily("python.processes.aboveWorkers", .flag, "its processes' speedup exceeds its pool's workers") {
            .flag($0.findings.python?.processesAboveWorkers ?? false)
        },
        NameFamily("python.singleWorker", .flag, "its pools had one worker: nothing competed for its GIL") {
            .flag($0.findings.python?.singleWorker ?? false)
        },
        NameFamily("python.sequential.median", .seconds, "its sequential loop") { .number($0.findings.python?.sequentialSeconds) },
        NameFamily("python.sequential.taskSeconds", .seconds, "one task of its sequential loop: the median over the tasks") { facts in
            guard let seconds = facts.findings.python?.sequentialSeconds, let tasks = facts.results.python?.tasks, tasks > 0 else { return .number(nil) }
            return .number(seconds / Double(tasks))
        },
        NameFamily("python.threads.median", .seconds, "its threads") { .number($0.findings.python?.threadsSeconds) },
        NameFamily("python.processes.median", .seconds, "its processes") { .number($0.findings.python?.processesSeconds) },
        NameFamily("python.threads.ratio", .ratio, "its threads over its sequential loop") { .number($0.findings.python?.threadsRatio) },
        NameFamily("python.threads.vsSequential", .verdict(Difference.self), "its threads against its loop, noise taken into account") {
            .verdict($0.findings.python?.threadsVsSequential)
        },
        NameFamily("python.processes.speedup", .ratio, "its loop over its processes") { .number($0.findings.python?.processesSpeedup) },
        NameFamily("python.processes.vsSequential", .verdict(Difference.self), "its processes against its loop") {
            .verdict($0.findings.python?.processesVsSequential)
        },
        NameFamily("python.emulated.ratio", .ratio, "concreport's global-lock threads over its sequential run (CPU)") {
            .number($0.findings.python?.emulatedRatio)
        },
        NameFamily("python.gapPercent", .percent(decimals: 1), "|emulated − real| ÷ real") { .number($0.findings.python?.gapPercent) },
        NameFamily("python.agreement", .verdict(EmulationAgreement.self), "the two slowdowns compared with the spread of both") {
            .verdict($0.findings.python?.agreement ?? .notCompared)
        },
    ]

    static let warnings: [NameFamily] = [
        NameFamily("warnings.count", .count, "warnings raised") { .count($0.findings.warnings.count) },
        NameFamily(pattern: "warnings.<kind>", .flag,
                   "a warning of that kind was raised (`" + RunWarning.Kind.allCases.map(\.rawValue).joined(separator: "`, `") + "`)",
                   members: RunWarning.Kind.allCases.map { kind in
                       ("warnings.\(kind.rawValue)", { facts in .flag(facts.findings.warnings.contains { $0.kind == kind }) })
                   }),
    ]
}
