import Results

/// `gather.*` and `demo.*`: the seed's two small demos, the async gather and the worker processes.
enum DemoValues {
    static func gather(_ gather: GatherDemo?) -> [String: TemplateValue] {
        var values: [String: TemplateValue] = ["gather.recorded": .flag(gather != nil)]
        guard let gather else {
            for name in ["tasks", "wait", "sum", "total", "threadCount", "overlap"] { values["gather.\(name)"] = .missing }
            return values
        }
        let sum = gather.waitSeconds * Double(gather.tasks.count)
        values["gather.tasks"] = .count(gather.tasks.count)
        values["gather.wait"] = .trimmed(gather.waitSeconds, decimals: 3)
        values["gather.sum"] = .trimmed(sum, decimals: 3)
        values["gather.total"] = .fixed(gather.wallSeconds, decimals: 3)
        values["gather.threadCount"] = .count(Set(gather.tasks.map(\.tid)).count)
        values["gather.overlap"] = gather.wallSeconds > 0 ? .fixed(sum / gather.wallSeconds, decimals: 2) : .missing
        return values
    }

    static func processes(_ demo: ProcessDemo?) -> [String: TemplateValue] {
        var values: [String: TemplateValue] = ["demo.recorded": .flag(demo != nil)]
        guard let demo else {
            for name in ["processes", "total", "sequential", "speedup", "distinctCPUs", "processCount"] {
                values["demo.\(name)"] = .missing
            }
            return values
        }
        values["demo.processes"] = .count(demo.processes)
        values["demo.total"] = .fixed(demo.run.wallSeconds, decimals: 3)
        values["demo.sequential"] = .fixed(demo.sequentialWallSeconds, decimals: 3)
        values["demo.speedup"] = demo.run.wallSeconds > 0
            ? .fixed(demo.sequentialWallSeconds / demo.run.wallSeconds, decimals: 2) : .missing
        values["demo.distinctCPUs"] = .count(Set(demo.run.tasks.flatMap(\.cpus)).count)
        values["demo.processCount"] = .count(Set(demo.run.tasks.map(\.pid)).count)
        return values
    }
}
