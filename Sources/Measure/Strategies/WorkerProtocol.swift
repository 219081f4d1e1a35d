import Foundation
import WorkerKernel

// The wire format between concreport and its worker processes is `WorkerWire`
// (Sources/WorkerKernel/WorkerWire.swift), shared with the lean worker executable.

public enum FileDescriptorIO {
    /// Writes every byte; false on an error such as EPIPE (the reader is gone).
    @discardableResult
    public static func writeAll(_ fileDescriptor: Int32, _ data: Data) -> Bool {
        data.withUnsafeBytes { PipeIO.writeAll(fileDescriptor, $0) }
    }
}
