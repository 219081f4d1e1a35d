import CLinux

/// The CPUs one task was seen on, in order of first sighting (`sched_getcpu` sampled while it runs).
public struct CPUSightings {
    public private(set) var cpus: [Int] = []
    private var last = -1

    public init() {}

    public mutating func note() {
        let cpu = Int(clinux_sched_getcpu())
        guard cpu != last else { return }
        last = cpu
        if cpu >= 0, !cpus.contains(cpu) { cpus.append(cpu) }
    }
}
