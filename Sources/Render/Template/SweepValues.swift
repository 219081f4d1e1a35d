import Results

/// `sweep.*` (fewer, as many and more workers than cores) and `sched.*` (the scheduler's work over the
/// whole sweep).
enum SweepValues {
    static let pointStats = ["workers", "wall", "speedup", "efficiency", "voluntary", "involuntary", "migrations"]

    static func make(_ sweep: CoreSweep?, usableCores: Int) -> [String: TemplateValue] {
        var values: [String: TemplateValue] = ["sweep.recorded": .flag(sweep != nil)]
        values["sweep.taskSeconds"] = sweep.map { .fixed($0.taskSeconds, decimals: 3) } ?? .missing
        values["sweep.points"] = sweep.map { .count($0.points.count) } ?? .missing
        var walls: [SweepRole: Double] = [:]
        var workers: [SweepRole: Int] = [:]
        for role in SweepRole.allCases {
            let point = sweep.flatMap { role.point(in: $0, usableCores: usableCores) }
            walls[role] = point?.wallSeconds
            workers[role] = point?.workers
            for stat in pointStats {
                values["sweep.\(role.rawValue).\(stat)"] = point.flatMap {
                    value(stat, $0, taskSeconds: sweep!.taskSeconds, usableCores: usableCores)
                } ?? .missing
            }
        }
        if let double = walls[.double], let equal = walls[.equal], equal > 0 {
            values["sweep.doubleOverEqual"] = .fixed(double / equal, decimals: 2)
        } else {
            values["sweep.doubleOverEqual"] = .missing
        }
        values["sweep.doubleScaling"] = scaling(walls: walls, workers: workers)
        let points = sweep?.points
        values["sched.voluntary"] = points.map { .count($0.reduce(0) { $0 + $1.voluntarySwitches }) } ?? .missing
        values["sched.involuntary"] = points.map { .count($0.reduce(0) { $0 + $1.involuntarySwitches }) } ?? .missing
        values["sched.migrations"] = points.map { .count($0.reduce(0) { $0 + $1.migrations }) } ?? .missing
        return values
    }

    /// How the wall time grew against the work: 1 when doubling the workers doubled the time (the cores
    /// were already full), well below 1 when the extra workers found idle cores.
    private static func scaling(walls: [SweepRole: Double], workers: [SweepRole: Int]) -> TemplateValue {
        guard let doubleWall = walls[.double], let equalWall = walls[.equal], equalWall > 0,
              let doubleWorkers = workers[.double], let equalWorkers = workers[.equal], equalWorkers > 0, doubleWorkers > 0
        else { return .missing }
        return .fixed((doubleWall / equalWall) / (Double(doubleWorkers) / Double(equalWorkers)), decimals: 2)
    }

    private static func value(_ stat: String, _ point: SweepPoint, taskSeconds: Double, usableCores: Int) -> TemplateValue? {
        switch stat {
        case "workers": return .count(point.workers)
        case "wall": return .fixed(point.wallSeconds, decimals: 3)
        case "speedup": return point.speedup(taskSeconds: taskSeconds).map { .fixed($0, decimals: 2) }
        case "efficiency":
            return point.efficiency(taskSeconds: taskSeconds, usableCores: usableCores).map { .fixed($0 * 100, decimals: 0) }
        case "voluntary": return .count(point.voluntarySwitches)
        case "involuntary": return .count(point.involuntarySwitches)
        case "migrations": return .count(point.migrations)
        default: return nil
        }
    }
}
