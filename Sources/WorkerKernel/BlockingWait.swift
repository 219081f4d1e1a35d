import Glibc

/// The I/O-bound work: a wait that blocks its thread (`nanosleep`); async tasks sleep on their event
/// loop's timer instead (`OneThreadExecutor.sleep`).
public enum BlockingWait {
    public static func block(seconds: Double) {
        var request = timespec(tv_sec: Int(seconds), tv_nsec: Int((seconds - seconds.rounded(.down)) * 1e9))
        var remaining = timespec()
        while nanosleep(&request, &remaining) != 0, errno == EINTR {
            request = remaining
        }
    }
}
