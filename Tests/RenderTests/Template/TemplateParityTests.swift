import Foundation
import XCTest
@testable import Render

/// The Korean and English templates make the same decisions: file by file, the same condition markers in
/// the same order, the same inline choices and selects, and the same directives. Only the words differ, so
/// the two posts of any results state the same verdicts.
final class TemplateParityTests: XCTestCase {
    func testKoreanAndEnglishHaveTheSameDecisionStructure() throws {
        for folder in ["", "/companion"] {
            try assertSameDecisions(folder)
        }
    }

    private func assertSameDecisions(_ folder: String) throws {
        let ko = try TemplateSet.load(directory: Fixtures.path("templates/ko" + folder)).templates
        let en = try TemplateSet.load(directory: Fixtures.path("templates/en" + folder)).templates
        XCTAssertEqual(ko.map(\.fileName), en.map(\.fileName))
        for (korean, english) in zip(ko, en) {
            XCTAssertEqual(korean.decisionMarkers, english.decisionMarkers, "block conditions of \(english.fileName)")
            XCTAssertEqual(korean.inlineDecisions, english.inlineDecisions, "inline choices and selects of \(english.fileName)")
            XCTAssertEqual(korean.directiveKinds, english.directiveKinds, "directives of \(english.fileName)")
        }
    }

    func testADriftIsCaught() throws {
        let english = try TemplateSet(files: [("a.md", "<!-- if machine.singleCore -->\nOne.\n<!-- end -->\n")]).templates[0]
        let drifted = try TemplateSet(files: [("a.md", "<!-- if not machine.singleCore -->\n하나.\n<!-- end -->\n")]).templates[0]
        XCTAssertNotEqual(english.decisionMarkers, drifted.decisionMarkers)
    }
}

private extension LocatedTemplate {
    var fileName: String { (file as NSString).lastPathComponent }

    var decisionMarkers: [String] {
        conditions.map { marker in
            switch marker.kind {
            case let .ifBranch(condition): return "if \(condition.canonical)"
            case let .elifBranch(condition): return "elif \(condition.canonical)"
            case .elseBranch: return "else"
            case .end: return "end"
            }
        }
    }

    /// Sorted: word order may move a choice within its sentence.
    var inlineDecisions: [String] {
        placeholders.compactMap { placeholder -> String? in
            switch placeholder.expression {
            case .value, .plural: return nil
            case let .choice(condition, _, _): return "choice \(condition.canonical)"
            case let .select(name, texts): return "select \(name.name) " + texts.map(\.label).sorted().joined(separator: ",")
            }
        }.sorted()
    }

    var directiveKinds: [String] { directives.map { String(describing: type(of: $0.directive)) } }
}
