import Foundation
import Results
import XCTest

/// `concreport diff` as a CI regression gate: `--fail-above PCT` exits 1 only for a flagged slowdown
/// larger than PCT.
final class DiffCommandTests: XCTestCase {
    /// The 2-core fixture with CPU-bound threads made `factor` times slower, everything else unchanged.
    private func slowerThreads(by factor: Double) throws -> String {
        var results = try ResultsFile.load(path: RepositoryFixtures.twoCoreResults)
        results.comparison.cells = results.comparison.cells.map { cell in
            guard cell.strategy == .threads, cell.workload == .cpu else { return cell }
            var runs = cell.runs
            for index in runs.indices { runs[index].wallSeconds *= factor }
            return Cell(strategy: cell.strategy, workload: cell.workload, tasks: cell.tasks, workers: cell.workers,
                        warmupWallSeconds: cell.warmupWallSeconds, runs: runs)
        }
        let path = try CommandRunner.temporaryDirectory() + "/slower.json"
        try ResultsFile.encode(results).write(to: URL(fileURLWithPath: path))
        return path
    }

    func testFailAboveGatesOnlyFlaggedSlowdownsAboveTheLimit() throws {
        let slower = try slowerThreads(by: 2)
        let gated = try CommandRunner.run(["diff", RepositoryFixtures.twoCoreResults, slower, "--fail-above", "50"])
        XCTAssertEqual(gated.status, 1, gated.stderr)
        XCTAssertTrue(gated.stdout.contains("× ▲ slower"), "the report is still printed, with the flag")
        XCTAssertTrue(gated.stderr.contains("exceeds 50"), gated.stderr)

        let tolerant = try CommandRunner.run(["diff", RepositoryFixtures.twoCoreResults, slower, "--fail-above", "150"])
        XCTAssertEqual(tolerant.status, 0, tolerant.stderr)
    }

    func testIdenticalFilesFlagNothing() throws {
        let same = try CommandRunner.run(["diff", RepositoryFixtures.twoCoreResults, RepositoryFixtures.twoCoreResults,
                                          "--fail-above", "0"])
        XCTAssertEqual(same.status, 0, same.stderr)
        XCTAssertFalse(same.stdout.contains("× ▲"), same.stdout)
    }
}
