import Foundation
import Results

/// ```` ```concreport tasks io.async ````: a table of the representative run's tasks — index, process,
/// thread, start and end (seconds) and the CPUs each was seen on. `columns` gives the six headers,
/// separated by `;`, in the post's language.
struct TasksDirective: Directive {
    static let optionKeys = ["columns"]
    static let defaultColumns = ["Task", "PID", "TID", "Start (s)", "End (s)", "CPUs"]

    let cell: CellReference
    let location: SourceLocation
    let table: DirectiveTable

    init(_ call: DirectiveCall) throws(TemplateError) {
        try call.checkOptions(allowed: Self.optionKeys)
        cell = try CellReference(call)
        location = call.location
        table = try DirectiveTable(call, defaults: Self.defaultColumns, alignments: ["---:", "---:", "---:", "---:", "---:", ":---"])
    }

    func markdown(for facts: PostFacts) throws(TemplateError) -> String {
        let results = facts.results
        let run = try cell.representativeRun(in: results, at: location)
        return table.markdown(rows: run.tasks.sorted { $0.index < $1.index }.map { task in
            [String(task.index + 1), String(task.pid), String(task.tid), Seconds.text(task.startSeconds),
             Seconds.text(task.endSeconds), task.cpus.map(String.init).joined(separator: ", ")]
        })
    }
}

/// Seconds as every generated table shows them: three decimals.
enum Seconds {
    static func text(_ seconds: Double) -> String { NumberText.fixed(seconds, decimals: 3) }
}
