import BuiltIn
import Foundation
import Results

/// The build of concreport that is running: what `--version` prints and what results.json records, so
/// that `diff` can tell which build measured which machine.
enum ThisBuild {
    static let version = "0.2.0"

    static var tool: ToolInfo {
        ToolInfo(version: version, commit: BuiltIn.commit, swift: BuiltIn.swiftVersion, linking: linking)
    }

    /// `0.2.0 (commit 1a2b3c4d5e6f, Swift 6.3.1 (swift-6.3.1-RELEASE), static)`.
    static var versionLine: String {
        "\(version) (commit \(BuiltIn.commit), Swift \(BuiltIn.swiftVersion), \(linking))"
    }

    /// "static" when no shared Swift runtime, Foundation or cmark-gfm library is mapped into this process
    /// (read from the running process, not from how it was meant to be built); otherwise "dynamic: " and
    /// which of the three are shared libraries.
    static var linking: String {
        // Read to the end: a /proc file reports size 0, and a sized read stops at its first page.
        let data = FileHandle(forReadingAtPath: "/proc/self/maps")?.readDataToEndOfFile() ?? Data()
        let mapped = String(decoding: data, as: UTF8.self).split(separator: "\n").compactMap { line in
            line.split(separator: "/").last.map(String.init)
        }.filter { $0.contains(".so") }
        let shared = sharedLibraryPrefixes.filter { _, prefixes in
            mapped.contains { name in prefixes.contains { name.hasPrefix($0) } }
        }.map(\.0)
        return shared.isEmpty ? "static" : "dynamic: " + shared.joined(separator: ", ")
    }

    private static let sharedLibraryPrefixes: KeyValuePairs<String, [String]> = [
        "Swift runtime": ["libswiftCore", "libdispatch"],
        "Foundation": ["libFoundation"],
        "cmark-gfm": ["libcmark-gfm"],
    ]
}
