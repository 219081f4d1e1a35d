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
    let columns: [String]

    init(_ call: DirectiveCall) throws(TemplateError) {
        try call.checkOptions(allowed: Self.optionKeys)
        cell = try CellReference(call)
        location = call.location
        if let spelled = call.option("columns") {
            columns = spelled.split(separator: ";", omittingEmptySubsequences: false).map { String($0).trimmingSpaces }
            guard columns.count == Self.defaultColumns.count else {
                throw .malformedExpression(at: call.options.last { $0.key == "columns" }!.location.description,
                                           text: spelled, reason: "`columns` needs \(Self.defaultColumns.count) headers separated by `;`")
            }
        } else {
            columns = Self.defaultColumns
        }
    }

    func markdown(for results: Results) throws(TemplateError) -> String {
        let run = try cell.representativeRun(in: results, at: location)
        let cell = SpliceContext.tableCell
        var lines = ["| " + columns.map(cell.escape).joined(separator: " | ") + " |",
                     "|---:|---:|---:|---:|---:|:---|"]
        for task in run.tasks.sorted(by: { $0.index < $1.index }) {
            let fields = [String(task.index + 1), String(task.pid), String(task.tid),
                          String(format: "%.3f", task.startSeconds), String(format: "%.3f", task.endSeconds),
                          task.cpus.map(String.init).joined(separator: ", ")]
            lines.append("| " + fields.map(cell.escape).joined(separator: " | ") + " |")
        }
        return lines.joined(separator: "\n")
    }
}
