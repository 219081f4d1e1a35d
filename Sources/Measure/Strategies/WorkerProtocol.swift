import Foundation
import Results

/// The processes strategy's wire format: the parent writes one `WorkerRequest` JSON line per task on a
/// worker's stdin and reads one `TaskRecord` JSON line back from its stdout; EOF on stdin ends the worker.
/// A compute request with `traceGapSeconds` set is answered with a `TracedTask` line instead (the core
/// sweep); requests without it are unchanged.
struct WorkerRequest: Codable, Sendable, Equatable {
    var index: Int
    var job: TaskJob
    /// The run's origin on CLOCK_MONOTONIC, which every process on the machine shares.
    var originNanoseconds: Int64
    /// Trace the task's on-CPU slices, ending a slice at a clock gap longer than this.
    var traceGapSeconds: Double? = nil
}

/// The hidden `concreport worker` entry: serves requests from stdin until EOF.
public enum WorkerCommand {
    /// Returns the exit status: 0 at EOF, 2 on a malformed request, 1 when stdout is gone.
    public static func run() -> Int32 {
        Linux.dieWithParent()
        let decoder = JSONDecoder()
        let encoder = JSONEncoder()
        var input = LineReader(fileDescriptor: 0)
        while let line = input.nextLine() {
            guard let request = try? decoder.decode(WorkerRequest.self, from: line) else {
                FileDescriptorIO.writeAll(2, Data("concreport worker: malformed request; this command is started by concreport itself\n".utf8))
                return 2
            }
            let encoded: Data?
            if let gap = request.traceGapSeconds, case let .compute(iterations) = request.job {
                let traced = TracedTask.run(iterations: iterations, gapThresholdNanoseconds: Int64(gap * 1e9))
                encoded = try? encoder.encode(traced)
            } else {
                let record = TaskRunner(originNanoseconds: request.originNanoseconds).perform(request.job, index: request.index)
                encoded = try? encoder.encode(record)
            }
            guard var reply = encoded else { return 1 }
            reply.append(0x0A)
            guard FileDescriptorIO.writeAll(1, reply) else { return 1 }
        }
        return 0
    }
}

/// Reads newline-terminated lines from a file descriptor, without Foundation's buffering surprises.
struct LineReader {
    let fileDescriptor: Int32
    private var buffer: [UInt8] = []

    init(fileDescriptor: Int32) { self.fileDescriptor = fileDescriptor }

    /// The next line without its newline; nil at EOF or on a read error.
    mutating func nextLine() -> Data? {
        while true {
            if let newline = buffer.firstIndex(of: 0x0A) {
                let line = Data(buffer[..<newline])
                buffer.removeSubrange(...newline)
                return line
            }
            var chunk = [UInt8](repeating: 0, count: 4096)
            let count = chunk.withUnsafeMutableBytes { read(fileDescriptor, $0.baseAddress, $0.count) }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { return nil }
            buffer.append(contentsOf: chunk[..<count])
        }
    }
}

public enum FileDescriptorIO {
    /// Writes every byte; false on an error such as EPIPE (the reader is gone).
    @discardableResult
    public static func writeAll(_ fileDescriptor: Int32, _ data: Data) -> Bool {
        data.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let written = write(fileDescriptor, raw.baseAddress! + offset, raw.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return false
                }
                offset += written
            }
            return true
        }
    }
}
