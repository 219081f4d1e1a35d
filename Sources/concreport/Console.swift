import Foundation
import Measure

/// stdout and stderr without Foundation's `FileHandle.write`, which traps when the reader is gone
/// (`concreport --format json | head -1`): the measuring half ignores SIGPIPE so that a dead worker
/// shows up as EPIPE, which would otherwise turn a closed pipe into a crash.
enum Console {
    /// The report. A reader that went away ends the program as SIGPIPE would have: status 141; any other
    /// failure (a full disk behind `> post.md`) is an error naming its cause.
    static func out(_ data: Data) throws {
        guard FileDescriptorIO.writeAll(STDOUT_FILENO, data) else {
            if errno == EPIPE { exit(128 + SIGPIPE) }
            throw WriteError(place: WriteError.standardOutput, errno: errno)
        }
    }

    static func out(_ text: String) throws { try out(Data(text.utf8)) }

    /// Progress, warnings and errors; lost silently if stderr is closed.
    static func err(_ text: String) { FileDescriptorIO.writeAll(STDERR_FILENO, Data(text.utf8)) }
}
