import Glibc

/// Reads newline-terminated lines from a file descriptor, without Foundation's buffering surprises.
public struct LineReader {
    public let fileDescriptor: Int32
    private var buffer: [UInt8] = []
    private var start = 0

    public init(fileDescriptor: Int32) { self.fileDescriptor = fileDescriptor }

    /// The next line without its newline; nil at EOF or on a read error.
    public mutating func nextLine() -> [UInt8]? {
        var searched = start
        while true {
            if let newline = buffer[searched...].firstIndex(of: 0x0A) {
                let line = Array(buffer[start..<newline])
                start = newline + 1
                if start == buffer.count {
                    buffer.removeAll(keepingCapacity: true)
                    start = 0
                }
                return line
            }
            if start > 0 {
                buffer.removeSubrange(..<start)
                start = 0
            }
            searched = buffer.count
            let count = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 65_536) { chunk -> Int in
                let count = read(fileDescriptor, chunk.baseAddress, chunk.count)
                if count > 0 { buffer.append(contentsOf: chunk[..<count]) }
                return count
            }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { return nil }
        }
    }
}

/// Whole writes to a file descriptor.
public enum PipeIO {
    /// Writes every byte; false on an error such as EPIPE (the reader is gone).
    @discardableResult
    public static func writeAll(_ fileDescriptor: Int32, _ bytes: UnsafeRawBufferPointer) -> Bool {
        var offset = 0
        while offset < bytes.count {
            let written = write(fileDescriptor, bytes.baseAddress! + offset, bytes.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                return false
            }
            offset += written
        }
        return true
    }

    @discardableResult
    public static func writeAll(_ fileDescriptor: Int32, _ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBytes { writeAll(fileDescriptor, $0) }
    }
}
