import ArgMapText

/// The word lists the rules test tokens against most often: the lexicon's lists
/// (``LexiconSets``) and the rules' own sets. Each is one bit of ``WordClasses``.
enum WordClass: Int, CaseIterable {
    // The lexicon's lists.
    case copulas, viewNouns, ideaNouns, faultWords, praiseWords, demonyms, agreementAdverbs, conflictAdverbs,
         authorAdverbs, ordinalOpeners, stanceNouns, conflictAdjectives, agreementAdjectives, comparativeAttitudes,
         stanceAdjectives, assentNouns, oppositionNouns, conflictNouns, agreementNouns
    // The rules' sets (``ExtractionRun``'s static sets of the same names, and
    // ``MentionFinder/stop``).
    case negations, determiners, adverbs, prepositions, skippable, faultPredicates, praisePredicates, judgedNouns,
         undoneParticiples, outcomeNouns, contrastSubordinators, againstRoles, withRoles, verdictAdjectives,
         judgingVerbs, faultVerbs, factCheckLabels, expressionVerbs, errorVerbs, stop
    /// The forms of ``ExtractionRun/directiveForms`` (its keys).
    case directiveForms
    // Lists of single rules (``ExtractionRun``'s static sets of the same names).
    case clauseJoiners, leadVerbs, opposingAdjectives, dissentVerbs, refusalVerbs, upheldVerdicts, rejectedVerdicts

    /// Whether `w` is in the list this class stands for.
    func contains(_ w: String, _ words: LexiconSets) -> Bool {
        typealias R = ExtractionRun
        switch self {
        case .copulas: return words.copulas.contains(w)
        case .viewNouns: return words.viewNouns.contains(w)
        case .ideaNouns: return words.ideaNouns.contains(w)
        case .faultWords: return words.faultWords.contains(w)
        case .praiseWords: return words.praiseWords.contains(w)
        case .demonyms: return words.demonyms.contains(w)
        case .agreementAdverbs: return words.agreementAdverbs.contains(w)
        case .conflictAdverbs: return words.conflictAdverbs.contains(w)
        case .authorAdverbs: return words.authorAdverbs.contains(w)
        case .ordinalOpeners: return words.ordinalOpeners.contains(w)
        case .stanceNouns: return words.stanceNouns.contains(w)
        case .conflictAdjectives: return words.conflictAdjectives.contains(w)
        case .agreementAdjectives: return words.agreementAdjectives.contains(w)
        case .comparativeAttitudes: return words.comparativeAttitudes.contains(w)
        case .stanceAdjectives: return words.stanceAdjectives.contains(w)
        case .assentNouns: return words.assentNouns.contains(w)
        case .oppositionNouns: return words.oppositionNouns.contains(w)
        case .conflictNouns: return words.conflictNouns.contains(w)
        case .agreementNouns: return words.agreementNouns.contains(w)
        case .negations: return R.negations.contains(w)
        case .determiners: return R.determiners.contains(w)
        case .adverbs: return R.adverbs.contains(w)
        case .prepositions: return R.prepositions.contains(w)
        case .skippable: return R.skippable.contains(w)
        case .faultPredicates: return R.faultPredicates.contains(w)
        case .praisePredicates: return R.praisePredicates.contains(w)
        case .judgedNouns: return R.judgedNouns.contains(w)
        case .undoneParticiples: return R.undoneParticiples.contains(w)
        case .outcomeNouns: return R.outcomeNouns.contains(w)
        case .contrastSubordinators: return R.contrastSubordinators.contains(w)
        case .againstRoles: return R.againstRoles.contains(w)
        case .withRoles: return R.withRoles.contains(w)
        case .verdictAdjectives: return R.verdictAdjectives.contains(w)
        case .judgingVerbs: return R.judgingVerbs.contains(w)
        case .faultVerbs: return R.faultVerbs.contains(w)
        case .factCheckLabels: return R.factCheckLabels.contains(w)
        case .expressionVerbs: return R.expressionVerbs.contains(w)
        case .errorVerbs: return R.errorVerbs.contains(w)
        case .stop: return MentionFinder.stop.contains(w)
        case .directiveForms: return R.directiveForms[w] != nil
        case .clauseJoiners: return R.clauseJoiners.contains(w)
        case .leadVerbs: return R.leadVerbs.contains(w)
        case .opposingAdjectives: return R.opposingAdjectives.contains(w)
        case .dissentVerbs: return R.dissentVerbs.contains(w)
        case .refusalVerbs: return R.refusalVerbs.contains(w)
        case .upheldVerdicts: return R.upheldVerdicts.contains(w)
        case .rejectedVerdicts: return R.rejectedVerdicts.contains(w)
        }
    }

    /// The words of the list this class stands for (each list's words are distinct).
    func members(_ words: LexiconSets) -> [String] {
        typealias R = ExtractionRun
        switch self {
        case .copulas: return words.copulas.index.keys
        case .viewNouns: return words.viewNouns.index.keys
        case .ideaNouns: return words.ideaNouns.index.keys
        case .faultWords: return words.faultWords.index.keys
        case .praiseWords: return words.praiseWords.index.keys
        case .demonyms: return words.demonyms.index.keys
        case .agreementAdverbs: return words.agreementAdverbs.index.keys
        case .conflictAdverbs: return words.conflictAdverbs.index.keys
        case .authorAdverbs: return words.authorAdverbs.index.keys
        case .ordinalOpeners: return words.ordinalOpeners.index.keys
        case .stanceNouns: return words.stanceNouns.index.keys
        case .conflictAdjectives: return words.conflictAdjectives.index.keys
        case .agreementAdjectives: return words.agreementAdjectives.index.keys
        case .comparativeAttitudes: return words.comparativeAttitudes.index.keys
        case .stanceAdjectives: return words.stanceAdjectives.index.keys
        case .assentNouns: return words.assentNouns.index.keys
        case .oppositionNouns: return words.oppositionNouns.index.keys
        case .conflictNouns: return words.conflictNouns.index.keys
        case .agreementNouns: return words.agreementNouns.index.keys
        case .negations: return Array(R.negations)
        case .determiners: return Array(R.determiners)
        case .adverbs: return Array(R.adverbs)
        case .prepositions: return Array(R.prepositions)
        case .skippable: return Array(R.skippable)
        case .faultPredicates: return Array(R.faultPredicates)
        case .praisePredicates: return Array(R.praisePredicates)
        case .judgedNouns: return Array(R.judgedNouns)
        case .undoneParticiples: return Array(R.undoneParticiples)
        case .outcomeNouns: return Array(R.outcomeNouns)
        case .contrastSubordinators: return Array(R.contrastSubordinators)
        case .againstRoles: return Array(R.againstRoles)
        case .withRoles: return Array(R.withRoles)
        case .verdictAdjectives: return Array(R.verdictAdjectives)
        case .judgingVerbs: return Array(R.judgingVerbs)
        case .faultVerbs: return Array(R.faultVerbs)
        case .factCheckLabels: return Array(R.factCheckLabels)
        case .expressionVerbs: return Array(R.expressionVerbs)
        case .errorVerbs: return Array(R.errorVerbs)
        case .stop: return Array(MentionFinder.stop)
        case .directiveForms: return R.directiveForms.keys
        case .clauseJoiners: return Array(R.clauseJoiners)
        case .leadVerbs: return Array(R.leadVerbs)
        case .opposingAdjectives: return Array(R.opposingAdjectives)
        case .dissentVerbs: return Array(R.dissentVerbs)
        case .refusalVerbs: return Array(R.refusalVerbs)
        case .upheldVerdicts: return Array(R.upheldVerdicts)
        case .rejectedVerdicts: return Array(R.rejectedVerdicts)
        }
    }
}

/// Per lower-case form of a document (``TokenList/lowerID(_:)``): the ``WordClass`` lists it
/// is in, as bits. A rule then tests a token against a list with one array read instead of
/// hashing the token's string; the answer is the same, since tokens with one number have
/// equal lower-case forms.
struct WordClasses {
    private let bits: [UInt64]

    init(_ tokens: TokenList, _ words: LexiconSets) {
        precondition(WordClass.allCases.count <= 64, "one bit per class in a UInt64")
        var bits = [UInt64](repeating: 0, count: tokens.lowerFormCount)
        // The document's distinct lower-case forms, by number.
        var forms = [String](repeating: "", count: tokens.lowerFormCount)
        var done = [Bool](repeating: false, count: tokens.lowerFormCount)
        for i in tokens.indices {
            let id = tokens.lowerID(i)
            if done[id] { continue }
            done[id] = true
            forms[id] = tokens.lower(i)
        }
        // Per list, whichever side is shorter is looked up in the other: the list's words
        // among the document's forms (``TokenList/lowerID(of:)`` matches as `==` does), or
        // the forms in the list. Both give the same bits.
        for c in WordClass.allCases {
            let bit: UInt64 = 1 << UInt64(c.rawValue)
            let members = c.members(words)
            if members.count < forms.count {
                for w in members { if let id = tokens.lowerID(of: w) { bits[id] |= bit } }
            } else {
                for (id, w) in forms.enumerated() where c.contains(w, words) { bits[id] |= bit }
            }
        }
        self.bits = bits
    }

    /// Whether the lower-case form numbered `id` is in list `c`.
    @inline(__always)
    func contains(_ c: WordClass, form id: Int) -> Bool {
        bits[id] & (1 << UInt64(c.rawValue)) != 0
    }
}

extension ExtractionRun {
    /// Whether the lower-case form of token `k` is in list `c`: the same as, say,
    /// `Self.negations.contains(lower(k))` or `words.copulas.contains(lower(k))`.
    @inline(__always)
    func isIn(_ c: WordClass, _ k: Int) -> Bool {
        wordClasses.contains(c, form: toks.lowerID(k))
    }
}
