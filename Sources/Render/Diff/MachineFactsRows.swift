import Analysis
import Foundation
import Results

/// The rows of the machines table: one fact per row, one file per column.
enum MachineFactsRows {
    static let rows: [(label: String, value: @Sendable (Results) -> String)] = [
        ("CPU model", { $0.machine.cpuModel }),
        ("Architecture", { $0.machine.architecture }),
        ("Logical CPUs", { "\($0.machine.logicalCPUs)" }),
        ("Physical cores", { $0.machine.physicalCores.map(String.init) ?? "unknown" }),
        ("Usable cores", usableCores),
        ("CPU throttling", throttling),
        ("Memory", { NumberText.gibibytes($0.machine.memoryBytes) }),
        ("OS", { $0.machine.osName }),
        ("Kernel", { $0.machine.kernel }),
        ("Swift", { $0.tool.swift ?? $0.machine.swiftVersion }),
        ("Load average (1/5/15 min)", { $0.machine.loadAverage.map { NumberText.fixed($0, decimals: 2) }.joined(separator: " / ") }),
        ("Frequency governor", { $0.machine.frequencyGovernor ?? "unknown" }),
        ("Measured at", { $0.measuredAt }),
        ("Tool", tool),
    ]

    /// "concreport 0.2.0 (commit …, static)"; the name and version alone in files written before the build
    /// was recorded.
    static func tool(_ results: Results) -> String {
        let tool = results.tool
        let build = [tool.commit.map { "commit \($0)" }, tool.linking].compactMap { $0 }
        return "\(tool.name) \(tool.version)" + (build.isEmpty ? "" : " (\(build.joined(separator: ", ")))")
    }

    private static func usableCores(_ results: Results) -> String {
        let machine = results.machine
        var limits = ["affinity \(machine.affinityCPUs.count)"]
        if let quota = machine.cgroupQuotaCPUs { limits.append("cgroup quota \(NumberText.fixed(quota, decimals: 2))") }
        return "\(machine.usableCores) (\(limits.joined(separator: ", ")))"
    }

    /// "none", "N of M periods, X s", or "unknown" when the file recorded no `cpu.stat` reading.
    static func throttling(_ results: Results) -> String {
        guard let throttling = results.throttling else { return "unknown" }
        guard throttling.wasThrottled else { return "none" }
        return "\(throttling.throttledPeriods) of \(throttling.periods) periods, "
            + NumberText.seconds(throttling.throttledSeconds)
    }

    static func table(_ inputs: [(name: String, results: Results)]) -> DiffTable {
        var table = DiffTable(header: [""] + inputs.map(\.name))
        for row in rows { table.append([row.label] + inputs.map { row.value($0.results) }) }
        if let baseline = inputs.first?.results {
            table.append(["Single-core speed (calibrated kernel)"] + inputs.enumerated().map { index, input in
                coreSpeed(input.results, baseline: index == 0 ? nil : baseline)
            })
        }
        return table
    }

    /// "690 M iterations/s", and for a file after the first its ratio to the baseline's core.
    static func coreSpeed(_ results: Results, baseline: Results?) -> String {
        guard let speed = CoreSpeed.iterationsPerSecond(results) else { return "unknown" }
        let shown = NumberText.fixed(speed / 1e6, decimals: 0) + " M iterations/s"
        guard let baseline else { return shown }
        guard let ratio = CoreSpeed.ratio(results, to: baseline) else { return shown + " (another kernel)" }
        return shown + " (\(NumberText.ratio(ratio)) the baseline's)"
    }
}
