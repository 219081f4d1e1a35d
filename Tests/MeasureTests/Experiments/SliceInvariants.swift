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

    /// Context switches the slices prove, per task: each time, between two of its slices, a whole slice of
    /// another task ran on the CPU the task had left. A traced task only computes and never blocks, so it
    /// left that CPU by being switched out while it could run, which the kernel counts as an involuntary
    /// switch. A lower bound: a preemption shorter than the gap threshold leaves no gap, and one during
    /// which no other traced task ran proves nothing (a virtual CPU may have been paused instead).
    static func switchesShown(_ slices: [CPUSlice]) -> Int {
        var count = 0
        for (task, own) in Dictionary(grouping: slices, by: \.task) {
            for (earlier, later) in zip(own, own.dropFirst()) {
                let othersRanThere = slices.contains {
                    $0.task != task && $0.cpu == earlier.cpu && $0.startSeconds > earlier.endSeconds && $0.endSeconds < later.startSeconds
                }
                if othersRanThere { count += 1 }
            }
        }
        return count
    }

    /// Times each task was seen on another CPU than at its previous slice, summed over the tasks.
    static func migrations(_ slices: [CPUSlice]) -> Int {
        Dictionary(grouping: slices, by: \.task).values.reduce(0) { sum, own in
            sum + zip(own, own.dropFirst()).filter { $0.cpu != $1.cpu }.count
        }
    }
}
