import Foundation
import Results

/// results-2core.json with machine facts full of characters that Markdown, tables, Mermaid, YAML and
/// HTML treat specially, and the templates (Tests/Fixtures/hostile-templates) that print them. Shared by the
/// end-to-end and browser tests.
public enum HostileFixture {
    public static let cpuModel = "ACME | Turbo: #1; 100% <script>alert(\"cpu\")</script> & `tick` *b* _i_\nnext line"
    public static let osName = "Evil|OS: #2; 50%% <img src=x onerror=alert(1)> & \\`x\\`\r\nend"
    public static let kernel = "6.1 | <b>bold</b> ; # : %"

    public static var repositoryRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    public static var templates: String { repositoryRoot.appendingPathComponent("Tests/Fixtures/hostile-templates").path }

    /// Writes the hostile results file into `folder` and returns its path.
    public static func writeResults(into folder: String) throws -> String {
        var results = try ResultsFile.load(path: repositoryRoot.appendingPathComponent("Tests/Fixtures/results-2core.json").path)
        results.machine.cpuModel = cpuModel
        results.machine.osName = osName
        results.machine.kernel = kernel
        let path = folder + "/hostile.json"
        try ResultsFile.encode(results).write(to: URL(fileURLWithPath: path))
        return path
    }
}
