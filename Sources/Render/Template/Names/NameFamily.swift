import Analysis
import Results

/// One declared name, or a family of names written once (`<w>.<s>.median`): its meaning, format and how
/// each value is computed. The names table in `docs/templates.md`, `render --list-names` and the
/// unknown-name check all read these declarations.
struct NameFamily: Sendable {
    typealias Compute = @Sendable (PostFacts) -> ValueFormat.RawValue

    /// As written in the docs table: `<w>.<s>.median`, or the name itself.
    let pattern: String
    let format: ValueFormat
    let meaning: String
    let members: [(name: String, compute: Compute)]

    init(_ name: String, _ format: ValueFormat, _ meaning: String, _ compute: @escaping Compute) {
        pattern = name
        self.format = format
        self.meaning = meaning
        members = [(name, compute)]
    }

    init(pattern: String, _ format: ValueFormat, _ meaning: String, members: [(name: String, compute: Compute)]) {
        self.pattern = pattern
        self.format = format
        self.meaning = meaning
        self.members = members
    }

    /// `<w>.<s>.stat` for every workload × strategy.
    static func cells(_ stat: String, _ format: ValueFormat, _ meaning: String,
                      _ compute: @escaping @Sendable (CellFindings?, PostFacts) -> ValueFormat.RawValue) -> NameFamily {
        NameFamily(pattern: "<w>.<s>.\(stat)", format, meaning, members: WorkloadID.allCases.flatMap { workload in
            StrategyID.allCases.map { strategy in
                let member: Compute = { facts in compute(facts.findings.cell(strategy, workload), facts) }
                return ("\(workload.rawValue).\(strategy.templateName).\(stat)", member)
            }
        })
    }

    /// `sweep.<p>.stat` for every sweep role.
    static func sweepPoints(_ stat: String, _ format: ValueFormat, _ meaning: String,
                            _ compute: @escaping @Sendable (SweepFindings.Point?) -> ValueFormat.RawValue) -> NameFamily {
        NameFamily(pattern: "sweep.<p>.\(stat)", format, meaning, members: SweepRole.allCases.map { role in
            let member: Compute = { facts in compute(facts.findings.sweep?.roles[role]) }
            return ("sweep.\(role.rawValue).\(stat)", member)
        })
    }
}
