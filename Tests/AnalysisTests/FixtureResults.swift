import Foundation
import Results

/// The synthetic results files of `Tests/Fixtures/make-results.py`, by machine shape.
enum FixtureResults {
    enum Shape: String, CaseIterable {
        case oneCore = "1core", quota, twoCore = "2core", noisy, sixteenCore = "16core", freeThreaded = "freethreaded"
    }

    static func load(_ shape: Shape) throws -> Results {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        return try ResultsFile.load(path: root.appendingPathComponent("Fixtures/results-\(shape.rawValue).json").path)
    }
}
