import Foundation

/// Runs headless Chromium once on a local page and returns the DOM it ends with.
struct HeadlessChromium: Sendable {
    let executable: URL

    /// The first Chromium found on `PATH`, or nil.
    static func find() -> HeadlessChromium? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for directory in path.split(separator: ":") {
            for name in ["chromium", "chromium-browser"] {
                let candidate = URL(fileURLWithPath: String(directory)).appendingPathComponent(name)
                if FileManager.default.isExecutableFile(atPath: candidate.path) {
                    return HeadlessChromium(executable: candidate)
                }
            }
        }
        return nil
    }

    /// Loads `page` and dumps its DOM once scripts have gone idle or 20 s of virtual time have passed;
    /// virtual time lets timers fire without real waiting.
    func dumpDOM(of page: URL, timeout: DispatchTimeInterval = .seconds(90)) throws -> String {
        let scratch = FileManager.default.temporaryDirectory
            .appendingPathComponent("concreport-chromium-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let stdoutFile = scratch.appendingPathComponent("dom.html")
        let stderrFile = scratch.appendingPathComponent("stderr.txt")
        try Data().write(to: stdoutFile)
        try Data().write(to: stderrFile)

        let process = Process()
        process.executableURL = executable
        process.arguments = [
            "--headless", "--no-sandbox", "--disable-gpu", "--virtual-time-budget=20000",
            "--user-data-dir=\(scratch.appendingPathComponent("profile").path)",
            "--dump-dom", page.absoluteString,
        ]
        // Files, not pipes: Chromium logs a lot to stderr and a full pipe would stall it.
        let stdoutHandle = try FileHandle(forWritingTo: stdoutFile)
        let stderrHandle = try FileHandle(forWritingTo: stderrFile)
        defer {
            try? stdoutHandle.close()
            try? stderrHandle.close()
        }
        process.standardOutput = stdoutHandle
        process.standardError = stderrHandle
        process.standardInput = FileHandle.nullDevice
        let exited = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in exited.signal() }
        try process.run()
        if exited.wait(timeout: .now() + timeout) == .timedOut {
            process.terminate()
            exited.wait()
            throw BrowserError.timedOut(page: page.path)
        }
        let dom = (try? String(contentsOf: stdoutFile, encoding: .utf8)) ?? ""
        guard process.terminationStatus == 0, !dom.isEmpty else {
            let log = (try? String(contentsOf: stderrFile, encoding: .utf8)) ?? ""
            throw BrowserError.chromiumFailed(status: process.terminationStatus, log: String(log.suffix(2000)))
        }
        return dom
    }
}
