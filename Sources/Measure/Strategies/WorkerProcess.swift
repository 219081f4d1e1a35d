import Foundation
import Results
import Synchronization
import WorkerKernel

/// One worker process of the processes strategy: spawned with pipes on its stdin and stdout, asked for
/// one task at a time, reaped exactly once.
// @unchecked Sendable: only the worker's own parent thread calls `perform`/`finish`, which alone touch
// `output`, `pending` and `inputClosed`; `status` is behind a Mutex, and `stop()` only sends a signal, which is
// safe from any thread.
final class WorkerProcess: @unchecked Sendable {
    let pid: pid_t
    private let input: Int32
    private var output: LineReader
    private let status = Mutex<Int32?>(nil)

    private init(pid: pid_t, input: Int32, output: Int32) {
        self.pid = pid
        self.input = input
        self.output = LineReader(fileDescriptor: output)
    }

    /// `posix_spawn`s the worker executable (`concreport-worker`). Pipe ends are close-on-exec, so no other worker inherits them
    /// (an inherited write end would keep a dead worker's stdout open and hang the reader).
    static func spawn(executable: String, environment: WorkerEnvironment = WorkerEnvironment()) throws -> WorkerProcess {
        let toChild = try makePipe(executable)
        let fromChild: (read: Int32, write: Int32)
        do { fromChild = try makePipe(executable) } catch {
            close(toChild.read); close(toChild.write)
            throw error
        }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, toChild.read, 0)
        posix_spawn_file_actions_adddup2(&actions, fromChild.write, 1)

        var argv: [UnsafeMutablePointer<CChar>?] = [strdup(executable), nil]
        defer { free(argv[0]) }
        var pid: pid_t = 0
        let result = environment.withPointer { envp in
            // posix_spawn's envp is not const in C; it only reads it.
            posix_spawn(&pid, executable, &actions, nil, &argv, UnsafeMutablePointer(mutating: envp))
        }
        close(toChild.read)
        close(fromChild.write)
        guard result == 0 else {
            close(toChild.write)
            close(fromChild.read)
            throw MeasureError.spawnFailed(executable: executable, errno: result)
        }
        ChildProcesses.started(pid)
        return WorkerProcess(pid: pid, input: toChild.write, output: fromChild.read)
    }

    /// Sends one request and waits for the task's times; on EOF or a bad reply, reaps the worker and throws.
    func perform(_ request: WorkerRequest) throws -> TaskTimes {
        guard case let .task(times) = try exchange(request, named: "a task record") else {
            throw answeredWrongly(request, named: "a task record")
        }
        return times
    }

    /// Sends one request and waits for its record, times since `runner`'s origin.
    func perform(_ request: WorkerRequest, runner: TaskRunner) throws -> TaskRecord {
        runner.record(try perform(request))
    }

    /// Sends a traced compute request (`traceGapNanoseconds` set) and waits for its trace.
    func performTraced(_ request: WorkerRequest) throws -> TracedTask {
        guard case let .trace(task) = try exchange(request, named: "a task trace") else {
            throw answeredWrongly(request, named: "a task trace")
        }
        return task
    }

    private func exchange(_ request: WorkerRequest, named name: String) throws -> WorkerReply {
        try send(request)
        return try receive(named: name)
    }

    /// Writes one request; throws (having reaped the worker) when its pipe is gone.
    func send(_ request: WorkerRequest) throws {
        pending = request.index
        guard PipeIO.writeAll(input, WorkerWire.encode(request)) else {
            throw failure(task: request.index, reason: "it closed its pipe without answering")
        }
    }

    /// Reads the reply to the last request sent.
    func receive(named name: String) throws -> WorkerReply {
        guard let reply = output.nextLine() else {
            throw failure(task: pending, reason: "it closed its pipe without answering")
        }
        guard let decoded = WorkerWire.decodeReply(reply) else {
            stop()
            throw failure(task: pending, reason: "it answered with something other than \(name)")
        }
        return decoded
    }

    /// The index of the last request sent, for the error when its answer does not come.
    private var pending = -1

    private func answeredWrongly(_ request: WorkerRequest, named name: String) -> MeasureError {
        stop()
        return failure(task: request.index, reason: "it answered with something other than \(name)")
    }

    /// Closes the worker's stdin (it exits at EOF) and reaps it; returns the error if it did not exit cleanly.
    func finish() -> MeasureError? {
        closeInput()
        let status = reap()
        guard status != 0 else { return nil }
        return describe(status: status, task: -1, reason: "it failed after its last task")
    }

    /// SIGKILL, for stopping the pool after another worker failed or the run overran.
    func stop() {
        status.withLock { status in
            if status == nil { kill(pid, SIGKILL) }
        }
    }

    private var inputClosed = false

    private func closeInput() {
        guard !inputClosed else { return }
        inputClosed = true
        close(input)
    }

    /// waitpid once; later calls return the saved status.
    @discardableResult
    private func reap() -> Int32 {
        if let saved = status.withLock({ $0 }) { return saved }
        // Wait for the exit without reaping, then reap under the lock `stop()` takes: a pid is never
        // signalled after it was reaped (and possibly reused).
        var info = siginfo_t()
        while waitid(P_PID, id_t(pid), &info, WEXITED | WNOWAIT) < 0, errno == EINTR {}
        let raw = status.withLock { status -> Int32 in
            var raw: Int32 = 0
            ChildProcesses.reaping(pid)
            while waitpid(pid, &raw, 0) < 0, errno == EINTR {}
            status = raw
            return raw
        }
        close(output.fileDescriptor)
        return raw
    }

    private func failure(task: Int, reason: String) -> MeasureError {
        closeInput()
        return describe(status: reap(), task: task, reason: reason)
    }

    private func describe(status: Int32, task: Int, reason: String) -> MeasureError {
        // WIFSIGNALED / WTERMSIG / WEXITSTATUS are macros Swift cannot import.
        let signal = status & 0x7F
        if signal != 0 && signal != 0x7F { return .workerDied(pid: pid, signal: signal, task: task) }
        return .workerFailed(pid: pid, exitStatus: (status >> 8) & 0xFF, task: task, reason: reason)
    }

    private static func makePipe(_ executable: String) throws -> (read: Int32, write: Int32) {
        // Close-on-exec from the start: pools are spawned from two threads (`spawnPool`), so a pipe
        // flagged after its creation could leak into a worker spawned in between.
        switch Linux.closeOnExecPipe() {
        case let .success(fds): return fds
        case let .failure(error): throw MeasureError.spawnFailed(executable: executable, errno: error.code)
        }
    }
}
