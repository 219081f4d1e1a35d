import Foundation
import Results

/// The cgroup CPU bandwidth limit of this process (v1 `cpu.cfs_quota_us`, v2 `cpu.max`) and the
/// throttling counters of the group that sets it. Every file is read through `read`, so tests point it
/// at a fake tree in a temporary directory.
struct CgroupCPU: Sendable {
    /// The text of a file by its absolute path (`/proc/self/cgroup`, `/sys/fs/cgroup/...`), nil when unreadable.
    let read: @Sendable (String) -> String?

    init(read: @escaping @Sendable (String) -> String?) {
        self.read = read
    }

    /// The files under `root` in place of `/`: `root` + `/proc/self/cgroup` and so on.
    init(root: String) {
        read = { try? String(contentsOfFile: root + $0, encoding: .utf8) }
    }

    /// This machine's files.
    static let system = CgroupCPU(root: "")

    /// Where cgroup v2 may be mounted: alone at the top, or beside v1 (hybrid, systemd's `unified`).
    static let v2Mounts = ["/sys/fs/cgroup", "/sys/fs/cgroup/unified"]
    /// Where the v1 cpu controller may be mounted, alone or co-mounted with cpuacct.
    static let v1Mounts = ["/sys/fs/cgroup/cpu", "/sys/fs/cgroup/cpu,cpuacct", "/sys/fs/cgroup/cpuacct,cpu"]

    /// The tightest quota and the `cpu.stat` to watch for throttling.
    struct Limit: Equatable, Sendable {
        /// The fewest CPUs any quota on the way from the own group to the root allows; nil when none.
        var quotaCPUs: Double?
        /// The `cpu.stat` of the group holding that quota, else of the own group; nil when none is readable.
        var statFile: String?
    }

    /// One cgroup directory on the way from the own group up to a mount's root.
    private struct Level {
        var directory: String
        var isV2: Bool
    }

    /// The own group's directory first, then each ancestor, for every hierarchy that holds the cpu controller
    /// (v2 and v1 both on a hybrid machine). The tightest quota wins across all of them.
    func limit() -> Limit {
        let membership = read("/proc/self/cgroup") ?? ""
        var levels: [Level] = []
        if let mount = Self.v2Mounts.first(where: { read("\($0)/cgroup.controllers") != nil }) {
            let own = MachineProbe.parseCgroupV2Path(membership) ?? "/"
            levels += MachineProbe.cgroupAncestors(own).map { Level(directory: mount + $0, isV2: true) }
        }
        if let mount = Self.v1Mounts.first(where: { read("\($0)/cpu.cfs_period_us") != nil }) {
            let own = MachineProbe.parseCgroupV1Path(membership, controller: "cpu") ?? "/"
            levels += MachineProbe.cgroupAncestors(own).map { Level(directory: mount + $0, isV2: false) }
        }
        var tightest: (cpus: Double, level: Level)?
        for level in levels {
            guard let cpus = quotaCPUs(at: level), cpus < tightest?.cpus ?? .infinity else { continue }
            tightest = (cpus, level)
        }
        if let tightest {
            let stat = "\(tightest.level.directory)/cpu.stat"
            return Limit(quotaCPUs: tightest.cpus, statFile: stats(stat) != nil ? stat : nil)
        }
        // No quota: the nearest group whose cpu.stat counts periods (a v2 group without the cpu controller
        // has a cpu.stat without them; a container may see only its own group, mounted as the root).
        let stat = levels.lazy.map { "\($0.directory)/cpu.stat" }.first { stats($0) != nil }
        return Limit(quotaCPUs: nil, statFile: stat)
    }

    /// The counters of a `cpu.stat`, nil when it is unreadable or counts no periods.
    func stats(_ file: String) -> MachineProbe.CPUStat? {
        read(file).flatMap(MachineProbe.parseCPUStat)
    }

    private func quotaCPUs(at level: Level) -> Double? {
        if level.isV2 {
            return read("\(level.directory)/cpu.max").flatMap(MachineProbe.parseCgroupV2CPUMax)
        }
        guard let quota = read("\(level.directory)/cpu.cfs_quota_us"),
              let period = read("\(level.directory)/cpu.cfs_period_us") else { return nil }
        return MachineProbe.parseCgroupV1(quota: quota, period: period)
    }
}
