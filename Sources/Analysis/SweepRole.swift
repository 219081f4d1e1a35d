import Results

/// The three core-sweep points the post compares: fewer workers than usable cores (about half), as many,
/// and more (about twice as many). Picked from whatever worker counts the sweep measured.
public enum SweepRole: String, Sendable, CaseIterable {
    case half
    case equal
    case double

    /// This role's point, or nil when the sweep has none (no "fewer" point with one usable core).
    public func point(in sweep: CoreSweep, usableCores: Int) -> SweepPoint? {
        let cores = max(usableCores, 1)
        switch self {
        case .half:
            return sweep.points.filter { $0.workers < cores }
                .min { (abs(2 * $0.workers - cores), -$0.workers) < (abs(2 * $1.workers - cores), -$1.workers) }
        case .equal:
            return sweep.points.first { $0.workers == cores }
        case .double:
            return sweep.points.first { $0.workers == 2 * cores }
                ?? sweep.points.filter { $0.workers > cores }.min { $0.workers < $1.workers }
        }
    }
}
