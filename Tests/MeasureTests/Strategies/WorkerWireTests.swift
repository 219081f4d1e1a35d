import XCTest
@testable import Measure
import WorkerKernel

/// The worker wire format: every request and reply survives a round trip; anything else is refused.
final class WorkerWireTests: XCTestCase {
    func testEveryRequestRoundTrips() {
        let requests = [
            WorkerRequest(index: 0, job: .wait(seconds: 1)),
            WorkerRequest(index: 7, job: .wait(seconds: 0.1 + 0.2)),
            WorkerRequest(index: 99_999, job: .compute(iterations: 123_456_789)),
            WorkerRequest(index: 2, job: .compute(iterations: 5), traceGapNanoseconds: 50_000),
            WorkerRequest(index: 3, job: .wait(seconds: 0), traceGapNanoseconds: 1),
        ]
        for request in requests {
            let line = WorkerWire.encode(request)
            XCTAssertEqual(line.last, 0x0A, "one line per request")
            XCTAssertEqual(WorkerWire.decodeRequest(Array(line.dropLast())), request)
        }
    }

    func testRepliesRoundTrip() {
        let task = WorkerReply.task(TaskTimes(index: 4, pid: 1234, tid: 1235, startNanoseconds: 10,
                                              endNanoseconds: 9_000_000_000_123, cpus: [1, 0]))
        let idle = WorkerReply.task(TaskTimes(index: 0, pid: 1, tid: 1, startNanoseconds: -5, endNanoseconds: 0, cpus: []))
        let trace = WorkerReply.trace(TracedTask(pid: 10, tid: 11, startNanoseconds: 1_000, endNanoseconds: 5_000, slices: [
            RawSlice(cpu: 0, startNanoseconds: 1_000, endNanoseconds: 2_000),
            RawSlice(cpu: 1, startNanoseconds: 3_000, endNanoseconds: 5_000),
        ], voluntarySwitches: 1, involuntarySwitches: 2))
        for reply in [task, idle, trace] {
            let line = WorkerWire.encode(reply)
            XCTAssertEqual(line.filter { $0 == 0x0A }.count, 1)
            XCTAssertEqual(WorkerWire.decodeReply(Array(line.dropLast())), reply)
        }
    }

    /// Fault verbs too: no request makes a worker, or an in-process strategy, kill itself; only the tests'
    /// faulty worker fails, and by its command line (Tests/FaultyWorker/main.swift).
    func testMalformedLinesAreRefused() {
        for text in ["", "x - wait 1", "1 - sleep 1", "1 - wait", "1 - compute 1.5", "1 x compute 3", "1 - compute 3 4",
                     "1 - kill", "1 - crash 11", "1 - exit 3", "1 - hang",
                     #"{"index":2,"job":{"compute":{"iterations":5}}}"#] {
            XCTAssertNil(WorkerWire.decodeRequest(Array(text.utf8)), text)
        }
        for text in ["", "T 1 2 3 4", "T 1 2 3 4 5 a", "S 1 2 3 4 5 6 0:1", "X 1 2 3 4 5 6", "T 1 2 3 4 99999999999999999999 0"] {
            XCTAssertNil(WorkerWire.decodeReply(Array(text.utf8)), text)
        }
    }

    func testTheWorkerIsFoundBesideTheExecutableNotOnThePath() {
        XCTAssertEqual(WorkerExecutable.beside("/opt/tools/bin/concreport"), "/opt/tools/bin/concreport-worker")
        XCTAssertEqual(WorkerExecutable.beside(WorkerExecutable.ownExecutable()),
                       URL(fileURLWithPath: WorkerExecutable.ownExecutable()).deletingLastPathComponent().path + "/concreport-worker")
        XCTAssertThrowsError(try WorkerExecutable.check("/nonexistent/concreport-worker")) { error in
            XCTAssertEqual(error as? MeasureError, .workerMissing(path: "/nonexistent/concreport-worker"))
        }
    }

    /// The worker process itself: answers a request per line, then exits 0 at EOF; a malformed line exits 2.
    func testTheWorkerAnswersOnItsPipeAndExitsAtEOF() throws {
        let worker = try WorkerProcess.spawn(executable: try WorkerBinary.path())
        let times = try worker.perform(WorkerRequest(index: 3, job: .compute(iterations: 10_000)))
        XCTAssertEqual(times.index, 3)
        XCTAssertEqual(times.pid, worker.pid)
        XCTAssertGreaterThanOrEqual(times.endNanoseconds, times.startNanoseconds)
        let traced = try worker.performTraced(WorkerRequest(index: 0, job: .compute(iterations: 100_000), traceGapNanoseconds: 1_000_000))
        XCTAssertFalse(traced.slices.isEmpty)
        XCTAssertNil(worker.finish())
    }
}
