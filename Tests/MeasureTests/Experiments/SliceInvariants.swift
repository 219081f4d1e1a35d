import XCTest
import Results

/// What every traced set of slices must satisfy, whatever the scheduler did.
enum SliceInvariants {
    /// Inside [0, wall], each slice start ≤ end, time-ordered overall, and per task time-ordered
    /// without overlap; task numbers within `tasks`.
    static func assertWellFormed(_ slices: [CPUSlice], wallSeconds: Double, tasks: Int,
                                 file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertFalse(slices.isEmpty, "no slices", file: file, line: line)
        for slice in slices {
            XCTAssertGreaterThanOrEqual(slice.startSeconds, 0, "\(slice)", file: file, line: line)
            XCTAssertLessThanOrEqual(slice.startSeconds, slice.endSeconds, "\(slice)", file: file, line: line)
            XCTAssertLessThanOrEqual(slice.endSeconds, wallSeconds, "\(slice) past the wall time", file: file, line: line)
            XCTAssertTrue((0..<tasks).contains(slice.task), "\(slice)", file: file, line: line)
        }
        XCTAssertEqual(slices.map(\.startSeconds), slices.map(\.startSeconds).sorted(), "not time-ordered",
                       file: file, line: line)
        for task in 0..<tasks {
            let own = slices.filter { $0.task == task }
            XCTAssertFalse(own.isEmpty, "task \(task) has no slice", file: file, line: line)
            for (earlier, later) in zip(own, own.dropFirst()) {
                XCTAssertLessThan(earlier.endSeconds, later.startSeconds, "task \(task) overlaps itself",
                                  file: file, line: line)
            }
        }
    }
}
