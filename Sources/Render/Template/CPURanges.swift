/// A CPU list in the kernel's compact form: `[0, 1, 2, 5]` → `0-2,5`.
struct CPURanges {
    let text: String

    init(_ cpus: [Int]) {
        let sorted = Array(Set(cpus)).sorted()
        var parts: [String] = []
        var index = 0
        while index < sorted.count {
            var end = index
            while end + 1 < sorted.count, sorted[end + 1] == sorted[end] + 1 { end += 1 }
            parts.append(end == index ? "\(sorted[index])" : "\(sorted[index])-\(sorted[end])")
            index = end + 1
        }
        text = parts.joined(separator: ",")
    }
}
