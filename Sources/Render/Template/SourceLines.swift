import Foundation

/// A file's bytes split into lines (without their `\n`), so edits can be made by line and byte column.
struct SourceLines: Sendable, Equatable {
    var lines: [[UInt8]]
    var endsWithNewline: Bool

    init(_ text: String) {
        var bytes = Array(text.utf8)
        endsWithNewline = bytes.last == 0x0A
        if endsWithNewline { bytes.removeLast() }
        lines = bytes.isEmpty && endsWithNewline ? [[]] : bytes.split(separator: 0x0A, omittingEmptySubsequences: false).map(Array.init)
        if text.isEmpty { lines = [] }
    }

    /// The index just past the closing `---` (or `...`) of YAML front matter opening the file, or 0.
    var frontMatterEnd: Int {
        guard let first = lines.first, first == Array("---".utf8) else { return 0 }
        for index in lines.indices.dropFirst() where lines[index] == Array("---".utf8) || lines[index] == Array("...".utf8) {
            return index + 1
        }
        return 0
    }

    /// Lines from `start` on, joined back into text (what cmark-gfm parses).
    func text(from start: Int) -> String {
        var bytes = Self.joined(lines[start...])
        bytes.append(0x0A)
        return String(decoding: bytes, as: UTF8.self)
    }
}

extension SourceLines {
    /// Lines joined by `\n`, copied a line at a time: the generic `joined(separator:)` walked them byte by
    /// byte, a few percent of `render` (perf).
    static func joined<Lines: Collection<[UInt8]>>(_ lines: Lines) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(lines.reduce(0) { $0 + $1.count + 1 })
        for (index, line) in lines.enumerated() {
            if index > 0 { bytes.append(0x0A) }
            bytes.append(contentsOf: line)
        }
        return bytes
    }
}

extension Array where Element == UInt8 {
    /// Byte offset of `needle` at or after `from` and before `upTo`.
    func firstOffset(of needle: [UInt8], from: Int = 0, upTo: Int? = nil) -> Int? {
        let end = Swift.min(upTo ?? count, count)
        guard let first = needle.first, from <= end - needle.count else { return nil }
        return withUnsafeBufferPointer { haystack in
            needle.withUnsafeBufferPointer { needle in
                for start in from...(end - needle.count)
                where haystack[start] == first && memcmp(haystack.baseAddress! + start, needle.baseAddress!, needle.count) == 0 {
                    return start
                }
                return nil
            }
        }
    }
}
