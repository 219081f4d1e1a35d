import Analysis

extension SettingsDifference {
    /// What the difference means for the comparison, in English.
    var consequence: String {
        switch scope {
        case let .workloads(workloads):
            let names = workloads.map(DiffText.workloadTitle).joined(separator: " and ")
            return "\(names) cells are not compared"
        case let .strategy(strategy):
            return "\(strategy.rawValue) cells are not compared"
        case .none:
            return "cells are still compared"
        }
    }
}
