import Foundation
import XCTest
@testable import Measure
import Results

/// The server's remedy pool (`/cpu-bound-idle`) and its upstream run under `ServerMeasurement.backgroundPolicy`
/// (SCHED_IDLE), read back from the kernel's own view of each thread and worker process (`/proc/…/stat`);
/// the pools as the original post creates them (`/cpu-bound`, `/cpu-bound-fewer`, `/cpu-threads`) and the event loop
/// keep the default policy.
final class ServerSchedulingTests: XCTestCase {
    private static let schedIdle = 5
    private static let schedOther = 0

    func testTheRemedyPoolAndTheUpstreamRunUnderSchedIdleAndTheSeedsPoolsDoNot() throws {
        let before = Set(Self.threads(of: getpid()).filter { $0.policy == Self.schedIdle }.map(\.id))
        let server = try ServerUnderTest(workerExecutable: try WorkerBinary.path(), cpuWorkers: 2,
                                         calibration: Calibration(kernel: "xorshift64", iterationsPerTask: 2_000_000,
                                                                  targetSeconds: 0.5, measuredSeconds: 0.5))
        defer { server.stop() }
        XCTAssertEqual(server.backgroundPolicy, ServerMeasurement.backgroundPolicy)
        // A few requests on each CPU pool: a thread would take a policy with its first task.
        for style in [ServerStyle.cpuThreadPool, .cpuProcessPool, .cpuProcessPoolIdle, .cpuProcessPoolFewer] {
            let load = try server.load(style, concurrency: 2, requests: 6, timeLimitSeconds: 10)
            XCTAssertGreaterThan(load.throughput, 0, style.path)
        }
        let idleNow = Self.threads(of: getpid()).filter { $0.policy == Self.schedIdle }.map(\.id)
        let newlyIdle = Set(idleNow).subtracting(before)
        // The upstream's loop thread only: the CPU thread pool runs at the default priority, as the original post's.
        XCTAssertEqual(newlyIdle.count, 1, "threads under SCHED_IDLE: \(newlyIdle)")
        // Two workers in each of the default and the idle pool, one in the smaller pool (usable cores − 1).
        let workers = Self.children(of: getpid()).filter { $0.name == WorkerExecutable.name.prefix(15) }
        XCTAssertEqual(workers.count, 5, "\(workers.map(\.id))")
        XCTAssertEqual(workers.filter { $0.policy == Self.schedIdle }.count, 2, "only the idle pool's workers")
        XCTAssertEqual(workers.filter { $0.policy == Self.schedOther }.count, 3)
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
