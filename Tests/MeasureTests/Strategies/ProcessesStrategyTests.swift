import Foundation
import XCTest
@testable import Measure

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

    func testAMissingExecutableFailsToSpawn() {
        let strategy = ProcessesStrategy(workerExecutable: "/nonexistent/concreport")
        XCTAssertThrowsError(try TestRuns.run(strategy, TestRuns.computePlan(tasks: 2, workers: 2))) { error in
            guard case MeasureError.spawnFailed(_, let code) = error else { return XCTFail("unexpected \(error)") }
            XCTAssertEqual(code, ENOENT)
        }
        assertNoChildLeft()
    }

    func testLineReaderSplitsLinesAcrossReads() {
        var fds: [Int32] = [0, 0]
        XCTAssertEqual(pipe(&fds), 0)
        FileDescriptorIO.writeAll(fds[1], Data("one\ntw".utf8))
        FileDescriptorIO.writeAll(fds[1], Data("o\n\nlast".utf8))
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
