import Histogram
import Results

/// Request latencies in an HDR histogram (microseconds, 3 significant digits, up to a minute), read back
/// as the percentiles `Results` keeps.
struct LatencyRecorder {
    private var histogram = Histogram<UInt64>(highestTrackableValue: 60_000_000, numberOfSignificantValueDigits: .three)

    mutating func record(nanoseconds: UInt64) {
        _ = histogram.record(Swift.max(1, Swift.min(nanoseconds / 1_000, 60_000_000)))
    }

    var count: Int { Int(histogram.totalCount) }

    var summary: LatencySummary {
        func seconds(_ microseconds: UInt64) -> Double { count == 0 ? 0 : Double(microseconds) / 1e6 }
        return LatencySummary(count: count, p50Seconds: seconds(histogram.valueAtPercentile(50)),
                              p90Seconds: seconds(histogram.valueAtPercentile(90)),
                              p99Seconds: seconds(histogram.valueAtPercentile(99)),
                              maxSeconds: seconds(histogram.max), meanSeconds: count == 0 ? 0 : histogram.mean / 1e6)
    }
}
