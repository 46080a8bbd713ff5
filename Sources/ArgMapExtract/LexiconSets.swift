import ArgMapText

/// The word lists of a ``Lexicon`` that extraction tests membership in, as sets (``WordSet``:
/// the answers of `Set<String>`, with faster look-ups).
struct LexiconSets: Sendable {
    let agreementAdjectives: WordSet
    let agreementAdverbs: WordSet
    let authorAdverbs: WordSet
    let comparativeAttitudes: WordSet
    let conflictAdjectives: WordSet
    let conflictAdverbs: WordSet
    let copulas: WordSet
    let demonyms: WordSet
    let ideaNouns: WordSet
    let ordinalOpeners: WordSet
    let viewNouns: WordSet
    let assentNouns: WordSet
    let oppositionNouns: WordSet
    let stanceAdjectives: WordSet
    let stanceNouns: WordSet
    let faultWords: WordSet
    let praiseWords: WordSet
    /// The lexicon's conflict and agreement nouns as they are (not lower-cased).
    let conflictNouns: WordSet
    let agreementNouns: WordSet
    /// The lexicon's phrases split into words (``ExtractionRun/split(_:)``), made once.
    let phraseWords: [String: [String]]
    /// The lexicon's cues lower-cased and split into words (``ExtractionRun/opener(_:_:)``).
    let lowerPhraseWords: [String: [String]]
    /// Lists the rules try in every sentence, each phrase split as ``ExtractionRun/split(_:)``
    /// splits it (made once, not per sentence).
    let authorOpenerWords: [[String]]
    let perspectiveMarkerWords: [[String]]
    let agreementPredicateWords: [[String]]
    let groundsCueWords: [[String]]

    /// The sets of the built-in lexicon, made once for the process.
    static let builtIn = LexiconSets(Lexicon.builtIn)

    /// The sets of `lex`: ``builtIn`` when every list they are made from is the built-in
    /// lexicon's, byte for byte (as after merging a user lexicon, which adds to other lists);
    /// else made now. Either way the same sets.
    static func of(_ lex: Lexicon) -> LexiconSets {
        let b = Lexicon.builtIn
        // The lists of ``Lexicon`` these sets are made from (with faultWords and praiseWords).
        let sourceLists: [KeyPath<Lexicon, [String]>] = [
            \.agreementAdjectives, \.agreementAdverbs, \.authorAdverbs, \.comparativeAttitudes, \.conflictAdjectives,
            \.conflictAdverbs, \.copulas, \.demonyms, \.ideaNouns, \.ordinalOpeners, \.viewNouns, \.assentNouns,
            \.oppositionNouns, \.stanceAdjectives, \.stanceNouns, \.conflictNouns, \.agreementNouns,
            \.perspectiveMarkers, \.agreementPredicates, \.authorOpeners, \.groundsCues, \.contrastOpeners,
            \.authorContradictionCues, \.authorJudgementCues,
        ]
        func same(_ x: [String]?, _ y: [String]?) -> Bool {
            guard let x, let y else { return x == nil && y == nil }
            if x.withUnsafeBufferPointer({ $0.baseAddress }) == y.withUnsafeBufferPointer({ $0.baseAddress }) && x.count == y.count { return true }
            return x.count == y.count && zip(x, y).allSatisfy { $0.utf8.elementsEqual($1.utf8) }
        }
        let isBuiltIn = sourceLists.allSatisfy { same(lex[keyPath: $0], b[keyPath: $0]) }
            && same(lex.faultWords, b.faultWords) && same(lex.praiseWords, b.praiseWords)
        return isBuiltIn ? builtIn : LexiconSets(lex)
    }

    init(_ lex: Lexicon) {
        agreementAdjectives = WordSet(lex.agreementAdjectives.map { $0.lowercased() })
        agreementAdverbs = WordSet(lex.agreementAdverbs.map { $0.lowercased() })
        authorAdverbs = WordSet(lex.authorAdverbs.map { $0.lowercased() })
        comparativeAttitudes = WordSet(lex.comparativeAttitudes.map { $0.lowercased() })
        conflictAdjectives = WordSet(lex.conflictAdjectives.map { $0.lowercased() })
        conflictAdverbs = WordSet(lex.conflictAdverbs.map { $0.lowercased() })
        copulas = WordSet(lex.copulas.map { $0.lowercased() })
        demonyms = WordSet(lex.demonyms.map { $0.lowercased() })
        ideaNouns = WordSet(lex.ideaNouns.map { $0.lowercased() })
        ordinalOpeners = WordSet(lex.ordinalOpeners.map { $0.lowercased() })
        viewNouns = WordSet(lex.viewNouns.map { $0.lowercased() })
        assentNouns = WordSet(lex.assentNouns.map { $0.lowercased() })
        oppositionNouns = WordSet(lex.oppositionNouns.map { $0.lowercased() })
        stanceAdjectives = WordSet(lex.stanceAdjectives.map { $0.lowercased() })
        stanceNouns = WordSet(lex.stanceNouns.map { $0.lowercased() })
        faultWords = WordSet((lex.faultWords ?? []).map { $0.lowercased() })
        praiseWords = WordSet((lex.praiseWords ?? []).map { $0.lowercased() })
        conflictNouns = WordSet(lex.conflictNouns)
        agreementNouns = WordSet(lex.agreementNouns)
        var split: [String: [String]] = [:]
        var lowerSplit: [String: [String]] = [:]
        for list in [lex.perspectiveMarkers, lex.agreementPredicates, lex.authorOpeners, lex.groundsCues,
                     lex.contrastOpeners, lex.authorContradictionCues, lex.authorJudgementCues] {
            for p in list {
                split[p] = p.fastSplitAtSpaces()
                lowerSplit[p] = p.lowercased().fastSplitAtSpaces()
            }
        }
        phraseWords = split
        authorOpenerWords = lex.authorOpeners.map { split[$0]! }
        perspectiveMarkerWords = lex.perspectiveMarkers.map { split[$0]! }
        agreementPredicateWords = lex.agreementPredicates.map { split[$0]! }
        groundsCueWords = lex.groundsCues.map { split[$0]! }
        lowerPhraseWords = lowerSplit
    }
}
