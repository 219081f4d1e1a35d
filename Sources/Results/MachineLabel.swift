/// A short name for the machine a run measured, so `diff` columns read "the laptop", "the CI runner",
/// not file paths. `--label NAME` gives it; otherwise it is derived from the machine facts.
public enum MachineLabel {
    /// The longest label accepted: it heads a table column and names a chart's bars.
    public static let maximumLength = 60

    /// Why a `--label` was refused.
    public enum Problem: Error, Equatable, CustomStringConvertible {
        case empty
        case tooLong(Int)
        case controlCharacter

        public var description: String {
            switch self {
            case .empty: return "is empty; give a short name such as \"laptop\" or leave --label out"
            case let .tooLong(count): return "has \(count) characters; at most \(MachineLabel.maximumLength) fit a column heading"
            case .controlCharacter: return "contains a line break or another control character; give it on one line"
            }
        }
    }

    /// The CPU model and the usable cores (`Intel(R) Xeon(R) CPU @ 2.20GHz, 2 cores`), led by the host
    /// name when one is given (`--label-host`): the host name is left out by default, since a post is
    /// published.
    public static func derived(from machine: MachineFacts, hostName: String? = nil) -> String {
        let model = collapsedSpaces(machine.cpuModel)
        let cores = "\(machine.usableCores) \(machine.usableCores == 1 ? "core" : "cores")"
        var parts = [model.isEmpty ? "unknown CPU" : model]
        if let host = hostName.map(collapsedSpaces), !host.isEmpty { parts.insert(host, at: 0) }
        let label = parts.joined(separator: " · ") + ", " + cores
        guard label.count > maximumLength else { return label }
        // A long model name is shortened, the core count kept.
        let keep = maximumLength - cores.count - 3
        return String(parts.joined(separator: " · ").prefix(max(keep, 1))) + "…, " + cores
    }

    /// A user's label, trimmed; refused when empty, longer than `maximumLength` or not on one line.
    public static func validated(_ raw: String) throws(Problem) -> String {
        let label = raw.trimmed(of: " \t")
        if label.unicodeScalars.contains(where: { $0.properties.generalCategory == .control
            || $0.properties.generalCategory == .lineSeparator || $0.properties.generalCategory == .paragraphSeparator }) {
            throw .controlCharacter
        }
        guard !label.isEmpty else { throw .empty }
        guard label.count <= maximumLength else { throw .tooLong(label.count) }
        return label
    }

    private static func collapsedSpaces(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}

private extension String {
    func trimmed(of set: String) -> String {
        var slice = Substring(self)
        while let first = slice.first, set.contains(first) { slice.removeFirst() }
        while let last = slice.last, set.contains(last) { slice.removeLast() }
        return String(slice)
    }
}
