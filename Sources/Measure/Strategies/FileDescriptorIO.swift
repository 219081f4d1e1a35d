import Foundation
import WorkerKernel

/// Writes to a file descriptor without Foundation's `FileHandle`, which traps when the reader is gone.
public enum FileDescriptorIO {
    /// Writes every byte; false on an error such as EPIPE (the reader is gone).
    @discardableResult
    public static func writeAll(_ fileDescriptor: Int32, _ data: Data) -> Bool {
        data.withUnsafeBytes { PipeIO.writeAll(fileDescriptor, $0) }
    }
}
