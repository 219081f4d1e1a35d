/// The processes strategy's wire format: the parent writes one request line per task on a worker's stdin
/// and reads one reply line back from its stdout; EOF on stdin ends the worker. A compute request with a
/// trace gap is answered with a trace instead of task times (the core sweep). Plain text of integers
/// and one `Double` (Swift's shortest round-trip spelling), so the worker needs no Foundation.
///
///     request  <index> <traceGapNanoseconds or -> wait <seconds> | compute <iterations>
///     reply    T <index> <pid> <tid> <startNs> <endNs> <cpu,cpu,…>
///              S <pid> <tid> <startNs> <endNs> <voluntary> <involuntary> <cpu:startNs:endNs,…>
public struct WorkerRequest: Sendable, Equatable {
    public var index: Int
    public var job: TaskJob
    /// Trace the task's on-CPU slices, ending a slice at a clock gap longer than this.
    public var traceGapNanoseconds: Int64?

    public init(index: Int, job: TaskJob, traceGapNanoseconds: Int64? = nil) {
        self.index = index
        self.job = job
        self.traceGapNanoseconds = traceGapNanoseconds
    }
}

public enum WorkerReply: Sendable, Equatable {
    case task(TaskTimes)
    case trace(TracedTask)
}

public enum WorkerWire {
    // MARK: requests

    public static func encode(_ request: WorkerRequest) -> [UInt8] {
        let job: String
        switch request.job {
        case let .wait(seconds): job = "wait \(seconds)"
        case let .compute(iterations): job = "compute \(iterations)"
        }
        let gap = request.traceGapNanoseconds.map { "\($0)" } ?? "-"
        return Array("\(request.index) \(gap) \(job)\n".utf8)
    }

    /// Nil when the line is not a request.
    public static func decodeRequest(_ line: [UInt8]) -> WorkerRequest? {
        let fields = line.split(separator: 0x20, omittingEmptySubsequences: false)
        guard fields.count == 4, let index = integer(fields[0]) else { return nil }
        var gap: Int64?
        if fields[1].elementsEqual("-".utf8) { gap = nil } else {
            guard let value = integer(fields[1]) else { return nil }
            gap = Int64(value)
        }
        let kind = String(decoding: fields[2], as: UTF8.self)
        let argument = fields[3]
        let job: TaskJob
        switch kind {
        case "wait":
            guard let seconds = Double(String(decoding: argument, as: UTF8.self)) else { return nil }
            job = .wait(seconds: seconds)
        case "compute":
            guard let iterations = integer(argument) else { return nil }
            job = .compute(iterations: iterations)
        default: return nil
        }
        return WorkerRequest(index: index, job: job, traceGapNanoseconds: gap)
    }

    // MARK: replies

    public static func encode(_ reply: WorkerReply) -> [UInt8] {
        var text: String
        switch reply {
        case let .task(times):
            let cpus = times.cpus.map { "\($0)" }.joined(separator: ",")
            text = "T \(times.index) \(times.pid) \(times.tid) \(times.startNanoseconds) \(times.endNanoseconds) \(cpus)"
        case let .trace(task):
            let slices = task.slices.map { "\($0.cpu):\($0.startNanoseconds):\($0.endNanoseconds)" }.joined(separator: ",")
            text = "S \(task.pid) \(task.tid) \(task.startNanoseconds) \(task.endNanoseconds) "
                + "\(task.voluntarySwitches) \(task.involuntarySwitches) \(slices)"
        }
        text += "\n"
        return Array(text.utf8)
    }

    /// Nil when the line is not a reply.
    public static func decodeReply(_ line: [UInt8]) -> WorkerReply? {
        let fields = line.split(separator: 0x20, omittingEmptySubsequences: false)
        guard let kind = fields.first, kind.count == 1 else { return nil }
        let numbers = fields.dropFirst().dropLast().map(integer)
        guard numbers.allSatisfy({ $0 != nil }) else { return nil }
        let n = numbers.map { $0! }
        let list = fields.count > 1 ? fields[fields.count - 1].split(separator: 0x2C) : []
        switch kind.first {
        case UInt8(ascii: "T"):
            guard n.count == 5 else { return nil }
            let cpus = list.map(integer)
            guard cpus.allSatisfy({ $0 != nil }) else { return nil }
            return .task(TaskTimes(index: n[0], pid: Int32(truncatingIfNeeded: n[1]), tid: Int32(truncatingIfNeeded: n[2]),
                                   startNanoseconds: Int64(n[3]), endNanoseconds: Int64(n[4]), cpus: cpus.map { $0! }))
        case UInt8(ascii: "S"):
            guard n.count == 6 else { return nil }
            var slices: [RawSlice] = []
            slices.reserveCapacity(list.count)
            for item in list {
                let parts = item.split(separator: 0x3A).map(integer)
                guard parts.count == 3, let cpu = parts[0], let start = parts[1], let end = parts[2] else { return nil }
                slices.append(RawSlice(cpu: Int32(truncatingIfNeeded: cpu), startNanoseconds: Int64(start), endNanoseconds: Int64(end)))
            }
            return .trace(TracedTask(pid: Int32(truncatingIfNeeded: n[0]), tid: Int32(truncatingIfNeeded: n[1]),
                                     startNanoseconds: Int64(n[2]), endNanoseconds: Int64(n[3]), slices: slices,
                                     voluntarySwitches: n[4], involuntarySwitches: n[5]))
        default:
            return nil
        }
    }

    /// A decimal integer, optionally negative; nil for anything else or on overflow.
    static func integer<Bytes: Collection>(_ bytes: Bytes) -> Int? where Bytes.Element == UInt8 {
        var value = 0
        var negative = false
        var digits = 0
        for (position, byte) in bytes.enumerated() {
            if position == 0 && byte == UInt8(ascii: "-") { negative = true; continue }
            guard byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") else { return nil }
            let (times, overflow1) = value.multipliedReportingOverflow(by: 10)
            let (sum, overflow2) = times.addingReportingOverflow(Int(byte - UInt8(ascii: "0")))
            guard !overflow1 && !overflow2 else { return nil }
            value = sum
            digits += 1
        }
        guard digits > 0 else { return nil }
        return negative ? -value : value
    }
}
