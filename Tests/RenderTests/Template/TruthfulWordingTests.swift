import XCTest
@testable import Render
import Results

/// The shipped posts choose their claims from the data: one usable core never claims a parallel speedup,
/// sixteen cores claim it with their own figures, and experiments a run lacks leave no trace.
final class TruthfulWordingTests: XCTestCase {
    private let parallelClaims = [
        "really ran at the same time", "really ran in parallel", "really did run at the same time",
        "computing in parallel", "because several cores could compute at once", "the usable cores were kept busy, ",
    ]
    private let parallelClaimsKo = ["실제로 동시에 돌았다", "실제로 병렬로 실행됐다", "실제로 여러 코어에서 같은 시간에 돌았다",
                                    "병렬로 계산했기 때문", "여러 코어가 한꺼번에 계산할 수 있어"]

    func testOneCorePostSaysSoAndClaimsNoParallelSpeedup() throws {
        let en = try ShippedPost.render(cores: 1, language: "en")
        XCTAssertTrue(en.contains("This run had a single usable core, so no two tasks could run at the same instant"))
        XCTAssertTrue(en.contains("With a single usable core the processes could only take turns"))
        XCTAssertTrue(en.contains("with one usable core even free threads cannot compute in parallel here"))
        XCTAssertTrue(en.contains("(impossible on this run: one usable core)"))
        XCTAssertFalse(en.contains("### Fewer workers than cores"), "no point has fewer workers than one core")
        XCTAssertFalse(en.contains("section CPU 1"), "only CPU 0 may appear in the charts")
        for claim in parallelClaims { XCTAssertFalse(en.contains(claim), claim) }

        let ko = try ShippedPost.render(cores: 1, language: "ko")
        XCTAssertTrue(ko.contains("쓸 수 있는 코어는 하나뿐이어서 두 작업이 같은 순간에 돌 수 없었다"))
        XCTAssertTrue(ko.contains("쓸 수 있는 코어가 하나뿐이라 프로세스들은 번갈아 돌 수밖에 없었고"))
        for claim in parallelClaimsKo { XCTAssertFalse(ko.contains(claim), claim) }
    }

    func testTwoCorePostClaimsASpeedupButAdmitsSharing() throws {
        let en = try ShippedPost.render(cores: 2, language: "en")
        XCTAssertTrue(en.contains("1.50× as fast as in a row: the tasks really\nran at the same time, on 2 CPUs, and with fewer CPUs than tasks"))
        XCTAssertTrue(en.contains("Swift has no such lock: the same work on plain threads ran 1.98× as fast"))
        XCTAssertTrue(en.contains("### Fewer workers than cores"))
        XCTAssertFalse(en.contains("This run had a single usable core"))
        let ko = try ShippedPost.render(cores: 2, language: "ko")
        XCTAssertTrue(ko.contains("일부 작업은 여전히 번갈아 돌아야 했다"))
    }

    func testSixteenCorePostClaimsItsBigSpeedups() throws {
        let en = try ShippedPost.render(cores: 16, language: "en")
        XCTAssertTrue(en.contains("2.98× as fast as in a row: the tasks really\nran at the same time, on 3 CPUs."))
        XCTAssertTrue(en.contains("the speedup was 15.75×"))
        XCTAssertTrue(en.contains("Separate processes really did run at the same time on different cores."))
        XCTAssertTrue(en.contains("threads took 0.509 s where one thread took 2.006 s, computing in parallel"))
        XCTAssertTrue(en.contains("The extra\nworkers apparently only took turns."))
        XCTAssertFalse(en.contains("some of them still had to take turns"))
        let ko = try ShippedPost.render(cores: 16, language: "ko")
        XCTAssertTrue(ko.contains("속도 향상은 15.75배"))
        XCTAssertTrue(ko.contains("서로 다른 프로세스가 실제로 여러 코어에서 같은 시간에 돌았다."))
    }

    func testExperimentsARunLacksAreLeftOutWithoutAnyNA() throws {
        var results = try Fixtures.twoCore()
        results.timeline = nil
        results.gather = nil
        results.processDemo = nil
        results.coreSweep = nil
        for language in ["ko", "en"] {
            let post = try PostRenderer(templates: TemplateSet.load(directory: Fixtures.path("templates/\(language)")))
                .markdown(for: results)
            XCTAssertFalse(post.contains("n/a"), language)
            XCTAssertFalse(post.contains("gather"), language)
            XCTAssertTrue(post.contains("global-lock"), language)
        }
    }

    func testTimeSlicingThatLooksFasterIsCalledNoise() throws {
        var results = try Fixtures.twoCore()
        results.timeline!.timeSliced.wallSeconds = results.timeline!.sequential.wallSeconds / 1.2
        let en = try PostRenderer(templates: TemplateSet.load(directory: Fixtures.path("templates/en"))).markdown(for: results)
        XCTAssertTrue(en.contains("so that difference is apparently noise from a shared machine"))
        XCTAssertFalse(en.contains("about the same time, no gain."))
    }

    func testTimeSlicingThatTookLongerSaysSo() throws {
        var results = try Fixtures.twoCore()
        results.timeline!.timeSliced.wallSeconds = results.timeline!.sequential.wallSeconds * 1.2
        let en = try PostRenderer(templates: TemplateSet.load(directory: Fixtures.path("templates/en"))).markdown(for: results)
        XCTAssertTrue(en.contains("switching between them cost time and gained nothing"))
        XCTAssertFalse(en.contains("about the same time, no gain."))
        let ko = try PostRenderer(templates: TemplateSet.load(directory: Fixtures.path("templates/ko"))).markdown(for: results)
        XCTAssertTrue(ko.contains("오가는 데 시간만 들고 얻은 것은 없었다"))
    }

    func testPoolSizesNameTheCPUWorkersSetting() throws {
        let en = try ShippedPost.render(cores: 2, language: "en")
        XCTAssertTrue(en.contains("the CPU-bound thread and process pools below are sized to it.\nExcept on this run: `--cpu-workers` set them to 4."))
        XCTAssertFalse(en.contains("every pool"))
        let ko = try ShippedPost.render(cores: 2, language: "ko")
        XCTAssertTrue(ko.contains("다만 이번에는 `--cpu-workers`로 4개를 지정했다."))
    }

    func testOneCoreGuideClaimsNoThreadOrProcessSpeedup() throws {
        let en = try ShippedPost.render(cores: 1, language: "en")
        XCTAssertTrue(en.contains("With one usable core neither threads nor processes can add speed here."))
        XCTAssertFalse(en.contains("threads are enough"))
        XCTAssertFalse(en.contains(", computing in parallel"))
        let ko = try ShippedPost.render(cores: 1, language: "ko")
        XCTAssertTrue(ko.contains("쓸 수 있는 코어가 하나라 스레드도 프로세스도 속도를 더할 수 없었다."))
        XCTAssertFalse(ko.contains("스레드로 충분하다"))
    }

    func testAsyncThatDidNotOverlapClaimsNoSpeedup() throws {
        var results = try Fixtures.twoCore()
        let index = results.comparison.cells.firstIndex { $0.strategy == .async && $0.workload == .io }!
        results.comparison.cells[index].summary.median = 9.5
        let en = try render(results, "en")
        XCTAssertTrue(en.contains("on this run the waits did not overlap much."))
        XCTAssertFalse(en.contains("with no parallelism at all"))
        XCTAssertFalse(en.contains("the same waits all start at once"))
        let ko = try render(results, "ko")
        XCTAssertTrue(ko.contains("이번 실행에서는 대기가 별로 겹치지 않았다."))
        XCTAssertFalse(ko.contains("병렬성은 전혀 쓰지 않았다"))
    }

    func testNoPreemptionAndAnOtherSwitchIntervalAreSaidAsSuch() throws {
        var results = try Fixtures.twoCore()
        results.timeline!.timeSliced.involuntarySwitches = 0
        results.settings.switchIntervalSeconds = 0.01
        let en = try render(results, "en")
        XCTAssertTrue(en.contains("no preemption was seen."))
        XCTAssertFalse(en.contains("preempted 0 times"))
        XCTAssertTrue(en.contains("10 ms; CPython's default is 5 ms"))
        XCTAssertFalse(en.contains("as CPython's"))
        let ko = try render(results, "ko")
        XCTAssertTrue(ko.contains("선점은 관측되지 않았다."))
        XCTAssertTrue(ko.contains("CPython의 기본값은 5ms다"))
    }

    func testFewerSequentialIORunsAndAMissingLockTraceAreHandled() throws {
        var results = try Fixtures.twoCore()
        let index = results.comparison.cells.firstIndex { $0.strategy == .sequential && $0.workload == .io }!
        results.comparison.cells[index].runs.removeLast(2)
        results.comparison.cells[index].summary.count = results.comparison.cells[index].runs.count
        results.globalLock = nil
        let en = try render(results, "en")
        XCTAssertTrue(en.contains("Sequential I/O ran only 3 times"))
        XCTAssertFalse(en.contains("drawn in the section on the GIL above"))
        let ko = try render(results, "ko")
        XCTAssertTrue(ko.contains("3회만 돌렸다"))
        XCTAssertFalse(ko.contains("GIL 절에서 차트로"))
    }

    private func render(_ results: Results, _ language: String) throws -> String {
        try PostRenderer(templates: TemplateSet.load(directory: Fixtures.path("templates/\(language)"))).markdown(for: results)
    }
}
