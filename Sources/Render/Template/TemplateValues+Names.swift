import Results

extension TemplateValues {
    /// Every name a template may use. The registry adds the same names whatever the data, so they are
    /// read off a blank result set; templates are checked before anything is measured.
    static let allNames: Set<String> = Set(TemplateValues(results: blankResults).names)

    private static var blankResults: Results {
        Results(
            tool: ToolInfo(version: ""), measuredAt: "",
            machine: MachineFacts(cpuModel: "", logicalCPUs: 0, physicalCores: nil, affinityCPUs: [],
                                  cgroupQuotaCPUs: nil, usableCores: 0, memoryBytes: 0, osName: "", kernel: "",
                                  architecture: "", swiftVersion: "", clockResolutionNanoseconds: 0,
                                  loadAverage: [], frequencyGovernor: nil),
            settings: .seed(quick: false),
            calibration: Calibration(kernel: "", iterationsPerTask: 0, targetSeconds: 0, measuredSeconds: 0),
            comparison: Comparison(cells: [])
        )
    }
}
