import Foundation
import Results

/// Why a measurement failed, with what to do about it.
public enum MeasureError: Error, Equatable, CustomStringConvertible {
    /// A worker process was killed by a signal while running `task`.
    case workerDied(pid: Int32, signal: Int32, task: Int)
    /// A worker process exited or broke the protocol while running `task`.
    case workerFailed(pid: Int32, exitStatus: Int32?, task: Int, reason: String)
    /// The worker executable is not beside concreport (`WorkerExecutable`).
    case workerMissing(path: String)
    /// `posix_spawn` or `pipe` failed.
    case spawnFailed(executable: String, errno: Int32)
    /// The kernel refused to create thread `index` (0-based) of `count`; no task of the run had started.
    case threadStartFailed(index: Int, count: Int, errno: Int32)
    /// The CPU kernel could not be sized.
    case calibrationFailed(reason: String)
    /// A run overran its time limit; its workers were killed and reaped.
    case timedOut(strategy: StrategyID, workload: WorkloadID, limitSeconds: Double)
    /// A thread could not be pinned to a CPU of the affinity set.
    case pinningFailed(cpu: Int, errno: Int32)
    /// An experiment of the full post overran its time limit; its workers were killed and reaped.
    case experimentTimedOut(experiment: String, limitSeconds: Double)
    /// The convoy experiment's socketpair could not be made.
    case socketpairFailed(errno: Int32)
    /// The server section's server, upstream or load generator could not start or run.
    case serverFailed(reason: String)

    public var description: String {
        switch self {
        case let .workerDied(pid, signal, task):
            return "worker process \(pid) of the processes strategy was killed by signal \(signal) (\(signalName(signal))) while running task \(task); every other worker was stopped and reaped. Re-run; if it repeats, check memory limits and the system log (dmesg) for the killer"
        case let .workerFailed(pid, status, task, reason):
            let exit = status.map { " (exit status \($0))" } ?? ""
            return "worker process \(pid) of the processes strategy failed on task \(task)\(exit): \(reason). Check that the worker executable is this concreport build"
        case let .workerMissing(path):
            return "the worker executable \(path) is missing or not executable; it must sit beside concreport (swift build builds both). Copy it there and re-run"
        case let .spawnFailed(executable, code) where code == EAGAIN:
            return "could not start a worker process (\(executable)): \(Self.threadsOrMemory(code)). Raise the limit that binds or ask for fewer workers (--cpu-workers)"
        case let .spawnFailed(executable, code) where code == EMFILE || code == ENFILE:
            return "could not start a worker process (\(executable)): too many open files (errno \(code)); each worker needs two pipes. Raise the limit (ulimit -n) or ask for fewer workers (--io-tasks, --cpu-workers)"
        case let .spawnFailed(executable, code):
            return "cannot start worker process \(executable): \(String(cString: strerror(code))) (errno \(code)). Check the path exists and is executable, and the process limit (ulimit -u)"
        case let .threadStartFailed(index, count, code) where code == EAGAIN:
            return "could not start a thread (thread \(index + 1) of \(count)): \(Self.threadsOrMemory(code)). Raise the limit that binds or ask for fewer tasks (--io-tasks, --cpu-workers)"
        case let .threadStartFailed(index, count, code):
            return "could not start a thread (thread \(index + 1) of \(count)): \(String(cString: strerror(code))) (errno \(code))"
        case let .calibrationFailed(reason):
            return "cannot size the CPU-bound task: \(reason). Try a longer --cpu-target or a quieter machine"
        case let .timedOut(strategy, workload, limit):
            return "\(strategy.rawValue)/\(workload.rawValue) ran longer than its \(String(format: "%g", limit)) s limit and was stopped; the machine is overloaded or a worker hung. Re-run on a quieter machine"
        case let .pinningFailed(cpu, code):
            return "cannot pin a thread to CPU \(cpu): \(String(cString: strerror(code))) (errno \(code)). The CPU may have left this process's affinity set during the run; re-run"
        case let .socketpairFailed(code):
            return "cannot create the convoy experiment's socketpair: \(String(cString: strerror(code))) (errno \(code)). Raise the open-files limit (ulimit -n) and re-run"
        case let .serverFailed(reason):
            return "the server experiment failed: \(reason). Check that 127.0.0.1 accepts connections and the open-files limit (ulimit -n), then re-run"
        case let .experimentTimedOut(experiment, limit):
            return "the \(experiment) experiment ran longer than its \(String(format: "%g", limit)) s limit and was stopped; the machine is overloaded or a worker hung. Re-run on a quieter machine"
        }
    }

    /// EAGAIN from `pthread_create` or `posix_spawn`: the kernel had no thread or no memory to give, and
    /// only the user can tell which limit binds, so both are named with their values.
    private static func threadsOrMemory(_ code: Int32) -> String {
        "the kernel refused for lack of threads or memory (EAGAIN, errno \(code)): either this user's limit on processes and threads (ulimit -u, now \(ResourceLimits.describe(.processes)); a container's pids.max counts too) or the memory limit (ulimit -v, now \(ResourceLimits.describe(.addressSpace)); a thread's stack and a process's pages come out of it, and a container's memory.max counts too) was reached"
    }

    private func signalName(_ signal: Int32) -> String {
        switch signal {
        case SIGKILL: return "SIGKILL"
        case SIGTERM: return "SIGTERM"
        case SIGSEGV: return "SIGSEGV"
        case SIGABRT: return "SIGABRT"
        case SIGILL: return "SIGILL"
        case SIGBUS: return "SIGBUS"
        case SIGINT: return "SIGINT"
        default: return "signal \(signal)"
        }
    }
}
