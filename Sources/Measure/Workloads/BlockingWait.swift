import Foundation

/// The I/O-bound work: a wait that blocks its thread (`nanosleep`) or only its task (`Task.sleep`).
enum BlockingWait {
    static func block(seconds: Double) {
        var request = timespec(tv_sec: Int(seconds), tv_nsec: Int((seconds - seconds.rounded(.down)) * 1e9))
        var remaining = timespec()
        while nanosleep(&request, &remaining) != 0, errno == EINTR {
            request = remaining
        }
    }

    /// Suspends the task; its thread is free meanwhile.
    static func suspend(seconds: Double) async {
        try? await Task.sleep(for: .nanoseconds(Int64(seconds * 1e9)))
    }
}
