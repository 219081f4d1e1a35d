import Results

/// ```` ```concreport tasks demo ````: the worker-process demo's tasks — index, the process that ran it,
/// the CPUs it was seen on, start and end (seconds).
struct DemoTasksDirective: Directive {
    static let optionKeys = ["columns"]
    static let defaultColumns = ["Task", "PID", "CPUs seen", "Start (s)", "End (s)"]

    let location: SourceLocation
    let table: DirectiveTable

    init(_ call: DirectiveCall) throws(TemplateError) {
        try call.checkOptions(allowed: Self.optionKeys)
        location = call.location
        table = try DirectiveTable(call, defaults: Self.defaultColumns, alignments: ["---:", "---:", ":---", "---:", "---:"])
    }

    func markdown(for facts: PostFacts) throws(TemplateError) -> String {
        let results = facts.results
        guard let demo = results.processDemo else {
            throw .missingData(at: location.description, reason: "these results hold no worker-process demo")
        }
        return table.markdown(rows: demo.run.tasks.sorted { $0.index < $1.index }.map { task in
            [String(task.index + 1), String(task.pid), task.cpus.map(String.init).joined(separator: ", "),
             Seconds.text(task.startSeconds), Seconds.text(task.endSeconds)]
        })
    }
}
