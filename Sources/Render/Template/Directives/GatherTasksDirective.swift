import Results

/// ```` ```concreport tasks gather ````: the async gather demo's tasks — index, the thread that ran it,
/// start and end (seconds). Every row naming the same thread is the point of the demo.
struct GatherTasksDirective: Directive {
    static let optionKeys = ["columns"]
    static let defaultColumns = ["Task", "Thread", "Start (s)", "End (s)"]

    let location: SourceLocation
    let table: DirectiveTable

    init(_ call: DirectiveCall) throws(TemplateError) {
        try call.checkOptions(allowed: Self.optionKeys)
        location = call.location
        table = try DirectiveTable(call, defaults: Self.defaultColumns, alignments: ["---:", "---:", "---:", "---:"])
    }

    func markdown(for facts: PostFacts) throws(TemplateError) -> String {
        let results = facts.results
        guard let gather = results.gather else {
            throw .missingData(at: location.description, reason: "these results hold no gather demo")
        }
        return table.markdown(rows: gather.tasks.sorted { $0.index < $1.index }.map { task in
            [String(task.index + 1), String(task.tid), Seconds.text(task.startSeconds), Seconds.text(task.endSeconds)]
        })
    }
}
