/// Facts about the machine the run measured on.
public struct MachineFacts: Codable, Sendable, Equatable {
    /// CPU model name as the kernel reports it (`/proc/cpuinfo`).
    public var cpuModel: String
    /// Logical CPUs online.
    public var logicalCPUs: Int
    /// Physical cores (distinct core ids per package), when readable.
    public var physicalCores: Int?
    /// CPUs in this process's affinity set.
    public var affinityCPUs: [Int]
    /// The cgroup CPU limit in CPUs (quota / period), nil when unlimited or unreadable.
    public var cgroupQuotaCPUs: Double?
    /// Cores the run may use: min(affinity, ceil(quota / period)).
    public var usableCores: Int
    /// Physical memory in bytes.
    public var memoryBytes: UInt64
    /// Operating system name (`PRETTY_NAME` of `/etc/os-release`).
    public var osName: String
    /// Kernel release (`uname -r`).
    public var kernel: String
    /// CPU architecture (`uname -m`).
    public var architecture: String
    /// Swift compiler version the tool was built with.
    public var swiftVersion: String
    /// Resolution of the monotonic clock, nanoseconds.
    public var clockResolutionNanoseconds: Int
    /// 1, 5 and 15 minute load averages when the run started.
    public var loadAverage: [Double]
    /// CPU frequency governor, when readable.
    public var frequencyGovernor: String?

    public init(
        cpuModel: String, logicalCPUs: Int, physicalCores: Int?, affinityCPUs: [Int],
        cgroupQuotaCPUs: Double?, usableCores: Int, memoryBytes: UInt64, osName: String,
        kernel: String, architecture: String, swiftVersion: String, clockResolutionNanoseconds: Int,
        loadAverage: [Double], frequencyGovernor: String?
    ) {
        self.cpuModel = cpuModel
        self.logicalCPUs = logicalCPUs
        self.physicalCores = physicalCores
        self.affinityCPUs = affinityCPUs
        self.cgroupQuotaCPUs = cgroupQuotaCPUs
        self.usableCores = usableCores
        self.memoryBytes = memoryBytes
        self.osName = osName
        self.kernel = kernel
        self.architecture = architecture
        self.swiftVersion = swiftVersion
        self.clockResolutionNanoseconds = clockResolutionNanoseconds
        self.loadAverage = loadAverage
        self.frequencyGovernor = frequencyGovernor
    }
}
