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

    /// The synthetic results of `Tests/Fixtures/make-results.py`, by usable cores: 1, 2 or 16.
    static func results(cores: Int) throws -> Results {
        try ResultsFile.load(path: path("Tests/Fixtures/results-\(cores)core.json"))
    }

    /// Two usable cores: threads and processes about twice as fast as sequential code.
    static func twoCore() throws -> Results { try results(cores: 2) }

    /// One usable core (of two logical CPUs): no parallel timeline, threads and processes no faster.
    static func oneCore() throws -> Results { try results(cores: 1) }

    /// Sixteen usable cores: big speedups, no warnings.
    static func sixteenCore() throws -> Results { try results(cores: 16) }

    /// Two quiet cores with every section a full run records, CPython's comparison included: the whole
    /// post, as the committed example has it (which `make example` measures anew, so no test reads it).
    static func complete() throws -> Results {
        try ResultsFile.load(path: path("Tests/Fixtures/results-complete.json"))
    }

    /// Renders one in-memory template set.
    static func render(_ files: [(name: String, text: String)], _ results: Results) throws -> String {
        try PostRenderer(templates: TemplateSet(files: files)).markdown(for: results)
    }
}
