import Results

/// One figure of one machine against the same figure of another (`concreport diff`, `--fail-above`).
///
/// Within one run the post uses `NoiseRule` alone. Between files it is not enough: a file holds its own
/// run, and a machine's results move between runs minutes apart by more than within one run (back-to-back
/// full runs of one machine moved by up to `Thresholds.betweenRunDrift`, `docs/fleet.md`). So a
/// difference between files is flagged only when it is beyond both runs' noise **and** larger than that
/// drift; a latency must also move its median by `Thresholds.negligibleLatencyShiftMs` or more. A `--quick`
/// file on either side makes a flag indicative: its runs are too short to say more.
public enum MachineComparison {
    /// What the figure is: a time per unit of work (wall times, seconds per iteration), or a latency
    /// (seconds), which also needs a shift a client could notice.
    public enum Kind: Sendable {
        case time, latency
        /// A latency under load (a p99, `/health` polled during a load, a convoy round trip beside busy
        /// threads): between runs of one machine these
        /// moved far more than medians of repeated runs, so they have their own drift
        /// (`Thresholds.betweenRunLoadedLatencyDrift`, `Thresholds.betweenRunLoadedLatencyShiftMs`).
        case loadedLatency
    }

    public enum Reason: Sendable, Equatable {
        /// Inside the runs' own noise (`NoiseRule`'s reason).
        case noise(NoiseRule.Reason)
        /// Beyond the runs' noise but no further apart than one machine drifts between runs (for a latency
        /// under load, in ratio or in milliseconds).
        case withinDrift(NoiseRule.Reason)
        /// Beyond noise and drift, but a latency shift below the negligible bound (milliseconds).
        case negligible(NoiseRule.Reason, shiftMs: Double)
        /// Beyond the runs' noise and beyond drift.
        case beyond(NoiseRule.Reason)
    }

    public struct Outcome: Sendable, Equatable {
        /// The other file against the baseline: faster means less time.
        public var difference: Difference
        /// Median of the other over the baseline's (above 1: slower); nil without samples.
        public var ratio: Double?
        public var reason: Reason
        /// A `--quick` file was on a side: the flag is indicative only.
        public var indicative: Bool
        /// Whether the difference is flagged.
        public var flagged: Bool { difference != .same }
    }

    public static func compare(baseline: [Double], other: [Double], kind: Kind = .time, quick: Bool = false) -> Outcome {
        let noise = NoiseRule.compare(baseline: baseline, other: other)
        guard noise.difference != .same, let ratio = noise.ratio else {
            return Outcome(difference: .same, ratio: noise.ratio, reason: .noise(noise.reason), indicative: quick)
        }
        let shiftMs = abs(Summary.median(of: other) - Summary.median(of: baseline)) * 1000
        let drifted = kind == .loadedLatency
            ? !beyondDrift(ratio, Thresholds.betweenRunLoadedLatencyDrift) || shiftMs < Thresholds.betweenRunLoadedLatencyShiftMs
            : !beyondDrift(ratio, Thresholds.betweenRunDrift)
        if drifted {
            return Outcome(difference: .same, ratio: ratio, reason: .withinDrift(noise.reason), indicative: quick)
        }
        if kind == .latency {
            if shiftMs < Thresholds.negligibleLatencyShiftMs {
                return Outcome(difference: .same, ratio: ratio, reason: .negligible(noise.reason, shiftMs: shiftMs), indicative: quick)
            }
        }
        return Outcome(difference: noise.difference, ratio: ratio, reason: .beyond(noise.reason), indicative: quick)
    }

    /// Whether a ratio of medians lies beyond a drift, either way.
    static func beyondDrift(_ ratio: Double, _ drift: Double) -> Bool {
        ratio >= 1 + drift || ratio <= 1 / (1 + drift)
    }
}
