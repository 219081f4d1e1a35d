import Foundation
import Results

/// Exports every measured task as a Trace Event Format file (`trace.json`) for Perfetto or
/// `chrome://tracing`: one complete event per task on its real process and thread, the runs laid one
/// after another on a shared timeline in the order measured, the global lock's ownership intervals, and
/// then the experiments' tasks and on-CPU slices.
public enum ChromeTrace {
    /// Space between consecutive runs on the timeline, seconds: enough to see where one run ends.
    static let gapSeconds = 0.01

    public static func json(for results: Results) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var data = try encoder.encode(document(for: results))
        data.append(0x0A)
        return data
    }

    struct Document: Encodable {
        var displayTimeUnit = "ms"
        var otherData: [String: String]
        var traceEvents: [ChromeTraceEvent]
    }

    static func document(for results: Results) -> Document {
        var timeline: [ChromeTraceEvent] = []
        var threads = ThreadLabels()
        var cursor = 0.0
        for cell in results.comparison.cells {
            let label = "\(cell.strategy.rawValue)/\(cell.workload.rawValue)"
            let lockTrace = cell.strategy == .globalLock && cell.workload == .cpu ? results.globalLock : nil
            let lockRepetition = cell.representativeRun.flatMap { cell.runs.firstIndex(of: $0) }
            for (repetition, run) in cell.runs.enumerated() {
                let offset = cursor
                let tasks = run.tasks.sorted { ($0.startSeconds, $0.index) < ($1.startSeconds, $1.index) }
                if let first = run.tasks.min(by: { $0.index < $1.index }) {
                    timeline.append(ChromeTraceEvent(
                        ph: "i", name: "\(label) run \(repetition + 1)", cat: "run",
                        ts: ChromeTraceEvent.microseconds(offset), s: "p", pid: first.pid, tid: first.tid,
                        args: ["repetition": .int(repetition + 1),
                               "wallMilliseconds": .string(NumberText.fixed(run.wallSeconds * 1000, decimals: 3))]
                    ))
                }
                for task in tasks {
                    threads.note(pid: task.pid, tid: task.tid, strategy: cell.strategy, label: label)
                    timeline.append(ChromeTraceEvent(
                        ph: "X", name: "task \(task.index)", cat: label,
                        ts: ChromeTraceEvent.microseconds(offset + task.startSeconds),
                        dur: ChromeTraceEvent.microseconds(Swift.max(0, task.durationSeconds)),
                        pid: task.pid, tid: task.tid,
                        args: ["repetition": .int(repetition + 1), "task": .int(task.index), "cpus": .ints(task.cpus)]
                    ))
                }
                if let lockTrace, repetition == lockRepetition {
                    timeline += lockEvents(lockTrace, run: run, offset: offset)
                }
                let end = ([run.wallSeconds] + run.tasks.map(\.endSeconds)).max() ?? 0
                cursor = offset + end + gapSeconds
            }
        }
        timeline += experimentEvents(results, from: cursor, threads: &threads)
        return Document(
            otherData: ["tool": "\(results.tool.name) \(results.tool.version)", "measuredAt": results.measuredAt,
                        "cpuModel": results.machine.cpuModel],
            traceEvents: threads.metadataEvents() + timeline
        )
    }

    /// Ownership intervals, as recorded, on the lock thread's own tid (in the process that ran the run).
    private static func lockEvents(_ trace: GlobalLockTrace, run: Run, offset: Double) -> [ChromeTraceEvent] {
        guard let pid = run.tasks.first?.pid else { return [] }
        return trace.intervals.compactMap { interval in
            guard trace.threadIDs.indices.contains(interval.thread) else { return nil }
            return ChromeTraceEvent(
                ph: "X", name: "holds global lock", cat: "lock",
                ts: ChromeTraceEvent.microseconds(offset + interval.startSeconds),
                dur: ChromeTraceEvent.microseconds(Swift.max(0, interval.endSeconds - interval.startSeconds)),
                pid: pid, tid: trace.threadIDs[interval.thread], args: ["thread": .int(interval.thread)]
            )
        }
    }
}

/// Names for the processes and threads seen, from the strategies that used them.
struct ThreadLabels {
    private var strategiesByProcess: [Int32: Set<StrategyID>] = [:]
    private var labelsByThread: [Int64: (pid: Int32, tid: Int32, labels: Set<String>)] = [:]

    mutating func note(pid: Int32, tid: Int32, strategy: StrategyID, label: String) {
        strategiesByProcess[pid, default: []].insert(strategy)
        let key = Int64(pid) << 32 | Int64(UInt32(bitPattern: tid))
        labelsByThread[key, default: (pid, tid, [])].labels.insert(label)
    }

    func metadataEvents() -> [ChromeTraceEvent] {
        let processes = strategiesByProcess.keys.sorted().map { pid in
            let name = strategiesByProcess[pid] == [.processes] ? "worker process \(pid)" : "concreport \(pid)"
            return ChromeTraceEvent(ph: "M", name: "process_name", ts: 0, pid: pid, tid: 0,
                                    args: ["name": .string(name)])
        }
        let threads = labelsByThread.values.sorted { ($0.pid, $0.tid) < ($1.pid, $1.tid) }.map { thread in
            ChromeTraceEvent(ph: "M", name: "thread_name", ts: 0, pid: thread.pid, tid: thread.tid,
                             args: ["name": .string("thread \(thread.tid): \(thread.labels.sorted().joined(separator: ", "))")])
        }
        return processes + threads
    }
}
