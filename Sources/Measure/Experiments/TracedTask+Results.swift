import Results
import WorkerKernel

extension TracedTask {
    /// The slices as Results slices of task `index`, seconds since `originNanoseconds`.
    func cpuSlices(task index: Int, originNanoseconds: Int64) -> [CPUSlice] {
        slices.map { slice in
            CPUSlice(task: index, pid: pid, tid: tid, cpu: Int(slice.cpu),
                          startSeconds: Double(slice.startNanoseconds - originNanoseconds) / 1e9,
                          endSeconds: Double(slice.endNanoseconds - originNanoseconds) / 1e9)
        }
    }
}

extension Array where Element == TracedTask {
    /// The tasks together, numbered in order: the wall time from `originNanoseconds` to the last end, and
    /// every slice in time order.
    func merged(originNanoseconds origin: Int64) -> (wallSeconds: Double, slices: [CPUSlice]) {
        let end = map(\.endNanoseconds).max() ?? origin
        let slices = enumerated()
            .flatMap { index, task in task.cpuSlices(task: index, originNanoseconds: origin) }
            .sorted { ($0.startSeconds, $0.task) < ($1.startSeconds, $1.task) }
        return (Double(end - origin) / 1e9, slices)
    }
}
