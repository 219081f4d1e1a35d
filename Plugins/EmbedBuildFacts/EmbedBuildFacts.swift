import Foundation
import PackagePlugin

/// Builds `templates/` and the build's own facts (commit, Swift version) into the target it is applied to,
/// so one executable carries everything it needs (`make dist`). SwiftPM runs this on every build; the
/// command below reruns only when a template or one of these arguments changed.
@main
struct EmbedBuildFacts: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let package = context.package.directoryURL
        let templates = package.appending(path: "templates")
        let files = try FileManager.default.subpathsOfDirectory(atPath: templates.path)
            .filter { $0.hasSuffix(".md") }
            .sorted()
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedFacts.swift")
        return [
            .buildCommand(
                displayName: "Embedding \(files.count) templates and the build's facts",
                executable: try context.tool(named: "embed-build-facts").url,
                arguments: [templates.path, output.path, Self.commit(in: package), Self.swiftVersion()],
                inputFiles: files.map { templates.appending(path: $0) },
                outputFiles: [output]
            ),
        ]
    }

    /// The checkout's commit, with `-dirty` when tracked files differ from it; "unknown" outside git.
    static func commit(in package: URL) -> String {
        guard let head = run("git", ["-C", package.path, "rev-parse", "--short=12", "HEAD"]), !head.isEmpty else {
            return "unknown"
        }
        let changes = run("git", ["-C", package.path, "status", "--porcelain", "--untracked-files=no"]) ?? ""
        return changes.isEmpty ? head : head + "-dirty"
    }

    /// The compiler's version line, e.g. "6.3.1 (swift-6.3.1-RELEASE)"; "unknown" when swiftc does not answer.
    static func swiftVersion() -> String {
        guard let line = run("swiftc", ["--version"])?.split(separator: "\n").first(where: { $0.contains("Swift version") }),
              let range = line.range(of: "Swift version ") else { return "unknown" }
        return String(line[range.upperBound...]).components(separatedBy: " Target:").first ?? "unknown"
    }

    private static func run(_ tool: String, _ arguments: [String]) -> String? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [tool] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { return nil }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { return nil }
        return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
