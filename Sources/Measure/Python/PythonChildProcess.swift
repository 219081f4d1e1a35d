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
        let exited = waitForExit(pid, timeoutSeconds: timeoutSeconds)
        // Kill the whole group — everything on a timeout, or the pool workers a crashed interpreter left
        // behind — while the unreaped leader still holds the group id, then reap the leader.
        _ = killGroup(ledBy: pid)
        ChildProcesses.reaping(pid)
        let status = reap(pid)
        guard exited else { throw PythonBenchmarkError.timedOut(seconds: timeoutSeconds, pid: pid) }
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
    static func spawn(_ executable: String, _ arguments: [String],
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

    /// Whether `pid` exited within `timeoutSeconds`; it is left unreaped (a zombie keeps its pid and
    /// group id from being reused). Polls every few milliseconds: Python times itself, so the latency
    /// costs nothing measured.
    private static func waitForExit(_ pid: pid_t, timeoutSeconds: Double) -> Bool {
        let deadline = Date().addingTimeInterval(timeoutSeconds)
        while true {
            var info = siginfo_t()
            let result = waitid(P_PID, id_t(pid), &info, WEXITED | WNOHANG | WNOWAIT)
            if result == 0, info._sifields._sigchld.si_pid == pid { return true }
            if result == -1, errno != EINTR { return true }  // nothing to wait for: it is gone
            if Date() >= deadline { return false }
            usleep(2_000)
        }
    }

    /// `waitpid`, retried on EINTR: the raw wait status.
    static func reap(_ pid: pid_t) -> Int32 {
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0, errno == EINTR {}
        return status
    }

    static func killGroup(ledBy pid: pid_t) -> Bool {
        kill(-pid, SIGKILL) == 0
    }
}
