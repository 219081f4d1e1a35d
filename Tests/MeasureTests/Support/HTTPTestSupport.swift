import Foundation
@testable import Measure
import NIOCore
import NIOEmbedded

/// Helpers for the server's handler tests (Tests/MeasureTests/Server): HTTP/1.1 as text in and out of an
/// `EmbeddedChannel`, a future's result on an `EmbeddedEventLoop`, a port that refuses connections, and a
/// blocking HTTP exchange that reads an answer by its content-length.
extension EmbeddedChannel {
    /// Makes the channel active, as an accepted or connected socket is (`channelActive` fires).
    func activate() throws {
        try connect(to: SocketAddress(ipAddress: "127.0.0.1", port: 1)).wait()
    }

    /// Feeds `text` to the pipeline as bytes read from the socket.
    func writeInbound(text: String) throws {
        try writeInbound(ByteBuffer(string: text))
    }

    /// Everything the pipeline has written to the socket so far, as text ("" when nothing).
    func outboundText() throws -> String {
        var text = ""
        while let buffer = try readOutbound(as: ByteBuffer.self) { text += String(buffer: buffer) }
        return text
    }
}

/// The future's result if it has completed, nil if not; only for futures of an `EmbeddedEventLoop`, read on
/// its thread (a completed future runs the callback at once).
func completedResult<Value>(of future: EventLoopFuture<Value>) -> Result<Value, any Error>? {
    var result: Result<Value, any Error>?
    future.assumeIsolated().whenComplete { result = $0 }
    return result
}

/// A port that accepts one connection, reads the request, writes `answer` and closes: a server that answers
/// whatever it is asked with one fixed reply (a 500, say).
final class OneAnswerServer {
    let port: Int
    private let fd: Int32
    private let thread: Thread

    init(answer: String) throws {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard fd >= 0 else { throw POSIXError(.EMFILE) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, length) == 0 && getsockname(fd, $0, &length) == 0 }
        }
        guard bound, listen(fd, 1) == 0 else {
            close(fd)
            throw POSIXError(.EADDRINUSE)
        }
        self.fd = fd
        port = Int(UInt16(bigEndian: address.sin_port))
        thread = Thread {
            let client = accept(fd, nil, nil)
            guard client >= 0 else { return }
            var buffer = [UInt8](repeating: 0, count: 4096)
            _ = buffer.withUnsafeMutableBytes { recv(client, $0.baseAddress, $0.count, 0) }
            let bytes = Array(answer.utf8)
            _ = bytes.withUnsafeBytes { send(client, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            close(client)
        }
        thread.start()
    }

    deinit { close(fd) }
}

/// A TCP port on 127.0.0.1 that refuses every connection while this lives: bound, so no one else takes it,
/// but not listening.
final class RefusingPort {
    let port: Int
    private let fd: Int32

    init() throws {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard fd >= 0 else { throw POSIXError(.EMFILE) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, length) == 0 && getsockname(fd, $0, &length) == 0 }
        }
        guard bound else {
            close(fd)
            throw POSIXError(.EADDRINUSE)
        }
        self.fd = fd
        port = Int(UInt16(bigEndian: address.sin_port))
    }

    deinit { close(fd) }
}

/// One HTTP/1.1 exchange on a fresh connection to 127.0.0.1, on plain blocking sockets: sends `request` and
/// reads the answer's head and then as many body bytes as its content-length says (or until the server
/// closes), so an answer that leaves the connection open is read as well as one that closes it.
enum HTTPExchange {
    /// The whole answer as text; nil if the connection failed or nothing complete came back within 30 s.
    static func answer(port: Int, request: String) -> String? {
        guard let fd = BlockingGet.connected(port: port) else { return nil }
        defer { close(fd) }
        var timeout = timeval(tv_sec: 30, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        let bytes = Array(request.utf8)
        guard bytes.withUnsafeBytes({ send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }) == bytes.count else { return nil }
        var received: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            if let expected = expectedLength(of: received), received.count >= expected { break }
            let count = buffer.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
            if count > 0 { received += buffer[0..<count]; continue }
            if count < 0, errno == EINTR { continue }
            guard count == 0, !received.isEmpty else { return nil }
            break
        }
        return String(decoding: received, as: UTF8.self)
    }

    /// Head plus content-length, once the head is complete and has one.
    private static func expectedLength(of received: [UInt8]) -> Int? {
        let text = String(decoding: received, as: UTF8.self)
        guard let end = text.range(of: "\r\n\r\n") else { return nil }
        let head = text[..<end.lowerBound]
        for line in head.split(separator: "\r\n") {
            let parts = line.split(separator: ":", maxSplits: 1)
            if parts.count == 2, parts[0].lowercased() == "content-length",
               let length = Int(parts[1].trimmingCharacters(in: .whitespaces)) {
                return text.utf8.distance(from: text.startIndex, to: end.upperBound) + length
            }
        }
        return nil
    }
}
