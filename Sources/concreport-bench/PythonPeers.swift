import Foundation

/// CPython on the bench's scale figures, in the same run: N sleepers of `seconds` each with asyncio,
/// threading, and a multiprocessing pool started with fork or with spawn (the original post's executors).
enum PythonPeers {
    enum Kind: String {
        case asyncio, threads, fork, spawn
    }

    /// Wall seconds of each of `repetitions` runs.
    static func sleepers(python: String, kind: Kind, count: Int, seconds: Double, repetitions: Int) throws -> [Double] {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("concreport-bench-py-\(getpid())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let script = folder.appendingPathComponent("sleepers.py")
        try self.script.write(to: script, atomically: true, encoding: .utf8)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = ["-I", script.path, kind.rawValue, "\(count)", "\(seconds)", "\(repetitions)"]
        process.currentDirectoryURL = folder
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0,
              let walls = try? JSONDecoder().decode([Double].self, from: data), walls.count == repetitions else {
            throw BenchError.peerFailed("python3 \(kind.rawValue) \(count) sleepers: exit \(process.terminationStatus), \(String(decoding: data, as: UTF8.self))")
        }
        return walls
    }

    /// Each run starts its pool, runs the sleepers and shuts the pool down inside the timed region, as
    /// concreport's processes strategy counts spawning and reaping.
    static let script = #"""
import asyncio, concurrent.futures, json, multiprocessing, sys, threading, time

async def gather(n, s):
    await asyncio.gather(*(asyncio.sleep(s) for _ in range(n)))

def once(kind, n, s):
    start = time.perf_counter()
    if kind == "asyncio":
        asyncio.run(gather(n, s))
    elif kind == "threads":
        threads = [threading.Thread(target=time.sleep, args=(s,)) for _ in range(n)]
        for t in threads: t.start()
        for t in threads: t.join()
    else:
        context = multiprocessing.get_context(kind)
        with concurrent.futures.ProcessPoolExecutor(max_workers=n, mp_context=context) as pool:
            list(pool.map(time.sleep, [s] * n))
    return time.perf_counter() - start

if __name__ == "__main__":
    kind, n, s, reps = sys.argv[1], int(sys.argv[2]), float(sys.argv[3]), int(sys.argv[4])
    print(json.dumps([once(kind, n, s) for _ in range(reps)]))
"""#
}

enum BenchError: Error, CustomStringConvertible {
    case peerFailed(String)
    case commandFailed(String)

    var description: String {
        switch self {
        case let .peerFailed(text): return "a CPython peer failed: \(text)"
        case let .commandFailed(text): return "\(text) failed"
        }
    }
}
