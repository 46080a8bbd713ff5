import ArgMapText

/// Tables that extraction makes from a lexicon's lists alone (the rules' verb-form maps and
/// the mention finder's word sets), made once per process for the built-in lexicon: by
/// ``Extractor/prepare(lexicon:)`` on the other core while the input is read, else on first
/// use. A lexicon whose lists are the built-in ones byte for byte gets the built-in tables;
/// any other gets its own, made on the spot. The tables are the same either way.
struct LexiconTables: Sendable {
    /// Inflected form -> lemma of the lexicon's verb lists (``Lexicon/forms(_:)``).
    let reportForms: WordMap
    let stanceForms: WordMap
    let infinitiveForms: WordMap
    let conflictForms: WordMap
    let agreementForms: WordMap
    /// The word sets of ``MentionFinder``.
    let notActors: WordSet
    let notActorHeads: WordSet
    let groupHeads: WordSet
    let bodyWords: WordSet
    let places: WordSet
    let titles: WordSet
    /// Adjectives of peoples and states ("Greek", "Soviet"), lower-cased.
    let demonyms: WordSet
    let personPronouns: WordSet
    let pluralPronouns: WordSet
    let bodyPronouns: WordSet
    /// ``MentionFinder/commonWords``: the verbs' forms and the cue and view nouns.
    let commonWords: WordSet

    static let builtIn = LexiconTables(Lexicon.builtIn)

    static func of(_ lex: Lexicon) -> LexiconTables {
        let b = Lexicon.builtIn
        func same(_ x: [String], _ y: [String]) -> Bool {
            if x.withUnsafeBufferPointer({ $0.baseAddress }) == y.withUnsafeBufferPointer({ $0.baseAddress }) && x.count == y.count { return true }
            return x.count == y.count && zip(x, y).allSatisfy { $0.utf8.elementsEqual($1.utf8) }
        }
        let isBuiltIn = same(lex.reportingVerbs, b.reportingVerbs) && same(lex.stanceVerbs, b.stanceVerbs)
            && same(lex.infinitiveStanceVerbs, b.infinitiveStanceVerbs) && same(lex.conflictVerbs, b.conflictVerbs)
            && same(lex.agreementVerbs, b.agreementVerbs) && same(lex.notActors, b.notActors)
            && same(lex.notActorHeads, b.notActorHeads) && same(lex.groupHeads, b.groupHeads)
            && same(lex.bodyWords, b.bodyWords) && same(lex.places, b.places) && same(lex.titles, b.titles) && same(lex.demonyms, b.demonyms)
            && same(lex.personPronouns, b.personPronouns) && same(lex.pluralPronouns, b.pluralPronouns)
            && same(lex.bodyPronouns, b.bodyPronouns) && same(lex.conflictNouns, b.conflictNouns)
            && same(lex.agreementNouns, b.agreementNouns) && same(lex.viewNouns, b.viewNouns)
            && same(lex.stanceNouns, b.stanceNouns) && same(lex.oppositionNouns, b.oppositionNouns)
            && same(lex.assentNouns, b.assentNouns) && same(lex.ideaNouns, b.ideaNouns)
        return isBuiltIn ? builtIn : LexiconTables(lex)
    }

    /// `WordMap(Lexicon.forms(lemmas))`, without the dictionary: each form goes to the first
    /// lemma that makes it.
    static func formMap(_ lemmas: [String]) -> WordMap {
        var forms: [String] = [], of: [String] = []
        forms.reserveCapacity(lemmas.count * 4)
        of.reserveCapacity(lemmas.count * 4)
        for l in lemmas {
            for f in Lexicon.inflections(l) {
                forms.append(f)
                of.append(l)
            }
        }
        return WordMap(keys: forms, values: of)
    }

    init(_ lex: Lexicon) {
        reportForms = Self.formMap(lex.reportingVerbs)
        stanceForms = Self.formMap(lex.stanceVerbs)
        infinitiveForms = Self.formMap(lex.infinitiveStanceVerbs)
        conflictForms = Self.formMap(lex.conflictVerbs)
        agreementForms = Self.formMap(lex.agreementVerbs)
        notActors = WordSet(lex.notActors.map { $0.lowercased() })
        notActorHeads = WordSet(lex.notActorHeads.map { $0.lowercased() })
        groupHeads = WordSet(lex.groupHeads.map { $0.lowercased() })
        bodyWords = WordSet(lex.bodyWords.map { $0.lowercased() })
        places = WordSet(lex.places.map { $0.lowercased() })
        titles = WordSet(lex.titles.map { $0.lowercased() })
        demonyms = WordSet(lex.demonyms.map { $0.lowercased() })
        personPronouns = WordSet(lex.personPronouns)
        pluralPronouns = WordSet(lex.pluralPronouns)
        bodyPronouns = WordSet(lex.bodyPronouns)
        // (A word set keeps one of equal words, as a Set<String> would: no set made first.)
        var common: [String] = []
        for m in [reportForms, stanceForms, infinitiveForms, conflictForms, agreementForms] { common += m.keys }
        for l in [lex.conflictNouns, lex.agreementNouns, lex.viewNouns, lex.stanceNouns, lex.oppositionNouns, lex.assentNouns, lex.ideaNouns] {
            common += l
        }
        commonWords = WordSet(common)
    }
}
