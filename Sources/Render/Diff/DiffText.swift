import Analysis
import Results

/// Words of the diff report.
enum DiffText {
    static func workloadTitle(_ workload: WorkloadID) -> String {
        switch workload {
        case .io: return "I/O-bound"
        case .cpu: return "CPU-bound"
        }
    }
}

extension DiffText {
    /// Why a change between files was flagged or not, in a sentence.
    static func reason(_ outcome: MachineComparison.Reason) -> String {
        let drift = Int((Thresholds.betweenRunDrift * 100).rounded())
        switch outcome {
        case let .noise(noise):
            return Self.reason(noise)
        case let .withinDrift(noise):
            return "\(Self.reason(noise)), but no further apart than one machine drifts between runs"
        case let .negligible(noise, shiftMs):
            return "\(Self.reason(noise)), but the median moved by \(NumberText.fixed(shiftMs, decimals: 3)) ms, below the "
                + "\(Thresholds.negligibleLatencyShiftMs) ms that counts as negligible"
        case let .beyond(noise):
            return "\(Self.reason(noise)), and beyond the \(drift) % one machine drifts between runs"
        }
    }

    /// Why the noise rule judged a change as it did, in a sentence.
    static func reason(_ reason: NoiseRule.Reason) -> String {
        switch reason {
        case .noRuns:
            return "no repetitions to compare"
        case .belowMinimumEffect:
            return "the medians differ by less than \(Int(Thresholds.minimumEffect * 100)) %"
        case let .singleRun(beyond):
            return "one run on a side: the medians differ by \(beyond ? "at least" : "less than") \(Int(Thresholds.minimumEffectOfSingleRuns * 100)) %"
        case let .rankTest(pValue, significant, beyondMAD):
            let p = "Mann–Whitney p = \(NumberText.probability(pValue))"
            if !significant { return "\(p) ≥ \(Thresholds.alpha): within noise" }
            return beyondMAD ? "\(p) < \(Thresholds.alpha) and the medians differ by more than both MADs"
                : "\(p), but the medians differ by less than a MAD"
        case let .ranges(baselineRuns, otherRuns, overlap):
            return "\(baselineRuns) vs \(otherRuns) repetitions: min–max ranges \(overlap ? "overlap" : "do not overlap")"
        }
    }
}
