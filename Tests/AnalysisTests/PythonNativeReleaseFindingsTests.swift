import XCTest
import Results
@testable import Analysis

/// CPython's own native release, judged as the emulated one is, and compared with it only when both beat
/// the tasks in a row: two speedups near 1× agree by accident and validate nothing.
final class PythonNativeReleaseFindingsTests: XCTestCase {
    func testBothFasterAreComparedAndAgree() throws {
        let findings = Findings(try FixtureResults.load(.twoCore))
        let hashlib = try XCTUnwrap(findings.pythonNativeRelease[.hashlib])
        XCTAssertEqual(hashlib.vsSequential, .faster)
        XCTAssertEqual(hashlib.speedup ?? 0, 0.201 / 0.109, accuracy: 1e-9)
        XCTAssertTrue(hashlib.comparable)
        XCTAssertTrue(hashlib.emulationAgrees)
        XCTAssertNotNil(findings.pythonNativeRelease[.numpy])
    }

    func testNoSpeedupIsNotComparedNorCalledAgreement() throws {
        var results = try FixtureResults.load(.twoCore)
        let sequential = try XCTUnwrap(results.pythonNativeRelease?[0].sequentialWallSeconds)
        results.pythonNativeRelease?[0].threadsWallSeconds = sequential
        let hashlib = try XCTUnwrap(Findings(results).pythonNativeRelease[.hashlib])
        XCTAssertEqual(hashlib.vsSequential, .same)
        XCTAssertFalse(hashlib.comparable)
        XCTAssertFalse(hashlib.emulationAgrees)
    }

    /// A CPython pool of one thread (one usable core) puts no second thread beside the GIL.
    func testASingleWorkerCPythonRunIsNoGILTest() throws {
        var results = try FixtureResults.load(.freeThreaded)
        results.python?.workers = 1
        let python = try XCTUnwrap(Findings(results).python)
        XCTAssertTrue(python.singleWorker)
        XCTAssertEqual(python.agreement, .notCompared)
    }
}

/// CPython's processes cannot beat the tasks in a row by more than their workers: a speedup above that
/// says the sequential median is suspect, and the post says so.
final class PythonProcessesAboveWorkersTests: XCTestCase {
    func testASpeedupAboveTheWorkersIsMarked() throws {
        var results = try FixtureResults.load(.freeThreaded)
        XCTAssertEqual(Findings(results).python?.processesAboveWorkers, false, "1.6× from 2 processes")
        let index = try XCTUnwrap(results.python?.cells.firstIndex { $0.strategy == .processes })
        results.python?.cells[index].wallSeconds = [0.9, 0.92, 0.95]
        XCTAssertEqual(Findings(results).python?.processesAboveWorkers, true, "2.2× from 2 processes")
    }
}
