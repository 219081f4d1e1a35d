import Foundation
import XCTest
@testable import Measure
import Results

/// `ThrottlingMeter` ties throttling to the section that ran: it reads `cpu.stat` around the body only.
final class ThrottlingMeterTests: XCTestCase {
    private var root = ""

    override func setUpWithError() throws {
        root = NSTemporaryDirectory() + "concreport-meter-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(atPath: root)
    }

    private func writeStat(periods: Int, throttled: Int, nanoseconds: Int) throws {
        try "nr_periods \(periods)\nnr_throttled \(throttled)\nthrottled_time \(nanoseconds)\n"
            .write(toFile: root + "/cpu.stat", atomically: true, encoding: .utf8)
    }

    func testCountsOnlyWhatHappenedWhileTheBodyRan() throws {
        try writeStat(periods: 100, throttled: 40, nanoseconds: 400_000_000)
        let meter = ThrottlingMeter(statFile: "/cpu.stat", cgroup: CgroupCPU(root: root))
        let (value, throttling) = try meter.measure { () throws -> Int in
            try writeStat(periods: 130, throttled: 52, nanoseconds: 520_000_000)
            return 7
        }
        XCTAssertEqual(value, 7)
        XCTAssertEqual(throttling?.periods, 30)
        XCTAssertEqual(throttling?.throttledPeriods, 12)
        XCTAssertEqual(throttling?.throttledSeconds ?? 0, 0.12, accuracy: 1e-9)
        // A later section that never ran out of quota reads as unthrottled.
        let (_, quiet) = meter.measure { () }
        XCTAssertEqual(quiet.map(\.wasThrottled), false)
    }

    func testNoReadingWithoutAStatFile() {
        let meter = ThrottlingMeter(statFile: nil, cgroup: CgroupCPU(root: root))
        XCTAssertNil(meter.measure { 1 }.throttling)
        let unreadable = ThrottlingMeter(statFile: "/missing/cpu.stat", cgroup: CgroupCPU(root: root))
        XCTAssertNil(unreadable.measure { 1 }.throttling)
    }
}
