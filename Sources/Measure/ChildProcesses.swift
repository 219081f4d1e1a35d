import Foundation
import Synchronization

/// Every child process a run has started and not yet reaped, so that Ctrl-C or SIGTERM can end them all
/// before concreport exits: no worker, and no CPython pool worker, outlives an interrupted run.
public enum ChildProcesses {
    private struct Child: Hashable {
        var pid: pid_t
        /// The child leads its own process group (CPython, whose pool workers share it).
        var leadsGroup: Bool
    }

    private static let live = Mutex<Set<Child>>([])

    static func started(_ pid: pid_t, leadsGroup: Bool = false) {
        live.withLock { _ = $0.insert(Child(pid: pid, leadsGroup: leadsGroup)) }
    }

    /// Call right before reaping `pid`, so it is never signalled once its pid may be reused.
    static func reaping(_ pid: pid_t) {
        live.withLock { children in children = children.filter { $0.pid != pid } }
    }

    /// SIGKILLs every live child (its whole group where it leads one) and reaps it.
    public static func killAll() {
        let children = live.withLock { children -> Set<Child> in
            defer { children.removeAll() }
            return children
        }
        for child in children {
            kill(child.leadsGroup ? -child.pid : child.pid, SIGKILL)
        }
        for child in children {
            var status: Int32 = 0
            while waitpid(child.pid, &status, 0) < 0, errno == EINTR {}
        }
    }
}
