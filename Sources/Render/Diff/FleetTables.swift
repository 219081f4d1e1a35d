import Analysis
import Foundation
import Results

/// The view of four files or more (a fleet): machines are rows, so the tables grow downwards, not
/// sideways. First the machines ranked by one core's speed, then per workload each machine's medians and
/// ratios to the baseline, strategy by strategy.
enum FleetTables {
    /// From this many files on, `diff` shows the fleet view.
    static let minimumFiles = 4

    static func ranking(_ columns: [(name: String, results: Results)]) -> DiffTable {
        let figures = columns.map { FleetFigures($0.results) }
        let baselineSpeed = figures.first?.coreIterationsPerSecond
        var table = DiffTable(header: ["Rank", "Machine", "Usable cores", "One core (M iterations/s)", "÷ baseline's core",
                                       "Best CPU speedup (×)", "Async I/O ÷ one wait", "Server /io-async (req/s)",
                                       "/health under CPU load (ms)"])
        let order = figures.indices.sorted {
            (figures[$0].coreIterationsPerSecond ?? 0, -$0) > (figures[$1].coreIterationsPerSecond ?? 0, -$1)
        }
        for (rank, index) in order.enumerated() {
            let figure = figures[index]
            let speed = figure.coreIterationsPerSecond
            let health: String = figure.healthUnderCPULoad.map { health in
                NumberText.fixed(health.ms, decimals: 2) + (health.isMaximum ? " (slowest of \(health.samples))" : "")
            } ?? "—"
            table.append([
                "\(rank + 1)", columns[index].name, "\(figure.usableCores)",
                speed.map { NumberText.fixed($0 / 1e6, decimals: 0) } ?? "unknown",
                index == 0 ? "baseline" : CoreSpeed.ratio(columns[index].results, to: columns[0].results).map(NumberText.ratio)
                    ?? (baselineSpeed == nil ? "unknown" : "another kernel"),
                figure.bestCPUSpeedup.map { NumberText.fixed($0, decimals: 2) } ?? "—",
                figure.asyncIOOverIdeal.map { NumberText.fixed($0, decimals: 3) } ?? "—",
                figure.serverIOAsyncThroughput.map { NumberText.fixed($0, decimals: 0) } ?? "—",
                health,
            ])
        }
        return table
    }

    /// One workload: a row per machine, a column per strategy holding its median and ratio to the baseline.
    static func workload(_ rows: [DiffRow], columns: [(name: String, results: Results)]) -> DiffTable {
        let cpu = rows.first?.key.workload == .cpu
        var table = DiffTable(header: ["Machine"] + rows.map { $0.key.strategy.rawValue })
        for (index, column) in columns.enumerated() {
            table.append([column.name] + rows.map { row in
                guard let cell = row.cells[index], !cell.runs.isEmpty else { return "—" }
                let samples = DiffRow.samples(cell, column.results, cpu ? .secondsPerGigaIteration : .wallSeconds)
                guard !samples.isEmpty else { return "—" }
                let median = NumberText.seconds(Summary.median(of: samples))
                guard index > 0 else { return median }
                switch row.outcomes[index - 1] {
                case let .skipped(reason): return "\(median) (not compared: \(reason))"
                case let .compared(change):
                    let difference: Difference = change.flagged ? (change.ratio > 1 ? .slower : .faster) : .same
                    return "\(median) (\(NumberText.ratio(change.ratio))\(DiffNumber.flag(difference, indicative: change.indicative)))"
                }
            })
        }
        return table
    }

    /// The machines, one row each: what a reader needs to tell them apart.
    static func machines(_ columns: [(name: String, results: Results)], files: [String]) -> DiffTable {
        var table = DiffTable(header: ["Machine", "File", "CPU model", "Logical CPUs", "Memory", "Kernel", "Measured at", "Tool"])
        for (column, file) in zip(columns, files) {
            let machine = column.results.machine
            table.append([column.name, file, machine.cpuModel, "\(machine.logicalCPUs)", NumberText.gibibytes(machine.memoryBytes),
                          machine.kernel, column.results.measuredAt, MachineFactsRows.tool(column.results)])
        }
        return table
    }
}
