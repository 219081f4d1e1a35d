import Foundation
@testable import Measure

/// The built worker executable (`concreport-worker`), which `swift build --build-tests` builds beside the
/// test bundle, where concreport finds it beside itself.
enum WorkerBinary {
    struct NotFound: Error, CustomStringConvertible {
        var searched: [String]
        var description: String { "no \(WorkerExecutable.name) executable in \(searched); run `swift build` first" }
    }

    static func path() throws -> String {
        var directories: [URL] = [Bundle.main.bundleURL, Bundle.main.bundleURL.deletingLastPathComponent()]
        for bundle in Bundle.allBundles { directories.append(bundle.bundleURL.deletingLastPathComponent()) }
        directories.append(URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent())
        for directory in directories {
            let candidate = directory.appendingPathComponent(WorkerExecutable.name).path
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        throw NotFound(searched: directories.map(\.path))
    }
}
