import XCTest
@testable import Render

/// Every declared name computes the kind of value its format shows, on every fixture shape, so no value
/// prints `n/a` because of a declaration rather than a missing measurement.
final class NameCatalogTests: XCTestCase {
    func testEveryNameComputesTheKindItsFormatShows() throws {
        for cores in [1, 2, 16] {
            let facts = PostFacts(try Fixtures.results(cores: cores))
            for family in NameCatalog.families {
                for member in family.members {
                    let raw = member.compute(facts)
                    XCTAssertTrue(family.format.isKind(of: raw), "\(member.name) (\(family.format.description)) computed \(raw) on \(cores) cores")
                }
            }
        }
    }

    func testAFormatRefusesAnotherKind() {
        XCTAssertTrue(ValueFormat.seconds.isKind(of: .number(nil)))
        XCTAssertFalse(ValueFormat.seconds.isKind(of: .text("1.0")))
        XCTAssertFalse(ValueFormat.text.isKind(of: .number(1)))
        XCTAssertFalse(ValueFormat.flag.isKind(of: .verdict("same")))
        XCTAssertTrue(ValueFormat.verdict(cases: ["same"]).isKind(of: .verdict(nil)))
        XCTAssertEqual(ValueFormat.seconds.value(.number(nil)), .missing)
        XCTAssertEqual(ValueFormat.text.value(.text(nil)), .missing)
    }
}
