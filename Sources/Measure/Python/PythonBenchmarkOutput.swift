import Foundation
import Results

/// The JSON object `python/cpu_bound.py` prints (run by `PythonBenchmark.run`).
struct PythonBenchmarkOutput: Decodable {
    var pythonVersion: String
    var implementation: String
    var gilEnabled: Bool
    var freeThreadedBuild: Bool
    var switchIntervalSeconds: Double
    var processStartMethod: String
    var loopSize: Int
    var calibratedTaskSeconds: Double
    /// Keyed by `PythonStrategy` raw values.
    var wallSeconds: [String: [Double]]

    /// Decodes stdout and checks it is complete: every strategy, `repetitions` positive times each.
    static func decode(_ stdout: Data, repetitions: Int) throws -> PythonBenchmarkOutput {
        let preview = String(decoding: stdout.prefix(400), as: UTF8.self)
        guard !stdout.isEmpty else {
            throw PythonBenchmarkError.badOutput(reason: "nothing on stdout", stdout: "")
        }
        let output: PythonBenchmarkOutput
        do {
            output = try JSONDecoder().decode(PythonBenchmarkOutput.self, from: stdout)
        } catch {
            throw PythonBenchmarkError.badOutput(reason: "not the expected JSON: \(error)", stdout: preview)
        }
        guard output.loopSize > 0 else {
            throw PythonBenchmarkError.badOutput(reason: "loop size \(output.loopSize)", stdout: preview)
        }
        for strategy in PythonStrategy.allCases {
            let times = output.wallSeconds[strategy.rawValue] ?? []
            guard times.count == repetitions, times.allSatisfy({ $0 > 0 }) else {
                throw PythonBenchmarkError.badOutput(
                    reason: "\(times.count) positive times for \(strategy.rawValue), expected \(repetitions)",
                    stdout: preview)
            }
        }
        return output
    }

    func comparison(tasks: Int, workers: Int, targetSeconds: Double) -> PythonComparison {
        PythonComparison(
            pythonVersion: pythonVersion,
            implementation: implementation,
            gilEnabled: gilEnabled,
            freeThreadedBuild: freeThreadedBuild,
            switchIntervalSeconds: switchIntervalSeconds,
            processStartMethod: processStartMethod,
            tasks: tasks,
            workers: workers,
            targetSeconds: targetSeconds,
            loopSize: loopSize,
            calibratedTaskSeconds: calibratedTaskSeconds,
            cells: PythonStrategy.allCases.map {
                PythonCell(strategy: $0, wallSeconds: wallSeconds[$0.rawValue] ?? [])
            }
        )
    }
}
