import Foundation
import PackagePlugin

/// Builds `templates/`, the Python scripts in `python/` and the build's own facts (commit, Swift version,
/// SwiftNIO version) into the target it is applied to, so one executable carries everything it needs
/// (`make dist`). SwiftPM runs this on every build; the command below reruns only when a template, a script
/// or one of these arguments changed.
@main
struct EmbedBuildFacts: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let package = context.package.directoryURL
        let templates = package.appending(path: "templates")
        let python = package.appending(path: "python")
        let inputs = try Self.files(in: templates, endingIn: ".md") + Self.files(in: python, endingIn: ".py")
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedFacts.swift")
        return [
            .buildCommand(
                displayName: "Embedding \(inputs.count) templates and scripts and the build's facts",
                executable: try context.tool(named: "embed-build-facts").url,
                arguments: [templates.path, python.path, output.path, Self.commit(in: package), Self.swiftVersion(),
                            try Self.version(of: "swift-nio", in: context.package)],
                inputFiles: inputs,
                outputFiles: [output]
            ),
        ]
    }

    /// Every file below `folder` whose name ends in `suffix`, in path order.
    static func files(in folder: URL, endingIn suffix: String) throws -> [URL] {
        try FileManager.default.subpathsOfDirectory(atPath: folder.path)
            .filter { $0.hasSuffix(suffix) }
            .sorted()
            .map { folder.appending(path: $0) }
    }

    /// The version of the dependency `name` (its package identity, e.g. "swift-nio") this build resolved, as
    /// SwiftPM shows it: "2.101.3" for a version, a branch's name for a branch; "local" for a local checkout
    /// (`swift package edit`), which has none.
    static func version(of name: String, in package: Package) throws -> String {
        let named = package.dependencies.first { $0.package.id == name || $0.package.displayName == name }
        guard let dependency = named else { throw PluginError.missingDependency(name) }
        switch dependency.package.origin {
        case let .repository(_, displayVersion, _), let .registry(_, displayVersion):
            return displayVersion
        case .local, .root:
            return "local"
        @unknown default:
            return "unknown"
        }
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

enum PluginError: Error, CustomStringConvertible {
    case missingDependency(String)

    var description: String {
        switch self {
        case let .missingDependency(name): return "the package has no dependency named \(name)"
        }
    }
}
