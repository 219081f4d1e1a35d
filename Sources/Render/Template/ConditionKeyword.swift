/// The words that open a block-condition comment, and the near misses that must not pass for an
/// author's comment (a typo would otherwise publish both branches).
enum ConditionKeyword {
    static let all: Set<String> = ["if", "elif", "else", "end"]
    private static let otherLanguages = ["endif": "end", "elseif": "elif", "elsif": "elif", "fi": "end"]

    /// The keyword `word` was probably meant as: another language's spelling, a different case, or within
    /// edit distance 1 (words of 3+ letters) or 2 (4+ letters). Short words like `in`, `it`, `of` pass.
    static func misspelt(_ word: String) -> String? {
        let lower = word.lowercased()
        if let meant = otherLanguages[lower] { return meant }
        if all.contains(lower) { return lower }
        let letters = Array(lower)
        let nearest = all.sorted().map { ($0, NearestName.editDistance(letters, Array($0))) }.min { $0.1 < $1.1 }!
        switch (nearest.1, letters.count) {
        case (1, 3...), (2, 4...): return nearest.0
        default: return nil
        }
    }
}
