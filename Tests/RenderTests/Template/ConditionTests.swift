import XCTest
@testable import Render

final class ConditionTests: XCTestCase {
    private let template = """
    Intro.
    <!-- if machine.singleCore -->
    One core.
    <!-- elif cpu.threads.speedup >= 1.2 -->
    Threads {{ cpu.threads.speedup }}× faster.
    <!-- else -->
    No faster.
    <!-- end -->
    <!-- if not machine.singleCore -->
    <!-- if io.async.median < io.threads.median -->
    Async beat threads.
    <!-- end -->
    <!-- end -->
    Outro.

    """

    func testTwoCoreFixtureTakesTheParallelBranch() throws {
        XCTAssertEqual(try Fixtures.render([("t.md", template)], Fixtures.twoCore()),
                       "Intro.\nThreads 1.98× faster.\nAsync beat threads.\nOutro.\n")
    }

    func testOneCoreFixtureTakesTheSingleCoreBranch() throws {
        XCTAssertEqual(try Fixtures.render([("t.md", template)], Fixtures.oneCore()), "Intro.\nOne core.\nOutro.\n")
    }

    func testShippedTemplatesWordOneCoreRunsTruthfully() throws {
        let post = try PostRenderer(templates: TemplateSet.load(directory: Fixtures.path("templates/en")))
            .markdown(for: Fixtures.oneCore())
        XCTAssertTrue(post.contains("Only **one** core was usable"))
        XCTAssertFalse(post.contains("really ran in parallel"))
    }
}
