import XCTest
import Results

final class ProcessDemoTests: XCTestCase {
    func testTaskFiguresComeFromTheirOwnRuns() {
        // Four tasks of 0.2 s on two cores: in parallel each took twice as long as alone.
        let tasks = (0..<4).map {
            TaskRecord(index: $0, pid: 100 + Int32($0), tid: 100 + Int32($0), startSeconds: 0.01,
                       endSeconds: 0.01 + ($0 == 3 ? 0.5 : 0.4), cpus: [$0 % 2])
        }
        let demo = ProcessDemo(processes: 4, run: Run(wallSeconds: 0.52, cpuSeconds: 0.8, voluntarySwitches: 0,
                                                      involuntarySwitches: 40, tasks: tasks),
                               sequentialWallSeconds: 0.8)
        XCTAssertEqual(demo.sequentialTaskSeconds, 0.2, accuracy: 1e-12)
        XCTAssertEqual(ProcessDemo(processes: 0, run: Run(wallSeconds: 0, cpuSeconds: 0, voluntarySwitches: 0,
                                                          involuntarySwitches: 0, tasks: []),
                                   sequentialWallSeconds: 0).sequentialTaskSeconds, 0)
    }
}
