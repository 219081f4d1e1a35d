import Foundation
import XCTest
@testable import Measure
import Results

/// The server's CPU pools and its upstream run under `ServerMeasurement.backgroundPolicy` (SCHED_IDLE),
/// read back from the kernel's own view of each thread and worker process (`/proc/…/stat`), while the
/// event loop itself keeps the default policy.
final class ServerSchedulingTests: XCTestCase {
    private static let schedIdle = 5
    private static let schedOther = 0

    func testThePoolsAndTheUpstreamRunUnderSchedIdleAndTheLoopDoesNot() throws {
        let before = Set(Self.threads(of: getpid()).filter { $0.policy == Self.schedIdle }.map(\.id))
        let server = try ServerUnderTest(workerExecutable: try WorkerBinary.path(), cpuWorkers: 2,
                                         calibration: Calibration(kernel: "xorshift64", iterationsPerTask: 2_000_000,
                                                                  targetSeconds: 0.5, measuredSeconds: 0.5))
        defer { server.stop() }
        XCTAssertEqual(server.backgroundPolicy, ServerMeasurement.backgroundPolicy)
        // A few requests on each CPU pool: the thread pool's threads take the policy with their first task.
        for style in [ServerStyle.cpuThreadPool, .cpuProcessPool] {
            let load = try server.load(style, concurrency: 2, requests: 6, timeLimitSeconds: 10)
            XCTAssertGreaterThan(load.throughput, 0, style.path)
        }
        let idleNow = Self.threads(of: getpid()).filter { $0.policy == Self.schedIdle }.map(\.id)
        let newlyIdle = Set(idleNow).subtracting(before)
        // The upstream's loop thread and at least one thread of the CPU thread pool.
        XCTAssertGreaterThanOrEqual(newlyIdle.count, 2, "threads under SCHED_IDLE: \(newlyIdle)")
        let workers = Self.children(of: getpid()).filter { $0.name == WorkerExecutable.name.prefix(15) }
        XCTAssertGreaterThanOrEqual(workers.count, 2)
        for worker in workers { XCTAssertEqual(worker.policy, Self.schedIdle, "worker \(worker.id)") }
        // This thread, which the test runs on, keeps the default policy: only the pools were lowered.
        XCTAssertEqual(Self.threads(of: getpid()).first { $0.id == Linux.threadID() }?.policy, Self.schedOther)
    }

    struct Task {
        var id: Int32
        var name: Substring
        var parent: Int32
        var policy: Int
    }

    /// `/proc/<pid>/stat`: the name in parentheses, then fields from the 3rd on (ppid is the 4th, policy the 41st).
    static func stat(_ path: String) -> Task? {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8),
              let open = text.firstIndex(of: "("), let close = text.lastIndex(of: ")"),
              let id = Int32(text[..<open].trimmingCharacters(in: .whitespaces)) else { return nil }
        let fields = text[text.index(after: close)...].split(separator: " ")
        guard fields.count > 38, let parent = Int32(fields[1]), let policy = Int(fields[38]) else { return nil }
        return Task(id: id, name: text[text.index(after: open)..<close], parent: parent, policy: policy)
    }

    static func threads(of pid: pid_t) -> [Task] {
        let folder = "/proc/\(pid)/task"
        return ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).compactMap { stat("\(folder)/\($0)/stat") }
    }

    static func children(of pid: pid_t) -> [Task] {
        ((try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []).filter { Int32($0) != nil }
            .compactMap { stat("/proc/\($0)/stat") }.filter { $0.parent == pid }
    }
}
