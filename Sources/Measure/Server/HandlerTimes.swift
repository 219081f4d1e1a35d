import Results
import Synchronization

/// How long each handler's own work took, measured in the server (from the handler's start to its
/// answer being ready), per endpoint style; cleared before each load run.
final class HandlerTimes: Sendable {
    private let seconds = Mutex<[ServerStyle: [Double]]>([:])

    func record(_ style: ServerStyle, since startNanoseconds: UInt64) {
        let elapsed = Double(ServerClock.nanoseconds() &- startNanoseconds) / 1e9
        seconds.withLock { $0[style, default: []].append(elapsed) }
    }

    func reset() { seconds.withLock { $0.removeAll() } }

    func median(_ style: ServerStyle) -> Double? {
        let values = seconds.withLock { $0[style] ?? [] }
        return values.isEmpty ? nil : Summary.median(of: values)
    }
}
