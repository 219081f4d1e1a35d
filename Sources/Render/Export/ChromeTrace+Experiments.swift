import Results

/// The post's experiments on the same timeline, after the comparison runs: the timeline's on-CPU slices,
/// the gather and process-demo tasks, and every core-sweep point's slices, each on its real process and
/// thread, one experiment after another.
extension ChromeTrace {
    static func experimentEvents(_ results: Results, from start: Double, threads: inout ThreadLabels) -> [ChromeTraceEvent] {
        var events: [ChromeTraceEvent] = []
        var cursor = start
        func place(_ label: String, wall: Double, _ make: (Double) -> [ChromeTraceEvent]) {
            let placed = make(cursor)
            if let first = placed.first {
                events.append(ChromeTraceEvent(ph: "i", name: label, cat: "experiment", ts: ChromeTraceEvent.microseconds(cursor),
                                               s: "p", pid: first.pid, tid: first.tid, args: [:]))
            }
            events += placed
            cursor += wall + gapSeconds
        }
        if let timeline = results.timeline {
            let runs = [("timeline/sequential", timeline.sequential), ("timeline/time-sliced", timeline.timeSliced),
                        ("timeline/parallel", timeline.parallel)]
            for case let (label, run?) in runs {
                place(label, wall: run.wallSeconds) { offset in
                    sliceEvents(run.slices, label: label, offset: offset, workers: false, threads: &threads)
                }
            }
        }
        if let gather = results.gather {
            place("gather demo", wall: gather.wallSeconds) { offset in
                taskEvents(gather.tasks, label: "gather", strategy: .async, offset: offset, threads: &threads)
            }
        }
        if let demo = results.processDemo {
            place("process demo", wall: demo.run.wallSeconds) { offset in
                taskEvents(demo.run.tasks, label: "process demo", strategy: .processes, offset: offset, threads: &threads)
            }
        }
        for point in results.coreSweep?.points ?? [] {
            let label = "core sweep/\(point.workers) workers"
            place(label, wall: point.wallSeconds) { offset in
                sliceEvents(point.slices, label: label, offset: offset, workers: true, threads: &threads)
            }
        }
        return events
    }

    private static func sliceEvents(_ slices: [CPUSlice], label: String, offset: Double, workers: Bool,
                                    threads: inout ThreadLabels) -> [ChromeTraceEvent] {
        slices.map { slice in
            threads.note(pid: slice.pid, tid: slice.tid, strategy: workers ? .processes : .threads, label: label)
            return ChromeTraceEvent(
                ph: "X", name: "task \(slice.task) on CPU \(slice.cpu)", cat: label,
                ts: ChromeTraceEvent.microseconds(offset + slice.startSeconds),
                dur: ChromeTraceEvent.microseconds(max(0, slice.endSeconds - slice.startSeconds)),
                pid: slice.pid, tid: slice.tid, args: ["task": .int(slice.task), "cpu": .int(slice.cpu)]
            )
        }
    }

    private static func taskEvents(_ tasks: [TaskRecord], label: String, strategy: StrategyID, offset: Double,
                                   threads: inout ThreadLabels) -> [ChromeTraceEvent] {
        tasks.map { task in
            threads.note(pid: task.pid, tid: task.tid, strategy: strategy, label: label)
            return ChromeTraceEvent(
                ph: "X", name: "task \(task.index)", cat: label,
                ts: ChromeTraceEvent.microseconds(offset + task.startSeconds),
                dur: ChromeTraceEvent.microseconds(max(0, task.durationSeconds)),
                pid: task.pid, tid: task.tid, args: ["task": .int(task.index), "cpus": .ints(task.cpus)]
            )
        }
    }
}
