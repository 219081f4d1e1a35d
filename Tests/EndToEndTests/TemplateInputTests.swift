import Foundation
import XCTest

/// Broken user templates, through `concreport render FIXTURE --templates DIR`: exit 2, nothing on stdout,
/// a message placing the problem at file:line:column, and no output folder created.
final class TemplateInputTests: XCTestCase {
    /// Writes `text` as `DIR/010-section.md` and checks the render is refused with each of `needles`.
    private func assertTemplateRejected(_ bytes: Data, mentions needles: [String],
                                        file: StaticString = #filePath, line: UInt = #line) throws {
        let folder = try CommandRunner.temporaryDirectory()
        let templates = folder + "/templates"
        try FileManager.default.createDirectory(atPath: templates, withIntermediateDirectories: true)
        try bytes.write(to: URL(fileURLWithPath: templates + "/010-section.md"))
        let out = folder + "/out"
        let result = try CommandRunner.run(["render", RepositoryFixtures.twoCoreResults, "--templates", templates, "--out", out])
        XCTAssertEqual(result.status, 2, "stderr: \(result.stderr)", file: file, line: line)
        XCTAssertEqual(result.stdout, "", file: file, line: line)
        for needle in needles {
            let expected = needle.replacingOccurrences(of: "FILE", with: templates + "/010-section.md")
            XCTAssertTrue(result.stderr.contains(expected), "stderr lacks \(expected): \(result.stderr)", file: file, line: line)
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: out), "a failed render created --out", file: file, line: line)
    }

    private func assertTemplateRejected(_ text: String, mentions needles: String...,
                                        file: StaticString = #filePath, line: UInt = #line) throws {
        try assertTemplateRejected(Data(text.utf8), mentions: needles, file: file, line: line)
    }

    func testUnknownPlaceholderIsPlacedWithTheNearestName() throws {
        try assertTemplateRejected("# T\n\nx {{ io.async.medain }}\n",
                                   mentions: "FILE:3:6: unknown value `io.async.medain`; did you mean `io.async.median`?")
    }

    func testUnknownDirectiveIsPlacedWithTheNearestName() throws {
        try assertTemplateRejected("# T\n\n```concreport gant io.async\n```\n",
                                   mentions: "FILE:3:15: unknown directive `gant`; did you mean `gantt`?")
    }

    func testDirectiveWithBadArguments() throws {
        try assertTemplateRejected("# T\n\n```concreport gantt io.asnyc\n```\n",
                                   mentions: "FILE:3:21: `gantt` does not take `io.asnyc`; did you mean `io.async`?")
        try assertTemplateRejected("# T\n\n```concreport gantt io.async\ntitle x\n```\n",
                                   mentions: "FILE:4:1: cannot read `title x`: a directive's options are `key: value` lines")
        try assertTemplateRejected("# T\n\n```concreport gantt io.async\ntitel: x\n```\n",
                                   mentions: "FILE:4:1: `gantt` has no option `titel`; did you mean `title`?")
    }

    func testUnterminatedFenceNamesWhereItOpened() throws {
        try assertTemplateRejected("# T\n\n```concreport gantt io.async\ntitle: x\n\n## Next section\n\nText.\n",
                                   mentions: "FILE:3:1: the code block opened here with ``` is never closed")
        try assertTemplateRejected("# T\n\n~~~swift\nlet a = 1\n",
                                   mentions: "FILE:3:1: the code block opened here with ~~~ is never closed")
    }

    func testInvalidUTF8IsPlaced() throws {
        try assertTemplateRejected(Data("# T\n\nabc ".utf8) + Data([0xC3, 0x28]) + Data("\n".utf8),
                                   mentions: ["FILE:3:5: the template is not UTF-8 text (byte 0xC3 here)"])
    }

    func testEmptyAndBlankTemplatesAreNamed() throws {
        try assertTemplateRejected("", mentions: "FILE:1:1: the template file is empty")
        try assertTemplateRejected("  \n\n\t\n", mentions: "FILE:1:1: the template file is empty")
    }

    func testAHugeTemplateIsRefusedWithItsSizeAndTheLimit() throws {
        let folder = try CommandRunner.temporaryDirectory()
        let path = folder + "/010-huge.md"
        // Sparse: 50 MB that cost no disk.
        XCTAssertTrue(FileManager.default.createFile(atPath: path, contents: nil))
        XCTAssertEqual(truncate(path, 50 << 20), 0)
        try assertRejected(["render", RepositoryFixtures.twoCoreResults, "--templates", folder],
                           mentions: "\(path):1:1: the template file is 50 MB, larger than the 4 MB a template may be")
    }

    func testMeasureChecksTemplatesBeforeMeasuring() throws {
        let folder = try CommandRunner.temporaryDirectory()
        try Data("x {{ nope }}\n".utf8).write(to: URL(fileURLWithPath: folder + "/010-a.md"))
        let out = folder + "/out"
        let result = try CommandRunner.run(["--quick", "--no-python", "--templates", folder, "--out", out])
        XCTAssertEqual(result.status, 2, result.stderr)
        XCTAssertFalse(result.stderr.contains("calibrate"), "measured before refusing the templates: \(result.stderr)")
        XCTAssertTrue(result.stderr.contains("010-a.md:1:6: unknown value `nope`"), result.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: out))
    }
}
