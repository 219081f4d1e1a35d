import Foundation

/// Starts a detached OS thread with `pthread_create`, reporting failure: Foundation's `Thread.start()`
/// fails silently when the kernel refuses a thread (ulimit -u, pids.max), and whoever waits for the
/// thread then waits forever.
enum OSThread {
    /// The body and name a new thread runs, passed through `pthread_create`'s context pointer.
    private final class Start: Sendable {
        let name: String
        let body: @Sendable () -> Void
        init(name: String, body: @escaping @Sendable () -> Void) {
            self.name = name
            self.body = body
        }
    }

    /// Starts `body` on a new thread named `name`; throws
    /// `MeasureError.threadStartFailed` when the kernel refuses it.
    static func start(name: String, index: Int = 0, of count: Int = 1,
                      _ body: @escaping @Sendable () -> Void) throws(MeasureError) {
        let context = Unmanaged.passRetained(Start(name: name, body: body)).toOpaque()
        var thread = pthread_t()
        let code = pthread_create(&thread, nil, { context in
            let start = Unmanaged<Start>.fromOpaque(context!).takeRetainedValue()
            Thread.current.name = start.name
            start.body()
            return nil
        }, context)
        guard code == 0 else {
            Unmanaged<Start>.fromOpaque(context).release()
            throw .threadStartFailed(index: index, count: count, errno: code)
        }
        pthread_detach(thread)
    }
}
