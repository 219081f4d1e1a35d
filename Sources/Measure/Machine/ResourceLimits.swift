import Foundation

/// This process's resource limits, as an error message names them: `EAGAIN` from `pthread_create` or
/// `posix_spawn` means either limit was reached, and only the user can tell which one binds.
public enum ResourceLimits {
    public enum Limit {
        /// RLIMIT_NPROC: processes and threads of this user (`ulimit -u`).
        case processes
        /// RLIMIT_AS: this process's address space (`ulimit -v`), which every thread's stack takes from.
        case addressSpace
    }

    /// The limit's current soft value in the words `ulimit` uses: "unlimited", "4096" (processes) or
    /// "300000 KiB" (address space).
    public static func describe(_ limit: Limit) -> String {
        var value = rlimit()
        let resource: __rlimit_resource_t
        switch limit {
        case .processes: resource = __rlimit_resource_t(__RLIMIT_NPROC.rawValue)
        case .addressSpace: resource = __rlimit_resource_t(RLIMIT_AS.rawValue)
        }
        guard getrlimit(resource, &value) == 0 else { return "unknown" }
        guard value.rlim_cur != rlim_t.max else { return "unlimited" }
        switch limit {
        case .processes: return "\(value.rlim_cur)"
        case .addressSpace: return "\(value.rlim_cur / 1024) KiB"
        }
    }
}
