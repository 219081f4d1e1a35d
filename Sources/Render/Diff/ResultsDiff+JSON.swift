import Analysis
import Foundation
import Results

/// `concreport diff --format json`: the same comparison for dashboards and CI (fields in docs/fleet.md).
struct DiffReport: Codable, Sendable {
    struct Rule: Codable, Sendable {
        var minimumEffect: Double
        var alpha: Double
        var minimumRunsForRankTest: Int
        var betweenRunDrift: Double
        var negligibleLatencyShiftMs: Double
    }

    struct Machine: Codable, Sendable {
        var label: String
        var file: String
        var cpuModel: String
        var usableCores: Int
        var quick: Bool
        var measuredAt: String
        var coreIterationsPerSecond: Double?
        /// This core's speed over the baseline's (above 1: faster); nil for the baseline and across kernels.
        var coreSpeedRatio: Double?
        var bestCPUSpeedup: Double?
        var asyncIOOverIdeal: Double?
        var serverIOAsyncThroughput: Double?
        var healthUnderCPULoadMs: Double?
        var throttled: Bool?
    }

    struct Change: Codable, Sendable {
        var workload: String
        var strategy: String
        var machine: String
        /// `wallSeconds` or `secondsPerGigaIteration`.
        var measure: String
        var baselineMedian: Double
        var median: Double
        /// median ÷ baselineMedian: above 1 is slower.
        var ratio: Double
        /// `same`, `slower` or `faster`.
        var verdict: String
        var indicative: Bool
        var reason: String
    }

    struct Skipped: Codable, Sendable {
        var workload: String
        var strategy: String
        var machine: String
        var reason: String
    }

    var schemaVersion = 1
    var baseline: String
    var rule: Rule
    var machines: [Machine]
    var changes: [Change]
    var skipped: [Skipped]
}

extension ResultsDiff {
    func report() -> DiffReport {
        let baseline = columns.first
        let machines = zip(columns, inputs).map { column, input -> DiffReport.Machine in
            let figures = FleetFigures(column.results)
            return DiffReport.Machine(
                label: column.name, file: input.name, cpuModel: column.results.machine.cpuModel,
                usableCores: figures.usableCores, quick: column.results.settings.quick, measuredAt: column.results.measuredAt,
                coreIterationsPerSecond: figures.coreIterationsPerSecond,
                coreSpeedRatio: baseline.flatMap { $0.name == column.name ? nil : CoreSpeed.ratio(column.results, to: $0.results) },
                bestCPUSpeedup: figures.bestCPUSpeedup, asyncIOOverIdeal: figures.asyncIOOverIdeal,
                serverIOAsyncThroughput: figures.serverIOAsyncThroughput, healthUnderCPULoadMs: figures.healthUnderCPULoad?.ms,
                throttled: column.results.throttling?.wasThrottled)
        }
        var changes: [DiffReport.Change] = []
        var skipped: [DiffReport.Skipped] = []
        for row in rows {
            for (index, outcome) in row.outcomes.enumerated() {
                let machine = columns[index + 1].name
                switch outcome {
                case let .compared(change):
                    let verdict = change.flagged ? (change.ratio > 1 ? "slower" : "faster") : "same"
                    changes.append(DiffReport.Change(
                        workload: row.key.workload.rawValue, strategy: row.key.strategy.rawValue, machine: machine,
                        measure: change.measure.rawValue, baselineMedian: change.baselineMedian, median: change.otherMedian,
                        ratio: change.ratio, verdict: verdict, indicative: change.indicative, reason: change.reason))
                case let .skipped(reason):
                    skipped.append(DiffReport.Skipped(workload: row.key.workload.rawValue, strategy: row.key.strategy.rawValue,
                                                      machine: machine, reason: reason))
                }
            }
        }
        return DiffReport(
            baseline: baseline?.name ?? "",
            rule: DiffReport.Rule(minimumEffect: Thresholds.minimumEffect, alpha: Thresholds.alpha,
                                  minimumRunsForRankTest: Thresholds.minimumRunsForRankTest,
                                  betweenRunDrift: Thresholds.betweenRunDrift,
                                  negligibleLatencyShiftMs: Thresholds.negligibleLatencyShiftMs),
            machines: machines, changes: changes, skipped: skipped)
    }

    /// The report as pretty-printed JSON with sorted keys, so the same files give the same bytes.
    public func json() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(report()), as: UTF8.self) + "\n"
    }
}
