import Foundation
import XCTest
import Results
@testable import Render

final class ChromeTraceTests: XCTestCase {
    private let lockTrace = GlobalLockTrace(
        intervals: [LockInterval(thread: 0, startSeconds: 0, endSeconds: 0.005),
                    LockInterval(thread: 1, startSeconds: 0.005, endSeconds: 0.010),
                    LockInterval(thread: 0, startSeconds: 0.010, endSeconds: 0.015)],
        forcedSwitches: 2, dropRequests: 2, threadIDs: [2400, 2401]
    )

    private var results: Results {
        DiffFixture.results(globalLock: lockTrace) { workload, _ in
            Array(DiffFixture.tight(workload == .io ? 1.0 : 0.5).prefix(3))
        }
    }

    private func events(_ results: Results) throws -> [[String: Any]] {
        let data = try ChromeTrace.json(for: results)
        let document = try XCTUnwrap(JSONSerialization.jsonObject(with: data) as? [String: Any])
        XCTAssertEqual(document["displayTimeUnit"] as? String, "ms")
        return try XCTUnwrap(document["traceEvents"] as? [[String: Any]])
    }

    func testEveryEventHasTheRequiredFields() throws {
        let events = try events(results)
        XCTAssertFalse(events.isEmpty)
        for event in events {
            for key in ["ph", "ts", "pid", "tid", "name"] {
                XCTAssertNotNil(event[key], "\(key) missing in \(event)")
            }
        }
        for event in events where event["ph"] as? String == "X" {
            let duration = try XCTUnwrap(event["dur"] as? Double, "\(event)")
            XCTAssertGreaterThanOrEqual(duration, 0)
        }
    }

    func testEveryTaskOfEveryRunIsACompleteEvent() throws {
        let results = results
        let tasks = try events(results).filter { $0["ph"] as? String == "X" && $0["cat"] as? String != "lock" }
        let expected = results.comparison.cells.reduce(0) { $0 + $1.runs.reduce(0) { $0 + $1.tasks.count } }
        XCTAssertEqual(tasks.count, expected)
        XCTAssertEqual(tasks.count, 3 * (5 * 10 + 5 * 4))
        let threadsCPU = tasks.filter { $0["cat"] as? String == "threads/cpu" }
        XCTAssertEqual(threadsCPU.count, 3 * 4)
        let first = try XCTUnwrap(threadsCPU.first?["args"] as? [String: Any])
        XCTAssertEqual(first["repetition"] as? Int, 1)
        XCTAssertNotNil(first["cpus"] as? [Int])
    }

    func testExperimentsFollowWithEverySliceOnItsRealThread() throws {
        let results = try Fixtures.twoCore()
        let timeline = try XCTUnwrap(results.timeline), sweep = try XCTUnwrap(results.coreSweep)
        let all = try events(results)
        let comparisonEnd = all.filter { ($0["cat"] as? String)?.contains("/") == true && $0["ph"] as? String == "X"
            && !($0["cat"] as! String).hasPrefix("timeline") && !($0["cat"] as! String).hasPrefix("core sweep") }
            .map { ($0["ts"] as! Double) + ($0["dur"] as! Double) }.max() ?? 0
        let sliced = all.filter { $0["cat"] as? String == "timeline/time-sliced" }
        XCTAssertEqual(sliced.count, timeline.timeSliced.slices.count)
        XCTAssertEqual(Set(sliced.map { $0["tid"] as! Int32 }), Set(timeline.timeSliced.slices.map(\.tid)))
        XCTAssertTrue(sliced.allSatisfy { ($0["ts"] as! Double) > comparisonEnd }, "experiments come after the comparison")
        let swept = all.filter { ($0["cat"] as? String)?.hasPrefix("core sweep/") == true && $0["ph"] as? String == "X" }
        XCTAssertEqual(swept.count, sweep.points.reduce(0) { $0 + $1.slices.count })
        XCTAssertEqual(all.filter { $0["cat"] as? String == "gather" }.count, results.gather?.tasks.count)
        XCTAssertEqual(all.filter { $0["cat"] as? String == "process demo" }.count, results.processDemo?.run.tasks.count)
    }

    func testRunsFollowOneAnotherWithoutOverlapping() throws {
        let tasks = try events(results).filter { $0["ph"] as? String == "X" && $0["cat"] as? String != "lock" }
        var spans: [(key: String, start: Double, end: Double)] = []
        for task in tasks {
            let args = try XCTUnwrap(task["args"] as? [String: Any])
            let key = "\(task["cat"]!) \(args["repetition"]!)"
            let start = try XCTUnwrap(task["ts"] as? Double)
            let end = start + (try XCTUnwrap(task["dur"] as? Double))
            if let last = spans.last, last.key == key {
                spans[spans.count - 1] = (key, min(last.start, start), max(last.end, end))
            } else {
                XCTAssertFalse(spans.contains { $0.key == key }, "run \(key) split on the timeline")
                spans.append((key, start, end))
            }
        }
        XCTAssertEqual(spans.count, 10 * 3)
        XCTAssertEqual(spans.first?.key, "sequential/io 1")
        for (previous, next) in zip(spans, spans.dropFirst()) {
            XCTAssertLessThan(previous.end, next.start, "\(previous.key) overlaps \(next.key)")
        }
    }

    func testLockIntervalsSitOnTheirThreads() throws {
        let results = results
        let locks = try events(results).filter { $0["cat"] as? String == "lock" }
        XCTAssertEqual(locks.count, lockTrace.intervals.count)
        let run = try XCTUnwrap(results.comparison.cell(.globalLock, .cpu)?.representativeRun)
        let tids = Set(run.tasks.filter { $0.index < 2 }.map(\.tid))
        XCTAssertEqual(Set(locks.compactMap { $0["tid"] as? Int }.map(Int32.init)), tids)
        XCTAssertEqual(locks.compactMap { $0["dur"] as? Double }, [5000, 5000, 5000])
    }

    func testProcessesAndThreadsAreNamed() throws {
        let events = try events(results)
        let metadata = events.filter { $0["ph"] as? String == "M" }
        let namedProcesses = Set(metadata.filter { $0["name"] as? String == "process_name" }.compactMap { $0["pid"] as? Int })
        let namedThreads = Set(metadata.filter { $0["name"] as? String == "thread_name" }.compactMap { $0["tid"] as? Int })
        let tasks = events.filter { $0["ph"] as? String == "X" }
        XCTAssertEqual(namedProcesses, Set(tasks.compactMap { $0["pid"] as? Int }))
        XCTAssertEqual(namedThreads, Set(tasks.compactMap { $0["tid"] as? Int }))
        let workerNames = metadata.compactMap { ($0["args"] as? [String: Any])?["name"] as? String }
            .filter { $0.hasPrefix("worker process") }
        XCTAssertEqual(workerNames.count, 10) // one per pool worker of the I/O workload's ten
    }

    func testOutputIsDeterministicWithSortedKeys() throws {
        let first = try ChromeTrace.json(for: results)
        XCTAssertEqual(first, try ChromeTrace.json(for: results))
        let text = try XCTUnwrap(String(data: first, encoding: .utf8))
        XCTAssertTrue(text.hasPrefix("{\"displayTimeUnit\":\"ms\",\"otherData\":"), String(text.prefix(80)))
    }
}
