import Foundation
import XCTest
import Results

final class SettingsTests: XCTestCase {
    func testSeedSizesTheExperiments() {
        let full = Settings.originalPost(quick: false)
        XCTAssertEqual([full.timelineTaskSeconds, full.gatherWaitSeconds, full.demoTaskSeconds, full.sweepTaskSeconds],
                       [0.04, 2, 0.2, 0.16])
        XCTAssertEqual([full.gatherTasks, full.demoProcesses], [3, 4])
        let quick = Settings.originalPost(quick: true)
        XCTAssertEqual([quick.timelineTaskSeconds, quick.gatherWaitSeconds, quick.demoTaskSeconds, quick.sweepTaskSeconds],
                       [0.02, 0.2, 0.05, 0.02])
    }

    func testSettingsRoundTrip() throws {
        var settings = Settings.originalPost(quick: true)
        settings.gatherTasks = 5
        settings.sweepTaskSeconds = 0.5
        XCTAssertEqual(try JSONDecoder().decode(Settings.self, from: JSONEncoder().encode(settings)), settings)
    }

    func testAFileWithoutExperimentSettingsGetsTheSeedValues() throws {
        let old = """
        {"quick":true,"ioTasks":10,"ioWaitSeconds":0.1,"ioThreads":10,"cpuTasks":4,"cpuWorkers":2,
         "cpuTaskTargetSeconds":0.05,"repetitions":3,"warmupRuns":1,"switchIntervalSeconds":0.005}
        """
        let settings = try JSONDecoder().decode(Settings.self, from: Data(old.utf8))
        var expected = Settings.originalPost(quick: true)
        expected.cpuWorkers = 2
        expected.cpuTaskTargetSeconds = 0.05
        expected.timeBudgetSeconds = nil  // such a file fixed its repetitions
        XCTAssertEqual(settings, expected)
    }
}
