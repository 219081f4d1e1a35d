import Foundation
import XCTest
@testable import Measure
import Results

/// The cgroup quota search on fake trees in a temporary directory, and once on the real v1 cpu controller.
final class CgroupCPUTests: XCTestCase {
    private var root = ""

    override func setUpWithError() throws {
        root = NSTemporaryDirectory() + "concreport-cgroup-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(atPath: root)
    }

    private func write(_ path: String, _ text: String) throws {
        let url = URL(fileURLWithPath: root + path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    /// A v1 group under `mount`: its quota and period, and a cpu.stat that counts periods.
    private func v1Group(_ directory: String, quota: Int, period: Int = 100_000) throws {
        try write("\(directory)/cpu.cfs_quota_us", "\(quota)\n")
        try write("\(directory)/cpu.cfs_period_us", "\(period)\n")
        try write("\(directory)/cpu.stat", "nr_periods 0\nnr_throttled 0\nthrottled_time 0\n")
    }

    private var probe: CgroupCPU { CgroupCPU(root: root) }

    func testV1QuotaOnTheOwnGroupButNoneAtTheRoot() throws {
        try write("/proc/self/cgroup", "2:cpuacct:/\n1:cpu:/a/b\n0::/\n")
        try v1Group("/sys/fs/cgroup/cpu", quota: -1)
        try v1Group("/sys/fs/cgroup/cpu/a", quota: -1)
        try v1Group("/sys/fs/cgroup/cpu/a/b", quota: 150_000)
        let limit = probe.limit()
        XCTAssertEqual(limit, CgroupCPU.Limit(quotaCPUs: 1.5, statFile: "/sys/fs/cgroup/cpu/a/b/cpu.stat"))
        XCTAssertEqual(MachineProbe.usableCores(affinityCount: 8, logicalCPUs: 8, quotaCPUs: limit.quotaCPUs), 2)
    }

    func testV1QuotaOnAnAncestorOfACoMountedController() throws {
        try write("/proc/self/cgroup", "4:cpu,cpuacct:/a/b\n0::/\n")
        try v1Group("/sys/fs/cgroup/cpu,cpuacct", quota: -1)
        try v1Group("/sys/fs/cgroup/cpu,cpuacct/a", quota: 50_000)
        try v1Group("/sys/fs/cgroup/cpu,cpuacct/a/b", quota: 300_000)
        XCTAssertEqual(probe.limit(), CgroupCPU.Limit(quotaCPUs: 0.5, statFile: "/sys/fs/cgroup/cpu,cpuacct/a/cpu.stat"))
    }

    func testV1MountedAsCpuacctCommaCpu() throws {
        try write("/proc/self/cgroup", "3:cpuacct,cpu:/job\n")
        try v1Group("/sys/fs/cgroup/cpuacct,cpu", quota: -1)
        try v1Group("/sys/fs/cgroup/cpuacct,cpu/job", quota: 200_000, period: 50_000)
        XCTAssertEqual(probe.limit().quotaCPUs, 4)
    }

    func testV1ContainerSeesItsOwnGroupAsTheMountRoot() throws {
        // /proc/self/cgroup names the host's path, which is not under the container's mount.
        try write("/proc/self/cgroup", "1:cpu:/docker/abc\n")
        try v1Group("/sys/fs/cgroup/cpu", quota: 200_000)
        XCTAssertEqual(probe.limit(), CgroupCPU.Limit(quotaCPUs: 2, statFile: "/sys/fs/cgroup/cpu/cpu.stat"))
    }

    func testV2NestedQuotaOnTheParentWins() throws {
        try write("/proc/self/cgroup", "0::/user.slice/run.scope\n")
        try write("/sys/fs/cgroup/cgroup.controllers", "cpuset cpu io memory pids\n")
        try write("/sys/fs/cgroup/user.slice/cpu.max", "200000 100000\n")
        try write("/sys/fs/cgroup/user.slice/cpu.stat", "usage_usec 5\nnr_periods 3\nnr_throttled 1\nthrottled_usec 250\n")
        try write("/sys/fs/cgroup/user.slice/run.scope/cpu.max", "max 100000\n")
        XCTAssertEqual(probe.limit(), CgroupCPU.Limit(quotaCPUs: 2, statFile: "/sys/fs/cgroup/user.slice/cpu.stat"))
        XCTAssertEqual(probe.stats("/sys/fs/cgroup/user.slice/cpu.stat"),
                       MachineProbe.CPUStat(periods: 3, throttledPeriods: 1, throttledSeconds: 0.000_25))
    }

    func testHybridTakesTheTighterOfV1AndV2() throws {
        try write("/proc/self/cgroup", "1:cpu:/g\n0::/g\n")
        try write("/sys/fs/cgroup/unified/cgroup.controllers", "\n")
        try write("/sys/fs/cgroup/unified/g/cpu.max", "300000 100000\n")
        try write("/sys/fs/cgroup/unified/g/cpu.stat", "usage_usec 10\n")
        try v1Group("/sys/fs/cgroup/cpu", quota: -1)
        try v1Group("/sys/fs/cgroup/cpu/g", quota: 100_000)
        XCTAssertEqual(probe.limit(), CgroupCPU.Limit(quotaCPUs: 1, statFile: "/sys/fs/cgroup/cpu/g/cpu.stat"))

        try write("/sys/fs/cgroup/unified/g/cpu.max", "50000 100000\n")
        // The v2 group's cpu.stat counts no periods here, so no throttling can be read from it.
        XCTAssertEqual(probe.limit(), CgroupCPU.Limit(quotaCPUs: 0.5, statFile: nil))
    }

    func testNoQuotaAnywhere() throws {
        try write("/proc/self/cgroup", "1:cpu:/g\n0::/g\n")
        try write("/sys/fs/cgroup/unified/cgroup.controllers", "\n")
        try write("/sys/fs/cgroup/unified/g/cpu.max", "max 100000\n")
        try write("/sys/fs/cgroup/unified/g/cpu.stat", "usage_usec 10\n")
        try v1Group("/sys/fs/cgroup/cpu", quota: -1)
        try v1Group("/sys/fs/cgroup/cpu/g", quota: -1)
        XCTAssertEqual(probe.limit(), CgroupCPU.Limit(quotaCPUs: nil, statFile: "/sys/fs/cgroup/cpu/g/cpu.stat"))
        XCTAssertEqual(MachineProbe.usableCores(affinityCount: 2, logicalCPUs: 2, quotaCPUs: nil), 2)
    }

    func testNothingReadable() {
        XCTAssertEqual(probe.limit(), CgroupCPU.Limit(quotaCPUs: nil, statFile: nil))
    }

    func testV1PathOfTheCPUController() {
        let text = "9:name=systemd:/\n4:cpuacct,cpu:/a/b\n2:cpuset:/x\n0::/\n"
        XCTAssertEqual(MachineProbe.parseCgroupV1Path(text, controller: "cpu"), "/a/b")
        XCTAssertEqual(MachineProbe.parseCgroupV1Path("2:cpuacct:/x\n1:cpu:/\n", controller: "cpu"), "/")
        XCTAssertNil(MachineProbe.parseCgroupV1Path("0::/user.slice\n", controller: "cpu"))
    }

    func testCPUStatOfBothVersionsAndTheirDifference() throws {
        let v1 = try XCTUnwrap(MachineProbe.parseCPUStat("nr_periods 10\nnr_throttled 4\nthrottled_time 2500000000\nnr_bursts 0\n"))
        XCTAssertEqual(v1, MachineProbe.CPUStat(periods: 10, throttledPeriods: 4, throttledSeconds: 2.5))
        let v2 = try XCTUnwrap(MachineProbe.parseCPUStat("usage_usec 9\nnr_periods 7\nnr_throttled 2\nthrottled_usec 1500000\n"))
        XCTAssertEqual(v2, MachineProbe.CPUStat(periods: 7, throttledPeriods: 2, throttledSeconds: 1.5))
        XCTAssertNil(MachineProbe.parseCPUStat("usage_usec 9\nuser_usec 5\n"))
        let later = MachineProbe.CPUStat(periods: 15, throttledPeriods: 6, throttledSeconds: 3)
        XCTAssertEqual(later.since(v1), CPUThrottling(periods: 5, throttledPeriods: 2, throttledSeconds: 0.5))
    }

    /// The real v1 cpu controller: a group with a 0.1-CPU quota holding a busy shell must read as a 0.1-CPU
    /// limit and count throttled periods. Needs root and a writable `/sys/fs/cgroup/cpu`.
    func testRealV1GroupQuotaAndThrottling() throws {
        let mount = "/sys/fs/cgroup/cpu"
        guard getuid() == 0 else { throw XCTSkip("needs root to create a cgroup") }
        guard access(mount, W_OK) == 0, FileManager.default.fileExists(atPath: mount + "/cpu.cfs_quota_us") else {
            throw XCTSkip("\(mount) is not a writable cgroup v1 cpu controller")
        }
        let name = "concreport-test-\(getpid())"
        let group = "\(mount)/\(name)"
        guard mkdir(group, 0o755) == 0 else { throw XCTSkip("cannot create \(group): errno \(errno)") }
        let shell = Process()
        defer {
            if shell.isRunning { shell.terminate(); shell.waitUntilExit() }
            rmdir(group)
        }
        try Data("100000\n".utf8).write(to: URL(fileURLWithPath: group + "/cpu.cfs_period_us"))
        try Data("10000\n".utf8).write(to: URL(fileURLWithPath: group + "/cpu.cfs_quota_us"))

        // Everything but /proc/self/cgroup comes from the real tree: this test process stays where it is.
        let real = CgroupCPU { path in
            path == "/proc/self/cgroup" ? "1:cpu:/\(name)\n" : CgroupCPU.system.read(path)
        }
        let limit = real.limit()
        XCTAssertEqual(try XCTUnwrap(limit.quotaCPUs), 0.1, accuracy: 1e-9)
        XCTAssertEqual(limit.statFile, group + "/cpu.stat")
        let before = try XCTUnwrap(real.stats(group + "/cpu.stat"))

        shell.executableURL = URL(fileURLWithPath: "/bin/sh")
        shell.arguments = ["-c", "echo $$ > \(group)/tasks && while :; do :; done"]
        try shell.run()
        Thread.sleep(forTimeInterval: 0.4)
        shell.terminate()
        shell.waitUntilExit()
        let throttling = try XCTUnwrap(real.stats(group + "/cpu.stat")).since(before)
        XCTAssertGreaterThan(throttling.throttledPeriods, 0, "\(throttling)")
        XCTAssertGreaterThanOrEqual(throttling.periods, throttling.throttledPeriods)
        XCTAssertGreaterThan(throttling.throttledSeconds, 0)
    }
}
