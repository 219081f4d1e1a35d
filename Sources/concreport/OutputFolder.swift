import Foundation
import Measure

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

    /// Writes every file beside its final name first and renames them into place only when all were
    /// written, so a full disk or a failing file leaves every earlier file as it was.
    static func write(_ files: [(name: String, data: Data)], into folder: String) throws {
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw UsageError(description: "--out \(folder): cannot create it (\((error as NSError).localizedDescription))")
        }
        var staged: [(temporary: String, final: String)] = []
        defer { for file in staged { unlink(file.temporary) } }
        for file in files {
            let final = (folder as NSString).appendingPathComponent(file.name)
            staged.append((try stage(file.data, beside: final), final))
        }
        for file in staged where rename(file.temporary, file.final) != 0 {
            throw WriteError(place: file.final, errno: errno)
        }
        staged.removeAll()
    }

    static func writeAtomically(_ data: Data, to path: String) throws {
        let url = URL(fileURLWithPath: path)
        try write([(url.lastPathComponent, data)], into: url.deletingLastPathComponent().path)
    }

    /// `data` in a new file in `final`'s folder, flushed to the disk, whose path is returned; a failure
    /// removes it and names `final`, the file the user asked for.
    private static func stage(_ data: Data, beside final: String) throws -> String {
        var template = Array("\(final).XXXXXX".utf8CString)
        let descriptor = mkstemp(&template)
        guard descriptor >= 0 else { throw WriteError(place: final, errno: errno) }
        let temporary = template.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
        let written = FileDescriptorIO.writeAll(descriptor, data)
        let failure = written ? (fsync(descriptor) == 0 ? 0 : errno) : errno
        close(descriptor)
        guard failure == 0, fchmodPermissions(temporary) else {
            unlink(temporary)
            throw WriteError(place: final, errno: failure == 0 ? errno : failure)
        }
        return temporary
    }

    /// mkstemp makes 0600; a post, a page and results are for reading: 0644 less the umask.
    private static func fchmodPermissions(_ path: String) -> Bool {
        let mask = umask(0)
        umask(mask)
        return chmod(path, 0o644 & ~mask) == 0
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
