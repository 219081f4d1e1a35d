/// Finds `{{ … }}` in a byte range of one source line. A placeholder never spans lines; quoted texts
/// inside it may hold `}}`.
enum PlaceholderScanner {
    struct Found: Sendable, Equatable {
        /// Offset of `{{`.
        var start: Int
        /// Offset just past `}}`.
        var end: Int
    }

    /// Returns the placeholders in `line[lower..<upper]`, or the offset of a `{{` that is never closed.
    static func scan(_ line: [UInt8], from lower: Int, to upper: Int) -> Result<[Found], UnterminatedAt> {
        var found: [Found] = []
        var index = lower
        let upper = min(upper, line.count)
        while index + 1 < upper {
            guard line[index] == 0x7B, line[index + 1] == 0x7B else { index += 1; continue }
            let start = index
            index += 2
            var inQuote = false
            var closed = false
            while index < upper {
                let byte = line[index]
                if inQuote {
                    // Only `\"` is an escape, as the expression parser reads it.
                    if byte == 0x5C, index + 1 < upper, line[index + 1] == 0x22 { index += 2; continue }
                    if byte == 0x22 { inQuote = false }
                } else if byte == 0x22 {
                    inQuote = true
                } else if byte == 0x7D, index + 1 < upper, line[index + 1] == 0x7D {
                    index += 2
                    closed = true
                    break
                }
                index += 1
            }
            guard closed else { return .failure(UnterminatedAt(offset: start)) }
            found.append(Found(start: start, end: index))
        }
        return .success(found)
    }

    struct UnterminatedAt: Error, Equatable {
        var offset: Int
    }
}
