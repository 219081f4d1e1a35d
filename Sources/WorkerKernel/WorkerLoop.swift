import CLinux
import Glibc

/// A worker process's whole life (Sources/concreport-worker/main.swift): serves requests from stdin
/// until EOF, one reply line per request.
public enum WorkerLoop {
    /// Returns the exit status: 0 at EOF, 2 on a malformed request, 1 when stdout is gone.
    public static func run() -> Int32 {
        // A worker dies with concreport, even when concreport itself is killed with SIGKILL.
        _ = clinux_die_with_parent()
        var input = LineReader(fileDescriptor: 0)
        while let line = input.nextLine() {
            guard let request = WorkerWire.decodeRequest(line) else {
                PipeIO.writeAll(2, Array("concreport-worker: malformed request; this program is started by concreport itself\n".utf8))
                return 2
            }
            guard PipeIO.writeAll(1, WorkerWire.encode(reply(to: request))) else { return 1 }
        }
        return 0
    }

    /// Runs one request's task on the calling thread: a traced compute request is answered with its trace,
    /// any other with the task's times.
    public static func reply(to request: WorkerRequest) -> WorkerReply {
        if let gap = request.traceGapNanoseconds, case let .compute(iterations) = request.job {
            return .trace(TracedTask.run(iterations: iterations, gapThresholdNanoseconds: gap))
        }
        return .task(TaskTimes.perform(request.job, index: request.index))
    }
}
