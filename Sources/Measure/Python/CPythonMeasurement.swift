import Foundation
import Results

/// Everything measured in CPython itself, after concreport's own run: the original post's CPU-bound experiment, the
/// convoy, native code releasing the GIL, and the original post's FastAPI app. It runs by default when a python3
/// is on PATH; when it cannot, `Results.pythonNotMeasured` says why, and concreport's own figures stand.
public struct CPythonMeasurement {
    /// Whether a failure of one part ends the run (`--compare-python` asked for CPython explicitly) or is
    /// recorded and the run goes on (the default).
    public var required: Bool
    let progress: (String) -> Void

    public init(required: Bool, progress: @escaping (String) -> Void) {
        self.required = required
        self.progress = progress
    }

    /// Adds CPython's figures to `results`, each part's throttling beside the others'.
    public func measure(into results: inout Results) throws {
        guard let python = PythonBenchmark.locatePython() else {
            if required { throw PythonBenchmarkError.pythonNotFound }
            results.pythonNotMeasured = PythonNotMeasured(cause: .noInterpreter)
            return
        }
        let settings = results.settings
        let usableCores = results.machine.usableCores
        let meter = ThrottlingMeter.forThisProcess()
        var failures: [String] = []
        func part<T>(_ section: MeasuredSection, _ what: String, _ body: () throws -> T) throws -> T? {
            progress("[+] \(what)")
            do {
                let (value, reading) = try meter.measure(body)
                if let reading { results.throttlingBySection?[section] = reading }
                return value
            } catch {
                if required { throw error }
                progress("      not measured: \(error)")
                failures.append("\(what): \(error)")
                return nil
            }
        }
        results.python = try part(.python, "the same CPU-bound tasks in CPython (\(python))") {
            try PythonBenchmark.run(python: python, tasks: settings.cpuTasks, workers: settings.cpuWorkers,
                                    targetSeconds: settings.cpuTaskTargetSeconds, repetitions: min(settings.repetitions, 3))
        }
        if let convoy = results.convoy {
            results.pythonConvoy = try part(.pythonConvoy, "the convoy in CPython: \(convoy.roundTrips) round trips alone, beside 1 and 2 CPU-bound threads") {
                try PythonBenchmark.runConvoy(python: python, roundTrips: convoy.roundTrips, peerDelaySeconds: convoy.peerDelaySeconds)
            }
        }
        if let native = results.nativeRelease, native.workers > 0, !native.sequentialWallSeconds.isEmpty {
            let rounds = native.sequentialWallSeconds.count
            let taskSeconds = Runner.nativeReleaseInRowSeconds(quick: settings.quick) / Double(native.workers)
            results.pythonNativeRelease = try part(.pythonNativeRelease, "native code releasing the GIL in CPython: \(native.workers) tasks of hashlib (and NumPy when installed), in a row and on \(native.workers) threads, \(rounds) rounds") {
                try PythonBenchmark.runNativeRelease(python: python, tasks: native.workers, targetSeconds: taskSeconds, rounds: rounds)
            }
        }
        if results.server != nil {
            let comparison = try part(.pythonServer, "the original post's FastAPI app under uvicorn, under the same load") {
                PythonServerMeasurement(cpuWorkers: settings.cpuWorkers, usableCores: usableCores, quick: settings.quick,
                                        progress: progress).measure()
            }
            if let reason = comparison?.unavailableReason { progress("      not measured: \(reason)") }
            results.pythonServer = comparison
        }
        if !failures.isEmpty { results.pythonNotMeasured = PythonNotMeasured(cause: .failed, detail: failures.joined(separator: "; ")) }
    }
}
