import BuiltIn
import Foundation
import XCTest
@testable import Measure
import Results

final class PythonBenchmarkTests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("PythonBenchmarkTests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    // MARK: Real interpreter

    func testRealRunTimesEveryStrategyOnce() throws {
        guard let python = PythonBenchmark.locatePython() else { throw XCTSkip("python3 is not on PATH") }
        let comparison = try PythonBenchmark.run(
            python: python, tasks: 2, workers: 2, targetSeconds: 0.01, repetitions: 1)

        XCTAssertTrue(comparison.pythonVersion.hasPrefix("3."), comparison.pythonVersion)
        XCTAssertFalse(comparison.implementation.isEmpty)
        XCTAssertFalse(comparison.processStartMethod.isEmpty)
        XCTAssertGreaterThan(comparison.switchIntervalSeconds, 0)
        XCTAssertEqual(comparison.tasks, 2)
        XCTAssertEqual(comparison.workers, 2)
        XCTAssertEqual(comparison.targetSeconds, 0.01)
        XCTAssertGreaterThan(comparison.loopSize, 0)
        XCTAssertGreaterThan(comparison.calibratedTaskSeconds, 0)
        XCTAssertEqual(comparison.cells.map(\.strategy), [.sequential, .threads, .processes])
        for cell in comparison.cells {
            XCTAssertEqual(cell.wallSeconds.count, 1, "\(cell.strategy)")
            XCTAssertTrue(cell.wallSeconds.allSatisfy { $0 > 0 }, "\(cell.strategy): \(cell.wallSeconds)")
            XCTAssertEqual(cell.summary, Summary(cell.wallSeconds))
        }
    }

    func testInterpreterIdentityIsWhatTheInterpreterSays() throws {
        guard let python = PythonBenchmark.locatePython() else { throw XCTSkip("python3 is not on PATH") }
        let comparison = try runTiny(python)
        let own = try ask(python, """
            import platform, sys, sysconfig
            gil = sys._is_gil_enabled() if hasattr(sys, "_is_gil_enabled") else "absent"
            print(platform.python_implementation(), platform.python_version(), gil,
                  bool(sysconfig.get_config_var("Py_GIL_DISABLED")))
            """).split(separator: " ").map(String.init)
        XCTAssertEqual(own.count, 4, "\(own)")
        XCTAssertEqual(comparison.implementation, own[0])
        XCTAssertEqual(comparison.pythonVersion, own[1])
        XCTAssertEqual(comparison.freeThreadedBuild, own[3] == "True")
        if own[2] == "absent" {
            // Before 3.13 no build is free-threaded, and CPython and PyPy hold a GIL.
            XCTAssertEqual(comparison.freeThreadedBuild, false)
            XCTAssertEqual(comparison.gilEnabled, !["Jython", "IronPython"].contains(own[0]))
        } else {
            XCTAssertEqual(comparison.gilEnabled, own[2] == "True")
        }
    }

    func testScriptCountsTheGILByImplementationWithoutIsGILEnabled() throws {
        guard let python = PythonBenchmark.locatePython() else { throw XCTSkip("python3 is not on PATH") }
        let script = folder.appendingPathComponent(BuiltIn.PythonScript.cpuBound.fileName)
        try BuiltIn.PythonScript.cpuBound.text.write(to: script, atomically: true, encoding: .utf8)
        let answer = try ask(python, """
            import importlib.util, sys
            if hasattr(sys, "_is_gil_enabled"):
                del sys._is_gil_enabled
            spec = importlib.util.spec_from_file_location("bench", "\(script.path)")
            bench = importlib.util.module_from_spec(spec)
            spec.loader.exec_module(bench)
            print(*(bench.gil_enabled(name) for name in ["CPython", "PyPy", "Jython", "IronPython"]))
            """)
        XCTAssertEqual(answer, "True True False False")
    }

    // MARK: Fake interpreters

    func testFreeThreadedBuildIsPassedOn() throws {
        let json = #"{"pythonVersion": "3.13.1", "implementation": "CPython", "gilEnabled": false, "freeThreadedBuild": true, "#
            + #""switchIntervalSeconds": 0.005, "processStartMethod": "fork", "loopSize": 10, "calibratedTaskSeconds": 0.01, "#
            + #""wallSeconds": {"sequential": [0.02], "threads": [0.02], "processes": [0.01]}}"#
        let comparison = try runTiny(try writeFakePython("echo '\(json)'"))
        XCTAssertEqual(comparison.freeThreadedBuild, true)
        XCTAssertEqual(comparison.gilEnabled, false)
        XCTAssertEqual(comparison.pythonVersion, "3.13.1")
    }

    func testGarbageOnStdoutIsBadOutput() throws {
        let fake = try writeFakePython("echo 'Python says hello'")
        XCTAssertThrowsError(try runTiny(fake)) { error in
            guard case let .badOutput(_, stdout) = error as? PythonBenchmarkError else {
                return XCTFail("expected badOutput, got \(error)")
            }
            XCTAssertTrue(stdout.contains("Python says hello"), stdout)
        }
    }

    func testJSONMissingAStrategyIsBadOutput() throws {
        let json = #"{"pythonVersion": "3.12.0", "implementation": "CPython", "gilEnabled": true, "freeThreadedBuild": false, "#
            + #""switchIntervalSeconds": 0.005, "processStartMethod": "fork", "loopSize": 10, "#
            + #""calibratedTaskSeconds": 0.01, "wallSeconds": {"sequential": [0.02], "threads": [0.02]}}"#
        let fake = try writeFakePython("echo '\(json)'")
        XCTAssertThrowsError(try runTiny(fake)) { error in
            guard case let .badOutput(reason, _) = error as? PythonBenchmarkError else {
                return XCTFail("expected badOutput, got \(error)")
            }
            XCTAssertTrue(reason.contains("processes"), reason)
        }
    }

    func testNonZeroExitCarriesStatusAndStderrAndLeavesNoWorkerBehind() throws {
        let fake = try writeFakePython("""
            sleep 1000 &
            echo $! > "\(folder.path)/worker.pid"
            echo 'Traceback: boom' >&2
            exit 3
            """)
        XCTAssertThrowsError(try runTiny(fake)) { error in
            guard case let .exited(status, stderr) = error as? PythonBenchmarkError else {
                return XCTFail("expected exited, got \(error)")
            }
            XCTAssertEqual(status, 3)
            XCTAssertTrue(stderr.contains("Traceback: boom"), stderr)
            XCTAssertTrue("\(error)".contains("status 3"), "\(error)")
        }
        XCTAssertTrue(waitUntilGone(try readPid("worker.pid")), "the background worker outlived its group")
    }

    func testHangingChildIsKilledWithItsGroup() throws {
        let fake = try writeFakePython("""
            sleep 1000 &
            echo $! > "\(folder.path)/worker.pid"
            wait
            """)
        XCTAssertThrowsError(try runTiny(fake, timeoutSeconds: 1.5)) { error in
            guard case let .timedOut(seconds, pid) = error as? PythonBenchmarkError else {
                return XCTFail("expected timedOut, got \(error)")
            }
            XCTAssertEqual(seconds, 1.5)
            let probe = kill(pid, 0), probeError = errno
            XCTAssertEqual(probe, -1, "the child \(pid) is still there")
            XCTAssertEqual(probeError, ESRCH, "the child \(pid) is still there")
        }
        XCTAssertTrue(waitUntilGone(try readPid("worker.pid")), "the child's own child outlived the kill")
    }

    func testChildKilledBySignalIsReported() throws {
        let fake = try writeFakePython("kill -9 $$")
        XCTAssertThrowsError(try runTiny(fake)) { error in
            XCTAssertEqual(error as? PythonBenchmarkError, .killedBySignal(SIGKILL, stderr: ""))
        }
    }

    func testMissingInterpreterCannotStart() {
        let missing = folder.appendingPathComponent("no-such-python").path
        XCTAssertThrowsError(try runTiny(missing)) { error in
            guard case .couldNotStart(missing, _) = error as? PythonBenchmarkError else {
                return XCTFail("expected couldNotStart, got \(error)")
            }
        }
    }

    // MARK: Locating

    func testLocateTakesTheFirstExecutableOnTheSearchPath() throws {
        let plain = folder.appendingPathComponent("plain")
        try FileManager.default.createDirectory(at: plain, withIntermediateDirectories: true)
        XCTAssertTrue(FileManager.default.createFile(atPath: plain.appendingPathComponent("python3").path, contents: Data()))
        let fake = try writeFakePython("exit 0")

        XCTAssertEqual(PythonBenchmark.locate("python3", searchPath: "/nonexistent:\(plain.path):\(folder.path)"), fake)
        XCTAssertNil(PythonBenchmark.locate("python3", searchPath: "/nonexistent:\(plain.path)"),
                     "a file that is not executable is no interpreter")
    }

    func testEveryErrorSaysWhatToDo() {
        let errors: [PythonBenchmarkError] = [
            .pythonNotFound, .couldNotStart(python: "/x/python3", reason: "no such file"),
            .exited(status: 1, stderr: "x"), .killedBySignal(9, stderr: ""),
            .badOutput(reason: "x", stdout: "x"), .timedOut(seconds: 12, pid: 42),
        ]
        for error in errors {
            let text = error.description
            XCTAssertTrue(["install", "Check", "try", "run again"].contains { text.contains($0) }, text)
        }
    }

    // MARK: Helpers

    private func runTiny(_ python: String, timeoutSeconds: Double? = nil) throws -> PythonComparison {
        try PythonBenchmark.run(python: python, tasks: 2, workers: 2, targetSeconds: 0.01, repetitions: 1,
                                timeoutSeconds: timeoutSeconds)
    }

    /// What `python` prints for `program` (`-c`), trimmed.
    private func ask(_ python: String, _ program: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = ["-I", "-c", program]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0)
        return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// A `python3` that is a shell script with `body`, in the test's folder.
    private func writeFakePython(_ body: String) throws -> String {
        let path = folder.appendingPathComponent("python3").path
        try "#!/bin/sh\n\(body)\n".write(toFile: path, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: path)
        return path
    }

    private func readPid(_ name: String) throws -> pid_t {
        let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
        return try XCTUnwrap(pid_t(text.trimmingCharacters(in: .whitespacesAndNewlines)), text)
    }

    /// SIGKILL lands asynchronously and an orphan is reaped by init, so a dead process may linger
    /// briefly, or stay a zombie; either counts as gone. Bounded: false after five seconds.
    private func waitUntilGone(_ pid: pid_t) -> Bool {
        let deadline = Date().addingTimeInterval(5)
        while Date() < deadline {
            if !isRunning(pid) { return true }
            usleep(1_000)
        }
        return false
    }

    private func isRunning(_ pid: pid_t) -> Bool {
        guard kill(pid, 0) == 0 else { return false }
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let nameEnd = stat.lastIndex(of: ")") else { return false }
        let state = stat[stat.index(nameEnd, offsetBy: 2)]
        return state != "Z" && state != "X"
    }
}
