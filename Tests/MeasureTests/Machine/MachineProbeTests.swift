import XCTest
@testable import Measure
import Results

final class MachineProbeTests: XCTestCase {
    func testCPUInfoCountsDistinctCoresPerPackage() {
        // Two packages, two cores each, two hyper-threads per core: 8 logical, 4 physical.
        var text = ""
        for package in 0..<2 {
            for core in 0..<2 {
                for _ in 0..<2 {
                    text += "processor\t: 0\nmodel name\t: Example CPU @ 3.00GHz\nphysical id\t: \(package)\ncore id\t\t: \(core)\n\n"
                }
            }
        }
        let parsed = MachineProbe.parseCPUInfo(text)
        XCTAssertEqual(parsed.model, "Example CPU @ 3.00GHz")
        XCTAssertEqual(parsed.physicalCores, 4)
    }

    func testCPUInfoWithoutCoreIDsHasNoPhysicalCount() {
        let parsed = MachineProbe.parseCPUInfo("processor\t: 0\nHardware\t: BCM2835\n")
        XCTAssertEqual(parsed.model, "BCM2835")
        XCTAssertNil(parsed.physicalCores)
    }

    func testCgroupV2CPUMax() {
        XCTAssertNil(MachineProbe.parseCgroupV2CPUMax("max 100000\n"))
        XCTAssertEqual(MachineProbe.parseCgroupV2CPUMax("150000 100000\n"), 1.5)
        XCTAssertEqual(MachineProbe.parseCgroupV2CPUMax("50000 100000"), 0.5)
        XCTAssertNil(MachineProbe.parseCgroupV2CPUMax(""))
    }

    func testCgroupV1Quota() {
        XCTAssertNil(MachineProbe.parseCgroupV1(quota: "-1\n", period: "100000\n"))
        XCTAssertEqual(MachineProbe.parseCgroupV1(quota: "200000\n", period: "100000\n"), 2)
        XCTAssertNil(MachineProbe.parseCgroupV1(quota: "garbage", period: "100000"))
    }

    func testUsableCoresTakesTheSmallerOfAffinityAndRoundedUpQuota() {
        XCTAssertEqual(MachineProbe.usableCores(affinityCount: 8, logicalCPUs: 8, quotaCPUs: 1.5), 2)
        XCTAssertEqual(MachineProbe.usableCores(affinityCount: 2, logicalCPUs: 8, quotaCPUs: nil), 2)
        XCTAssertEqual(MachineProbe.usableCores(affinityCount: 4, logicalCPUs: 4, quotaCPUs: 0.5), 1)
        XCTAssertEqual(MachineProbe.usableCores(affinityCount: 2, logicalCPUs: 2, quotaCPUs: 16), 2)
        XCTAssertEqual(MachineProbe.usableCores(affinityCount: 0, logicalCPUs: 3, quotaCPUs: nil), 3)
    }

    func testSmallFileParsers() {
        XCTAssertEqual(MachineProbe.parseOSRelease("NAME=\"Debian\"\nPRETTY_NAME=\"Debian GNU/Linux 12 (bookworm)\"\n"),
                       "Debian GNU/Linux 12 (bookworm)")
        XCTAssertEqual(MachineProbe.parseMemTotal("MemTotal:       24684084 kB\nMemFree: 1 kB\n"), 24_684_084 * 1024)
        XCTAssertEqual(MachineProbe.parseLoadAverage("1.34 0.56 0.23 1/87 8243\n"), [1.34, 0.56, 0.23])
    }

    func testProbeOfThisMachineIsSane() {
        let facts = MachineProbe.probe()
        XCTAssertGreaterThanOrEqual(facts.usableCores, 1)
        XCTAssertLessThanOrEqual(facts.usableCores, facts.logicalCPUs)
        XCTAssertFalse(facts.affinityCPUs.isEmpty)
        XCTAssertGreaterThan(facts.memoryBytes, 0)
        XCTAssertGreaterThan(facts.clockResolutionNanoseconds, 0)
        XCTAssertFalse(facts.kernel.isEmpty)
        XCTAssertEqual(facts.loadAverage.count, 3)
    }

    func testTheOwnCgroupAndItsAncestorsAreSearchedForAQuota() {
        XCTAssertEqual(MachineProbe.parseCgroupV2Path("12:pids:/\n0::/user.slice/run.scope\n"), "/user.slice/run.scope")
        XCTAssertNil(MachineProbe.parseCgroupV2Path("4:cpu:/docker/abc\n"))
        XCTAssertEqual(MachineProbe.cgroupAncestors("/user.slice/run.scope"), ["/user.slice/run.scope", "/user.slice", ""])
        XCTAssertEqual(MachineProbe.cgroupAncestors("/"), [""])
    }
}
