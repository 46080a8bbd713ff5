import ArgMapText

/// Phrases (each a list of words) with the document's numbers for their words
/// (``TokenList/lowerID(_:)``), so that looking for them in a sentence compares numbers
/// instead of strings, and a sentence where no phrase can start is passed over at once.
///
/// A word matches a token when it equals the token's lower-case form (`==`), exactly as
/// comparing the strings would: two forms have the same number exactly when they are equal,
/// and a phrase with a word no token has can occur nowhere.
struct PhraseList {
    /// The phrases' words, in the order given.
    let words: [[String]]
    /// Per phrase: the numbers of its words, or nil when some word is the lower-case form of
    /// no token of the document.
    let ids: [[Int]?]
    /// Per lower-case form number: whether some phrase starts with that form.
    private let starts: [Bool]
    /// Whether some phrase has no words (it occurs everywhere).
    private let hasEmpty: Bool

    init(_ words: [[String]], _ tokens: TokenList) {
        self.words = words
        var starts = [Bool](repeating: false, count: tokens.lowerFormCount)
        var ids: [[Int]?] = []
        ids.reserveCapacity(words.count)
        for w in words {
            var out: [Int] = []
            out.reserveCapacity(w.count)
            for x in w {
                guard let id = tokens.lowerID(of: x) else { break }
                out.append(id)
            }
            if out.count == w.count {
                if let f = out.first { starts[f] = true }
                ids.append(out)
            } else {
                ids.append(nil)
            }
        }
        self.ids = ids
        self.starts = starts
        hasEmpty = words.contains { $0.isEmpty }
    }

    /// Whether some phrase may start at token `i` (its first word is the token's form).
    @inline(__always)
    func mayStart(at i: Int, _ tokens: TokenList) -> Bool {
        hasEmpty || starts[tokens.lowerID(i)]
    }

    /// Whether some phrase may start at a token of `r` (if not, none occurs in `r`).
    func mayOccur(in r: Range<Int>, _ tokens: TokenList) -> Bool {
        if hasEmpty { return true }
        for i in r where starts[tokens.lowerID(i)] { return true }
        return false
    }
}
