import Foundation

/// Writes files so that a failure never leaves one half-written: temporary file, then rename.
enum OutputFolder {
    static func checkWritable(_ path: String) throws {
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        if manager.fileExists(atPath: path, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else { throw UsageError(description: "--out \(path): exists and is not a directory") }
            guard manager.isWritableFile(atPath: path) else { throw UsageError(description: "--out \(path): directory is not writable") }
            return
        }
        let parent = URL(fileURLWithPath: path).deletingLastPathComponent().path
        guard manager.isWritableFile(atPath: parent.isEmpty ? "." : parent) else {
            throw UsageError(description: "--out \(path): cannot create it (parent not writable)")
        }
    }

    static func write(_ files: [(name: String, data: Data)], into folder: String) throws {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        for file in files {
            try writeAtomically(file.data, to: "\(folder)/\(file.name)")
        }
    }

    static func writeAtomically(_ data: Data, to path: String) throws {
        try data.write(to: URL(fileURLWithPath: path), options: .atomic)
    }
}
