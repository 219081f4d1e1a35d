/// A stretch a task spent on one CPU, in CLOCK_MONOTONIC nanoseconds. Sent by workers as a compact
/// `cpu:start:end` triple (`WorkerWire`).
public struct RawSlice: Sendable, Equatable {
    public var cpu: Int32
    public var startNanoseconds: Int64
    public var endNanoseconds: Int64

    public init(cpu: Int32, startNanoseconds: Int64, endNanoseconds: Int64) {
        self.cpu = cpu
        self.startNanoseconds = startNanoseconds
        self.endNanoseconds = endNanoseconds
    }
}

/// The gap detector: turns a busy task's clock readings, taken every few microseconds of work, into
/// on-CPU slices. Between two readings the task only computes, so a gap longer than the threshold means
/// it was off the CPU (preempted); a change of CPU starts a new slice too. A pure state machine: the
/// readings come from the caller, so tests feed it a synthetic clock.
///
/// The buffer is reserved up front and never grows, so recording allocates nothing in the hot loop;
/// once it is full, later readings extend the last slice (a slice needs a gap of at least the
/// threshold, so the default capacity covers seconds of preemption).
public struct SliceRecorder {
    public static let defaultCapacity = 1 << 15

    public let gapThresholdNanoseconds: Int64
    public private(set) var slices: [RawSlice]
    private let capacity: Int

    public init(gapThresholdNanoseconds: Int64, capacity: Int = SliceRecorder.defaultCapacity) {
        self.gapThresholdNanoseconds = gapThresholdNanoseconds
        self.capacity = max(1, capacity)
        slices = []
        slices.reserveCapacity(self.capacity)
    }

    /// One reading: the clock and the CPU the task is on now.
    public mutating func note(nanoseconds now: Int64, cpu: Int32) {
        let last = slices.count - 1
        guard last >= 0 else {
            slices.append(RawSlice(cpu: cpu, startNanoseconds: now, endNanoseconds: now))
            return
        }
        let continues = now - slices[last].endNanoseconds <= gapThresholdNanoseconds && cpu == slices[last].cpu
        if continues || slices.count == capacity {
            slices[last].endNanoseconds = now
        } else {
            slices.append(RawSlice(cpu: cpu, startNanoseconds: now, endNanoseconds: now))
        }
    }
}
