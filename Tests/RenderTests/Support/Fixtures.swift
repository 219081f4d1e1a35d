import Foundation
import Results
@testable import Render

/// Paths and loaders for the repository's fixtures, found from this file's own path.
enum Fixtures {
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func path(_ relative: String) -> String {
        repositoryRoot.appendingPathComponent(relative).path
    }

    /// The synthetic two-core results (see `Tests/Fixtures/make-results-2core.py`).
    static func twoCore() throws -> Results {
        try ResultsFile.load(path: path("Tests/Fixtures/results-2core.json"))
    }

    /// The same results as seen on a machine with one usable core and slower threads.
    static func oneCore() throws -> Results {
        var results = try twoCore()
        results.machine.usableCores = 1
        results.machine.affinityCPUs = [0]
        for index in results.comparison.cells.indices where results.comparison.cells[index].workload == .cpu
            && results.comparison.cells[index].strategy != .sequential {
            var cell = results.comparison.cells[index]
            cell.runs = cell.runs.map { run in
                var run = run
                run.wallSeconds *= 2.1
                return run
            }
            results.comparison.cells[index] = Cell(strategy: cell.strategy, workload: cell.workload, tasks: cell.tasks,
                                                   workers: cell.workers, warmupWallSeconds: cell.warmupWallSeconds,
                                                   runs: cell.runs)
        }
        results.warnings = []
        return results
    }

    /// Renders one in-memory template set.
    static func render(_ files: [(name: String, text: String)], _ results: Results) throws -> String {
        try PostRenderer(templates: TemplateSet(files: files)).markdown(for: results)
    }
}
