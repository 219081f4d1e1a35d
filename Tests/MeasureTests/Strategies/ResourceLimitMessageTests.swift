import Foundation
import Synchronization
import XCTest
@testable import Measure

/// When the kernel refuses a thread or a process (EAGAIN: ulimit -u, pids.max, or no memory for a stack
/// under ulimit -v), the message names both limits with their values. (The refusal itself is provoked end to end in EndToEndTests' ResourceLimitTests.)
final class ResourceLimitMessageTests: XCTestCase {
    func testARefusedThreadNamesTheLimit() {
        let message = "\(MeasureError.threadStartFailed(index: 11, count: 64, errno: EAGAIN))"
        XCTAssertTrue(message.hasPrefix("could not start a thread (thread 12 of 64): the kernel refused for lack of threads or memory (EAGAIN"), message)
        XCTAssertTrue(message.contains("ulimit -u, now \(ResourceLimits.describe(.processes))"), message)
        XCTAssertTrue(message.contains("ulimit -v, now \(ResourceLimits.describe(.addressSpace))"), message)
        XCTAssertTrue(message.contains("--io-tasks"), message)
    }

    func testARefusedProcessNamesTheLimit() {
        let message = "\(MeasureError.spawnFailed(executable: "/bin/concreport", errno: EAGAIN))"
        XCTAssertTrue(message.hasPrefix("could not start a worker process (/bin/concreport): the kernel refused for lack of threads or memory"), message)
        XCTAssertTrue(message.contains("ulimit -u") && message.contains("ulimit -v"), message)
    }

    func testLimitsAreDescribedAsUlimitShowsThem() {
        var limit = rlimit()
        XCTAssertEqual(getrlimit(__rlimit_resource_t(RLIMIT_AS.rawValue), &limit), 0)
        let expected = limit.rlim_cur == rlim_t.max ? "unlimited" : "\(limit.rlim_cur / 1024) KiB"
        XCTAssertEqual(ResourceLimits.describe(.addressSpace), expected)
    }

    func testRunningOutOfFileDescriptorsNamesThatLimit() {
        let message = "\(MeasureError.spawnFailed(executable: "/bin/concreport", errno: EMFILE))"
        XCTAssertTrue(message.contains("too many open files"), message)
        XCTAssertTrue(message.contains("ulimit -n"), message)
    }

    func testOtherErrorsKeepTheirOwnReason() {
        XCTAssertTrue("\(MeasureError.spawnFailed(executable: "/x", errno: ENOENT))".contains("No such file or directory"))
        XCTAssertFalse("\(MeasureError.threadStartFailed(index: 0, count: 1, errno: EINVAL))".contains("ulimit"))
    }

    func testEveryThreadRunsWhenTheyCanAllStart() throws {
        let ran = Mutex(Set<Int>())
        try WorkerThreads.run(count: 5) { index in ran.withLock { _ = $0.insert(index) } }
        XCTAssertEqual(ran.withLock { $0 }, [0, 1, 2, 3, 4])
    }
}
