import Foundation

/// The ranges a results file's numbers must fall in. A results file is input from anywhere (another
/// machine, a CI artefact, a hand edit): every number is checked against the rule its field's meaning
/// allows whenever a file is read, so that nothing downstream meets a time of 1e30 s or a count that
/// overflows, and a refusal names the JSON path, the value and the rule.
///
/// Rules go by the field's name, the same in every experiment (`startSeconds` is always an instant of
/// the run, `pid` always a process id): a new field is covered by its name, and a name with no rule of
/// its own gets the strictest general one (a non-negative count or quantity).
public enum ResultsValidation {
    /// A concreport run lasts minutes; no time in it, instant or duration, can exceed a day.
    public static let maximumSeconds = 86_400.0
    /// Counts (iterations, requests, switches) stay far below this, and sums of thousands of them stay
    /// far inside `Int`: 10^15 is also below 2^53, so every count is exact as a `Double`.
    public static let maximumCount = 1e15
    /// Linux's `PID_MAX_LIMIT`: no process or thread id is larger.
    public static let maximumProcessID = 4_194_304.0
    /// More CPUs than any Linux kernel supports (`NR_CPUS` is at most 8192).
    public static let maximumCPUs = 65_536.0
    /// Ratios (CPU use, spread, load, a quota in CPUs) stay far below this.
    public static let maximumRatio = 1e6

    /// One field's rule: the range and the words that explain it.
    struct Rule {
        let range: ClosedRange<Double>
        let meaning: String
        var integer = false

        static let seconds = Rule(range: 0...maximumSeconds, meaning: "a time in seconds, from 0 to \(Int(maximumSeconds)) (a day)")
        static let count = Rule(range: 0...maximumCount, meaning: "a count or index, a whole number from 0 to 10^15", integer: true)
        static let quantity = Rule(range: 0...maximumCount, meaning: "a quantity from 0 to 10^15")
        static let ratio = Rule(range: 0...maximumRatio, meaning: "a ratio from 0 to 10^6")
        static let processID = Rule(range: 1...maximumProcessID, meaning: "a process or thread id, from 1 to 4194304", integer: true)
        static let cpuCount = Rule(range: 1...maximumCPUs, meaning: "a number of CPUs, from 1 to 65536", integer: true)
        static let memory = Rule(range: 0...Double(1 << 60), meaning: "a size in bytes, from 0 to 2^60", integer: true)
        static let nanoseconds = Rule(range: 0...1e9, meaning: "nanoseconds, from 0 to 10^9", integer: true)

        /// A CPU number: 0 up to the machine's own count less one.
        static func cpuNumber(logicalCPUs: Int) -> Rule {
            Rule(range: 0...Double(max(logicalCPUs - 1, 0)),
                 meaning: "a CPU number of this machine, from 0 to \(logicalCPUs - 1) (machine.logicalCPUs is \(logicalCPUs))", integer: true)
        }
    }

    /// Fields whose rule is not `seconds` (names ending in "Seconds") or `count`.
    static let rules: [String: Rule] = [
        "min": .seconds, "max": .seconds, "mean": .seconds, "median": .seconds, "mad": .seconds,
        "relativeSpread": .ratio, "cpuUtilisation": .ratio, "loadAverage": .ratio, "cgroupQuotaCPUs": .ratio,
        "value": .quantity,
        "pid": .processID, "tid": .processID, "threadIDs": .processID, "resumedTids": .processID,
        "logicalCPUs": .cpuCount, "physicalCores": .cpuCount, "usableCores": .cpuCount,
        "memoryBytes": .memory, "clockResolutionNanoseconds": .nanoseconds, "clientBuildSecondsPerRequest": .seconds,
    ]

    /// Fields that hold a CPU number of the machine that measured.
    static let cpuNumberFields: Set<String> = ["cpu", "cpus", "affinityCPUs"]

    /// The rule for a field named `key` (the key of the number, or of the array holding it).
    static func rule(for key: String, logicalCPUs: Int) -> Rule {
        if cpuNumberFields.contains(key) { return .cpuNumber(logicalCPUs: logicalCPUs) }
        if let rule = rules[key] { return rule }
        return key.hasSuffix("Seconds") ? .seconds : .count
    }

    /// Whether a summary as written in a file keeps to the rules (times, counts), for a reader that
    /// recomputes it rather than keeping it.
    static func isPlausible(_ summary: Summary) -> Bool {
        [summary.median, summary.mad, summary.min, summary.max, summary.mean].allSatisfy { Rule.seconds.range.contains($0) }
            && ([summary.count] + summary.outliers).allSatisfy { Rule.count.range.contains(Double($0)) }
    }

    /// Checks every number of decoded results, with the JSON path each is written at.
    public static func check(_ results: Results, file: String) throws(ResultsError) {
        let checker = Checker(file: file, logicalCPUs: results.machine.logicalCPUs)
        // `logicalCPUs` bounds the CPU numbers, so it is checked first.
        try checker.check(Double(results.machine.logicalCPUs), key: "logicalCPUs") { "machine.logicalCPUs" }
        do {
            try results.encode(to: CheckingEncoder(checker: checker, path: nil))
            try checker.checkDistinct(results.machine.affinityCPUs) { "machine.affinityCPUs[\($0)]" }
        } catch let error as ResultsError {
            throw error
        } catch {
            throw .notResults(path: file, reason: "\(error)")
        }
    }

    /// Checks every number of a file JSONDecoder refused (`JSONSerialization`'s objects): its refusal of a
    /// number too large for an integer field names neither the field nor the value.
    public static func check(json root: Any, file: String) throws(ResultsError) {
        let machine = (root as? [String: Any])?["machine"] as? [String: Any]
        // Without a valid count of its own, CPU numbers are held to the largest machine's; JSONDecoder's
        // account then names what is wrong with the count.
        let count = (machine?["logicalCPUs"] as? NSNumber)?.doubleValue ?? maximumCPUs
        let logicalCPUs = Rule.cpuCount.range.contains(count) ? count : maximumCPUs
        let checker = Checker(file: file, logicalCPUs: Int(logicalCPUs))
        try checker.visit(root, path: [], key: "")
        if let cpus = machine?["affinityCPUs"] as? [NSNumber] {
            try checker.checkDistinct(cpus.map(\.intValue)) { "machine.affinityCPUs[\($0)]" }
        }
    }

    /// JSONSerialization hands `true` and `false` over as NSNumbers of type "c" (char), not as numbers.
    static func isBoolean(_ number: NSNumber) -> Bool { String(cString: number.objCType) == "c" }

    /// Applies the rules and names the place of the first number that breaks one.
    final class Checker {
        let file: String
        let logicalCPUs: Int

        init(file: String, logicalCPUs: Int) {
            self.file = file
            self.logicalCPUs = max(1, logicalCPUs)
        }

        /// `path` is only worked out for a refusal.
        /// Each key's rule, looked up once: a file repeats a few dozen keys hundreds of thousands of times.
        private var rules: [String: Rule] = [:]

        func check(_ number: Double, key: String, path: () -> String) throws(ResultsError) {
            let rule: Rule
            if let known = rules[key] {
                rule = known
            } else {
                rule = ResultsValidation.rule(for: key, logicalCPUs: logicalCPUs)
                rules[key] = rule
            }
            guard number.isFinite, rule.range.contains(number), !rule.integer || number.rounded() == number else {
                throw .invalidValue(path: file, field: path(), value: Self.format(number), rule: rule.meaning)
            }
        }

        /// Orders between the numbers of one object, given by key once both of a pair are known.
        func checkOrder(_ numbers: OrderedNumbers, path: (String) -> String) throws(ResultsError) {
            if let start = numbers.startSeconds, let end = numbers.endSeconds, end < start {
                throw .invalidValue(path: file, field: path("endSeconds"), value: Self.format(end),
                                    rule: "no earlier than the interval's start (\(path("startSeconds")) is \(Self.format(start)))")
            }
            if let usable = numbers.usableCores, usable > Double(logicalCPUs) {
                throw .invalidValue(path: file, field: path("usableCores"), value: Self.format(usable),
                                    rule: "at most the machine's CPUs (machine.logicalCPUs is \(logicalCPUs))")
            }
            if let requests = numbers.requests, let completed = numbers.completed, let failed = numbers.failed,
               completed + failed > requests {
                throw .invalidValue(path: file, field: path("completed"), value: Self.format(completed),
                                    rule: "at most the requests sent less those that failed (\(path("requests")) is \(Self.format(requests)), \(path("failed")) is \(Self.format(failed)))")
            }
        }

        /// A CPU may appear once in the affinity set.
        func checkDistinct(_ cpus: [Int], path: (Int) -> String) throws(ResultsError) {
            var seen = Set<Int>()
            for (index, cpu) in cpus.enumerated() where !seen.insert(cpu).inserted {
                throw .invalidValue(path: file, field: path(index), value: "\(cpu)", rule: "a CPU not already listed in the affinity set")
            }
        }

        func visit(_ value: Any, path: [String], key: String) throws(ResultsError) {
            switch value {
            case let object as [String: Any]:
                var ordered = OrderedNumbers()
                for (name, child) in object.sorted(by: { $0.key < $1.key }) {
                    try visit(child, path: path + [name], key: name)
                    if let number = child as? NSNumber { _ = ordered.record(number.doubleValue, key: name) }
                }
                try checkOrder(ordered) { Self.joined(path + [$0]) }
            case let array as [Any]:
                for (index, element) in array.enumerated() {
                    try visit(element, path: path + ["[\(index)]"], key: key)
                }
            case let number as NSNumber:
                guard key != "schemaVersion", !ResultsValidation.isBoolean(number) else { return }
                try check(number.doubleValue, key: key) { Self.joined(path) }
            default:
                return
            }
        }

        /// `["coreSweep", "points", "[0]", "cpus"]` → `coreSweep.points[0].cpus`.
        static func joined(_ components: [String]) -> String {
            components.reduce(into: "") { text, component in
                if !text.isEmpty, !component.hasPrefix("[") { text += "." }
                text += component
            }
        }

        static func format(_ number: Double) -> String {
            number.rounded() == number && abs(number) < 1e15 ? String(Int64(number)) : "\(number)"
        }
    }
}

/// The numbers of one object that `Checker.checkOrder` holds against each other, as they arrive.
struct OrderedNumbers {
    var startSeconds: Double?, endSeconds: Double?, usableCores: Double?
    var requests: Double?, completed: Double?, failed: Double?

    /// Keeps `value` when `key` is one of them; false for any other key.
    mutating func record(_ value: Double, key: String) -> Bool {
        switch key {
        case "startSeconds": startSeconds = value
        case "endSeconds": endSeconds = value
        case "usableCores": usableCores = value
        case "requests": requests = value
        case "completed": completed = value
        case "failed": failed = value
        default: return false
        }
        return true
    }
}
