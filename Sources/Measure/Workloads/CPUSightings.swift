/// The CPUs one task was seen on, in order of first sighting (`sched_getcpu` sampled while it runs).
struct CPUSightings {
    private(set) var cpus: [Int] = []
    private var last = -1

    mutating func note() {
        let cpu = Linux.currentCPU()
        guard cpu != last else { return }
        last = cpu
        if cpu >= 0, !cpus.contains(cpu) { cpus.append(cpu) }
    }
}
