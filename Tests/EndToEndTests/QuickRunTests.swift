import Foundation
import Render
import Results
import XCTest

/// One real `concreport --quick --out DIR` run, shared by the tests below (it takes a few seconds).
private let quickRun: Result<(folder: String, result: CommandResult), Error> = Result {
    let folder = try CommandRunner.temporaryDirectory()
    let result = try CommandRunner.run(["--quick", "--lang", "en", "--quiet", "--out", folder])
    return (folder, result)
}

final class QuickRunTests: XCTestCase {
    private func outputs() throws -> (folder: String, post: String, results: Results) {
        let run = try quickRun.get()
        XCTAssertEqual(run.result.status, 0, "stderr: \(run.result.stderr)")
        XCTAssertEqual(run.result.stdout, "", "--out writes files, not stdout")
        let post = try String(contentsOfFile: run.folder + "/post.md", encoding: .utf8)
        let results = try ResultsFile.load(path: run.folder + "/results.json")
        return (run.folder, post, results)
    }

    func testWritesAllSixFiles() throws {
        let folder = try outputs().folder
        for name in ["post.md", "post.html", "companion.md", "companion.html", "results.json", "trace.json"] {
            let size = (try FileManager.default.attributesOfItem(atPath: "\(folder)/\(name)")[.size] as? Int) ?? 0
            XCTAssertGreaterThan(size, 0, name)
        }
        let trace = try Data(contentsOf: URL(fileURLWithPath: folder + "/trace.json"))
        XCTAssertNoThrow(try JSONSerialization.jsonObject(with: trace))
    }

    func testPostHasFrontMatterTableOfEveryCellAndGantt() throws {
        let (_, post, results) = try outputs()
        XCTAssertTrue(post.hasPrefix("---\n"))
        XCTAssertTrue(post.contains("\nmermaid: true\n"))
        XCTAssertEqual(results.comparison.cells.count, StrategyID.allCases.count * WorkloadID.allCases.count)

        // Every median, to the millisecond, is in the companion's comparison table; the post rounds them.
        let companion = try String(contentsOfFile: try outputs().folder + "/companion.md", encoding: .utf8)
        let outline = PostOutline(markdown: companion)
        let comparisonTable = outline.tables.first { table in
            results.comparison.cells.allSatisfy { cell in
                table.joined().contains { $0.contains(String(format: "%.3f", cell.summary.median)) }
            }
        }
        XCTAssertNotNil(comparisonTable, "no table holds all ten medians")
        XCTAssertTrue(PostOutline(markdown: post).codeBlocks.contains { $0.info == "mermaid" && $0.literal.contains("gantt") })
        XCTAssertTrue(outline.codeBlocks.contains { $0.info == "mermaid" && $0.literal.contains("gantt") })
        XCTAssertFalse(post.contains("{{"))
        XCTAssertFalse(companion.contains("{{"))
    }

    /// results.json names the build that measured exactly as `--version` does, so `diff` can tell builds apart.
    func testTheResultsRecordTheBuildThatVersionPrints() throws {
        let tool = try outputs().results.tool
        let version = try CommandRunner.run(["--version"])
        XCTAssertEqual(version.status, 0, version.stderr)
        let line = version.stdout.trimmingCharacters(in: .newlines)
        XCTAssertNotNil(line.wholeMatch(of: /[0-9]+\.[0-9]+\.[0-9]+ \(commit (unknown|[0-9a-f]{12}(-dirty)?), Swift .+, (static|dynamic: .+)\)/), line)
        let (commit, swift, linking) = try (XCTUnwrap(tool.commit), XCTUnwrap(tool.swift), XCTUnwrap(tool.linking))
        XCTAssertEqual(line, "\(tool.version) (commit \(commit), Swift \(swift), \(linking))")
        // The tests run a debug build, which loads the Swift runtime and cmark-gfm as shared libraries:
        // the linking is read from the running process, not assumed.
        XCTAssertTrue(linking.hasPrefix("dynamic: "), linking)
        XCTAssertTrue(linking.contains("cmark-gfm"), linking)
    }

    func testRenderReproducesThePostByteForByte() throws {
        let (folder, post, _) = try outputs()
        let first = try CommandRunner.run(["render", folder + "/results.json", "--lang", "en"])
        let second = try CommandRunner.run(["render", folder + "/results.json", "--lang", "en"])
        XCTAssertEqual(first.status, 0, first.stderr)
        XCTAssertEqual(first.stdout, second.stdout)
        XCTAssertEqual(first.stdout, post)
    }

    func testAsyncRanOnOneThread() throws {
        let results = try outputs().results
        for workload in WorkloadID.allCases {
            let cell = try XCTUnwrap(results.comparison.cell(.async, workload))
            for run in cell.runs {
                XCTAssertEqual(Set(run.tasks.map(\.tid)).count, 1, "async \(workload) used several threads")
            }
        }
    }
}

/// CPython runs by default when python3 is on PATH; `--no-python` skips it and says so in results.json.
final class CPythonByDefaultTests: XCTestCase {
    func testTheDefaultRunMeasuresCPythonWhenItIsThere() throws {
        let results = try ResultsFile.load(path: try quickRun.get().folder + "/results.json")
        let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
        guard path.split(separator: ":").contains(where: { FileManager.default.isExecutableFile(atPath: "\($0)/python3") }) else {
            XCTAssertEqual(results.pythonNotMeasured, PythonNotMeasured(cause: .noInterpreter))
            return
        }
        XCTAssertNotNil(results.python, "CPython's CPU-bound experiment")
        XCTAssertNotNil(results.pythonConvoy, "CPython's convoy")
        let native = try XCTUnwrap(results.pythonNativeRelease, "CPython's native release")
        XCTAssertTrue(native.contains { $0.library == "hashlib.sha256" }, "\(native.map(\.library))")
        XCTAssertNotNil(results.pythonServer, "the FastAPI app was tried, measured or with its reason")
    }

    func testNoPythonSkipsCPythonAndSaysWhy() throws {
        let folder = try CommandRunner.temporaryDirectory()
        let run = try CommandRunner.run(["--quick", "--no-python", "--lang", "en", "--quiet", "--io-wait", "0.01", "--out", folder])
        XCTAssertEqual(run.status, 0, run.stderr)
        let results = try ResultsFile.load(path: folder + "/results.json")
        XCTAssertNil(results.python)
        XCTAssertNil(results.pythonConvoy)
        XCTAssertNil(results.pythonNativeRelease)
        XCTAssertNil(results.pythonServer)
        XCTAssertEqual(results.pythonNotMeasured, PythonNotMeasured(cause: .noPythonFlag))
        let post = try String(contentsOfFile: folder + "/post.md", encoding: .utf8)
        XCTAssertTrue(post.contains("CPython was skipped on request"), "the post says what is missing")
    }

    func testCompareAndNoPythonContradict() throws {
        let run = try CommandRunner.run(["--quick", "--compare-python", "--no-python"])
        XCTAssertNotEqual(run.status, 0)
        XCTAssertTrue(run.stderr.contains("--compare-python and --no-python contradict"), run.stderr)
    }
}
