/// The time axis of a millisecond Gantt chart: a format without hours (the browser's time zone would
/// show in `%H`) and a tick interval giving at most about ten ticks.
struct GanttAxis: Sendable, Equatable {
    let format: String
    let tickInterval: String

    private static let stepsMilliseconds = [1, 2, 5, 10, 20, 50, 100, 200, 250, 500,
                                            1_000, 2_000, 5_000, 10_000, 15_000, 30_000, 60_000,
                                            120_000, 300_000, 600_000]

    init(spanMilliseconds: Int) {
        format = spanMilliseconds < 60_000 ? "%S.%L" : "%M:%S.%L"
        let step = Self.stepsMilliseconds.first { spanMilliseconds / $0 <= 10 } ?? Self.stepsMilliseconds.last!
        if step % 60_000 == 0 {
            tickInterval = "\(step / 60_000)minute"
        } else if step % 1_000 == 0 {
            tickInterval = "\(step / 1_000)second"
        } else {
            tickInterval = "\(step)millisecond"
        }
    }
}
