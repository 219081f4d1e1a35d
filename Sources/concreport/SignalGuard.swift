import Foundation

/// An interrupted run: nothing is printed on stdout and the shell sees 128 + signal.
struct Interrupted: Error, CustomStringConvertible {
    let signal: Int32
    var exitStatus: Int32 { 128 + signal }
    var description: String { "interrupted by signal \(signal); no report written" }
}

/// Ctrl-C and SIGTERM end the run at once. Worker processes die with us (they ask the kernel for
/// SIGKILL when their parent exits), threads die with the process, and outputs are written only at the
/// end, atomically, so nothing partial is left behind.
enum SignalGuard {
    // Written once, from the main thread, before measuring starts; kept only so the sources stay alive.
    nonisolated(unsafe) private static var sources: [DispatchSourceSignal] = []

    static func install() {
        for signo in [SIGINT, SIGTERM] {
            signal(signo, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: signo, queue: .global())
            source.setEventHandler {
                let interrupted = Interrupted(signal: signo)
                FileHandle.standardError.write(Data("\nconcreport: \(interrupted)\n".utf8))
                _exit(interrupted.exitStatus)
            }
            source.resume()
            sources.append(source)
        }
    }
}
