import Results

/// The post's names for the five strategies and two workloads, given as directive options
/// (`sequential: 순차`, `io: I/O 중심`), all required so a table never mixes languages.
struct StrategyLabels: Sendable {
    static let strategyKeys = StrategyID.allCases.map(\.templateName)
    static let workloadKeys = WorkloadID.allCases.map(\.rawValue)

    private let labels: [String: String]

    init(_ call: DirectiveCall, directive: String, workloads: Bool) throws(TemplateError) {
        var labels: [String: String] = [:]
        for key in Self.strategyKeys + (workloads ? Self.workloadKeys : []) {
            guard let label = call.option(key) else {
                throw .missingOption(at: call.location.description, directive: directive, key: key)
            }
            labels[key] = label
        }
        self.labels = labels
    }

    func label(_ strategy: StrategyID) -> String { labels[strategy.templateName] ?? strategy.rawValue }
    func label(_ workload: WorkloadID) -> String { labels[workload.rawValue] ?? workload.rawValue }
}
