import Foundation
import XCTest
@testable import Measure
import WorkerKernel

final class ProcessesStrategyTests: XCTestCase {
    func testWorkersRunTasksAndSendRecordsBack() throws {
        let strategy = ProcessesStrategy(workerExecutable: try WorkerBinary.path())
        let tasks = try TestRuns.run(strategy, TestRuns.computePlan(tasks: 3, workers: 2)).tasks
        XCTAssertEqual(tasks.map(\.index), [0, 1, 2])
        XCTAssertFalse(tasks.map(\.pid).contains(getpid()))
        XCTAssertLessThanOrEqual(Set(tasks.map(\.pid)).count, 2)
        XCTAssertTrue(tasks.allSatisfy { $0.startSeconds >= 0 && $0.endSeconds >= $0.startSeconds })
        assertNoChildLeft()
    }

    /// A worker dies with the thread that spawned it (its parent-death signal), and an idle Dispatch
    /// thread exits after about 5 s: a pool that outlives that must have been spawned from threads that
    /// stay (`SpawnerThread`). Before the fix the second worker was killed here, and the run failed.
    func testAPoolOutlivesAnIdleDispatchThread() throws {
        let strategy = ProcessesStrategy(workerExecutable: try WorkerBinary.path())
        let plan = RunPlan(workload: .io, jobs: Array(repeating: .wait(seconds: 7), count: 2), workers: 2,
                           switchIntervalSeconds: 0.005, timeLimitSeconds: 60)
        let tasks = try TestRuns.run(strategy, plan).tasks
        XCTAssertEqual(tasks.map(\.index), [0, 1])
        XCTAssertEqual(Set(tasks.map(\.pid)).count, 2, "each task in its own worker")
        assertNoChildLeft()
    }

    func testAKilledWorkerIsReportedAndEveryWorkerReaped() throws {
        let strategy = ProcessesStrategy(workerExecutable: try WorkerBinary.path())
        var plan = TestRuns.computePlan(tasks: 4, workers: 2)
        plan.jobs[1] = .killWorker
        XCTAssertThrowsError(try TestRuns.run(strategy, plan)) { error in
            guard case let MeasureError.workerDied(pid, signal, task) = error else {
                return XCTFail("expected workerDied, got \(error)")
            }
            XCTAssertGreaterThan(pid, 0)
            XCTAssertEqual(signal, SIGKILL)
            XCTAssertEqual(task, 1)
            XCTAssertTrue("\(error)".contains("SIGKILL"))
        }
        assertNoChildLeft()
    }

    func testAWorkerCrashingWithSIGSEGVIsReportedWithItsTask() throws {
        let strategy = ProcessesStrategy(workerExecutable: try WorkerBinary.path())
        var plan = TestRuns.computePlan(tasks: 4, workers: 2)
        plan.jobs[2] = .crashWorker(signal: SIGSEGV)
        XCTAssertThrowsError(try TestRuns.run(strategy, plan)) { error in
            guard case let MeasureError.workerDied(_, signal, task) = error else {
                return XCTFail("expected workerDied, got \(error)")
            }
            XCTAssertEqual(signal, SIGSEGV)
            XCTAssertEqual(task, 2)
            XCTAssertTrue("\(error)".contains("processes strategy was killed by signal 11 (SIGSEGV) while running task 2"), "\(error)")
        }
        assertNoChildLeft()
    }

    func testAWorkerExitingWithAnErrorStatusIsReportedWithItsTask() throws {
        let strategy = ProcessesStrategy(workerExecutable: try WorkerBinary.path())
        var plan = TestRuns.computePlan(tasks: 3, workers: 3)
        plan.jobs[1] = .exitWorker(status: 3)
        XCTAssertThrowsError(try TestRuns.run(strategy, plan)) { error in
            guard case let MeasureError.workerFailed(_, status, task, _) = error else {
                return XCTFail("expected workerFailed, got \(error)")
            }
            XCTAssertEqual(status, 3)
            XCTAssertEqual(task, 1)
            XCTAssertTrue("\(error)".contains("processes strategy failed on task 1 (exit status 3): it closed its pipe without answering"), "\(error)")
        }
        assertNoChildLeft()
    }

    /// A worker that never answers: the watchdog stops the run at its limit, kills and reaps every worker.
    func testAHungWorkerIsStoppedByTheWatchdog() throws {
        let strategy = ProcessesStrategy(workerExecutable: try WorkerBinary.path())
        var plan = TestRuns.computePlan(tasks: 2, workers: 2)
        plan.jobs[0] = .hangWorker
        plan.timeLimitSeconds = 0.5
        XCTAssertThrowsError(try TestRuns.run(strategy, plan)) { error in
            XCTAssertEqual(error as? MeasureError, .timedOut(strategy: .processes, workload: .cpu, limitSeconds: 0.5))
            XCTAssertTrue("\(error)".contains("processes/cpu ran longer than its"), "\(error)")
        }
        assertNoChildLeft()
    }

    func testAMissingExecutableFailsToSpawn() {
        let strategy = ProcessesStrategy(workerExecutable: "/nonexistent/concreport-worker")
        XCTAssertThrowsError(try TestRuns.run(strategy, TestRuns.computePlan(tasks: 2, workers: 2))) { error in
            guard case MeasureError.spawnFailed(_, let code) = error else { return XCTFail("unexpected \(error)") }
            XCTAssertEqual(code, ENOENT)
        }
        assertNoChildLeft()
    }

    func testLineReaderSplitsLinesAcrossReads() {
        var fds: [Int32] = [0, 0]
        XCTAssertEqual(pipe(&fds), 0)
        PipeIO.writeAll(fds[1], Array("one\ntw".utf8))
        PipeIO.writeAll(fds[1], Array("o\n\nlast".utf8))
        close(fds[1])
        var reader = LineReader(fileDescriptor: fds[0])
        var lines: [String] = []
        while let line = reader.nextLine() { lines.append(String(decoding: line, as: UTF8.self)) }
        close(fds[0])
        XCTAssertEqual(lines, ["one", "two", ""])
    }

    /// Every worker was reaped: this process has no child left to wait for.
    private func assertNoChildLeft(file: StaticString = #filePath, line: UInt = #line) {
        var status: Int32 = 0
        XCTAssertEqual(waitpid(-1, &status, WNOHANG), -1, "a worker process was left unreaped", file: file, line: line)
        XCTAssertEqual(errno, ECHILD, file: file, line: line)
    }
}
