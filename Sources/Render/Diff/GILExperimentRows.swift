import Analysis
import Foundation
import Results

/// The GIL experiments' main figures side by side: the convoy's round trips, the switch-interval
/// sweep and the native-release runs. Each figure is a median over its samples (round trips or interleaved
/// rounds), compared with the baseline file's by `NoiseRule`, so a flag means beyond both files' noise.
enum GILExperimentRows {
    struct Figure: Sendable {
        var label: String
        /// Milliseconds for latencies, seconds for wall times.
        var milliseconds: Bool
        var samples: @Sendable (Results) -> [Double]?
    }

    static let figures: [Figure] = {
        func convoy(_ label: String, _ pick: @escaping @Sendable (ConvoyExperiment) -> ConvoyRun?) -> Figure {
            Figure(label: label, milliseconds: true) { $0.convoy.flatMap(pick)?.latencySeconds }
        }
        func sweep(_ label: String, _ seconds: Double) -> Figure {
            convoy(label) { $0.sweep.first { abs($0.switchIntervalSeconds - seconds) < 1e-9 } }
        }
        func native(_ label: String, _ pick: @escaping @Sendable (NativeReleaseExperiment) -> [Double]) -> Figure {
            Figure(label: label, milliseconds: false) { $0.nativeRelease.map(pick) }
        }
        return [
            convoy("convoy: round trip alone") { $0.run(beside: 0) },
            convoy("convoy: round trip beside 1 CPU-bound thread") { $0.run(beside: 1) },
            convoy("convoy: round trip beside 2 CPU-bound threads") { $0.run(beside: 2) },
            Figure(label: "convoy in CPython: round trip beside 1 thread", milliseconds: true) {
                $0.pythonConvoy?.run(beside: 1)?.latencySeconds
            },
            sweep("switch interval 1 ms: round trip", 0.001),
            sweep("switch interval 5 ms: round trip", 0.005),
            sweep("switch interval 20 ms: round trip", 0.020),
            native("native release: sequential") { $0.sequentialWallSeconds },
            native("native release: free threads") { $0.threadsWallSeconds },
            native("native release: global lock") { $0.globalLockWallSeconds },
            native("native release: global lock, released") { $0.nativeReleaseWallSeconds },
        ]
    }()

    /// The table, or nil when no file holds any of these experiments.
    static func table(_ inputs: [(name: String, results: Results)]) -> DiffTable? {
        guard let baseline = inputs.first,
              inputs.contains(where: { $0.results.convoy != nil || $0.results.nativeRelease != nil }) else { return nil }
        var table = DiffTable(header: ["Figure"] + inputs.map { "\($0.name) median" }
            + inputs.dropFirst().map { "\($0.name) ÷ \(baseline.name)" })
        for figure in figures {
            let samples = inputs.map { figure.samples($0.results) ?? [] }
            guard samples.contains(where: { !$0.isEmpty }) else { continue }
            let medians = samples.map { values in
                values.isEmpty ? "—" : "\(format(Summary.median(of: values), milliseconds: figure.milliseconds)) (n = \(values.count))"
            }
            let ratios = samples.indices.dropFirst().map { index in
                DiffNumber.comparedRatio(baseline: samples[0], other: samples[index], kind: figure.milliseconds ? .loadedLatency : .time,
                                         quick: inputs[0].results.settings.quick || inputs[index].results.settings.quick)
            }
            table.append([figure.label] + medians + ratios)
        }
        return table
    }

    private static func format(_ seconds: Double, milliseconds: Bool) -> String {
        milliseconds ? NumberText.milliseconds(seconds) : NumberText.seconds(seconds)
    }
}
