import Results

/// Every value a template can name, computed once from `PostFacts` by the declarations of `NameCatalog`.
/// The set of names is the same for every results file (a value that was not measured is `missing`), so a
/// typo is caught on any machine.
struct TemplateValues: Sendable {
    private(set) var values: [String: TemplateValue] = [:]

    init(facts: PostFacts) {
        for family in NameCatalog.families {
            for member in family.members {
                values[member.name] = family.format.value(member.compute(facts))
            }
        }
    }

    subscript(name: String) -> TemplateValue? { values[name] }

    var names: [String] { values.keys.sorted() }

    /// The name used in templates for a strategy (`globalLock`, not the JSON key `global-lock`).
    static func templateName(_ strategy: StrategyID) -> String {
        strategy == .globalLock ? "globalLock" : strategy.rawValue
    }

    /// `io.async` and friends: every workload × strategy pair a template may name.
    static var cellNames: [String] {
        WorkloadID.allCases.flatMap { workload in
            StrategyID.allCases.map { "\(workload.rawValue).\(templateName($0))" }
        }
    }
}
