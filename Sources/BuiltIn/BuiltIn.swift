/// What this executable carries inside it, so that a copied binary needs no files beside it but its
/// worker: the shipped templates, the Python scripts it runs in CPython, and the facts of its own build.
/// All are generated from the checkout at build time by `Plugins/EmbedBuildFacts`.
public enum BuiltIn {
    /// The shipped templates of one language, in file-name order, each named by its path in the repository
    /// so that messages point at the file to edit: the post (`templates/<language>/*.md`), or with
    /// `folder` a set beside it (`templates/<language>/companion/*.md`).
    public static func templates(language: String, folder: String? = nil) -> [(name: String, text: String)] {
        let prefix = language + "/" + (folder.map { $0 + "/" } ?? "")
        return embeddedTemplates
            .filter { $0.path.hasPrefix(prefix) && !$0.path.dropFirst(prefix.count).contains("/") }
            .map { (name: "templates/" + $0.path, text: $0.text) }
    }

    /// The text of `python/<name>` (e.g. "convoy.py") as it was when the executable was built, or nil when
    /// there was no such file.
    public static func pythonScript(named name: String) -> String? {
        embeddedPythonScripts.first { $0.path == name }?.text
    }

    /// The names of every script in `python/`, in file-name order.
    public static var pythonScriptNames: [String] { embeddedPythonScripts.map(\.path) }

    /// The commit the executable was built from (12 hex digits, `-dirty` with uncommitted changes), or
    /// "unknown" when it was built outside a git checkout.
    public static let commit = embeddedCommit

    /// The Swift compiler that built it, e.g. "6.3.1 (swift-6.3.1-RELEASE)".
    public static let swiftVersion = embeddedSwiftVersion

    /// The swift-nio release it was built with, as the build resolved it (`Package.swift`, `Package.resolved`):
    /// e.g. "2.101.3".
    public static let swiftNIOVersion = embeddedSwiftNIOVersion
}

extension BuiltIn {
    /// The Python scripts concreport runs in a real interpreter, each a file in `python/` that also runs on its
    /// own (`python3 python/convoy.py` prints its usage).
    public enum PythonScript: String, CaseIterable, Sendable {
        /// The original post's CPU-bound experiment: sequential, threads and processes (`PythonBenchmark.run`).
        case cpuBound = "cpu_bound.py"
        /// The convoy effect beside 0, 1 and 2 CPU-bound threads (`PythonBenchmark.runConvoy`).
        case convoy = "convoy.py"
        /// Native code releasing the GIL: hashlib, and NumPy when installed (`PythonBenchmark.runNativeRelease`).
        case nativeRelease = "native_release.py"
        /// The original post's FastAPI app under uvicorn (`PythonServerMeasurement`). It keeps its file name
        /// wherever it is written: uvicorn's worker processes import it by that name (its `uvicorn.Config`).
        case fastAPIApp = "fastapi_app.py"
        /// `make bench`'s CPython peers on the scale figures: many sleepers at once (`concreport-bench`).
        case sleepers = "sleepers.py"

        /// The file's name, in `python/` and wherever it is written to run.
        public var fileName: String { rawValue }

        /// The script's text, as `python/<fileName>` was at build time.
        public var text: String {
            guard let text = BuiltIn.pythonScript(named: rawValue) else {
                preconditionFailure("python/\(rawValue) was not embedded: the build had no such file")
            }
            return text
        }
    }
}
