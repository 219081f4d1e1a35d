import Results

/// Pure parsers for the text files the probe reads, testable on sample strings.
extension MachineProbe {
    /// The first `model name` (or ARM `Hardware`/`Processor`) and the number of distinct
    /// (physical id, core id) pairs; cores are nil when the file lists no core ids.
    static func parseCPUInfo(_ text: String) -> (model: String?, physicalCores: Int?) {
        var model: String?
        var cores = Set<String>()
        var physicalID = "0"
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            guard let colon = line.firstIndex(of: ":") else { continue }
            let key = line[..<colon].trimmingCharacters(in: .whitespaces)
            let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            switch key {
            case "model name", "Hardware", "Processor":
                if model == nil, !value.isEmpty { model = value }
            case "physical id":
                physicalID = value
            case "core id":
                cores.insert("\(physicalID)/\(value)")
            default:
                continue
            }
        }
        return (model, cores.isEmpty ? nil : cores.count)
    }

    /// cgroup v2 `cpu.max`: "max 100000" (unlimited) or "150000 100000" → 1.5 CPUs.
    static func parseCgroupV2CPUMax(_ text: String) -> Double? {
        let fields = text.split(whereSeparator: \.isWhitespace)
        guard fields.count >= 1, fields[0] != "max", let quota = Double(fields[0]) else { return nil }
        let period = fields.count >= 2 ? Double(fields[1]) ?? 100_000 : 100_000
        return quotaCPUs(quota: quota, period: period)
    }

    /// The cgroup v2 path of this process (`0::/user.slice/x.scope` in `/proc/self/cgroup`).
    static func parseCgroupV2Path(_ text: String) -> String? {
        text.split(separator: "\n").first { $0.hasPrefix("0::") }.map { String($0.dropFirst(3)) }
    }

    /// The cgroup v1 path of this process in the hierarchy holding `controller` (`4:cpu,cpuacct:/a/b` in
    /// `/proc/self/cgroup`), relative to that hierarchy's mount.
    static func parseCgroupV1Path(_ text: String, controller: String) -> String? {
        for line in text.split(separator: "\n") {
            let fields = line.split(separator: ":", maxSplits: 2, omittingEmptySubsequences: false)
            guard fields.count == 3, fields[1].split(separator: ",").contains(Substring(controller)) else { continue }
            return String(fields[2])
        }
        return nil
    }

    /// `/a/b` → [`/a/b`, `/a`, ``] (the empty path is the root, `/sys/fs/cgroup` itself).
    static func cgroupAncestors(_ path: String) -> [String] {
        var parts = path.split(separator: "/").map(String.init)
        var paths: [String] = []
        while !parts.isEmpty {
            paths.append("/" + parts.joined(separator: "/"))
            parts.removeLast()
        }
        return paths + [""]
    }

    /// cgroup v1 `cpu.cfs_quota_us` and `cpu.cfs_period_us`; a quota of -1 means unlimited.
    static func parseCgroupV1(quota: String, period: String) -> Double? {
        guard let quota = Double(quota.trimmingCharacters(in: .whitespacesAndNewlines)),
              let period = Double(period.trimmingCharacters(in: .whitespacesAndNewlines)) else { return nil }
        return quotaCPUs(quota: quota, period: period)
    }

    /// The throttling counters of a cgroup's `cpu.stat`.
    struct CPUStat: Equatable, Sendable {
        var periods: Int
        var throttledPeriods: Int
        var throttledSeconds: Double

        /// What happened between `earlier` and this reading; a counter that went backwards (the group was
        /// replaced) counts as zero.
        func since(_ earlier: CPUStat) -> CPUThrottling {
            CPUThrottling(periods: max(0, periods - earlier.periods),
                          throttledPeriods: max(0, throttledPeriods - earlier.throttledPeriods),
                          throttledSeconds: max(0, throttledSeconds - earlier.throttledSeconds))
        }
    }

    /// `cpu.stat`: v1 `nr_periods`, `nr_throttled`, `throttled_time` (ns); v2 the same counts and
    /// `throttled_usec`. Nil without `nr_periods` and `nr_throttled` (a v2 group without the cpu controller).
    static func parseCPUStat(_ text: String) -> CPUStat? {
        var fields: [Substring: Double] = [:]
        for line in text.split(separator: "\n") {
            let parts = line.split(whereSeparator: \.isWhitespace)
            guard parts.count == 2, let value = Double(parts[1]) else { continue }
            fields[parts[0]] = value
        }
        guard let periods = fields["nr_periods"], let throttled = fields["nr_throttled"] else { return nil }
        let seconds = fields["throttled_usec"].map { $0 / 1e6 } ?? fields["throttled_time"].map { $0 / 1e9 } ?? 0
        return CPUStat(periods: Int(periods), throttledPeriods: Int(throttled), throttledSeconds: seconds)
    }

    private static func quotaCPUs(quota: Double, period: Double) -> Double? {
        guard quota > 0, period > 0 else { return nil }
        return quota / period
    }

    /// min(affinity, ceil(quota)), as Go, HotSpot and .NET count them; never below 1.
    static func usableCores(affinityCount: Int, logicalCPUs: Int, quotaCPUs: Double?) -> Int {
        var usable = affinityCount > 0 ? affinityCount : logicalCPUs
        if let quotaCPUs { usable = min(usable, Int(quotaCPUs.rounded(.up))) }
        return max(1, usable)
    }

    /// `PRETTY_NAME` of os-release, unquoted.
    static func parseOSRelease(_ text: String) -> String? {
        for line in text.split(separator: "\n") where line.hasPrefix("PRETTY_NAME=") {
            var value = line.dropFirst("PRETTY_NAME=".count)
            if value.first == "\"" || value.first == "'" { value = value.dropFirst() }
            if value.last == "\"" || value.last == "'" { value = value.dropLast() }
            return String(value)
        }
        return nil
    }

    /// `MemTotal` of /proc/meminfo, bytes.
    static func parseMemTotal(_ text: String) -> UInt64? {
        for line in text.split(separator: "\n") where line.hasPrefix("MemTotal:") {
            let fields = line.split(whereSeparator: \.isWhitespace)
            guard fields.count >= 2, let kib = UInt64(fields[1]) else { return nil }
            return kib * 1024
        }
        return nil
    }

    /// The three load averages of /proc/loadavg.
    static func parseLoadAverage(_ text: String) -> [Double] {
        text.split(whereSeparator: \.isWhitespace).prefix(3).compactMap { Double($0) }
    }
}
