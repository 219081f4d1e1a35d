import Results

/// Reads the `cpu.stat` of the group that holds the tightest quota before and after a section of the run,
/// so that throttling is tied to the measurements it touched.
public struct ThrottlingMeter: Sendable {
    let statFile: String?
    let cgroup: CgroupCPU

    init(statFile: String?, cgroup: CgroupCPU = .system) {
        self.statFile = statFile
        self.cgroup = cgroup
    }

    /// This process's group (the tightest quota from its own group up).
    public static func forThisProcess() -> ThrottlingMeter {
        ThrottlingMeter(statFile: CgroupCPU.system.limit().statFile)
    }

    /// `body`'s value and the throttling while it ran; nil throttling when `cpu.stat` was not readable.
    public func measure<T>(_ body: () throws -> T) rethrows -> (value: T, throttling: CPUThrottling?) {
        let before = statFile.flatMap(cgroup.stats)
        let value = try body()
        let after = statFile.flatMap(cgroup.stats)
        guard let before, let after else { return (value, nil) }
        return (value, after.since(before))
    }
}
