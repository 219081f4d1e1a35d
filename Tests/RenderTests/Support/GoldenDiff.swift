import Foundation

/// What a failed golden comparison prints: `diff -u golden rendered`, not two posts of a thousand lines
/// each. The rendering is written to a temporary file, kept for a closer look, and the diff is cut to its
/// first `maximumLines` lines, each to `maximumLineLength` characters.
enum GoldenDiff {
    static let maximumLines = 120
    static let maximumLineLength = 300

    static func unified(goldenPath: String, actual: String) -> String {
        let folder = NSTemporaryDirectory() + "concreport-golden-\(UUID().uuidString)"
        let actualPath = folder + "/" + URL(fileURLWithPath: goldenPath).lastPathComponent
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            try actual.write(toFile: actualPath, atomically: true, encoding: .utf8)
        } catch {
            return "(the rendering could not be written to \(actualPath): \(error))\n" + firstDifference(goldenPath: goldenPath, actual: actual)
        }
        guard let diff = diffOutput(goldenPath, actualPath), !diff.isEmpty else {
            return firstDifference(goldenPath: goldenPath, actual: actual) + "\nthe whole rendering: \(actualPath)"
        }
        return truncated(diff) + "\nthe whole rendering: \(actualPath)"
    }

    /// `diff -u`'s output; nil when no diff program could run.
    private static func diffOutput(_ golden: String, _ actual: String) -> String? {
        guard let program = ["/usr/bin/diff", "/bin/diff"].first(where: FileManager.default.isExecutableFile(atPath:)) else { return nil }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = ["-u", "--label", "golden \(golden)", "--label", "rendered", golden, actual]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { return nil }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        // 0: no difference, 1: differences, 2: trouble.
        guard process.terminationStatus == 1 else { return nil }
        return String(decoding: data, as: UTF8.self)
    }

    static func truncated(_ text: String) -> String {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        var kept = lines.prefix(maximumLines).map { line in
            line.count > maximumLineLength ? String(line.prefix(maximumLineLength)) + "…" : String(line)
        }
        if lines.count > maximumLines { kept.append("… \(lines.count - maximumLines) more lines of diff") }
        return kept.joined(separator: "\n")
    }

    /// Without a diff program: the first line that differs, with a few lines before it.
    static func firstDifference(goldenPath: String, actual: String) -> String {
        let golden = ((try? String(contentsOfFile: goldenPath, encoding: .utf8)) ?? "").split(separator: "\n", omittingEmptySubsequences: false)
        let rendered = actual.split(separator: "\n", omittingEmptySubsequences: false)
        var index = 0
        while index < min(golden.count, rendered.count), golden[index] == rendered[index] { index += 1 }
        var text = ["first difference at line \(index + 1):"]
        text += golden[max(0, index - 3)..<index].map { "  " + $0 }
        if index < golden.count { text.append("- " + golden[index]) }
        if index < rendered.count { text.append("+ " + rendered[index]) }
        return truncated(text.joined(separator: "\n"))
    }
}
