import Foundation
import XCTest

/// concreport runs the worker executable that sits beside its own executable (`/proc/self/exe`), never
/// one found through PATH or in a build folder.
final class WorkerLocationTests: XCTestCase {
    func testACopyWithoutItsWorkerRefusesToMeasureAndNamesTheMissingPath() throws {
        let folder = try CommandRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let copy = folder + "/concreport"
        try FileManager.default.copyItem(atPath: CommandRunner.binary.path, toPath: copy)
        // The real worker is on PATH and beside the original binary: neither may be used.
        let builtFolder = CommandRunner.binary.deletingLastPathComponent().path
        let path = builtFolder + ":" + (ProcessInfo.processInfo.environment["PATH"] ?? "")
        let result = try CommandRunner.run(["--quick", "--no-python", "--quiet"], executable: URL(fileURLWithPath: copy),
                                           environment: ["PATH": path])
        XCTAssertEqual(result.status, 1, result.stderr)
        XCTAssertEqual(result.stdout, "")
        XCTAssertTrue(result.stderr.contains("\(folder)/concreport-worker is missing"), result.stderr)
    }

    func testASymlinkToConcreportUsesTheWorkerBesideTheRealExecutable() throws {
        let folder = try CommandRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let link = folder + "/concreport"
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: CommandRunner.binary.path)
        let result = try CommandRunner.run(["--quick", "--no-python", "--quiet", "--format", "json", "--io-wait", "0.01"],
                                           executable: URL(fileURLWithPath: link))
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.contains("\"processes\""), "the processes cells ran")
    }

    /// The templates are inside the executable: a copy far from the checkout, run from another folder,
    /// writes the same post as the build.
    func testACopyAwayFromTheCheckoutRendersWithItsBuiltInTemplates() throws {
        let folder = try CommandRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.copyItem(atPath: CommandRunner.binary.path, toPath: folder + "/concreport")
        let arguments = ["render", RepositoryFixtures.twoCoreResults, "--lang", "en"]
        let copied = try CommandRunner.run(arguments, executable: URL(fileURLWithPath: folder + "/concreport"))
        let built = try CommandRunner.run(arguments)
        XCTAssertEqual(copied.status, 0, copied.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder + "/templates"))
        XCTAssertEqual(copied.stdout, built.stdout)
        XCTAssertTrue(copied.stdout.contains("## In FastAPI"))
        let companion = try CommandRunner.run(arguments + ["--post", "companion"], executable: URL(fileURLWithPath: folder + "/concreport"))
        XCTAssertTrue(companion.stdout.contains("## The machine behind the numbers"), companion.stderr)
    }
}
