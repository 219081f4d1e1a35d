/// The fence lines of a fenced code block. cmark-gfm silently runs a block whose closing fence is
/// missing to the end of its container (usually the file), swallowing the rest of the template.
enum CodeFence {
    /// The opening fence (three or more backticks or tildes) at or after `offset`, or nil.
    static func opening(_ line: [UInt8], from offset: Int) -> [UInt8]? {
        guard let start = line.indices.dropFirst(offset).first(where: { line[$0] == 0x60 || line[$0] == 0x7E }) else {
            return nil
        }
        let fence = line[start...].prefix { $0 == line[start] }
        return fence.count >= 3 ? Array(fence) : nil
    }

    /// Whether `line` closes a block opened with `opening`: after the containers' indentation and `>`
    /// markers, the same character at least as many times, then only spaces.
    static func closes(_ line: [UInt8], opening: [UInt8]) -> Bool {
        guard let character = opening.first else { return false }
        let content = line.drop { $0 == 0x20 || $0 == 0x09 || $0 == 0x3E }
        let trimmed = content.reversed().drop { $0 == 0x20 || $0 == 0x09 }
        return trimmed.count >= opening.count && trimmed.allSatisfy { $0 == character }
    }
}
