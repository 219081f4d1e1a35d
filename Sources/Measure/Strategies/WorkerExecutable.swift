import Foundation

/// Where the worker executable lives: `concreport-worker`, in the same folder as the running program's
/// own executable (`/proc/self/exe`, symlinks resolved), never found through PATH or a build folder, so
/// a concreport always runs the workers it was built and installed with.
public enum WorkerExecutable {
    public static let name = "concreport-worker"

    /// The worker beside `executable` (a path to concreport or concreport-bench).
    public static func beside(_ executable: String) -> String {
        URL(fileURLWithPath: executable).deletingLastPathComponent().appendingPathComponent(name).path
    }

    /// The worker beside this process's own executable.
    public static func besideThisProcess() -> String { beside(ownExecutable()) }

    /// This process's executable, from `/proc/self/exe` (the kernel's answer, already free of symlinks).
    public static func ownExecutable() -> String {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let count = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        guard count > 0 else { return CommandLine.arguments[0] }
        return String(decoding: buffer[..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// Throws `workerMissing` unless `path` is an executable file.
    public static func check(_ path: String) throws(MeasureError) {
        guard access(path, X_OK) == 0 else { throw .workerMissing(path: path) }
    }
}
