import Foundation
import Results

extension PythonBenchmark {
    /// The script: for each library it can import, sizes one call to take the target time, then runs the
    /// tasks one after another and on one thread each, round after round, interleaved. Arguments: tasks,
    /// target seconds per task, rounds. Prints one JSON array of `PythonNativeRelease` objects.
    static let nativeReleaseScript = #"""
import hashlib, json, platform, sys, threading, time

TASKS, TARGET, ROUNDS = int(sys.argv[1]), float(sys.argv[2]), int(sys.argv[3])

def hashing():
    def make(size):
        return bytes(size)
    def task(buffer):
        hashlib.sha256(buffer).digest()  # releases the GIL for buffers over 2 KiB
    return "hashlib.sha256", make, task

def sorting():
    import numpy
    generator = numpy.random.default_rng(1)
    def make(size):
        return generator.random(size)
    def task(values):
        numpy.sort(values, kind="quicksort")  # a copy, sorted without the GIL
    return "numpy.sort", make, task

def sized(make, task):
    size = 1 << 16
    while True:
        data = make(size)
        start = time.perf_counter()
        task(data)
        took = time.perf_counter() - start
        if took > TARGET / 4:
            return max(1, int(size * TARGET / took))
        size *= 2

def sequential(task, inputs):
    start = time.perf_counter()
    for data in inputs:
        task(data)
    return time.perf_counter() - start

def threaded(task, inputs):
    gate = threading.Barrier(len(inputs) + 1)
    def run(data):
        gate.wait()
        task(data)
    threads = [threading.Thread(target=run, args=(data,)) for data in inputs]
    for thread in threads:
        thread.start()
    gate.wait()
    start = time.perf_counter()
    for thread in threads:
        thread.join()
    return time.perf_counter() - start

experiments = []
for library in (hashing, sorting):
    try:
        name, make, task = library()
    except ImportError:
        continue
    size = sized(make, task)
    inputs = [make(size) for _ in range(TASKS)]
    task(inputs[0])  # warm-up
    walls = {"sequential": [], "threads": []}
    for _ in range(ROUNDS):
        walls["sequential"].append(sequential(task, inputs))
        walls["threads"].append(threaded(task, inputs))
    gil = getattr(sys, "_is_gil_enabled", lambda: True)()
    experiments.append({"pythonVersion": platform.python_version(), "implementation": platform.python_implementation(),
                        "gilEnabled": gil, "library": name, "tasks": TASKS, "sizePerTask": size, "targetSeconds": TARGET,
                        "sequentialWallSeconds": walls["sequential"], "threadsWallSeconds": walls["threads"]})
print(json.dumps(experiments))
"""#

    /// Runs `nativeReleaseScript`: `tasks` tasks of `targetSeconds` each, `rounds` interleaved rounds.
    public static func runNativeRelease(python: String, tasks: Int, targetSeconds: Double, rounds: Int,
                                        timeoutSeconds: Double? = nil) throws -> [PythonNativeRelease] {
        precondition(tasks > 0 && rounds > 0 && targetSeconds > 0, "tasks, rounds and targetSeconds must be positive")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("concreport-python-\(UUID().uuidString)")
        let scriptURL = folder.appendingPathComponent("native_release.py")
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try nativeReleaseScript.write(to: scriptURL, atomically: true, encoding: .utf8)
        } catch {
            throw PythonBenchmarkError.couldNotStart(
                python: python, reason: "could not write its script to \(folder.path): \(error.localizedDescription)")
        }
        defer { try? FileManager.default.removeItem(at: folder) }
        // Not -I: NumPy may live in the user's site-packages.
        let expected = 2 * (1 + 2 * Double(tasks) * targetSeconds * Double(rounds))
        let outcome = try PythonChildProcess.run(
            executable: python, arguments: ["-s", scriptURL.path, "\(tasks)", "\(targetSeconds)", "\(rounds)"], in: folder,
            timeoutSeconds: timeoutSeconds ?? 10 * expected + 30)
        let stderr = String(decoding: outcome.stderr.suffix(2_000), as: UTF8.self)
        if let signal = outcome.signal { throw PythonBenchmarkError.killedBySignal(signal, stderr: stderr) }
        if let status = outcome.exitStatus, status != 0 { throw PythonBenchmarkError.exited(status: status, stderr: stderr) }
        let preview = String(decoding: outcome.stdout.prefix(400), as: UTF8.self)
        let experiments: [PythonNativeRelease]
        do {
            experiments = try JSONDecoder().decode([PythonNativeRelease].self, from: outcome.stdout)
        } catch {
            throw PythonBenchmarkError.badOutput(reason: "not the expected JSON: \(error)", stdout: preview)
        }
        guard !experiments.isEmpty, experiments.allSatisfy({
            $0.sequentialWallSeconds.count == rounds && $0.threadsWallSeconds.count == rounds
                && ($0.sequentialWallSeconds + $0.threadsWallSeconds).allSatisfy { $0 > 0 }
        }) else {
            throw PythonBenchmarkError.badOutput(reason: "expected \(rounds) positive times per variant", stdout: preview)
        }
        return experiments
    }
}
