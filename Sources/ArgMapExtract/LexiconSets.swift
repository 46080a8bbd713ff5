/// The word lists of a ``Lexicon`` that extraction tests membership in, as sets.
struct LexiconSets: Sendable {
    let agreementAdjectives: Set<String>
    let agreementAdverbs: Set<String>
    let authorAdverbs: Set<String>
    let comparativeAttitudes: Set<String>
    let conflictAdjectives: Set<String>
    let conflictAdverbs: Set<String>
    let copulas: Set<String>
    let demonyms: Set<String>
    let ideaNouns: Set<String>
    let ordinalOpeners: Set<String>
    let viewNouns: Set<String>
    let assentNouns: Set<String>
    let oppositionNouns: Set<String>
    let stanceAdjectives: Set<String>
    let stanceNouns: Set<String>
    let faultWords: Set<String>
    let praiseWords: Set<String>

    init(_ lex: Lexicon) {
        agreementAdjectives = Set(lex.agreementAdjectives.map { $0.lowercased() })
        agreementAdverbs = Set(lex.agreementAdverbs.map { $0.lowercased() })
        authorAdverbs = Set(lex.authorAdverbs.map { $0.lowercased() })
        comparativeAttitudes = Set(lex.comparativeAttitudes.map { $0.lowercased() })
        conflictAdjectives = Set(lex.conflictAdjectives.map { $0.lowercased() })
        conflictAdverbs = Set(lex.conflictAdverbs.map { $0.lowercased() })
        copulas = Set(lex.copulas.map { $0.lowercased() })
        demonyms = Set(lex.demonyms.map { $0.lowercased() })
        ideaNouns = Set(lex.ideaNouns.map { $0.lowercased() })
        ordinalOpeners = Set(lex.ordinalOpeners.map { $0.lowercased() })
        viewNouns = Set(lex.viewNouns.map { $0.lowercased() })
        assentNouns = Set(lex.assentNouns.map { $0.lowercased() })
        oppositionNouns = Set(lex.oppositionNouns.map { $0.lowercased() })
        stanceAdjectives = Set(lex.stanceAdjectives.map { $0.lowercased() })
        stanceNouns = Set(lex.stanceNouns.map { $0.lowercased() })
        faultWords = Set((lex.faultWords ?? []).map { $0.lowercased() })
        praiseWords = Set((lex.praiseWords ?? []).map { $0.lowercased() })
    }
}
