import Foundation

/// A file or stdout that could not be written: the place and the kernel's reason (`ENOSPC`: "no space
/// left on device").
struct WriteError: Error, CustomStringConvertible {
    /// The file, or "standard output".
    let place: String
    let errno: Int32

    static let standardOutput = "standard output"

    var description: String {
        let reason = String(cString: strerror(errno))
        let kept = place == Self.standardOutput ? "" : "; no file was replaced"
        return "cannot write \(place): \(reason.prefix(1).lowercased() + reason.dropFirst()) (errno \(errno))\(kept)"
    }
}
