import Foundation

/// A blocking GET of the upstream on plain POSIX sockets, the analogue of the original post's `requests.get(url)`:
/// the calling thread waits in `connect` and `recv` until the whole answer has arrived.
enum BlockingGet {
    /// Returns whether a complete 200 answer arrived (the upstream closes the connection after it).
    static func get(port: Int) -> Bool {
        guard let answer = answer(port: port, path: "/") else { return false }
        return answer.starts(with: Array("HTTP/1.1 200".utf8)) || answer.starts(with: Array("HTTP/1.0 200".utf8))
    }

    /// The whole answer to `GET path` (head and body), read until the server closes; nil on any failure.
    static func answer(port: Int, path: String) -> [UInt8]? {
        guard let fd = connected(port: port) else { return nil }
        defer { close(fd) }
        let request = Array("GET \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n".utf8)
        guard request.withUnsafeBytes({ send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }) == request.count else { return nil }
        var buffer = [UInt8](repeating: 0, count: 4096)
        var received: [UInt8] = []
        while true {
            let count = buffer.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
            if count > 0 { received += buffer[0..<count]; continue }
            if count < 0, errno == EINTR { continue }
            return count == 0 && !received.isEmpty ? received : nil
        }
    }

    /// A blocking TCP socket connected to 127.0.0.1:`port` (close-on-exec; the caller closes it), or nil.
    static func connected(port: Int) -> Int32? {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard fd >= 0 else { return nil }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let result = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard result == 0 else {
            close(fd)
            return nil
        }
        return fd
    }
}
