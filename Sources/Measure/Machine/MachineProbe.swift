import Foundation
import Results

/// Reads what the machine is and what it lets this process use.
public enum MachineProbe {
    public static func probe() -> MachineFacts {
        probe(cgroup: CgroupCPU.system.limit())
    }

    /// The facts with the cgroup limit already found (the runner keeps it to read the throttling counters).
    static func probe(cgroup: CgroupCPU.Limit) -> MachineFacts {
        let cpuInfo = parseCPUInfo(read("/proc/cpuinfo") ?? "")
        // Not `activeProcessorCount`: on Linux Foundation already folds a cgroup v1 quota or cpuset into it.
        let logical = max(1, sysconf(Int32(_SC_NPROCESSORS_ONLN)))
        let affinity = Linux.affinityCPUs()
        let quota = cgroup.quotaCPUs
        let names = unameFields()
        return MachineFacts(
            cpuModel: cpuInfo.model ?? "unknown",
            logicalCPUs: logical,
            physicalCores: cpuInfo.physicalCores,
            affinityCPUs: affinity,
            cgroupQuotaCPUs: quota,
            usableCores: usableCores(affinityCount: affinity.count, logicalCPUs: logical, quotaCPUs: quota),
            memoryBytes: read("/proc/meminfo").flatMap(parseMemTotal) ?? ProcessInfo.processInfo.physicalMemory,
            osName: read("/etc/os-release").flatMap(parseOSRelease) ?? "Linux",
            kernel: names.release,
            architecture: names.machine,
            swiftVersion: swiftCompilerVersion,
            clockResolutionNanoseconds: Linux.clockResolutionNanoseconds(),
            loadAverage: parseLoadAverage(read("/proc/loadavg") ?? ""),
            frequencyGovernor: read("/sys/devices/system/cpu/cpu0/cpufreq/scaling_governor")?
                .trimmingCharacters(in: .whitespacesAndNewlines)
        )
    }

    /// The compiler that built this binary; `#if compiler` is the only source of truth at run time.
    static var swiftCompilerVersion: String {
        #if compiler(>=6.5)
        return "6.5 or later"
        #elseif compiler(>=6.4)
        return "6.4"
        #elseif compiler(>=6.3)
        return "6.3"
        #elseif compiler(>=6.2)
        return "6.2"
        #elseif compiler(>=6.1)
        return "6.1"
        #else
        return "6.0"
        #endif
    }

    /// The kernel's node name (`uname -n`). `ProcessInfo.hostName` resolves it through NSS, which a static
    /// executable must not use (Package.swift).
    public static var nodeName: String { unameFields().node }

    private static func unameFields() -> (release: String, machine: String, node: String) {
        var names = utsname()
        guard uname(&names) == 0 else { return ("unknown", "unknown", "") }
        func field<T>(_ value: T) -> String {
            withUnsafeBytes(of: value) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
        }
        return (field(names.release), field(names.machine), field(names.nodename))
    }

    private static func read(_ path: String) -> String? {
        try? String(contentsOfFile: path, encoding: .utf8)
    }
}
