import Analysis
import Foundation
import Results

/// The server section side by side: per endpoint style, requests per second and the p99 latency
/// (one figure per file, so `NoiseRule`'s single-run rule decides), and `/health` during the load (its
/// polls, so the rank test can). concreport's own server only; not part of `--fail-above`.
enum ServerRows {
    struct Figure: Sendable {
        var label: String
        /// What is shown: a rate (requests/s) or milliseconds.
        var rate: Bool
        /// How it is compared (`MachineComparison.Kind`).
        var kind: MachineComparison.Kind
        /// The samples compared, seconds (for a rate: seconds per request, so "slower" means fewer requests).
        var samples: @Sendable (ServerExperiment) -> [Double]?
    }

    static let figures: [Figure] = {
        var figures = [Figure(label: "/health on the idle server", rate: false, kind: .latency) { $0.idleHealthLatencySeconds }]
        for style in ServerStyle.allCases {
            figures.append(Figure(label: "\(style.path): requests/s", rate: true, kind: .time) { experiment in
                experiment.run(style).flatMap { $0.completed > 0 && $0.wallSeconds > 0 ? [$0.wallSeconds / Double($0.completed)] : nil }
            })
            figures.append(Figure(label: "\(style.path): p99 latency", rate: false, kind: .loadedLatency) { $0.run(style).map { [$0.latency.p99Seconds] } })
            figures.append(Figure(label: "\(style.path): /health during the load", rate: false, kind: .loadedLatency) {
                $0.run(style)?.healthLatencySeconds
            })
        }
        return figures
    }()

    /// The table, or nil when no file holds the server section.
    static func table(_ inputs: [(name: String, results: Results)]) -> DiffTable? {
        guard let baseline = inputs.first, inputs.contains(where: { $0.results.server != nil }) else { return nil }
        var table = DiffTable(header: ["Figure"] + inputs.map { "\($0.name)" } + inputs.dropFirst().map { "\($0.name) ÷ \(baseline.name)" })
        for figure in figures {
            let samples = inputs.map { input in input.results.server.flatMap(figure.samples) ?? [] }
            guard samples.contains(where: { !$0.isEmpty }) else { continue }
            let shown = samples.map { values -> String in
                guard !values.isEmpty else { return "—" }
                let median = Summary.median(of: values)
                return figure.rate ? NumberText.fixed(1 / median, decimals: 0) + "/s" : NumberText.milliseconds(median)
            }
            let ratios = samples.indices.dropFirst().map { index in
                DiffNumber.comparedRatio(baseline: samples[0], other: samples[index], kind: figure.kind,
                                         quick: inputs[0].results.settings.quick || inputs[index].results.settings.quick)
            }
            table.append([figure.label] + shown + ratios)
        }
        return table
    }
}
