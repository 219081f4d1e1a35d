import Foundation
import XCTest
@testable import Measure
import WorkerKernel

final class ProcessesStrategyTests: XCTestCase {
    func testWorkersRunTasksAndSendRecordsBack() throws {
        let worker = try RecordedWorker.plain(in: self)
        let strategy = ProcessesStrategy(workerExecutable: worker.path)
        let tasks = try TestRuns.run(strategy, TestRuns.computePlan(tasks: 3, workers: 2)).tasks
        XCTAssertEqual(tasks.map(\.index), [0, 1, 2])
        XCTAssertFalse(tasks.map(\.pid).contains(getpid()))
        XCTAssertLessThanOrEqual(Set(tasks.map(\.pid)).count, 2)
        XCTAssertTrue(tasks.allSatisfy { $0.startSeconds >= 0 && $0.endSeconds >= $0.startSeconds })
        XCTAssertTrue(Set(tasks.map(\.pid)).isSubset(of: worker.pids), "the tasks ran in the workers started")
        worker.assertEveryWorkerReaped(minimum: 2)
    }

    /// A worker dies with the thread that spawned it (its parent-death signal), and an idle Dispatch
    /// thread exits after about 5 s: a pool that outlives that must have been spawned from threads that
    /// stay (`SpawnerThread`). Before the fix the second worker was killed here, and the run failed.
    func testAPoolOutlivesAnIdleDispatchThread() throws {
        let worker = try RecordedWorker.plain(in: self)
        let strategy = ProcessesStrategy(workerExecutable: worker.path)
        let plan = RunPlan(workload: .io, jobs: Array(repeating: .wait(seconds: 7), count: 2), workers: 2,
                           switchIntervalSeconds: 0.005, timeLimitSeconds: 60)
        let tasks = try TestRuns.run(strategy, plan).tasks
        XCTAssertEqual(tasks.map(\.index), [0, 1])
        XCTAssertEqual(Set(tasks.map(\.pid)).count, 2, "each task in its own worker")
        worker.assertEveryWorkerReaped(minimum: 2)
    }

    func testAKilledWorkerIsReportedAndEveryWorkerReaped() throws {
        let worker = try RecordedWorker.faulty("kill", "1", in: self)
        let strategy = ProcessesStrategy(workerExecutable: worker.path)
        let plan = TestRuns.computePlan(tasks: 4, workers: 2)
        XCTAssertThrowsError(try TestRuns.run(strategy, plan)) { error in
            guard case let MeasureError.workerDied(pid, signal, task) = error else {
                return XCTFail("expected workerDied, got \(error)")
            }
            XCTAssertGreaterThan(pid, 0)
            XCTAssertEqual(signal, SIGKILL)
            XCTAssertEqual(task, 1)
            XCTAssertTrue("\(error)".contains("SIGKILL"))
            XCTAssertTrue(worker.pids.contains(pid), "the worker that died is named: \(pid)")
        }
        worker.assertEveryWorkerReaped(minimum: 1)
    }

    func testAWorkerCrashingWithSIGSEGVIsReportedWithItsTask() throws {
        let worker = try RecordedWorker.faulty("crash", "2", "\(SIGSEGV)", in: self)
        let strategy = ProcessesStrategy(workerExecutable: worker.path)
        let plan = TestRuns.computePlan(tasks: 4, workers: 2)
        XCTAssertThrowsError(try TestRuns.run(strategy, plan)) { error in
            guard case let MeasureError.workerDied(_, signal, task) = error else {
                return XCTFail("expected workerDied, got \(error)")
            }
            XCTAssertEqual(signal, SIGSEGV)
            XCTAssertEqual(task, 2)
            XCTAssertTrue("\(error)".contains("processes strategy was killed by signal 11 (SIGSEGV) while running task 2"), "\(error)")
        }
        worker.assertEveryWorkerReaped(minimum: 1)
    }

    func testAWorkerExitingWithAnErrorStatusIsReportedWithItsTask() throws {
        let worker = try RecordedWorker.faulty("exit", "1", "3", in: self)
        let strategy = ProcessesStrategy(workerExecutable: worker.path)
        let plan = TestRuns.computePlan(tasks: 3, workers: 3)
        XCTAssertThrowsError(try TestRuns.run(strategy, plan)) { error in
            guard case let MeasureError.workerFailed(_, status, task, _) = error else {
                return XCTFail("expected workerFailed, got \(error)")
            }
            XCTAssertEqual(status, 3)
            XCTAssertEqual(task, 1)
            XCTAssertTrue("\(error)".contains("processes strategy failed on task 1 (exit status 3): it closed its pipe without answering"), "\(error)")
        }
        worker.assertEveryWorkerReaped(minimum: 1)
    }

    /// A worker that never answers: the watchdog stops the run at its limit, kills and reaps every worker.
    func testAHungWorkerIsStoppedByTheWatchdog() throws {
        let worker = try RecordedWorker.faulty("hang", "0", in: self)
        let strategy = ProcessesStrategy(workerExecutable: worker.path)
        var plan = TestRuns.computePlan(tasks: 2, workers: 2)
        plan.timeLimitSeconds = 0.5
        XCTAssertThrowsError(try TestRuns.run(strategy, plan)) { error in
            XCTAssertEqual(error as? MeasureError, .timedOut(strategy: .processes, workload: .cpu, limitSeconds: 0.5))
            XCTAssertTrue("\(error)".contains("processes/cpu ran longer than its"), "\(error)")
        }
        worker.assertEveryWorkerReaped(minimum: 1)
    }

    /// No worker process was started, so none is left: posix_spawn reaps its own child when the exec fails.
    func testAMissingExecutableFailsToSpawn() {
        let strategy = ProcessesStrategy(workerExecutable: "/nonexistent/concreport-worker")
        XCTAssertThrowsError(try TestRuns.run(strategy, TestRuns.computePlan(tasks: 2, workers: 2))) { error in
            guard case MeasureError.spawnFailed(_, let code) = error else { return XCTFail("unexpected \(error)") }
            XCTAssertEqual(code, ENOENT)
        }
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
}
