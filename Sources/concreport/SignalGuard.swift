import Foundation
import Measure
import Synchronization

/// An interrupted run: nothing is printed on stdout and the shell sees 128 + signal.
struct Interrupted: CustomStringConvertible {
    let signal: Int32
    var exitStatus: Int32 { 128 + signal }
    var description: String { "interrupted by signal \(signal); no report written" }
}

/// Ctrl-C and SIGTERM end the run at once: every child process is killed and reaped, threads die with
/// the process, and outputs are written only at the end, atomically, so nothing partial is left behind.
/// (Workers also ask the kernel for SIGKILL when their parent exits, for when concreport is killed.)
enum SignalGuard {
    // Written once, from the main thread, before measuring starts; kept only so the sources stay alive.
    nonisolated(unsafe) private static var sources: [DispatchSourceSignal] = []
    private static let received = Atomic<Int32>(0)

    /// Whether a signal is being handled. Killing the workers makes the measurement fail, so the main
    /// thread must then leave the exit to the handler instead of reporting that failure.
    static var isInterrupted: Bool { received.load(ordering: .acquiring) != 0 }

    static func install() {
        for signo in [SIGINT, SIGTERM] {
            signal(signo, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: signo, queue: .global())
            source.setEventHandler {
                guard received.compareExchange(expected: 0, desired: signo, ordering: .acquiringAndReleasing).exchanged else { return }
                let interrupted = Interrupted(signal: signo)
                Console.err("\nconcreport: \(interrupted)\n")
                ChildProcesses.killAll()
                _exit(interrupted.exitStatus)
            }
            source.resume()
            sources.append(source)
        }
    }

    /// Called on a failure: if a signal caused it, wait for the handler to end the process.
    static func yieldToHandlerIfInterrupted() {
        guard isInterrupted else { return }
        while true { pause() }
    }
}
