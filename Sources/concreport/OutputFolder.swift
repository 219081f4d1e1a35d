import Foundation

/// Writes files so that a failure never leaves one half-written: temporary file, then rename.
enum OutputFolder {
    /// Fails now, before anything is measured, when `path` could not be created or written as a folder.
    static func checkWritable(_ path: String, flag: String = "--out") throws {
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        if manager.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue {
            throw UsageError(description: "\(flag) \(path): exists and is not a directory")
        }
        try probe(nearestExisting(path), for: path, flag: flag)
    }

    /// Fails now when a file could not be written at `path` (its folder missing, not a folder, or read-only).
    static func checkWritableFile(_ path: String, flag: String) throws {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw UsageError(description: "\(flag) \(path): is a directory, not a file")
        }
        let parent = URL(fileURLWithPath: path).deletingLastPathComponent().path
        guard FileManager.default.fileExists(atPath: parent, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw UsageError(description: "\(flag) \(path): the folder \(parent) does not exist")
        }
        try probe(parent, for: path, flag: flag)
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

    /// The path itself or its closest ancestor that exists.
    private static func nearestExisting(_ path: String) -> String {
        var url = URL(fileURLWithPath: path).standardizedFileURL
        while !FileManager.default.fileExists(atPath: url.path), url.path != "/" {
            url.deleteLastPathComponent()
        }
        return url.path
    }

    /// Creates and removes a scratch folder in `folder`: permission bits alone do not tell (root passes
    /// every check; /proc and read-only mounts refuse anyway).
    private static func probe(_ folder: String, for path: String, flag: String) throws {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw UsageError(description: "\(flag) \(path): cannot create it, \(folder) is not a directory")
        }
        let scratch = (folder as NSString).appendingPathComponent(".concreport-probe-\(getpid())")
        guard mkdir(scratch, 0o700) == 0 else {
            let reason = String(cString: strerror(errno))
            throw UsageError(description: "\(flag) \(path): cannot write in \(folder) (\(reason)); choose a writable folder")
        }
        rmdir(scratch)
    }
}
