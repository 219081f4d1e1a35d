import Foundation
import Results
import XCTest

/// `--compare-python` runs the original post's FastAPI app under uvicorn beside concreport's server; Ctrl-C while it
/// serves leaves no Python process behind. Needs the interpreter `scripts/setup.sh` makes in
/// `.venv-fastapi/`; skipped without it (the unavailable case is covered by the fixtures' golden posts).
final class FastAPITests: XCTestCase {
    private var python: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent(".venv-fastapi/bin/python3").path
    }

    private func requireVenv() throws {
        guard FileManager.default.isExecutableFile(atPath: python) else {
            throw XCTSkip("no .venv-fastapi (scripts/setup.sh makes it)")
        }
    }

    func testTheSeedsAppIsMeasuredBesideConcreportsServer() throws {
        try requireVenv()
        let out = try CommandRunner.temporaryDirectory()
        let result = try CommandRunner.run(["--quick", "--compare-python", "--lang", "en", "--out", out],
                                           environment: ["CONCREPORT_FASTAPI_PYTHON": python])
        XCTAssertEqual(result.status, 0, result.stderr)
        let results = try ResultsFile.load(path: out + "/results.json")
        let app = try XCTUnwrap(results.pythonServer?.experiment, results.pythonServer?.unavailableReason ?? "")
        XCTAssertTrue(app.server.hasPrefix("FastAPI "), app.server)
        XCTAssertEqual(app.runs.map(\.style), ServerStyle.allCases, "the app as written, its remedies and its own rows")
        for run in app.runs { XCTAssertGreaterThan(run.completed, 0, run.style.path) }
        // The remedy pool yields its cores to the loop, the original post's through its initializer; the others run as deployed.
        XCTAssertEqual(app.backgroundPolicy, "SCHED_IDLE")
        XCTAssertEqual(results.server?.backgroundPolicy, "SCHED_IDLE")
        XCTAssertEqual(app.fewerCPUWorkers, max(1, results.machine.usableCores - 1))
        // The loop's CPU time building a client per request, and the same app under two uvicorn workers.
        XCTAssertGreaterThan(try XCTUnwrap(results.pythonServer?.clientBuildSecondsPerRequest), 0)
        let two = try XCTUnwrap(results.pythonServer?.twoWorkers)
        XCTAssertEqual(two.runs.map(\.style), [.cpuDef, .cpuOnLoop])
        for run in two.runs { XCTAssertGreaterThan(run.completed, 0, run.style.path) }
        // The post leads with the app as written; the companion has the experiment in full.
        let post = try String(contentsOfFile: out + "/post.md", encoding: .utf8)
        XCTAssertTrue(post.contains("| /io-async (as written) | 1 worker |"), post)
        XCTAssertTrue(post.contains("workers under `SCHED_IDLE`"), post)
        let companion = try String(contentsOfFile: out + "/companion.md", encoding: .utf8)
        XCTAssertTrue(companion.contains("\(app.server)"), companion)
        XCTAssertTrue(companion.contains("`httpx.AsyncClient()`"), companion)
    }

    func testCtrlCWhileTheAppServesLeavesNoPythonProcess() throws {
        try requireVenv()
        let tag = UUID().uuidString
        let process = Process()
        process.executableURL = CommandRunner.binary
        process.arguments = ["--quick", "--compare-python", "--lang", "en"]
        process.environment = ProcessInfo.processInfo.environment.merging(["CONCREPORT_TEST_TAG": tag, "CONCREPORT_FASTAPI_PYTHON": python]) { $1 }
        let stdout = Pipe(), stderr = Pipe()
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        var seen = ""
        func appServes() -> Bool {
            seen.split(separator: "\n").contains { $0.contains("FastAPI ") && $0.contains("serving on") } && seen.hasSuffix("\n")
        }
        while !appServes() {
            let chunk = stderr.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            seen += String(decoding: chunk, as: UTF8.self)
        }
        XCTAssertTrue(appServes(), seen)
        let python = ProcessTable.pids(taggedWith: tag).filter { pid in
            ((try? String(contentsOfFile: "/proc/\(pid)/cmdline", encoding: .utf8)) ?? "").contains("fastapi_app.py")
        }
        XCTAssertFalse(python.isEmpty, "the app runs")
        kill(process.processIdentifier, SIGINT)
        _ = stdout.fileHandleForReading.readDataToEndOfFile()
        _ = stderr.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 130)
        let clean = ProcessTable.waitUntil(seconds: 5) { ProcessTable.pids(taggedWith: tag).isEmpty }
        XCTAssertTrue(clean, "left running: \(ProcessTable.pids(taggedWith: tag))")
    }
}
