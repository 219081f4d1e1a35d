import Foundation

/// One interpreter run with a time limit: stdout and stderr go to files (so a chatty child never
/// blocks on a full pipe), and nothing of its process group is left behind.
///
/// Spawned directly rather than with Foundation's `Process`, which on Linux learns of the exit only
/// once every process that inherited its internal socket has closed it: an orphaned pool worker
/// would hide the interpreter's exit until the time limit.
struct PythonChildProcess {
    /// How the child ended and what it wrote.
    struct Outcome {
        /// Exit status, or nil when a signal ended it.
        var exitStatus: Int32?
        /// The signal that ended it, if one did.
        var signal: Int32?
        var stdout: Data
        var stderr: Data
    }

    static func run(executable: String, arguments: [String], in folder: URL,
                    timeoutSeconds: Double) throws -> Outcome {
        let stdoutURL = folder.appendingPathComponent("stdout.json")
        let stderrURL = folder.appendingPathComponent("stderr.txt")
        let pid = try spawn(executable, arguments, stdout: stdoutURL.path, stderr: stderrURL.path)
        ChildProcesses.started(pid, leadsGroup: true)
        defer { ChildProcesses.reaping(pid) }
        guard let status = waitForExit(pid, timeoutSeconds: timeoutSeconds) else {
            _ = killGroup(ledBy: pid)
            _ = reap(pid, options: 0)
            throw PythonBenchmarkError.timedOut(seconds: timeoutSeconds, pid: pid)
        }
        // A crashed interpreter can leave pool workers behind in its group.
        _ = killGroup(ledBy: pid)
        let signal = status & 0x7f
        return Outcome(
            exitStatus: signal == 0 ? (status >> 8) & 0xff : nil,
            signal: signal == 0 ? nil : signal,
            stdout: (try? Data(contentsOf: stdoutURL)) ?? Data(),
            stderr: (try? Data(contentsOf: stderrURL)) ?? Data()
        )
    }

    /// Starts `executable` as the leader of a new process group, so one `kill(-pid)` reaches
    /// every pool worker it forks.
    private static func spawn(_ executable: String, _ arguments: [String],
                              stdout: String, stderr: String) throws -> pid_t {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        let flags = O_WRONLY | O_CREAT | O_TRUNC
        posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, stdout, flags, 0o644)
        posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, stderr, flags, 0o644)
        for fd in inheritableDescriptors() {
            posix_spawn_file_actions_addclose(&actions, fd)
        }

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP))
        posix_spawnattr_setpgroup(&attributes, 0)

        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid = pid_t()
        let result = posix_spawn(&pid, executable, &actions, &attributes, argv, environ)
        guard result == 0 else {
            throw PythonBenchmarkError.couldNotStart(python: executable, reason: String(cString: strerror(result)))
        }
        return pid
    }

    /// Open descriptors above stderr without close-on-exec: the child (and any worker it orphans)
    /// must not hold our pipes open.
    private static func inheritableDescriptors() -> [Int32] {
        let listed = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd")) ?? []
        return listed.compactMap { Int32($0) }.filter { fd in
            guard fd > STDERR_FILENO else { return false }
            let flags = fcntl(fd, F_GETFD)
            return flags != -1 && flags & FD_CLOEXEC == 0
        }
    }

    /// The raw wait status once `pid` exits, or nil if it still runs after `timeoutSeconds`.
    /// Polls every few milliseconds: Python times itself, so the latency costs nothing measured.
    private static func waitForExit(_ pid: pid_t, timeoutSeconds: Double) -> Int32? {
        let deadline = Date().addingTimeInterval(timeoutSeconds)
        while true {
            if let status = reap(pid, options: WNOHANG) { return status }
            if Date() >= deadline { return nil }
            usleep(2_000)
        }
    }

    /// `waitpid`, retried on EINTR; nil while the child still runs.
    private static func reap(_ pid: pid_t, options: Int32) -> Int32? {
        var status: Int32 = 0
        while true {
            let result = waitpid(pid, &status, options)
            if result == pid { return status }
            if result == -1 && errno == EINTR { continue }
            return nil
        }
    }

    private static func killGroup(ledBy pid: pid_t) -> Bool {
        kill(-pid, SIGKILL) == 0
    }
}
