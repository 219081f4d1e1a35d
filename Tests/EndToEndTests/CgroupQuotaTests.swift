import Foundation
import Results
import XCTest

/// A real cgroup v1 quota of one CPU: concreport started inside the group counts one usable core and
/// records the group's throttling counters. Needs root and a writable `/sys/fs/cgroup/cpu`.
final class CgroupQuotaTests: XCTestCase {
    func testOneCPUQuotaIsOneUsableCore() throws {
        let mount = "/sys/fs/cgroup/cpu"
        guard getuid() == 0 else { throw XCTSkip("needs root to create a cgroup") }
        guard access(mount, W_OK) == 0, FileManager.default.fileExists(atPath: mount + "/cpu.cfs_quota_us") else {
            throw XCTSkip("\(mount) is not a writable cgroup v1 cpu controller")
        }
        let group = "\(mount)/concreport-e2e-\(getpid())"
        guard mkdir(group, 0o755) == 0 else { throw XCTSkip("cannot create \(group): errno \(errno)") }
        defer { rmdir(group) }
        try Data("100000\n".utf8).write(to: URL(fileURLWithPath: group + "/cpu.cfs_period_us"))
        try Data("100000\n".utf8).write(to: URL(fileURLWithPath: group + "/cpu.cfs_quota_us"))
        let command = "echo $$ > \(group)/tasks && exec \"$0\" \"$@\""
        let run = try CommandRunner.run(
            ["-c", command, CommandRunner.binary.path, "--quick", "--no-python", "--io-tasks", "2", "--io-wait", "0.01",
             "--cpu-tasks", "1", "--cpu-target", "0.005", "--repetitions", "1", "--format", "json", "--quiet"],
            executable: URL(fileURLWithPath: "/bin/sh"))
        XCTAssertEqual(run.status, 0, run.stderr)
        let results = try ResultsFile.decode(Data(run.stdout.utf8), path: "stdout")
        XCTAssertEqual(results.machine.cgroupQuotaCPUs, 1)
        XCTAssertEqual(results.machine.usableCores, 1)
        let throttling = try XCTUnwrap(results.throttling, "the group's cpu.stat was readable")
        XCTAssertGreaterThanOrEqual(throttling.periods, throttling.throttledPeriods)
        // Read around each section too, and the sections lie inside the whole run's reading.
        let sections = try XCTUnwrap(results.throttlingBySection)
        XCTAssertEqual(Set(sections.keys), [.comparison, .timeline, .gather, .processDemo, .coreSweep, .convoy, .nativeRelease, .server])
        XCTAssertLessThanOrEqual(sections.values.reduce(0) { $0 + $1.periods }, throttling.periods)
        XCTAssertLessThanOrEqual(sections.values.reduce(0) { $0 + $1.throttledPeriods }, throttling.throttledPeriods)
    }
}
