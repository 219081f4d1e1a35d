import XCTest
@testable import Render
import Results

/// The names templates select words by carry the analysis's verdicts for each machine shape; the words
/// themselves are the templates' (see `TemplateParityTests` and the golden posts).
final class VerdictValuesTests: XCTestCase {
    private func names(_ fixture: String) throws -> [String] {
        PostRenderer.names(for: try ResultsFile.load(path: Fixtures.path("Tests/Fixtures/results-\(fixture).json")))
    }

    private func assert(_ fixture: String, _ expected: [String], file: StaticString = #filePath, line: UInt = #line) throws {
        let names = try names(fixture)
        for value in expected { XCTAssertTrue(names.contains(value), "\(fixture): \(value)", file: file, line: line) }
    }

    func testOneUsableCore() throws {
        try assert("1core", ["machine.cores = one", "machine.limitedBy = affinity", "machine.singleCore = true",
                             "cpu.threads.parallelism = oneWorker", "cpu.globalLock.parallelism = oneCore",
                             "lock.turns = tookTurns", "cpu.globalLock.workers = 2", "timeline.parallel.outcome = notPossible",
                             "demo.outcome = notPossible", "sweep.half.recorded = false", "warnings.singleCore = true"])
    }

    func testAQuotaOfOneCPU() throws {
        try assert("quota", ["machine.cores = oneByQuota", "machine.limitedBy = quota", "machine.cgroupQuota = 1", "machine.throttled = true",
                             "machine.throttledPeriods = 310", "cpu.processes.vsSequential = slower", "warnings.throttled = true"])
    }

    func testTwoQuietCores() throws {
        try assert("2core", ["machine.cores = all", "machine.logicalCPUsShareCores = true", "cpu.threads.parallelism = parallel", "cpu.threads.severalCoresBusy = true",
                             "cpu.globalLock.vsSequential = same", "io.async.vsSequential = faster", "io.async.oneThread = true",
                             "timeline.parallel.outcome = parallel", "timeline.parallel.fewerCPUsThanTasks = true",
                             "gather.overlapped = true", "gather.oneThread = true", "demo.taskSeconds = 0.501"])
    }

    func testNoisyCoresTie() throws {
        try assert("noisy", ["cpu.processes.vsThreads = same", "cpu.threads.best = true", "cpu.processes.best = true",
                             "cpu.sequential.best = false", "warnings.highLoad = true", "cpu.threads.warmups = 1"])
    }

    func testSixteenCores() throws {
        try assert("16core", ["machine.cores = all", "calibration.iterations = 446,400,000", "cpu.threads.workers = 4", "sweep.growth = withTheWork", "sweep.equal.keptCoresBusy = true",
                              "cpu.globalLock.vsThreads = slower", "warnings.count = 0", "python.agreement = notCompared"])
    }

    func testAFreeThreadedPython() throws {
        try assert("freethreaded", ["python.interpreter = CPython 3.13.1", "python.gil = off", "python.threads.vsSequential = faster",
                                    "python.agreement = emulationSlower"])
    }

    func testAnEmulationFasterThanTheRealGILIsSaidToBe() throws {
        var results = try Fixtures.twoCore()
        results.python = PythonComparison(
            pythonVersion: "3.11.7", implementation: "CPython", gilEnabled: true, switchIntervalSeconds: 0.005,
            processStartMethod: "fork", tasks: 4, workers: 2, targetSeconds: 0.5, loopSize: 8_500_000, calibratedTaskSeconds: 0.5,
            cells: [PythonCell(strategy: .sequential, wallSeconds: [2.0, 2.02, 1.98]),
                    PythonCell(strategy: .threads, wallSeconds: [3.0, 3.05, 2.95]),
                    PythonCell(strategy: .processes, wallSeconds: [1.1, 1.12, 1.08])])
        let names = PostRenderer.names(for: results)
        XCTAssertTrue(names.contains("python.agreement = emulationFaster"))
        XCTAssertTrue(names.contains("python.gil = on"))
        XCTAssertTrue(names.contains("python.threads.vsSequential = slower"))
    }
}
