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
                split[p] = p.split(separator: " ").map(String.init)
                lowerSplit[p] = p.lowercased().split(separator: " ").map(String.init)
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
