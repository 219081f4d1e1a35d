import Foundation

/// Finds the built-in templates: next to the executable in a source checkout
/// (`.build/<config>/concreport` → `templates/`), an installed share folder, or the current directory.
enum BuiltinTemplates {
    static func directory(for language: Language, override: String?) throws -> String {
        if let override { return override }
        let candidates = roots().map { "\($0)/templates/\(language.rawValue)" }
        guard let found = candidates.first(where: { FileManager.default.fileExists(atPath: $0) }) else {
            throw UsageError(description: "cannot find the built-in templates for --lang \(language.rawValue) (looked in \(candidates.joined(separator: ", "))); pass --templates DIR")
        }
        return found
    }

    private static func roots() -> [String] {
        var roots: [String] = []
        if let env = ProcessInfo.processInfo.environment["CONCREPORT_HOME"] { roots.append(env) }
        let executable = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        var folder = executable.deletingLastPathComponent()
        for _ in 0..<4 {
            roots.append(folder.path)
            folder = folder.deletingLastPathComponent()
        }
        roots.append("/usr/local/share/concreport")
        roots.append(FileManager.default.currentDirectoryPath)
        return roots
    }
}
