import Foundation

/// Finds processes by a marker in their environment, which worker processes inherit: how a test sees
/// whether anything of one concreport run is still alive.
enum ProcessTable {
    static func pids(taggedWith tag: String) -> [Int32] {
        let needle = Data("CONCREPORT_TEST_TAG=\(tag)".utf8)
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        return entries.compactMap(Int32.init).filter { pid in
            guard !isZombie(pid), let environment = FileManager.default.contents(atPath: "/proc/\(pid)/environ") else { return false }
            return environment.range(of: needle) != nil
        }
    }

    /// Polls (every 20 ms, at most `seconds`) until `condition` holds; returns whether it did.
    static func waitUntil(seconds: Double, _ condition: () -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if condition() { return true }
            usleep(20_000)
        }
        return condition()
    }

    private static func isZombie(_ pid: Int32) -> Bool {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let close = stat.lastIndex(of: ")") else { return true }
        return stat[stat.index(close, offsetBy: 2)] == "Z"
    }
}
