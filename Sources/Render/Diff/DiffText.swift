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
