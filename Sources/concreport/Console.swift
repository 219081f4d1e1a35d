import Foundation
import Measure

/// stdout and stderr without Foundation's `FileHandle.write`, which traps when the reader is gone
/// (`concreport --format json | head -1`): the measuring half ignores SIGPIPE so that a dead worker
/// shows up as EPIPE, which would otherwise turn a closed pipe into a crash.
enum Console {
    /// The report. A reader that went away ends the program as SIGPIPE would have: status 141.
    static func out(_ data: Data) {
        guard FileDescriptorIO.writeAll(STDOUT_FILENO, data) else { exit(128 + SIGPIPE) }
    }

    static func out(_ text: String) { out(Data(text.utf8)) }

    /// Progress, warnings and errors; lost silently if stderr is closed.
    static func err(_ text: String) { FileDescriptorIO.writeAll(STDERR_FILENO, Data(text.utf8)) }
}
