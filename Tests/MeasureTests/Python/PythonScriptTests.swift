import BuiltIn
import Foundation
import XCTest
@testable import Measure

/// The Python scripts compiled into the executable (Plugins/EmbedBuildFacts) are exactly `python/`, byte for
/// byte, each one compiles, and each runs on its own: without its arguments it prints its usage.
final class PythonScriptTests: XCTestCase {
    private static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    private var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("PythonScriptTests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    func testTheBuiltInScriptsAreTheRepositorysScripts() throws {
        let python = Self.repositoryRoot.appendingPathComponent("python")
        let names = try FileManager.default.contentsOfDirectory(atPath: python.path).filter { $0.hasSuffix(".py") }.sorted()
        XCTAssertEqual(BuiltIn.pythonScriptNames, names)
        XCTAssertEqual(BuiltIn.PythonScript.allCases.map(\.fileName).sorted(), names, "one case per file in python/")
        for name in names {
            let onDisk = try String(contentsOf: python.appendingPathComponent(name), encoding: .utf8)
            XCTAssertEqual(BuiltIn.pythonScript(named: name), onDisk, "python/\(name) differs from what was built in")
        }
        XCTAssertNil(BuiltIn.pythonScript(named: "missing.py"))
    }

    func testEveryBuiltInScriptCompiles() throws {
        let python = try locatePython()
        let paths = try writeAll()
        let (status, stderr) = try run(python, ["-I", "-m", "py_compile"] + paths)
        XCTAssertEqual(status, 0, stderr)
    }

    func testEveryBuiltInScriptPrintsItsUsageWithoutArguments() throws {
        let python = try locatePython()
        for (script, path) in zip(BuiltIn.PythonScript.allCases, try writeAll()) {
            let (status, stderr) = try run(python, ["-I", path])
            XCTAssertNotEqual(status, 0, script.fileName)
            XCTAssertTrue(stderr.hasPrefix("usage: \(script.fileName) "), "\(script.fileName): \(stderr)")
        }
    }

    /// The server's name carries the swift-nio release that `Package.swift` pins, as the build resolved it.
    func testTheServerIsNamedByTheSwiftNIOTheBuildUsed() throws {
        let manifest = try String(contentsOf: Self.repositoryRoot.appendingPathComponent("Package.swift"), encoding: .utf8)
        let pinned = try XCTUnwrap(manifest.firstMatch(of: /swift-nio", exact: "([0-9.]+)"/)).1
        XCTAssertEqual(BuiltIn.swiftNIOVersion, String(pinned))
        XCTAssertEqual(ServerMeasurement.serverName, "SwiftNIO \(pinned)")
    }

    private func locatePython() throws -> String {
        guard let python = PythonBenchmark.locatePython() else { throw XCTSkip("python3 is not on PATH") }
        return python
    }

    /// Writes every built-in script into the test's folder, under its own name; their paths, in case order.
    private func writeAll() throws -> [String] {
        try BuiltIn.PythonScript.allCases.map { script in
            let url = folder.appendingPathComponent(script.fileName)
            try script.text.write(to: url, atomically: true, encoding: .utf8)
            return url.path
        }
    }

    /// `python`'s exit status and standard error for `arguments`, run in the test's folder.
    private func run(_ python: String, _ arguments: [String]) throws -> (status: Int32, stderr: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = arguments
        process.currentDirectoryURL = folder
        let stderr = Pipe()
        process.standardError = stderr
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let data = stderr.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
