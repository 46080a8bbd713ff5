import ArgMapGraph
import ArgMapText

/// Turns a ``Document`` into an ``ArgumentGraph``: actors, the positions they hold and the
/// agreement and conflict relations the text states, each with its evidence and rule.
///
/// Extraction is a pure function of the document and the lexicon: the same input always gives
/// the same graph.
public struct Extractor: Sendable {
    public let lexicon: Lexicon

    public init(lexicon: Lexicon = .builtIn) {
        self.lexicon = lexicon
    }

    /// Extracts the argument graph of `document`.
    public func extract(_ document: Document) -> ArgumentGraph {
        var run = ExtractionRun(doc: document, lex: lexicon)
        run.run()
        // Building the graph does not look at the mentions (GraphBuilder.swift): they are let
        // go first, which lowers the peak memory of a long text by a fifth. The same for the
        // rules' per-sentence tables.
        run.mentions = []
        run.releaseRuleTables()
        // For a long text, hand that memory back before the graph is made (about 3 MB of the
        // peak for a 10 MB text).
        if document.tokens.count > 100_000 { releaseFreeMemory() }
        return run.graph()
    }
}

/// Per lower-case form number of a document: the sentences that hold a token of that form,
/// in increasing order, all in one array (``ExtractionRun/sentencesByForm(_:)``).
struct FormSentences {
    /// Form `f`'s sentences are `sentences[offsets[f]..<offsets[f + 1]]`.
    let offsets: [Int32]
    let sentences: [Int32]

    subscript(form: Int) -> ArraySlice<Int32> {
        sentences[Int(offsets[form])..<Int(offsets[form + 1])]
    }
}

/// A position found in the text before it becomes a node.
struct PositionDraft {
    var holders: [Int]
    /// Token range of the claim.
    var tokens: Range<Int>
    var sentence: Int
    var rule: String
    var quoted: Bool
    /// Extra evidence (token ranges) merged in.
    var more: [Range<Int>] = []
    /// The tokens the label is made from when not the whole claim (the clause after "said that").
    var labelTokens: Range<Int>? = nil
}

/// A relation found in the text before it becomes an edge.
struct RelationDraft {
    enum End: Hashable { case actor(Int), position(Int) }
    var kind: EdgeKind
    var a: End
    var b: End
    var cue: String
    var sentence: Int
    var span: Range<Int>
    var rule: String
}

struct ExtractionRun {
    let doc: Document
    /// The lexicon (``Shared``: one reference to copy, not one per list).
    let lex: Shared<Lexicon>
    var mentions: [[Mention]] = []
    var registry = ActorRegistry()
    var positions: [PositionDraft] = []
    var relations: [RelationDraft] = []
    var authorIndex: Int? = nil
    /// Per sentence: the actors that hold a view stated in it.
    var holdersBySentence: [Int: [Int]] = [:]
    /// Per lower-case form number: the sentences that hold it (``sentencesByForm(_:)``),
    /// made on the first look-up of an idea's owner.
    var sentencesByForm: FormSentences? = nil
    /// Owners of ideas already looked up (see ``ideaOwner(_:excluding:)``).
    var ideaOwners: [String: Int?] = [:]
    /// Per sentence: the positions that lie in it or cross it (indices into `positions`), in
    /// increasing order without repeats (positions are only appended).
    var positionsBySentence: [Int: [Int]] = [:]
    /// Per actor: the positions it holds (indices into `positions`), in increasing order
    /// without repeats.
    var positionsByHolder: [Int: [Int]] = [:]
    /// The actors ranked by their mentions, made on the first call of ``mainActor(excluding:)``.
    var mainActorRanking: [(actor: Int, count: Int)]? = nil
    /// Per sentence: who speaks in the narration where it is not the author (the Court in a
    /// judicial opinion, the dissenting justice in a dissent).
    var narrator: [Int: Int] = [:]
    /// Sentences that open with a speaker's label ("Mr. Howard:"): where the turn's words start.
    var speakerLabel: [Int: Int] = [:]
    /// Per paragraph of a turn: who spoke in the turn before (the one being answered).
    var previousSpeaker: [Int: Int] = [:]
    /// Sentences spoken in a transcript's turns (see ``speakerTurns()``).
    var turnSentences: Set<Int> = []
    /// Sentences of a judicial opinion's narration, the court's or a dissenting justice's.
    var opinionSentences: Set<Int> = []

    let reportForms: WordMap
    let stanceForms: WordMap
    let infinitiveForms: WordMap
    let conflictForms: WordMap
    let agreementForms: WordMap
    let conflictPhrases: [[String]]
    /// The lexicon's word lists as sets, for look-ups in the hot loops.
    let words: Shared<LexiconSets>
    /// Which of the common word lists each lower-case form of the document is in (see
    /// ``isIn(_:_:)``).
    let wordClasses: WordClasses
    static let denyForms = WordMap(Lexicon.forms(["deny", "dispute", "refute", "reject", "doubt", "contest", "question", "challenge"]))
    static let directiveForms = WordMap(Lexicon.forms(["encourage", "urge", "authorize", "authorise", "instruct", "ask", "advise", "press", "order", "direct", "invite", "implore", "exhort", "pressure", "persuade", "convince", "tell", "warn", "remind", "call"]))
    let agreementPhrases: [[String]]
    /// The phrase lists the rules look for in every sentence, with the document's numbers
    /// for their words (see ``PhraseList``).
    let conflictPhraseList: PhraseList
    let agreementPhraseList: PhraseList
    let agreementPredicateList: PhraseList
    let perspectiveMarkerList: PhraseList
    /// Sentence-opening cues (``opener(_:_:)``), lower-cased.
    let contrastOpenerList: PhraseList
    let authorContradictionList: PhraseList
    let authorJudgementList: PhraseList
    /// One-word openers of a contrast ("However, ...") and of a rebuttal (the same but "still").
    let contrastWordList: PhraseList
    let rebuttalWordList: PhraseList
    /// Per lower-case form of the document (``TokenList/lowerID(_:)``): which of the verb maps
    /// know it, as bits (see ``verbKind(_:)``), so that the per-token loops need no string look-up.
    let verbKinds: [UInt8]
    /// The document's quotations, with look-ups by position (see ``QuotationIndex``).
    let quotes: QuotationIndex
    static let determiners: Set<String> = ["the", "a", "an", "this", "that", "these", "those", "his", "her", "their", "its", "our", "my", "your", "whose", "such", "no", "any", "each", "every", "some", "own", "of"]
    static let skippable: Set<String> = ["not", "never", "also", "further", "then", "still", "once", "even", "later", "soon", "repeatedly", "too", "both", "already", "always", "often", "first", "again", "subsequently", "immediately", "thus", "therefore", "did", "does", "do", "had", "has", "have", "would", "will", "could", "can", "should", "may", "might", "must", "was", "were", "is", "are", "been", "be", "being", "all", "openly", "publicly", "privately", "now", "n't", "consistently", "explicitly", "directly", "specifically", "together", "himself", "herself", "themselves", "itself", "however", "indeed", "in", "turn", "fact", "particular", "only", "cannot", "merely", "simply", "just", "now", "certainly", "today", "yesterday", "here", "nonetheless", "nevertheless", "instead", "accordingly", "rightly", "correctly", "properly", "earlier", "previously", "recently", "initially", "ultimately", "finally", "eventually",
        "reportedly", "allegedly", "apparently", "reputedly", "supposedly", "strongly", "firmly", "widely", "generally", "personally"]
    /// Adjectives of a ruling ("holds the adjudication unconstitutional").
    static let verdictAdjectives: Set<String> = ["unconstitutional", "constitutional", "invalid", "valid", "void", "lawful", "unlawful", "illegal", "legal", "liable", "guilty", "inadmissible", "admissible", "applicable", "inapplicable", "enforceable", "unenforceable", "moot", "reasonable", "unreasonable", "responsible"]
    /// Verbs whose that-clause is a wish for others ("demanded that the Allies call for ...").
    static let mandative: Set<String> = ["demand", "urge", "insist", "recommend", "ask", "request", "require", "order", "stipulate"]
    /// Reporting verbs whose noun-phrase object is itself a claim ("reported negative results").
    static let nounClaimVerbs: Set<String> = ["underline", "underscore", "stress", "emphasize", "emphasise", "highlight", "reaffirm", "reiterate", "report", "announce", "claim", "confirm", "predict", "acknowledge", "admit", "allege", "concede", "publish"]
    /// Nouns of a view that frame a sentence after an owner ("In their view, ...").
    static let perspectiveNouns: Set<String> = ["view", "opinion", "judgment", "judgement", "estimation", "eyes", "mind", "assessment", "analysis", "estimate", "reading", "understanding", "words", "account", "telling", "submission", "belief", "experience"]

    /// Stance verbs whose object the subject is for ("advocated", "championed").
    static let favouringStances: Set<String> = ["advocate", "favour", "favor", "support", "endorse", "champion", "promote", "defend", "accept", "embrace", "welcome", "back", "uphold", "praise", "hail", "applaud", "celebrate", "propose"]
    /// Prepositions that open a phrase of where, when or how after a reporting verb ("said in
    /// an interview", "wrote on Twitter").
    /// Auxiliary and copular verbs, whose finite forms show that a clause has its verb.
    static let auxiliaries: Set<String> = ["is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "may", "might", "must", "should", "shall", "do", "does", "did"]
    static let settingPrepositions: Set<String> = ["in", "on", "at", "during", "via", "after", "before", "through", "over", "from", "with", "by", "while", "when"]
    /// Of those, the ones that may also join a verb to its object or agent ("agreed with",
    /// "heard from", "stated by") or open a clause: they never close a quotation's frame.
    static let clauseSettingWords: Set<String> = ["from", "with", "by", "while", "when"]
    static let implicitThat: Set<String> = ["show", "demonstrate", "indicate", "say", "think", "believe", "argue", "claim", "insist", "warn", "suggest", "conclude", "feel", "predict", "contend", "assert", "maintain", "write", "add", "note", "admit", "fear", "hope", "tell", "deny", "envision", "resolve", "explain", "state", "declare", "agree", "find", "hold", "rule", "recommend", "urge", "demand", "propose",
        "caution", "stress", "emphasize", "emphasise", "acknowledge", "concede", "confirm", "reiterate", "assure", "allege", "complain", "observe", "remark",
        "recall", "speculate"]
    /// Agreement verbs whose negation is a refusal ("cannot accept", "did not support").
    static let refusableAgreement: Set<String> = ["accept", "support", "endorse", "back", "share", "approve", "adopt", "embrace", "ratify"]
    static let negations: Set<String> = ["not", "never", "n't", "nor", "no", "cannot"]

    init(doc: Document, lex: Lexicon) {
        self.doc = doc
        self.lex = Shared(lex)
        // The word sets before the tables: Extractor.prepare, on the other core, makes the
        // tables first, so that this thread can make the sets meanwhile.
        let sets = LexiconSets.of(lex)
        let tables = LexiconTables.of(lex)
        reportForms = tables.reportForms
        stanceForms = tables.stanceForms
        infinitiveForms = tables.infinitiveForms
        conflictForms = tables.conflictForms
        agreementForms = tables.agreementForms
        words = Shared(sets)
        wordClasses = WordClasses(doc.tokens, sets)
        quotes = QuotationIndex(doc.quotations)
        verbKinds = Self.verbKinds(doc.tokens, [reportForms, stanceForms, infinitiveForms, conflictForms, agreementForms])
        conflictPhrases = lex.conflictPhrases.map { $0.lowercased().split(separator: " ").map(String.init) }
        agreementPhrases = lex.agreementPhrases.map { $0.lowercased().split(separator: " ").map(String.init) }
        conflictPhraseList = PhraseList(conflictPhrases, doc.tokens)
        agreementPhraseList = PhraseList(agreementPhrases, doc.tokens)
        agreementPredicateList = PhraseList(words.agreementPredicateWords, doc.tokens)
        perspectiveMarkerList = PhraseList(words.perspectiveMarkerWords, doc.tokens)
        let lowerSplit = { [words] (cues: [String]) in cues.map { words.lowerPhraseWords[$0] ?? $0.lowercased().split(separator: " ").map(String.init) } }
        contrastOpenerList = PhraseList(lowerSplit(lex.contrastOpeners), doc.tokens)
        authorContradictionList = PhraseList(lowerSplit(lex.authorContradictionCues), doc.tokens)
        authorJudgementList = PhraseList(lowerSplit(lex.authorJudgementCues), doc.tokens)
        contrastWordList = PhraseList(lowerSplit(["however", "but", "yet", "still", "nevertheless"]), doc.tokens)
        rebuttalWordList = PhraseList(lowerSplit(["however", "but", "yet", "nevertheless"]), doc.tokens)
    }

    var toks: TokenList { doc.tokens }

    /// Lets go of the tables only the rules use (per sentence and per actor), before the
    /// graph is built from the positions and relations.
    mutating func releaseRuleTables() {
        sentencesByForm = nil
        holdersBySentence = [:]
        positionsBySentence = [:]
        positionsByHolder = [:]
        ideaOwners = [:]
        mainActorRanking = nil
        narrator = [:]
        speakerLabel = [:]
        previousSpeaker = [:]
        turnSentences = []
        opinionSentences = []
    }

    mutating func run() {
        let finder = MentionFinder(doc: doc, lex: lex.value)
        mentions = doc.sentences.map { finder.mentions(in: $0) }
        registry.build(&mentions, doc: doc, lex: lex.value)
        resolveSharedSurnames()
        lowerCourts()
        markSpeakers()
        opinionVoices()
        speakerTurns()
        for s in doc.sentences {
            resolvePronouns(in: s)
            receptions(in: s)
            frames(in: s)
            viewNounClauses(in: s)
            openingMotives(in: s)
            possessiveViews(in: s)
            ideaAttributions(in: s)
            adjectiveStances(in: s)
            nominalStances(in: s)
            expressedStances(in: s)
            examplesOf(in: s)
            directives(in: s)
            authorEvaluations(in: s)
            demonstrativeVerdicts(in: s)
            whichVerdicts(in: s)
            authorFindings(in: s)
        }
        enumeratedGrounds()
        quotations()
        rebuttals()
        turnClaims()
        factChecks()
        turnReplies()
        for s in doc.sentences {
            actorActs(in: s)
            documentVoices(in: s)
            authorAssessments(in: s)
            purposeOpeners(in: s)
        }
        for s in doc.sentences {
            relationsIn(s)
            nounRelations(in: s)
            ideaRelations(in: s)
            viewCritiques(in: s)
            bareAgreement(in: s)
            replies(in: s)
            sameAs(in: s)
            memberships(in: s)
            leadership(in: s)
            opposingViews(in: s)
            roles(in: s)
            ownedRoles(in: s)
            legalActions(in: s)
            joinedOpinions(in: s)
            attributedObjects(in: s)
            caseParties(in: s)
            dispositions(in: s)
            studyRelations(in: s)
            refusalsAndVerdicts(in: s)
            pronounObjects(in: s)
            defendedAgainst(in: s)
            questionedOwners(in: s)
            inFavorOf(in: s)
            answeredActs(in: s)
            overDissents(in: s)
            sharedGroups(in: s)
            mutualRelations(in: s)
            answeredRequests(in: s)
            seenAs(in: s)
            persuasions(in: s)
            echoedActs(in: s)
            participleObjects(in: s)
            demandsThat(in: s)
            coordinatedObjects(in: s)
            signedPacts(in: s)
            refusedRequests(in: s)
            heldInContempt(in: s)
        }
        coHolderAgreement()
        rulingAndOpposition()
        denials()
        evaluations()
        subjectSpans()
    }

    /// "Walter Alvarez and colleagues ... Alvarez et al. proposed ... Luis Alvarez replied": a
    /// surname that two people named in full share stands for the one named in full most
    /// recently before it (the first one named, before any full name).
    mutating func resolveSharedSurnames() {
        var fullByLast: [String: [(token: Int, actor: Int)]] = [:]
        for ms in mentions {
            for m in ms where m.form == .name {
                guard let a = m.actor, registry.actors[a].category == .person, let last = m.surface.split(separator: " ").last, m.surface.contains(" ") else { continue }
                fullByLast[last.lowercased(), default: []].append((m.tokens.lowerBound, a))
            }
        }
        for si in mentions.indices {
            for mi in mentions[si].indices {
                let m = mentions[si][mi]
                guard m.form == .name, m.actor != nil, !m.surface.contains(" "), let list = fullByLast[m.surface.lowercased()],
                      Set(list.map(\.actor)).count >= 2, let pick = list.last(where: { $0.token < m.tokens.lowerBound }) ?? list.first else { continue }
                mentions[si][mi].actor = pick.actor
            }
        }
    }

    /// Rule "claim-evaluation": a claim that names another actor and praises or faults it
    /// ("Thank you @X for your leadership", "It's not clear that Y truly wants peace") sets its
    /// holder with or against that actor. Praise needs a praise word in the sentence naming the
    /// actor; fault needs a fault word or a negation there and no praise word.
    mutating func evaluations() {
        let praise = Set(lex.praiseWords ?? [])
        let fault = Set(lex.faultWords ?? [])
        let boundaries = Self.clauseBoundaries
        // Net judgement per (holder, actor), with the clause that weighs most.
        var net: [[Int]: (score: Int, si: Int, clause: Range<Int>)] = [:]
        var order: [[Int]] = []
        func judge(_ holders: [Int], _ span: Range<Int>, _ si: Int, quotedOnly: Bool, minimum: Int, predicate: Bool = false) {
            // (In a reported claim a group may be judged too: "replied that paleontologists were
            // being misled by sparse data".)
            for m in mentions(in: span, sentence: si) where (m.form == .name || m.form == .acronym || (m.form == .pronoun && m.pronounClass == .person && !m.possessive && quotedOnly)
                || (predicate && m.form == .group && !m.possessive)) && inQuote(m.tokens.lowerBound) == quotedOnly {
                guard let y = m.actor, !holders.contains(y), registry.actors[y].category != .place else { continue }
                // (A group judged in a reported claim is one that holds views of its own.)
                if m.form == .group && positionsByHolder[y] == nil { continue }
                // "our fight against ISIS", "an insult to the sentiments of Christians": the one
                // fought or wronged is not the one judged.
                var pm = m.tokens.lowerBound - 1
                if pm > span.lowerBound, ["the", "our", "their", "its"].contains(lower(pm)) { pm -= 1 }
                if pm >= span.lowerBound, ["against", "versus"].contains(lower(pm)) { continue }
                if pm > span.lowerBound, ["to", "of"].contains(lower(pm)),
                   ["insult", "affront", "threat", "danger", "offense", "offence", "harm", "injustice", "sentiments", "feelings", "rights", "suffering"].contains(lower(pm - 1)) { continue }
                // Someone, not a common noun written with a capital ("no Government save ...").
                let rec = registry.actors[y]
                if rec.category != .person && rec.mentions.count < 2 && !toks[m.tokens.lowerBound].isAcronym { continue }
                // Judge within the clause that names the actor.
                var a = m.tokens.lowerBound
                while a > span.lowerBound && !boundaries.contains(toks[a - 1].text) { a -= 1 }
                var b = m.tokens.upperBound
                while b < span.upperBound && !boundaries.contains(toks[b].text) { b += 1 }
                // "X is trying to ... — this is a deeply dangerous way to govern": a clause that
                // sums up the one before it judges what that one says.
                if b + 2 < span.upperBound, ["—", "–", ";", ","].contains(toks[b].text), ["this", "that", "which"].contains(lower(b + 1)),
                   isIn(.copulas, b + 2) || (b + 3 < span.upperBound && isIn(.copulas, b + 3)) {
                    b += 1
                    while b < span.upperBound && !boundaries.contains(toks[b].text) { b += 1 }
                }
                let clause = (a..<b).filter { toks[$0].isWord }.map { lower($0) }
                // Reported claims count only where a predicate judges ("was not sufficient").
                if predicate {
                    // The actor must be what the predicate judges: before it, not after a preposition.
                    if m.tokens.lowerBound > a, isIn(.prepositions, m.tokens.lowerBound - 1) || ["against", "by", "from"].contains(lower(m.tokens.lowerBound - 1)) { continue }
                    // ("concluded that Milgram had manipulated the results": the actor's own
                    // misdeed, a fault verb right after it.)
                    var fv = m.tokens.upperBound
                    while fv < b && ["had", "has", "have", "deliberately", "knowingly", "repeatedly", "also"].contains(lower(fv)) { fv += 1 }
                    let misdeed = fv < b && fault.contains(lower(fv)) && lower(fv).hasSuffix("ed")
                    let judged = misdeed || (m.tokens.upperBound..<b).contains { c in
                        self.isIn(.copulas, c) && (tokenSpan(c + 1, min(b, c + 4))).contains {
                            // (A group only by a fault: "were being misled", "were wrong"; "were not
                            // properly debriefed" is done to them.)
                            m.form == .group ? isIn(.faultWords, $0) || isIn(.faultPredicates, $0)
                                : isIn(.negations, $0) || isIn(.faultPredicates, $0) || isIn(.praisePredicates, $0) }
                    }
                    if !judged { continue }
                }
                let score = clause.filter { praise.contains($0) }.count - clause.filter { fault.contains($0) || Self.negations.contains($0) }.count
                guard abs(score) >= minimum else { continue }
                // Negations alone ("no further DOE nor NSF funding") judge no one.
                if !clause.contains(where: { praise.contains($0) || fault.contains($0) }) && minimum > 1 { continue }
                for h in holders {
                    let key = [h, y]
                    if let old = net[key] {
                        net[key] = (old.score + score, abs(score) > abs(old.score) ? si : old.si, abs(score) > abs(old.score) ? a..<b : old.clause)
                    } else {
                        net[key] = (score, si, a..<b)
                        order.append(key)
                    }
                }
            }
        }
        for p in positions where p.quoted && p.rule != "author-judgement" {
            for si in Set(p.tokens.map { doc.sentenceIndex(ofToken: $0) }).sorted() {
                let s = doc.sentences[si]
                judge(p.holders, max(p.tokens.lowerBound, s.tokens.lowerBound)..<min(p.tokens.upperBound, s.tokens.upperBound), si, quotedOnly: true, minimum: 1)
            }
        }
        // A reported claim about someone ("believed that the evidence that Wegener had
        // provided was not sufficient"), judged after its verb.
        for p in positions where p.rule == "reporting-verb" {
            let from = p.labelTokens?.lowerBound ?? p.tokens.lowerBound
            judge(p.holders, from..<p.tokens.upperBound, p.sentence, quotedOnly: false, minimum: 1, predicate: true)
        }
        // The narration's own praise or blame, where it is plain (two words or more).
        for s in doc.sentences where holdersBySentence[s.index] == nil {
            judge([author(s.index)], s.tokens, s.index, quotedOnly: false, minimum: 2)
        }
        for key in order {
            guard let v = net[key], v.score != 0 else { continue }
            relations.append(RelationDraft(kind: v.score > 0 ? .agreement : .conflict, a: .actor(key[0]), b: .actor(key[1]),
                                           cue: doc.text(tokens: v.clause), sentence: v.si, span: v.clause, rule: "claim-evaluation"))
        }
    }

    /// Marks that end the clause an actor is judged in (``evaluations()``) (made once, not per call).
    static let clauseBoundaries: Set<String> = [",", ";", ":", "–", "—", ".", "?", "!", "…", "..."]

    // MARK: Helpers

    func lower(_ i: Int) -> String { doc.tokens.lower(i) }

    /// The tokens from `a` up to `b`, empty when `b` comes before `a` (a window that would run
    /// past the end of a sentence).
    func tokenSpan(_ a: Int, _ b: Int) -> Range<Int> { a..<max(a, b) }

    /// Whether token `i` lies inside a quotation (constant time; see ``Document/isQuoted(token:)``).
    func inQuote(_ i: Int) -> Bool {
        doc.isQuoted(token: i)
    }

    func mention(endingAt i: Int, sentence: Int) -> Mention? {
        mentions[sentence].first { $0.tokens.upperBound - 1 == i && $0.actor != nil }
    }

    func mentions(in r: Range<Int>, sentence: Int) -> [Mention] {
        mentions[sentence].filter { r.contains($0.tokens.lowerBound) && $0.actor != nil }
    }

    /// Names that are the subject of a reporting verb are people (unless known otherwise).
    mutating func markSpeakers() {
        for s in doc.sentences {
            for m in mentions[s.index] where m.form == .name {
                guard let a = m.actor, registry.actors[a].category == .unknown else { continue }
                var k = m.tokens.upperBound
                while k < s.tokens.upperBound && isIn(.skippable, k) { k += 1 }
                if k < s.tokens.upperBound, (verbKind(k) & Self.reportBit != 0) { registry.actors[a].category = .person }
            }
        }
    }

    /// The court of a judicial opinion: an actor named "Court" (or "the Court").
    /// Rule "lower-court": in an opinion of "the Court" (capitalised), "the court" in lower
    /// case is the court below that was named last ("A divided panel of the Court of Appeals
    /// reversed ... The court found that ..."), within the four sentences before.
    mutating func lowerCourts() {
        guard let court = courtActor(),
              mentions.contains(where: { $0.contains { $0.actor == court && toks[$0.tokens.upperBound - 1].text == "Court" } }) else { return }
        for si in mentions.indices {
            for mi in mentions[si].indices {
                let m = mentions[si][mi]
                guard m.actor == court, toks[m.tokens.upperBound - 1].text == "court", !inQuote(m.tokens.lowerBound) else { continue }
                var below: Int? = nil
                for back in 0...4 where below == nil && si - back >= 0 {
                    let earlier = mentions[si - back].filter { back > 0 || $0.tokens.upperBound <= m.tokens.lowerBound }
                    if let e = earlier.last(where: { e in
                        guard let a = e.actor, a != court else { return false }
                        let name = registry.actors[a].canonical.lowercased()
                        return name.contains("court") && name.split(separator: " ").count >= 2
                    }) { below = e.actor }
                }
                if let b = below { mentions[si][mi].actor = b }
            }
        }
    }

    func courtActor() -> Int? {
        registry.actors.indices.first { ["court", "the court", "this court"].contains(registry.actors[$0].canonical.lowercased()) }
    }

    /// Rule "opinion-voice": in judicial opinions a header "JUSTICE X, whom JUSTICE Y joins,
    /// dissenting." opens X's opinion: X (and Y) are set against the Court, Y agrees with X, and
    /// the first person "I" after it is X; "we" outside quotations is the Court.
    mutating func opinionVoices() {
        let court = courtActor()
        // "Mr. Justice BLACK delivered the opinion of the Court.": the Court speaks through the
        // justice who delivers its opinion; they are one voice (the justice's names become the
        // Court's).
        if let c = court {
            for s in doc.sentences where s.tokens.count <= 16 {
                guard let d = s.tokens.first(where: { lower($0) == "delivered" && !inQuote($0) }), d + 4 < s.tokens.upperBound,
                      lower(d + 1) == "the", lower(d + 2) == "opinion", lower(d + 3) == "of",
                      let j = mentions[s.index].last(where: { $0.tokens.upperBound <= d && $0.form == .name && $0.actor != nil && $0.actor != c })?.actor else { continue }
                for (alias, n) in registry.actors[j].aliases { registry.actors[c].aliases[alias, default: 0] += n }
                registry.actors[c].mentions += registry.actors[j].mentions
                registry.actors[c].mentions.sort { ($0.sentence, $0.start) < ($1.sentence, $1.start) }
                registry.actors[j].mentions = []
                for si in mentions.indices { for mi in mentions[si].indices where mentions[si][mi].actor == j { mentions[si][mi].actor = c } }
            }
        }
        var voice: [Int] = []
        // A text whose narration says "we" and that names a court is the court's opinion.
        let usesWe = doc.tokens.indices.contains { lower($0) == "we" && !inQuote($0) }
        for s in doc.sentences {
            let words = s.tokens.filter { toks[$0].isWord && !inQuote($0) }.map { lower($0) }
            let dissent = words.contains("dissenting"), concur = words.contains("concurring")
            // ("New State Ice Co. v. Liebmann, 285 U. S. 262 (1932) (Brandeis, J., dissenting).":
            // a citation of a case, not a header.)
            let citation = s.tokens.contains { ["v.", "v"].contains(toks[$0].text) || toks[$0].text == "(" && $0 + 1 < s.tokens.upperBound && toks[$0 + 1].text.first?.isNumber == true }
            // "Mr. Justice FRANKFURTER." alone in its paragraph: the header of a separate opinion
            // that names no side.
            let justiceHeader = !dissent && !concur && s.tokens.count <= 6 && opensParagraph(s)
                && (s.index + 1 >= doc.sentences.count || doc.sentences[s.index + 1].paragraph != s.paragraph)
                && s.tokens.contains(where: { lower($0) == "justice" }) && toks[s.tokens.upperBound - 1].text == "."
                && s.tokens.allSatisfy({ !toks[$0].isWord || toks[$0].isCapitalized })
            if justiceHeader, let j = mentions[s.index].last(where: { $0.form == .name && $0.actor != nil && $0.actor != court }) {
                voice = [j.actor!]
            }
            if (dissent || concur) && s.tokens.count <= 32, !citation, let first = mentions[s.index].first(where: { $0.form == .name && $0.actor != nil }),
               first.tokens.lowerBound <= s.tokens.lowerBound + 3 {
                voice = [first.actor!]
                for m in mentions[s.index] where m.form == .name && m.actor != nil && m.actor != first.actor {
                    // "with whom Mr. Justice DOUGLAS and Mr. Justice MINTON concur": every name after "whom".
                    if (s.tokens.lowerBound..<m.tokens.lowerBound).contains(where: { lower($0) == "whom" }),
                       !(s.tokens.lowerBound..<m.tokens.lowerBound).contains(where: { ["concur", "concurs", "join", "joins", "joined"].contains(lower($0)) }) {
                        relations.append(RelationDraft(kind: .agreement, a: .actor(m.actor!), b: .actor(first.actor!), cue: "joins", sentence: s.index, span: s.tokens, rule: "opinion-voice"))
                        voice.append(m.actor!)
                    }
                }
                if dissent, let c = court {
                    for v in voice where v != c {
                        relations.append(RelationDraft(kind: .conflict, a: .actor(v), b: .actor(c), cue: "dissenting", sentence: s.index, span: s.tokens, rule: "opinion-voice"))
                    }
                }
            }
            // "Mr. Justice McKENNA, Mr. Justice BRANDEIS, and Mr. Justice CLARKE concur in this
            // opinion.": the named justices join the opinion being read.
            // ("The CHIEF JUSTICE and Mr. Justice BURTON join in this dissent.")
            if let v = voice.first, !(dissent || concur), s.tokens.count <= 32,
               let c = s.tokens.first(where: { ["concur", "concurs", "join", "joins"].contains(lower($0)) && !inQuote($0) }),
               c + 2 < s.tokens.upperBound, (c + 1..<min(s.tokens.upperBound, c + 4)).contains(where: { ["opinion", "dissent", "concurrence"].contains(lower($0)) }) {
                for m in mentions[s.index] where m.form == .name && m.actor != nil && m.actor != v && m.tokens.upperBound <= c {
                    relations.append(RelationDraft(kind: .agreement, a: .actor(m.actor!), b: .actor(v), cue: lower(c), sentence: s.index, span: s.tokens, rule: "opinion-voice"))
                    if let court = court, m.actor != court, narrator[max(0, s.index - 1)] == v, v != court,
                       relations.contains(where: { $0.rule == "opinion-voice" && $0.kind == .conflict && $0.a == .actor(v) }) {
                        relations.append(RelationDraft(kind: .conflict, a: .actor(m.actor!), b: .actor(court), cue: lower(c), sentence: s.index, span: s.tokens, rule: "opinion-voice"))
                    }
                }
            }
            if let v = voice.first { narrator[s.index] = v; opinionSentences.insert(s.index) }
            else if let c = court, usesWe { narrator[s.index] = c; opinionSentences.insert(s.index) }
            for mi in mentions[s.index].indices where mentions[s.index][mi].form == .pronoun && mentions[s.index][mi].pronounClass == nil {
                let m = mentions[s.index][mi]
                guard !inQuote(m.tokens.lowerBound) else { continue }
                // ("CHIEF JUSTICE REHNQUIST, with whom JUSTICE SCALIA and JUSTICE THOMAS join,
                // concurring. We join the per curiam opinion.": in an opinion several justices
                // sign, "we" at the start of a sentence is its authors, named by the first.)
                // ("For these reasons, we cannot agree that affirmance is proper", "we would
                // reverse": a "we" that takes a stance now is the opinion's authors too; "as we
                // held in ..." stays the Court.)
                let stanceNow = m.tokens.upperBound < s.tokens.upperBound && ["cannot", "can", "would", "could", "must", "should", "are", "do", "believe", "think",
                    "agree", "disagree", "dissent", "conclude", "submit", "doubt", "fear", "regret"].contains(lower(m.tokens.upperBound))
                if lower(m.tokens.lowerBound) == "we", voice.count >= 2, m.tokens.lowerBound == s.tokens.lowerBound || stanceNow, court != nil, voice[0] != court {
                    mentions[s.index][mi].actor = voice[0]
                } else if lower(m.tokens.lowerBound) == "we" { mentions[s.index][mi].actor = court }
                else if !voice.isEmpty { mentions[s.index][mi].actor = voice[0] }
            }
        }
    }

    /// Rule "speaker-turn": in transcripts of debates, hearings and interviews a paragraph that
    /// opens "Mr. Howard:" or "The Prime Minister:" is that speaker's turn: "I", "we", "my" in it
    /// are the speaker, and the narration of the turn is the speaker's.
    mutating func speakerTurns() {
        var turn: (paragraph: Int, speaker: Int)? = nil
        var lastSpeaker: Int? = nil
        // A transcript (two labelled turns or more): a turn runs on over unlabelled paragraphs
        // until the next speaker's label.
        let labelled = Set(doc.sentences.filter { speakerLabelColon(in: $0) != nil }.map(\.paragraph))
        let transcript = labelled.count >= 2
        for s in doc.sentences {
            if let t = turn, t.paragraph != s.paragraph {
                if transcript && !labelled.contains(s.paragraph) {
                    turn = (s.paragraph, t.speaker)
                    previousSpeaker[s.paragraph] = previousSpeaker[t.paragraph]
                } else { turn = nil }
            }
            if let colon = speakerLabelColon(in: s),
               let m = mentions[s.index].last(where: { $0.tokens.upperBound <= colon && $0.actor != nil && ($0.form == .name || $0.form == .group) }) {
                if let last = lastSpeaker, last != m.actor! { previousSpeaker[s.paragraph] = last }
                turn = (s.paragraph, m.actor!)
                lastSpeaker = m.actor!
                speakerLabel[s.index] = colon + 1
            }
            guard let t = turn else { continue }
            narrator[s.index] = t.speaker
            turnSentences.insert(s.index)
            // "the right hon. Gentleman", "the hon. Lady": the one being answered.
            if let prev = previousSpeaker[t.paragraph] {
                for mi in mentions[s.index].indices where ["Gentleman", "Lady", "Member", "Friend"].contains(mentions[s.index][mi].surface) {
                    let a = mentions[s.index][mi].tokens.lowerBound
                    if (max(s.tokens.lowerBound, a - 5)..<a).contains(where: { lower($0) == "hon" }) { mentions[s.index][mi].actor = prev }
                }
            }
            for mi in mentions[s.index].indices where mentions[s.index][mi].form == .pronoun && mentions[s.index][mi].pronounClass == nil {
                if !inQuote(mentions[s.index][mi].tokens.lowerBound) { mentions[s.index][mi].actor = t.speaker }
            }
        }
    }

    /// The colon of a speaker's label ("Mr. Howard:", "The Prime Minister:") that opens the
    /// paragraph of sentence `s`, if it opens with one.
    func speakerLabelColon(in s: Sentence) -> Int? {
        guard s.index == 0 || doc.sentences[s.index - 1].paragraph != s.paragraph,
              let colon = s.tokens.prefix(8).first(where: { toks[$0].text == ":" }), colon + 1 < s.tokens.upperBound, !toks[colon + 1].isQuote,
              (s.tokens.lowerBound..<colon).allSatisfy({ toks[$0].isCapitalized || !toks[$0].isWord || ["of", "the", "for", "and", "hon", "right"].contains(lower($0)) }),
              mentions[s.index].contains(where: { $0.tokens.upperBound <= colon && $0.actor != nil && ($0.form == .name || $0.form == .group) }),
              !isIn(.factCheckLabels, s.tokens.lowerBound) else { return nil }
        return colon
    }

    /// Labels of fact-check paragraphs: the author's answer, and the claim it answers.
    static let factLabels: Set<String> = ["fact", "facts", "reality", "truth", "verdict"]
    static let claimLabels: Set<String> = ["hoax", "myth", "claim", "lie", "fiction", "false", "rumor", "rumour", "misinformation"]
    static let factCheckLabels: Set<String> = factLabels.union(claimLabels)

    /// Rule "fact-check": paragraphs labelled "MYTH:"/"HOAX:"/"CLAIM:" state others' claims
    /// (held by whoever the sentence says), which the author answers in "FACT:"/"REALITY:"
    /// paragraphs: those are the author's positions, set against the claims' holders.
    mutating func factChecks() {
        var lastClaimHolders: [Int] = []
        for s in doc.sentences {
            let first = s.tokens.lowerBound
            guard first + 1 < s.tokens.upperBound, toks[first + 1].text == ":",
                  opensParagraph(s) else { continue }
            let label = lower(first)
            if Self.claimLabels.contains(label) {
                lastClaimHolders = positionIndices(inSentence: s.index).map { positions[$0] }.filter { $0.sentence == s.index }.flatMap(\.holders)
                if lastClaimHolders.isEmpty, let m = mentions[s.index].first(where: { $0.actor != nil && $0.form != .pronoun && registry.actors[$0.actor!].category != .place }) {
                    lastClaimHolders = [m.actor!]
                }
                let a = author(s.index)
                relate(.conflict, [a], lastClaimHolders, cue: first..<(first + 2), s: s, rule: "fact-check")
            } else if Self.factLabels.contains(label) {
                let a = author(s.index)
                // (s opens its paragraph: the paragraph's sentences are s and those after it.)
                for t in doc.sentences[s.index...].prefix(while: { $0.paragraph == s.paragraph }) {
                    let from = t.index == s.index ? first + 2 : t.tokens.lowerBound
                    if !hasPosition(homedIn: t.index) {
                        addPosition([a], from..<t.tokens.upperBound, sentence: t.index, rule: "fact-check")
                    }
                }
            }
        }
    }

    /// Whether `s` is the first sentence of its paragraph (paragraph numbers never go down
    /// from one sentence to the next).
    func opensParagraph(_ s: Sentence) -> Bool {
        s.index == 0 || doc.sentences[s.index - 1].paragraph != s.paragraph
    }

    /// Rule "turn-reply": a turn that opens by refusing or denying ("No, I will not do that.",
    /// "I do not agree") is against the speaker answered; one that opens "Yes" or "I agree" is
    /// with them.
    mutating func turnReplies() {
        for (si, from) in speakerLabel.sorted(by: { $0.key < $1.key }) {
            let s = doc.sentences[si]
            guard let speaker = narrator[si], let prev = previousSpeaker[s.paragraph], from < s.tokens.upperBound else { continue }
            let words = (from..<s.tokens.upperBound).filter { toks[$0].isWord }.prefix(8).map { lower($0) }
            guard let first = words.first else { continue }
            let refuses = first == "no" || words.contains("disagree") || (words.contains("not") && (words.contains("agree") || words.contains("accept")))
                || zip(words, words.dropFirst()).contains { ["correct", "contradict"].contains($0.1) && ["me", "must", "to", "i"].contains($0.0) }
            // "That is right", "quite right" (not "the right hon. Gentleman").
            let rightAssent = zip(words, words.dropFirst()).contains { $0.1 == "right" && ["is", "quite", "absolutely", "entirely", "exactly", "'s"].contains($0.0) }
            let assents = !refuses && (first == "yes" || (words.contains("agree") && !words.contains("not")) || rightAssent)
            if refuses || assents {
                relate(refuses ? .conflict : .agreement, [speaker], [prev], cue: from..<min(s.tokens.upperBound, from + 6), s: s, rule: "turn-reply")
            }
        }
    }

    /// Words by which an opinion's own sentence judges ("The CSA is a valid exercise of federal
    /// power", "Well-settled law controls our answer").
    static let opinionJudgementWords: Set<String> = ["reversed", "affirmed", "vacated", "remanded", "short", "insufficient", "sufficient", "ample",
        "valid", "invalid", "unconstitutional", "constitutional", "proper", "improper", "erroneous", "correct", "incorrect", "unjustified",
        "justified", "irreconcilable", "inconsistent", "controls", "exemplifies", "plainly", "clearly", "necessarily", "cannot", "must"]

    /// Claims of a speaker's turn that no frame took: sentences in the first person, questions
    /// and judgements ("No, I will not do that.", "Where on earth is the logic in that?").
    mutating func turnClaims() {
        for s in doc.sentences {
            guard let speaker = narrator[s.index], turnSentences.contains(s.index) || opinionSentences.contains(s.index) else { continue }
            let from = speakerLabel[s.index] ?? s.tokens.lowerBound
            let r = from..<s.tokens.upperBound
            if hasPosition(homedIn: s.index) { continue }
            let firstPerson = mentions[s.index].contains { $0.form == .pronoun && $0.pronounClass == nil && $0.actor == speaker && r.contains($0.tokens.lowerBound) && !inQuote($0.tokens.lowerBound) }
            // An opinion's narration: the sentences where the court or the justice speaks in the
            // first person, or judges ("The affidavit, then, falls short of ...").
            if opinionSentences.contains(s.index) && !turnSentences.contains(s.index) {
                let verdict = r.contains { isIn(.negations, $0) || isIn(.faultWords, $0) || isIn(.faultPredicates, $0) || Self.opinionJudgementWords.contains(lower($0)) }
                // ("I dissent.", "We affirm.": two words in the first person are a claim.)
                guard firstPerson || verdict, wordCount(r) >= (firstPerson ? 2 : 4), wordCount(r) <= 60 else { continue }
                addPosition([speaker], r, sentence: s.index, rule: "opinion-voice")
                continue
            }
            let question = toks[s.tokens.upperBound - 1].text == "?"
            let judged = r.contains { isIn(.negations, $0) || isIn(.faultWords, $0) || isIn(.praiseWords, $0) }
            guard firstPerson || question || judged, wordCount(r) >= 3 else { continue }
            addPosition([speaker], r, sentence: s.index, rule: "speaker-turn")
        }
    }

    /// Resolves he/she/they/it in sentence `s` to the actor they refer to: a fitting mention
    /// earlier in the sentence, else (for he/she) the latest speaker nearby, else the first
    /// fitting mention of the closest earlier sentence.
    mutating func resolvePronouns(in s: Sentence) {
        func fits(_ cls: PronounClass, _ a: Int, strict: Bool) -> Bool {
            let c = registry.actors[a].category
            if registry.actors[a].author { return false }
            switch cls {
            case .person: return c == .person || (!strict && c == .unknown)
            case .plural: return c == .group || c == .body
            case .body: return c == .body || c == .place
            }
        }
        for mi in mentions[s.index].indices where mentions[s.index][mi].form == .pronoun {
            let m = mentions[s.index][mi]
            guard let cls = m.pronounClass else { continue }
            // Inside a quotation "he" is someone the speaker talks about: the nearest person
            // named earlier in the same quotation, if any.
            if inQuote(m.tokens.lowerBound) {
                if cls == .person, let q = quotes.near(m.tokens.lowerBound..<m.tokens.lowerBound).last(where: { $0.inner.contains(m.tokens.lowerBound) }) {
                    let sentencesOfQuote = doc.sentenceIndex(ofToken: q.open)...s.index
                    let earlier = sentencesOfQuote.flatMap { mentions[$0] }.filter {
                        $0.form != .pronoun && $0.actor != nil && q.inner.contains($0.tokens.lowerBound) && $0.tokens.lowerBound < m.tokens.lowerBound && [.person, .unknown].contains(registry.actors[$0.actor!].category)
                    }
                    mentions[s.index][mi].actor = earlier.last?.actor
                }
                continue
            }
            // "it is clear", "it was admitted that": an empty subject, not a reference.
            if lower(m.tokens.lowerBound) == "it", m.tokens.upperBound < s.tokens.upperBound,
               ["is", "was", "has", "had", "seems", "seemed", "appears", "appeared", "would", "will", "should", "may", "might", "must", "can", "could"].contains(lower(m.tokens.upperBound)) { continue }
            var found: Int? = nil
            // ("Speaking to Martin Smith of PBS, he said": the subject after an opening
            // participle's phrase is not someone that phrase names.)
            let a0 = s.tokens.lowerBound
            let openingPhraseEnd: Int? = m.tokens.lowerBound > a0 + 2 && toks[m.tokens.lowerBound - 1].text == "," && lower(a0).hasSuffix("ing") && lower(a0).count > 4
                && !tokenSpan(a0, m.tokens.lowerBound - 1).contains(where: { toks[$0].text == "," }) ? m.tokens.lowerBound - 1 : nil
            let earlier = mentions[s.index][..<mi].filter { o in (o.form != .pronoun || o.actor != nil) && !inQuote(o.tokens.lowerBound) && (openingPhraseEnd.map { o.tokens.lowerBound > $0 } ?? true) }
            // "Derjaguin and Churaev published a letter in which they wrote": "they" for the
            // people named together earlier in the sentence, the latest such pair or list.
            if cls == .plural, let group = coordinatedPeople(in: earlier.filter { $0.form != .pronoun }, sentence: s) {
                mentions[s.index][mi].actor = group[0]
                mentions[s.index][mi].coActors = Array(group.dropFirst())
                continue
            }
            // The subject of a reporting verb earlier in the sentence first ("X assured Y that
            // he ..."), else the nearest fitting mention.
            for o in earlier {
                // ("the British preferred ..., but ... they wanted": a people named as a group
                // is "they", whatever its actor's sort.)
                // (A bare name of no known sort may be a person: "Huxley strongly supported Darwin
                // ..., though he called for ...".)
                guard let a = o.actor, fits(cls, a, strict: o.form != .name) || (cls == .plural && o.form == .group && !registry.actors[a].author) else { continue }
                if o.possessive { continue }
                var v = o.tokens.upperBound
                while v < m.tokens.lowerBound && (isIn(.skippable, v) || isIn(.adverbs, v) || (lower(v).hasSuffix("ly") && toks[v].isWord && !toks[v].isCapitalized)) { v += 1 }
                if v < m.tokens.lowerBound, (verbKind(v) & Self.reportBit != 0) || (verbKind(v) & Self.stanceBit != 0) || (verbKind(v) & Self.conflictBit != 0) || (verbKind(v) & Self.agreementBit != 0) || (verbKind(v) & Self.infinitiveBit != 0) { found = a; break }
            }
            // The nearest subject before the nearest object: "Mitsotakis met with President
            // Trump, where he denounced ..." is Mitsotakis.
            for o in earlier.reversed() where found == nil {
                let before = o.tokens.lowerBound - 1
                let object = before >= s.tokens.lowerBound && (isIn(.prepositions, before) || ["with", "by", "against", "from", "toward", "towards"].contains(lower(before))
                    || (["the", "a", "an"].contains(lower(before)) && before > s.tokens.lowerBound && (isIn(.prepositions, before - 1) || ["with", "by", "against", "from"].contains(lower(before - 1)))))
                if object { continue }
                if let a = o.actor, fits(cls, a, strict: o.form != .name) { found = a; break }
            }
            for o in earlier.reversed() where found == nil {
                if let a = o.actor, fits(cls, a, strict: true) { found = a; break }
            }
            if found == nil && cls == .person {
                var back = 1
                while found == nil && back <= 5 && s.index - back >= 0 && doc.sentences[s.index - back].paragraph >= s.paragraph - 1 {
                    if let h = holdersBySentence[s.index - back]?.last(where: { fits(cls, $0, strict: false) }) { found = h }
                    // ("Blondlot was a respected member ...: he was one of ... His attempts were
                    // commended": the person the sentence before opens with, before any holder
                    // further back.)
                    if found == nil, back == 1, let first = mentions[s.index - 1].first(where: { !inQuote($0.tokens.lowerBound) && $0.form == .name && !$0.possessive }),
                       first.tokens.lowerBound == doc.sentences[s.index - 1].tokens.lowerBound, let a = first.actor,
                       fits(cls, a, strict: true) || (fits(cls, a, strict: false) && first.tokens.upperBound < toks.count && toks[first.tokens.upperBound].isWord
                           && (isIn(.copulas, first.tokens.upperBound) || isFiniteVerb(first.tokens.upperBound) || lower(first.tokens.upperBound).hasSuffix("ed"))) {
                        found = a
                    }
                    back += 1
                }
            }
            // "John Lyne and Henry Howe believed ... They state": people named together just
            // before, over any group further back.
            if found == nil && cls == .plural && earlier.isEmpty && s.index > 0 && doc.sentences[s.index - 1].paragraph == s.paragraph,
               let hs = holdersBySentence[s.index - 1], Set(hs).count >= 2, hs.allSatisfy({ [.person, .unknown].contains(registry.actors[$0].category) }) {
                let all = Array(Set(hs)).sorted()
                found = all.first
                mentions[s.index][mi].coActors = Array(all.dropFirst())
            }
            for strict in [true, false] where found == nil {
                var back = 1
                while found == nil && back <= 3 && s.index - back >= 0 {
                    for o in mentions[s.index - back] where !inQuote(o.tokens.lowerBound) {
                        // ("joined the talks as an observer. They concluded": one named with
                        // "a"/"an" is not "they".)
                        // ("became the Leader of the Conservative Party. ... They merged": nor is
                        // one person's role.)
                        if cls == .plural, o.tokens.lowerBound > 0, ["a", "an"].contains(lower(o.tokens.lowerBound - 1)) || ["a", "an"].contains(lower(o.tokens.lowerBound))
                            || Self.singularPeople.contains(lower(o.tokens.upperBound - 1)) { continue }
                        if let a = o.actor, fits(cls, a, strict: strict) { found = a; break }
                    }
                    back += 1
                }
            }
            // "Eldredge and Gould ... They assert that ...": "they" for people named together.
            // ("A, B and C gathered in Cairo. ... They concluded": a list of people named
            // outside a quotation in the two sentences before, where no one holds a view yet.)
            if found == nil && cls == .plural {
                var back = 1
                while found == nil && back <= 3 && s.index - back >= 0 {
                    if let hs = holdersBySentence[s.index - back], Set(hs).count >= 2, hs.allSatisfy({ [.person, .unknown].contains(registry.actors[$0].category) }) {
                        let all = Array(Set(hs)).sorted()
                        found = all.first
                        mentions[s.index][mi].coActors = Array(all.dropFirst())
                    } else if back <= 2, doc.sentences[s.index - back].paragraph >= s.paragraph - 1,
                              let group = coordinatedPeople(in: mentions[s.index - back].filter { $0.form != .pronoun && !inQuote($0.tokens.lowerBound) }, sentence: doc.sentences[s.index - back]),
                              // (A list has its "and": "The Italian foreign minister, Luigi Di Maio," is one.)
                              let firstAt = mentions[s.index - back].first(where: { $0.actor == group.first })?.tokens.lowerBound,
                              let lastAt = mentions[s.index - back].last(where: { $0.actor == group.last })?.tokens.lowerBound,
                              tokenSpan(firstAt, lastAt).contains(where: { lower($0) == "and" }) {
                        found = group[0]
                        mentions[s.index][mi].coActors = Array(group.dropFirst())
                    }
                    back += 1
                }
            }
            mentions[s.index][mi].actor = found
        }
    }

    /// The latest list of two or more people named together ("A and B", "A, B and C") among
    /// `ms` (mentions in text order), unless it is the object of a preposition; nil if none.
    func coordinatedPeople(in ms: [Mention], sentence s: Sentence) -> [Int]? {
        var best: [Int]? = nil
        var run: [Mention] = []
        func close() {
            let actors = run.compactMap(\.actor)
            guard Set(actors).count >= 2, let f = run.first else { return }
            let b = f.tokens.lowerBound - 1
            if b >= s.tokens.lowerBound, Self.prepositions.contains(lower(b)) || ["by", "from", "with", "against", "between", "among"].contains(lower(b)) { return }
            var seen = Set<Int>()
            best = actors.filter { seen.insert($0).inserted }
        }
        for m in ms {
            guard let a = m.actor, [.person, .unknown].contains(registry.actors[a].category), !m.possessive else { close(); run = []; continue }
            if let l = run.last {
                let gap = (l.tokens.upperBound..<m.tokens.lowerBound).map { lower($0) }
                if gap == ["and"] || gap == [",", "and"] || gap == [","] { run.append(m); continue }
                close()
            }
            run = [m]
        }
        close()
        return best
    }

    /// The actors that are the subject of the verb at `v`: scans left over adverbs and the
    /// subject noun phrase to the nearest actor mention, with the ones coordinated with it
    /// ("He and Litvinov", "Spokesmen from Bukharin to Zinoviev").
    /// Whether the comma at `comma` closes a subordinate clause that opens the sentence and has
    /// its own verb ("Although Nasser offered compensation for the Company, the British and
    /// French Governments ... were outraged"): what comes before it is no item of the list
    /// after it.
    func endsOpeningClause(_ comma: Int, in s: Sentence) -> Bool {
        let opener = s.tokens.lowerBound
        guard comma > opener + 2, Self.clauseOpeners.contains(lower(opener)) else { return false }
        let inner = (opener + 1)..<comma
        return inner.contains(where: { isPastForm($0) || !toks[$0].isCapitalized && (isFiniteVerb($0) || ["was", "were", "is", "are", "had", "has", "did", "does"].contains(lower($0))) })
            && !inner.contains(where: { toks[$0].text == "," })
    }

    /// Whether token `i` is a lower-case past form: "-ed" or a common irregular past ("made").
    func isPastForm(_ i: Int) -> Bool {
        toks[i].isWord && !toks[i].isCapitalized && (lower(i).hasSuffix("ed") || Self.irregularPasts.contains(lower(i)))
    }

    /// The name a scholarly citation ending at token `e` cites: "Lowe (1935)", "Charig et al.",
    /// "Godefroit, et al. (2013)", "Senter et al., 2012" (a year or "et al." after a name);
    /// nil if `e` ends no such citation.
    func citedName(endingAt e: Int, in s: Sentence) -> Mention? {
        let lo = s.tokens.lowerBound
        var x = e
        // "(1935)", "(2013a)", "(1983, 1997)": a parenthesis of years.
        if x > lo, toks[x].text == ")", let open = tokenSpan(max(lo, x - 6), x).last(where: { toks[$0].text == "(" }), open > lo, open + 1 < x,
           tokenSpan(open + 1, x).allSatisfy({ toks[$0].text == "," || toks[$0].text.first?.isNumber == true || ["and", "&"].contains(lower($0)) }) {
            x = open - 1
        } else if x > lo, toks[x].text.count == 4, toks[x].text.allSatisfy(\.isNumber), toks[x - 1].text == "," {
            // "Senter et al., 2012".
            x -= 2
        }
        // "et al." (and the comma before it).
        if x - 2 > lo, toks[x].text == ".", lower(x - 1) == "al", lower(x - 2) == "et" { x -= 3 }
        else if x - 1 > lo, lower(x) == "al", lower(x - 1) == "et" { x -= 2 }
        if x > lo, toks[x].text == ",", x < e { x -= 1 }
        guard x < e, x >= lo, let m = mention(endingAt: x, sentence: s.index), m.actor != nil, m.form == .name || m.form == .acronym else { return nil }
        return m
    }

    /// Subordinators that open a sentence with a clause of its own.
    static let clauseOpeners: Set<String> = ["although", "though", "while", "whereas", "when", "after", "before", "because", "since", "if", "once", "as", "unless", "until"]

    func subject(before v: Int, in s: Sentence) -> (actors: [Int], start: Int)? {
        // "X expected a response from Y and continued to ...": the verb after "and" shares
        // the subject of the verb before it.
        var c = v - 1
        while c > s.tokens.lowerBound && isIn(.skippable, c) && lower(c) != "and" { c -= 1 }
        // ("said FSB officers were present ..., but said this was unrelated": a reporting verb
        // shares the subject of the reporting verb before it, not of a verb in its clause.)
        let sameKind = c > s.tokens.lowerBound + 1 && reportForms[lower(v)] != nil
            ? (s.tokens.lowerBound..<(c - 1)).last(where: { isFiniteVerb($0) && reportForms[lower($0)] != nil && !inQuote($0) }) : nil
        if c > s.tokens.lowerBound + 1, ["and", "but"].contains(lower(c)), mention(endingAt: c - 1, sentence: s.index) != nil || toks[c - 1].isWord || toks[c - 1].text == ",",
           // (Any past form right after a name is a finite verb: "Slipher measured ..., and soon
           // discovered".)
           let prev = sameKind ?? (max(s.tokens.lowerBound, c - ((s.tokens.lowerBound..<c).contains(where: { toks[$0].text == ")" }) ? 28 : 14))..<(c - 1)).last(where: { isFiniteVerb($0)
               || (toks[$0].isWord && !toks[$0].isCapitalized && lower($0).hasSuffix("ed") && mention(endingAt: $0 - 1, sentence: s.index).map { $0.actor != nil && !$0.possessive } == true) }),
           prev > s.tokens.lowerBound,
           mention(endingAt: c - 1, sentence: s.index).map({ $0.tokens.lowerBound > prev }) ?? true {
            // Not after an agent ("was studied by X and found ...": X found it).
            if !((prev + 1)..<c).contains(where: { lower($0) == "by" }) {
                if let sub = subject(before: prev, in: s) { return sub }
                // ("legislation that aimed to ..., and threatened to ...", "The comments called
                // her party fascist and termed her ...": a shared subject that is no one; the
                // object of the verb before is not the subject.)
                if toks[c - 1].text == "," || mention(endingAt: c - 1, sentence: s.index)?.actor == nil { return nil }
            }
        }
        var k = v - 1
        var steps = 0
        while k >= s.tokens.lowerBound && steps < 25 {
            let t = toks[k]
            // "Rep. Eric Swalwell (D-CA) claimed": step over a short parenthesis after a name.
            if t.text == ")", let open = (max(s.tokens.lowerBound, k - 8)..<k).last(where: { toks[$0].text == "(" }),
               open > s.tokens.lowerBound, mention(endingAt: open - 1, sentence: s.index) != nil {
                k = open - 1
                steps += 1
                continue
            }
            // "Godefroit, et al. (2013) recovered", "Lowe (1935) and Thulborn (1984) questioned":
            // a citation's "et al." and year after a name.
            if t.text == ")" || t.text == "." || t.text.first?.isNumber == true || t.lower == "al", let head = citedName(endingAt: k, in: s), head.tokens.upperBound - 1 != k {
                k = head.tokens.upperBound - 1
                steps += 1
                continue
            }
            // "Brett McGurk, who was Trump's envoy ... until December, also criticized": step
            // over a non-restrictive relative clause to the one it describes.
            // ("The Iranian Revolutionary Guard Corps (IRGC), which includes the Quds Force,
            // declared": "which" after a body's name, its acronym in brackets or not.)
            if t.text == ",", k - 2 > s.tokens.lowerBound,
               let open = (max(s.tokens.lowerBound, k - 30)..<(k - 1)).last(where: { toks[$0].text == "," && ["who", "whose", "which"].contains(lower($0 + 1)) }),
               open > s.tokens.lowerBound, !((open + 1)..<k).contains(where: { toks[$0].isQuote || [";", ":"].contains(toks[$0].text) }) {
                var e = open - 1
                if toks[e].text == ")", e - 2 > s.tokens.lowerBound, toks[e - 2].text == "(", toks[e - 1].isAcronym { e -= 3 }
                if let m = mention(endingAt: e, sentence: s.index), m.form != .pronoun,
                   lower(open + 1) != "which" || (m.actor != nil && [.body, .group].contains(registry.actors[m.actor!].category)) {
                    k = e
                    steps += 1
                    continue
                }
            }
            // "France, along with the British Dominions and Belgium, opposed": the ones named in
            // the aside act with the subject.
            if t.text == ",", k - 3 > s.tokens.lowerBound,
               let open = (max(s.tokens.lowerBound, k - 14)..<k).last(where: { toks[$0].text == "," }), open + 3 < k, open > s.tokens.lowerBound,
               ["along", "together"].contains(lower(open + 1)) && lower(open + 2) == "with" || lower(open + 1) == "as" && lower(open + 2) == "well" && lower(open + 3) == "as",
               !((open + 1)..<k).contains(where: { ["that", "which", "who", "but"].contains(lower($0)) || toks[$0].isQuote || isFiniteVerb($0) }),
               mention(endingAt: open - 1, sentence: s.index)?.actor != nil, let main = subject(before: open, in: s) {
                let with = mentions(in: (open + 3)..<k, sentence: s.index).filter { $0.actor != nil && $0.form != .pronoun && !$0.possessive }.map { $0.actor! }
                return (Array(Set(main.actors + with)).sorted(), main.start)
            }
            // "the Eisenhower administration, concerned about dissociating the United States
            // from European colonialism — ... — as well as ..., pressured": step over an aside
            // that opens with a word of feeling or stance, however long, to the one it describes.
            if t.text == ",", k - 2 > s.tokens.lowerBound,
               let open = (max(s.tokens.lowerBound, k - 60)..<(k - 1)).last(where: { toks[$0].text == "," && !inQuote($0) && $0 + 1 < k
                   && (isIn(.stanceAdjectives, $0 + 1) || Self.feelingAdjectives.contains(lower($0 + 1))
                       || ($0 + 2 < k && ["long", "deeply", "increasingly", "already", "still", "always"].contains(lower($0 + 1)) && isIn(.stanceAdjectives, $0 + 2))) }),
               open > s.tokens.lowerBound, !((open + 1)..<k).contains(where: { toks[$0].isQuote || [";", ":"].contains(toks[$0].text) || isFiniteVerb($0) && !toks[$0].isCapitalized && lower($0) != "concerned" && !($0 == open + 1 && Self.feelingAdjectives.contains(lower($0))) }),
               let m = mention(endingAt: open - 1, sentence: s.index), m.actor != nil, m.form != .pronoun {
                k = open - 1
                steps += 1
                continue
            }
            // "The magistrate, I think properly, held": step over a parenthetical aside.
            // ", referencing Seabrook's account of the affair,": a participle's aside, too.
            if t.text == ",", k - 1 > s.tokens.lowerBound,
               let open = (max(s.tokens.lowerBound, k - 12)..<k).last(where: { toks[$0].text == "," }), open + 1 < k, open > s.tokens.lowerBound,
               (["i", "we", "he", "she", "they", "in", "of", "it", "as", "like", "unlike"].contains(lower(open + 1)) || isIn(.adverbs, open + 1)) && open >= k - (["in", "like", "unlike"].contains(lower(open + 1)) ? 10 : 6)
                || lower(open + 1).hasSuffix("ing") && toks[open + 1].isWord && !toks[open + 1].isCapitalized && lower(open + 1).count > 5,
               !((open + 1)..<k).contains(where: { ["that", "which", "who", "and", "but"].contains(lower($0)) }),
               let m = mention(endingAt: open - 1, sentence: s.index), m.actor != nil, m.form != .pronoun {
                k = open - 1
                steps += 1
                continue
            }
            // "Oliver Wendell Holmes, Sr. was": a generational suffix belongs to the name.
            if t.text == ".", k - 3 >= s.tokens.lowerBound, ["jr", "sr"].contains(lower(k - 1)), toks[k - 2].text == "," { k -= 3; steps += 1; continue }
            if t.isWord, ["jr", "sr"].contains(t.lower), k - 2 >= s.tokens.lowerBound, toks[k - 1].text == "," { k -= 2; steps += 1; continue }
            // "The Bureau ... within the State Department itself also considered": a reflexive
            // stresses the subject before it; it is not the subject.
            if t.isWord, ["itself", "himself", "herself", "themselves"].contains(t.lower) { k -= 1; steps += 1; continue }
            if t.isQuote || [";", ":", "(", ")", "—", "–"].contains(t.text) { return nil }
            if t.isWord && ["that", "which", "whom", "because", "if", "whether", "than", "whereas"].contains(t.lower) { return nil }
            // "misled by his laboratory assistant, who confirmed": "who" after a noun that is no
            // actor stands for that noun, not for someone further back.
            if t.isWord && t.lower == "who" && k > s.tokens.lowerBound {
                let e = toks[k - 1].text == "," ? k - 2 : k - 1
                // (Not an appositive: "Goldschmidt, the controversial geneticist who advocated".)
                var d = e
                while d > s.tokens.lowerBound && d > e - 5 && toks[d].isWord && !toks[d].isCapitalized && !["the", "a", "an"].contains(lower(d)) { d -= 1 }
                let appositive = d > s.tokens.lowerBound + 1 && ["the", "a", "an"].contains(lower(d)) && toks[d - 1].text == "," && mention(endingAt: d - 2, sentence: s.index) != nil
                if e >= s.tokens.lowerBound, toks[e].isWord, !toks[e].isCapitalized, mention(endingAt: e, sentence: s.index) == nil, !appositive { return nil }
            }
            if var m = mention(endingAt: k, sentence: s.index), m.actor != nil {
                // "the courts of the State": the head, not the object of "of".
                var o = m.tokens.lowerBound - 1
                if o > s.tokens.lowerBound && lower(o) == "the" { o -= 1 }
                // ("Sally Wasef of Australia's Griffith University": a place's possessive in front
                // of the body is part of where she works.)
                if o > s.tokens.lowerBound, let pm = mention(endingAt: o, sentence: s.index), pm.possessive, pm.form != .pronoun,
                   registry.actors[pm.actor!].category == .place, pm.tokens.lowerBound - 1 > s.tokens.lowerBound, lower(pm.tokens.lowerBound - 1) == "of" {
                    o = pm.tokens.lowerBound - 1
                }
                if o > s.tokens.lowerBound, lower(o) == "of", let h = mention(endingAt: o - 1, sentence: s.index), h.actor != nil, h.form != .pronoun {
                    m = h
                }
                // "Jennifer Daskal of American University and contributor to Slate wrote": a
                // second role of the person named first, not a second subject.
                if o > s.tokens.lowerBound + 2, ["to", "for", "at", "with", "of", "from"].contains(lower(o)), m.form == .name {
                    var b = o - 1
                    var n = 0
                    while b > s.tokens.lowerBound, n < 3, toks[b].isWord, !toks[b].isCapitalized, !["and", "the", "a", "an"].contains(lower(b)) { b -= 1; n += 1 }
                    if n >= 1, b > s.tokens.lowerBound, lower(b) == "and", MentionFinder.isOccupation(lower(b + 1)) || MentionFinder.singularRoles.contains(lower(b + 1)) || Self.appositiveTitles.contains(lower(b + 1)) || ["contributor", "columnist", "fellow", "professor", "co-founder"].contains(lower(b + 1)),
                       let first = subject(before: b, in: s) {
                        return first
                    }
                }
                // "A 1988 article by Brian Martin in Science and Public Policy states": the work's
                // author, not where it appeared.
                if let by = tokenSpan(max(s.tokens.lowerBound + 1, m.tokens.lowerBound - 10), m.tokens.lowerBound).last(where: { lower($0) == "by" && Self.workNouns.contains(lower($0 - 1)) }),
                   let author = mentions[s.index].first(where: { $0.tokens.lowerBound == by + 1 && $0.actor != nil && $0.form != .pronoun }), author.tokens.lowerBound != m.tokens.lowerBound,
                   !((by + 1)..<m.tokens.lowerBound).contains(where: { [",", ";", ":"].contains(toks[$0].text) || isFiniteVerb($0) || ["that", "which", "who"].contains(lower($0)) }) {
                    return ([author.actor!], author.tokens.lowerBound)
                }
                // "Owen's review of the Origin ... attacked": the work's owner, not what it is about.
                if o > s.tokens.lowerBound + 1, lower(o) == "of", Self.workNouns.contains(lower(o - 1)),
                   let h = mention(endingAt: o - 2, sentence: s.index), h.possessive, h.actor != nil {
                    m = h
                }
                // "many diplomats on both sides of the Atlantic who believed": a name after a
                // preposition that follows a group is where the group is, not who.
                if o > s.tokens.lowerBound, ["of", "on", "in", "across", "throughout", "around", "from", "at"].contains(lower(o)),
                   [.place, .unknown].contains(registry.actors[m.actor!].category),
                   let h = mentions[s.index].last(where: { $0.tokens.upperBound <= o && $0.tokens.upperBound >= o - 5 && $0.actor != nil && $0.form == .group
                       && [.group, .body, .person].contains(registry.actors[$0.actor!].category) }),
                   (h.tokens.upperBound..<o).allSatisfy({ toks[$0].isWord && !toks[$0].isCapitalized }) {
                    m = h
                }
                // "the ruling Democratic Rally in Cyprus hailed": a place after "in" is where,
                // not who.
                if o > s.tokens.lowerBound, lower(o) == "in" || (registry.actors[m.actor!].category == .place && ["from", "at"].contains(lower(o))),
                   let h = mention(endingAt: o - 1, sentence: s.index), h.actor != nil, h.form != .pronoun, registry.actors[h.actor!].category != .place {
                    m = h
                }
                // "a lawyer representing Pons", "researchers at MIT", "a spokesman for the
                // ministry": the one described, not the one in the modifier.
                // "The Bureau of European Affairs within the State Department": the unit, not the
                // department it sits in.
                if o > s.tokens.lowerBound, ["within", "inside"].contains(lower(o)),
                   let h = mention(endingAt: o - 1, sentence: s.index), h.actor != nil, h.form == .name, registry.actors[h.actor!].category != .place {
                    m = h
                }
                if o > s.tokens.lowerBound, ["representing", "for", "from", "at", "advising", "behind", "within"].contains(lower(o)),
                   let h = mention(endingAt: o - 1, sentence: s.index), h.actor != nil, h.form == .group, registry.actors[h.actor!].category == .person,
                   o - 1 > s.tokens.lowerBound, lower(h.tokens.lowerBound - 1) != "," && !(h.tokens.lowerBound >= s.tokens.lowerBound + 2 && lower(h.tokens.lowerBound - 2) == ",") {
                    m = h
                }
                // "Greek prime minister Kyriakos Mitsotakis speaking to the Atlantic Council think
                // tank called": the one before a participle of address speaks, not the one it
                // addresses.
                if let p = tokenSpan(max(s.tokens.lowerBound + 1, m.tokens.lowerBound - 4), m.tokens.lowerBound).first(where: { Self.addressParticiples.contains(lower($0)) }),
                   tokenSpan(p + 1, m.tokens.lowerBound).allSatisfy({ toks[$0].isWord && !toks[$0].isCapitalized && !isFiniteVerb($0) }),
                   let h = mention(endingAt: p - 1, sentence: s.index), h.actor != nil, h.form != .pronoun, !h.possessive,
                   registry.actors[h.actor!].category != .place {
                    m = h
                }
                // "Cloos ... was also a fixist who held": the one the predicate describes.
                var pn = m.tokens.lowerBound - 1
                // ("proved to be the most flexible party ..., and proposed": the subject of "be".)
                if m.form == .group, pn > s.tokens.lowerBound + 2, ["most", "more", "least", "only", "first", "main", "chief"].contains(lower(pn)), lower(pn - 1) == "the" {
                    var q = pn - 2
                    while q > s.tokens.lowerBound && Self.adverbs.contains(lower(q)) { q -= 1 }
                    if words.copulas.contains(lower(q)), let real = subject(before: q, in: s) { return real }
                }
                if m.form == .group, pn > s.tokens.lowerBound, ["a", "an"].contains(lower(pn)) {
                    pn -= 1
                    while pn > s.tokens.lowerBound && isIn(.adverbs, pn) { pn -= 1 }
                    if isIn(.copulas, pn), let real = subject(before: pn, in: s) { return real }
                }
                // "Critics, including Senator Jane Doe, argued": the critics, Doe among them.
                let inc = m.tokens.lowerBound - 1
                if inc > s.tokens.lowerBound, ["including", "notably", "especially"].contains(lower(inc)) || (inc > s.tokens.lowerBound + 1 && lower(inc) == "as" && lower(inc - 1) == "such"),
                   let head = subject(before: lower(inc) == "as" ? inc - 1 : inc, in: s) {
                    // ("Mathematicians such as L. E. J. Brouwer and especially Henri Poincaré
                    // adopted": the members of a list after "such as" without its one-word group.)
                    let members = lower(inc) == "especially" && inc - 1 > s.tokens.lowerBound && lower(inc - 1) == "and" ? membersHead(head, in: s) : head.actors
                    return (Array(Set(members + [m.actor!])).sorted(), head.start)
                }
                // "Smith, a spokesman for the ministry, told": the appositive describes Smith.
                // The appositive may go on past the mention's head ("the main opposition force,").
                // ("James Waller, Chair of Holocaust Studies at Keene State College, formerly Chair
                // of ..., expressed": an appositive may open with a title, and more than one may
                // follow the name.)
                func describedBy(_ x: Mention) -> Mention? {
                    guard let open = (max(s.tokens.lowerBound, x.tokens.lowerBound - 16)..<x.tokens.lowerBound).last(where: { toks[$0].text == "," }),
                          open + 1 < x.tokens.lowerBound,
                          ["a", "an", "the"].contains(lower(open + 1)) || !toks[open + 1].isCapitalized || Self.appositiveTitles.contains(lower(open + 1)),
                          // ("Others, including Charles Lyell and Alfred Russel Wallace, thought": a
                          // list of members, not a description.)
                          !["including", "notably", "especially", "such"].contains(lower(open + 1)),
                          // ("Agnès Callamard, a UN rapporteur ... who had investigated the case,": a
                          // description after "a"/"the" may hold a relative clause.)
                          !((open + 1)..<x.tokens.lowerBound).contains(where: { (["who", "which", "that"].contains(lower($0)) && !["a", "an", "the"].contains(lower(open + 1))) || lower($0) == "but" || toks[$0].isQuote
                              // (After "a/an/the", a past form is a participle of the description.)
                              || isFiniteVerb($0) && !(lower($0).hasSuffix("ed") && ["a", "an", "the"].contains(lower(open + 1)))
                              // ("Holocaust and Genocide Studies": an "and" inside a name.)
                              // ("a policy document prepared by the Council and signed by Truman":
                              // two participles of one description.)
                              || lower($0) == "and" && !(toks[$0 - 1].isCapitalized && toks[$0 + 1].isCapitalized) && !(lower($0 + 1).hasSuffix("ed") && ["a", "an", "the"].contains(lower(open + 1))) }),
                          // ("NSC 68, a policy document ...": a designation's number after its name.)
                          let h = mention(endingAt: open - 1, sentence: s.index)
                            ?? (open - 2 >= s.tokens.lowerBound && toks[open - 1].text.first?.isNumber == true ? mention(endingAt: open - 2, sentence: s.index) : nil),
                          h.actor != nil, h.form == .name || h.form == .acronym,
                          // ("Although Nasser offered compensation for the Company, the British and
                          // French Governments, ... were": a name that ends an opening clause is
                          // not described by what follows its comma.)
                          !endsOpeningClause(open, in: s) else { return nil }
                    return h
                }
                /// The name a chain of appositives describes (at most four links).
                func describedName(_ x: Mention) -> Mention? {
                    guard var h = describedBy(x) else { return nil }
                    var hops = 0
                    while hops < 3, let g = describedBy(h) { h = g; hops += 1 }
                    return h
                }
                /// "Trump in an interview with Fox News said", "Putin during his conversation with
                /// Dzhemilev, a former chairman of the Mejlis, stated": the one named before a
                /// phrase of circumstance speaks, not the one the phrase names.
                func circumstanceSpeaker(_ x: Mention) -> Mention? {
                    let opens = ["in", "during", "at", "after", "following"]
                    let p = x.tokens.lowerBound - 1
                    guard p - 3 > s.tokens.lowerBound, ["with", "to"].contains(lower(p)) else { return nil }
                    var q = p - 1
                    while q > p - 6, q > s.tokens.lowerBound, toks[q].isWord, !toks[q].isCapitalized, !isFiniteVerb(q), !opens.contains(lower(q)) { q -= 1 }
                    guard q < p - 1, q > s.tokens.lowerBound, opens.contains(lower(q)),
                          let sp = mention(endingAt: q - 1, sentence: s.index), sp.actor != nil, !sp.possessive else { return nil }
                    return sp
                }
                if let close = ((k + 1)..<min(v, k + 5)).first(where: { toks[$0].text == "," }),
                   ((k + 1)..<close).allSatisfy({ toks[$0].isWord && !toks[$0].isCapitalized }),
                   let h = describedName(m) {
                    let sp = circumstanceSpeaker(h) ?? h
                    // ("Another faction of the NSC, led by Secretary of State Cyrus Vance, argued":
                    // the leader speaks with the group.)
                    var b = m.tokens.lowerBound - 1
                    while b > s.tokens.lowerBound, toks[b].isCapitalized, toks[b].isWord || toks[b].text == "." { b -= 1 }
                    if b > s.tokens.lowerBound + 1, lower(b) == "by", ["led", "headed"].contains(lower(b - 1)), m.actor! != sp.actor! {
                        return ([sp.actor!, m.actor!], sp.tokens.lowerBound)
                    }
                    return ([sp.actor!], sp.tokens.lowerBound)
                }
                if k == m.tokens.upperBound - 1, let sp = circumstanceSpeaker(m) {
                    return ([sp.actor!], sp.tokens.lowerBound)
                }
                // "Small, director of thermal sciences at the Pacific-Sierra Research Corporation
                // similarly disagreed": an appositive whose closing comma the writer left out
                // ends in the place the person works.
                let prep = m.tokens.lowerBound - 1 > s.tokens.lowerBound && lower(m.tokens.lowerBound - 1) == "the" ? m.tokens.lowerBound - 2 : m.tokens.lowerBound - 1
                if prep > s.tokens.lowerBound, ["at", "of", "for", "to"].contains(lower(prep)), registry.actors[m.actor!].category != .person,
                   let h = describedName(m), registry.actors[h.actor!].category == .person {
                    return ([h.actor!], h.tokens.lowerBound)
                }
                // "who together with Troll held": Troll is with the subject, who comes before.
                let w1 = m.tokens.lowerBound - 1
                if w1 > s.tokens.lowerBound + 1, lower(w1) == "with", ["together", "along"].contains(lower(w1 - 1)),
                   let main = subject(before: w1 - 1, in: s) {
                    return (Array(Set(main.actors + [m.actor!])).sorted(), main.start)
                }
                let a = m.actor!
                // "Lodge and his supporters feared": the camp is named by its leader.
                if m.form == .pronoun, !m.coActors.isEmpty {
                    return (([a] + m.coActors).sorted(), m.tokens.lowerBound)
                }
                if m.form == .group, ["supporters", "allies", "followers", "backers", "associates", "colleagues", "lieutenants", "advisers", "advisors"].contains(lower(m.tokens.upperBound - 1)),
                   m.tokens.lowerBound >= s.tokens.lowerBound + 3, ["his", "her", "their"].contains(lower(m.tokens.lowerBound - 1)), lower(m.tokens.lowerBound - 2) == "and",
                   let leader = mention(endingAt: m.tokens.lowerBound - 3, sentence: s.index), let la = leader.actor, leader.form == .name {
                    return ([la], leader.tokens.lowerBound)
                }
                var actors = [a]
                var start = m.tokens.lowerBound
                // ("The interim Ukrainian government, the European Union, and several other bodies
                // stated": a list that goes on after the name with a group of no one in particular.)
                let continuedList = m.tokens.upperBound + 1 < v && toks[m.tokens.upperBound].text == "," && lower(m.tokens.upperBound + 1) == "and"
                // Coordination to the left.
                var j = m.tokens.lowerBound - 1
                // "X and a number of other researchers": step over the quantifier.
                if j > s.tokens.lowerBound + 2, lower(j) == "of", ["number", "some", "many", "several", "most", "all", "few", "group", "host"].contains(lower(j - 1)) {
                    j -= 2
                }
                while j > s.tokens.lowerBound {
                    if ["the", "a", "an", "these", "those", "its", "their", "his", "her"].contains(toks[j].lower) { j -= 1; continue }
                    // "Both he and the county's Commissioner Stephen Mold": a common noun's
                    // possessive after "the" says whose office it is.
                    if j - 1 > s.tokens.lowerBound, toks[j].isWord, !toks[j].isCapitalized, MentionFinder.stripPossessive(toks[j].text).1,
                       ["the", "this", "that"].contains(toks[j - 1].lower) { j -= 2; continue }
                    // "John Lyne and biologist Henry Howe": an occupation written like a title.
                    // "approximately 120 other scientists": a number and its hedge.
                    if j - 1 > s.tokens.lowerBound, toks[j].text.first?.isNumber == true || ["approximately", "about", "some", "nearly", "roughly", "around", "almost", "over", "least"].contains(toks[j].lower),
                       toks[j].text.first?.isNumber == true || toks[j + 1].text.first?.isNumber == true { j -= 1; if toks[j].lower == "at" { j -= 1 }; continue }
                    if j - 1 > s.tokens.lowerBound, MentionFinder.isOccupation(toks[j].lower),
                       ["and", "or", "nor", "the", "a", "an"].contains(toks[j - 1].lower) { j -= 1; continue }
                    // "the magistrate and all of these judges"
                    if toks[j].lower == "of", j - 1 > s.tokens.lowerBound, ["all", "both", "each", "some", "most", "several"].contains(toks[j - 1].lower) { j -= 2; continue }
                    let c = toks[j].lower
                    // "Sameh Shoukry and his Greek, Cypriot and French counterparts, Nikos Dendias,
                    // ... and Jean-Yves Le Drian, respectively, gathered": the ones named after
                    // "counterparts" act with the one they are counterparts of.
                    if c == ",", j - 1 > s.tokens.lowerBound, Self.counterpartNouns.contains(lower(j - 1)),
                       let own = (max(s.tokens.lowerBound, j - 10)..<(j - 1)).last(where: { ["his", "her", "its", "their"].contains(lower($0)) }),
                       own - 2 >= s.tokens.lowerBound, lower(own - 1) == "and",
                       ((own + 1)..<(j - 1)).allSatisfy({ (toks[$0].isWord && !isFiniteVerb($0)) || toks[$0].text == "," }),
                       let lead = mention(endingAt: own - 2, sentence: s.index), let la = lead.actor, lead.form != .pronoun, !lead.possessive {
                        if !actors.contains(la) { actors.append(la) }
                        start = lead.tokens.lowerBound
                        break
                    }
                    // "Blondlot, Charpentier, d'Arsonval and 120 other scientists": the commas of a
                    // list whose last item came after "and".
                    let listComma = c == "," && (actors.count >= 2 || continuedList) && !inQuote(j) && !endsOpeningClause(j, in: s)
                    guard c == "and" || c == "to" || c == "or" || c == "nor" || listComma else { break }
                    // "Scott, Richard Dawkins, and Daniel Dennett": the comma before "and".
                    let oxford = c == "and" && j - 2 > s.tokens.lowerBound && toks[j - 1].text == "," && mention(endingAt: j - 1, sentence: s.index) == nil
                    guard var prev = mention(endingAt: oxford ? j - 2 : j - 1, sentence: s.index) ?? citedName(endingAt: oxford ? j - 2 : j - 1, in: s), var pa = prev.actor else { break }
                    // ("The interim government in Kyiv and the faction": the place says where the
                    // first one is; the first one is the subject.)
                    if registry.actors[pa].category == .place, prev.tokens.lowerBound - 2 >= s.tokens.lowerBound, ["in", "of", "from", "at"].contains(lower(prev.tokens.lowerBound - 1)),
                       let head = mention(endingAt: prev.tokens.lowerBound - 2, sentence: s.index), let ha = head.actor, registry.actors[ha].category != .place, head.form != .pronoun {
                        prev = head
                        pa = ha
                    }
                    // (Only a list: "A, B, and C", not a clause before ", and".)
                    if oxford, !(prev.tokens.lowerBound > s.tokens.lowerBound && toks[prev.tokens.lowerBound - 1].text == ",") {
                        // "Critics such as Secretary of Defense Louis Johnson, and senior diplomats
                        // ...": two groups, each with its named members.
                        var b = prev.tokens.lowerBound - 1
                        while b > prev.tokens.lowerBound - 5, b > s.tokens.lowerBound, toks[b].isCapitalized && toks[b].isWord || lower(b) == "of" { b -= 1 }
                        if b - 1 > s.tokens.lowerBound, lower(b) == "as" && lower(b - 1) == "such" || lower(b) == "including",
                           let head = subject(before: lower(b) == "as" ? b - 1 : b, in: s) {
                            actors += membersHead(head, in: s) + [pa]
                            start = head.start
                        }
                        break
                    }
                    // ("the Harding, Coolidge, and Hoover administrations": names that modify one
                    // group noun, not a list of subjects.)
                    if oxford, m.form == .group, toks[m.tokens.lowerBound].isCapitalized { break }
                    if c == "to" {
                        // "from X to Y"
                        guard prev.tokens.lowerBound - 1 >= s.tokens.lowerBound, lower(prev.tokens.lowerBound - 1) == "from" else { break }
                    }
                    // ("Upon arriving in France, Gerry, Pinckney and Marshall found": a name after
                    // a preposition ends the opening phrase; it is not one of the list.)
                    if c == ",", prev.tokens.lowerBound - 1 >= s.tokens.lowerBound, isIn(.prepositions, prev.tokens.lowerBound - 1) || (prev.tokens.lowerBound - 2 >= s.tokens.lowerBound && lower(prev.tokens.lowerBound - 1) == "the" && isIn(.prepositions, prev.tokens.lowerBound - 2)) { break }
                    actors.insert(pa, at: 0)
                    start = prev.tokens.lowerBound
                    j = prev.tokens.lowerBound - 1
                    if c == "to" { break }
                }
                // "senior diplomats such as George Kennan and Charles Bohlen, argued": the group
                // whose members the list names acts with them.
                if actors.count >= 2, start - 2 > s.tokens.lowerBound, lower(start - 1) == "as", lower(start - 2) == "such" || lower(start - 1) == "including",
                   let head = subject(before: lower(start - 1) == "as" ? start - 2 : start - 1, in: s) {
                    // (A bare plural head, "Critics such as A and B", is only what they are.)
                    return (Array(Set(membersHead(head, in: s) + actors)).sorted(), head.start)
                }
                return (Array(Set(actors)).sorted(), start)
            }
            k -= 1
            steps += 1
        }
        return nil
    }

    /// The actors of a subject that names a group before "such as"/"including" its members,
    /// without a one-word plural ("Critics such as A and B": only A and B).
    func membersHead(_ head: (actors: [Int], start: Int), in s: Sentence) -> [Int] {
        if let m = mentions[s.index].first(where: { $0.tokens.lowerBound == head.start }), m.tokens.count == 1,
           m.form == .group || !toks[head.start].isCapitalized || head.start == s.tokens.lowerBound {
            return head.actors.filter { $0 != m.actor }
        }
        return head.actors
    }

    /// The agents of a passive whose first agent is `m`: "by A, B and C", "by Karl Marx and by
    /// Leo Tolstoy", "by German Chancellor Angela Merkel and British Prime Minister Boris
    /// Johnson" (a second agent after its own title).
    func passiveAgents(first m: Mention, in s: Sentence) -> [Int] {
        let list = objectList(startingAt: m.tokens.lowerBound, in: s)
        var out = list.isEmpty ? [m.actor!] : list.map { $0.actor! }
        let end = list.last?.tokens.upperBound ?? m.tokens.upperBound
        if end + 2 < s.tokens.upperBound, lower(end) == "and",
           let second = mentions[s.index].first(where: { $0.tokens.lowerBound > end && $0.tokens.lowerBound <= end + 6 && $0.actor != nil && $0.form != .pronoun }),
           lower(end + 1) == "by" && second.tokens.lowerBound <= end + 4 || ((end + 1)..<second.tokens.lowerBound).allSatisfy({ toks[$0].isWord && toks[$0].isCapitalized }) {
            out.append(second.actor!)
        }
        var seen = Set<Int>()
        return out.filter { seen.insert($0).inserted }
    }

    /// Whether a negation stands between a subject at `start` and the verb at `k`.
    func negatedBefore(_ k: Int, _ start: Int) -> Bool {
        (min(start, k)..<k).contains { isIn(.negations, $0) }
    }

    /// Nouns for one person in a role ("the Leader", "the observer"), never "they".
    static let singularPeople: Set<String> = MentionFinder.singularRoles.union(["leader", "observer", "expert", "diplomat", "journalist", "reporter", "lawmaker", "activist", "commentator", "physician", "correspondent", "aide", "adviser", "advisor", "negotiator", "columnist", "lecturer", "delegate", "envoy", "user"])

    /// Participles that say whom a speaker addresses ("X speaking to Y said").
    static let addressParticiples: Set<String> = ["speaking", "talking", "writing", "testifying", "addressing", "responding", "replying", "reacting", "appearing"]

    /// Verbs of going on speaking after a quotation ("“...”, Graham continued.").
    static let continuingVerbs: Set<String> = ["continued", "continues", "went", "goes", "concluded", "concludes", "posted", "quipped", "joked"]

    /// Connectives set off by commas after a verb ("agree, however, with ...").
    static let connectiveAsides: Set<String> = ["however", "therefore", "thus", "moreover", "nonetheless", "nevertheless", "accordingly", "furthermore", "though", "instead", "too", "also"]

    /// Subordinators whose clause, opening before a speaker, ends at the main clause's subject.
    static let clauseSubordinators: Set<String> = ["when", "after", "because", "although", "though", "while", "whereas", "once", "since", "until", "if"]

    /// Nouns for the peers of someone just named ("X and his French counterpart, Y").
    static let counterpartNouns: Set<String> = ["counterpart", "counterparts", "colleague", "colleagues", "opposite"]

    /// Capitalised words that open an appositive after a name ("James Waller, Chair of ...,").
    static let appositiveTitles: Set<String> = ["chair", "chairman", "chairwoman", "professor", "director", "head", "dean", "president", "secretary",
        "minister", "editor", "author", "founder", "leader", "member", "former", "then", "senior", "chief", "deputy", "executive", "spokesman",
        "spokeswoman", "ambassador", "governor", "senator", "representative", "judge", "justice", "general", "commander", "emeritus"]

    /// Whether token `i` is a finite verb argmap knows (a lexicon verb in past or -s form).
    func isFiniteVerb(_ i: Int) -> Bool {
        let w = lower(i)
        // ("the United States": a capitalised word inside a name is no verb.)
        if toks[i].isCapitalized, i > 0, toks[i - 1].isCapitalized, toks[i - 1].isWord { return false }
        // (No verb map knows the word: no look-up by string needed.)
        guard verbKind(i) != 0, let lemma = reportForms[w] ?? stanceForms[w] ?? conflictForms[w] ?? agreementForms[w] ?? infinitiveForms[w] else {
            return ["expected", "wanted", "had", "did", "was", "were"].contains(w)
        }
        return w != lemma && !w.hasSuffix("ing")
    }

    /// The actor mentions of a list that starts at token `k` ("Tom Devocht and Mark Rathbun",
    /// "A, B, and C").
    func objectList(startingAt k: Int, in s: Sentence) -> [Mention] {
        var out: [Mention] = []
        var at = k
        var commaOnly = false
        while at < s.tokens.upperBound, let m = mentions[s.index].first(where: { $0.tokens.lowerBound == at && $0.actor != nil && $0.form != .pronoun }) {
            var n = m.tokens.upperBound
            let comma = n < s.tokens.upperBound && toks[n].text == ","
            if comma { n += 1 }
            let conj = n < s.tokens.upperBound && ["and", "or"].contains(lower(n))
            // "opposition from France, Wilson insisted": after a bare comma, a name belongs to
            // the list only if the list goes on after it ("A, B, and C").
            if commaOnly && !comma && !conj { break }
            out.append(m)
            if conj { n += 1 }
            guard n > m.tokens.upperBound else { break }
            commaOnly = comma && !conj
            if n < s.tokens.upperBound, lower(n) == "the" { n += 1 }
            at = n
        }
        return out
    }

    /// Words that open a clause set against the main clause ("While X ..., Y ...").
    static let contrastSubordinators: Set<String> = ["while", "whereas", "where", "whilst", "although", "though"]

    /// Words that open a clause of its own after a claim (``contentEnd(from:in:)``) (made once, not per call).
    static let contentBreakers: Set<String> = ["although", "though", "whereas", "while", "but"]

    /// Where the claim after a verb ends: the sentence end, or a clause of its own
    /// (", although", "; ", a dash before "largely because").
    func contentEnd(from start: Int, in s: Sentence) -> Int {
        var k = start
        let breakers = Self.contentBreakers
        while k < s.tokens.upperBound {
            let t = toks[k]
            if t.text == ";" && !inQuote(k) {
                var n = k + 1
                if n < s.tokens.upperBound && lower(n) == "and" { n += 1 }
                let enumerated = n + 1 < s.tokens.upperBound && toks[n].text == "(" && toks[n + 1].text.first?.isNumber == true
                // "proposed that ...; that ...; and that ...": parallel clauses of one claim.
                let parallel = n < s.tokens.upperBound && lower(n) == "that"
                if !enumerated && !parallel { return k }
            }
            if (t.text == "—" || t.text == "–") && t.spaceBefore && !inQuote(k) && k > start + 3
                && (start..<k).filter({ toks[$0].text == t.text }).count % 2 == 0 {
                // "that gradualism — understood in the sense that ... — is a caricature": a
                // dash-enclosed aside is stepped over, not an end.
                if let close = (tokenSpan(k + 1, min(s.tokens.upperBound, k + 30))).first(where: { toks[$0].text == t.text }), close + 1 < s.tokens.upperBound, toks[close + 1].isWord {
                    k = close + 1
                    continue
                }
                return k
            }
            if t.text == "," && k + 1 < s.tokens.upperBound && breakers.contains(lower(k + 1)) && !inQuote(k) && k > start + 1 {
                // ("should not be containment, but the rollback of Soviet power": "not A, but B"
                // is one claim.)
                let notButX = lower(k + 1) == "but" && tokenSpan(max(start, k - 8), k).contains { ["not", "never", "no"].contains(lower($0)) }
                    && !(k + 2 < s.tokens.upperBound && (mentions[s.index].contains { $0.tokens.lowerBound == k + 2 } || isFiniteVerb(k + 2)))
                if !notButX { return k }
            }
            // "emphasised similarities between apes and humans, contesting Owen's view that ...":
            // a participle that takes someone on is a claim of its own.
            if t.text == ",", !inQuote(k), k > start + 1, k + 2 < s.tokens.upperBound, lower(k + 1).hasSuffix("ing"),
               verbKind(k + 1) & (Self.conflictBit | Self.agreementBit) != 0,
               mentions[s.index].contains(where: { $0.tokens.lowerBound >= k + 2 && $0.tokens.lowerBound <= k + 3 && $0.actor != nil && $0.form != .pronoun }) {
                return k
            }
            // "... as “closet Dr. Strangeloves”, physicist Freeman Dyson of Princeton for example
            // stated “...”": after a comma, a named speaker and a verb of saying open a claim
            // of their own.
            if t.text == ",", !inQuote(k), k > start + 1,
               let m = mentions[s.index].first(where: { $0.tokens.lowerBound > k && $0.tokens.lowerBound <= k + 3 && $0.form == .name && $0.actor != nil && !$0.possessive
                   && ((k + 1)..<$0.tokens.lowerBound).allSatisfy { toks[$0].isWord && !toks[$0].isCapitalized && !isFiniteVerb($0) && !isIn(.prepositions, $0) && !["and", "or", "but", "that", "which", "who"].contains(lower($0)) } }),
               let v = tokenSpan(m.tokens.upperBound, min(s.tokens.upperBound, m.tokens.upperBound + 5)).first(where: { toks[$0].isWord && !toks[$0].isCapitalized && !["of", "for", "example", "instance", "too", "also", "then", "later"].contains(lower($0)) }),
               verbKind(v) & Self.reportBit != 0, !inQuote(v), v + 1 < s.tokens.upperBound, toks[v + 1].isQuote || lower(v + 1) == "that" {
                return k
            }
            // "found that response unacceptable and in December 1895, President Grover Cleveland
            // asked ...", "..., and Senator Smith replied ...": "and" before a named subject and its
            // verb opens a clause of its own, after a comma or a phrase of time.
            if lower(k) == "and", k > start + 2, newClauseSubject(afterAnd: k, in: s) != nil {
                return toks[k - 1].text == "," ? k - 1 : k
            }
            // "While X argued that A, Y insisted that B": the opening clause ends at the comma
            // before the main clause's subject and verb.
            // ("..., and when, in late January, McCardle worried that ..., the Secretary
            // confessed": so does a clause that a subordinator opens just before the speaker.)
            let contrastOpened = isIn(.contrastSubordinators, s.tokens.lowerBound) && !(s.tokens.lowerBound..<start).contains(where: { toks[$0].text == "," && !inQuote($0) })
            if t.text == ",", !inQuote(k), k > start + 1, start > s.tokens.lowerBound,
               contrastOpened || tokenSpan(max(s.tokens.lowerBound, start - 15), start).contains(where: { Self.clauseSubordinators.contains(lower($0)) && !inQuote($0) }),
               let m = mentions[s.index].first(where: { $0.tokens.lowerBound > k && $0.tokens.lowerBound <= k + 3
                   && ((k + 1)..<$0.tokens.lowerBound).allSatisfy { ["the", "a", "an", "."].contains(lower($0)) || MentionFinder.isAbbreviatedTitle(lower($0)) } }),
               m.actor != nil, contrastOpened || m.form != .pronoun, ((m.tokens.upperBound)..<min(s.tokens.upperBound, m.tokens.upperBound + 4)).contains(where: { isFiniteVerb($0) || lower($0).hasSuffix("ed")
                   || ["did", "does", "do", "would", "could", "will", "has", "have", "had", "was", "were", "is", "are"].contains(lower($0)) }) {
                return k
            }
            k += 1
        }
        return s.tokens.upperBound
    }

    /// The named subject of a clause of its own that "and" at `k` opens, after a comma or a
    /// phrase of time ("..., and Senator Smith replied", "and in December 1895, President
    /// Grover Cleveland asked"), or nil.
    func newClauseSubject(afterAnd k: Int, in s: Sentence) -> Mention? {
        guard lower(k) == "and", !inQuote(k), k > s.tokens.lowerBound, k + 2 < s.tokens.upperBound else { return nil }
        var n = k + 1
        var setting = false
        if ["in", "on", "by", "after", "during", "within", "later"].contains(lower(n)),
           let c = tokenSpan(n + 1, min(s.tokens.upperBound, n + 8)).first(where: { toks[$0].text == "," }),
           tokenSpan(n, c).allSatisfy({ toks[$0].isWord || toks[$0].text.first?.isNumber == true }) {
            n = c + 1
            setting = true
        }
        guard setting || toks[k - 1].text == ",",
              let m = mentions[s.index].first(where: { $0.tokens.lowerBound >= n && $0.tokens.lowerBound <= n + 2
                  && tokenSpan(n, $0.tokens.lowerBound).allSatisfy { lower($0) == "the" || toks[$0].isCapitalized } }),
              m.form == .name, m.actor != nil, !m.possessive, m.tokens.upperBound < s.tokens.upperBound else { return nil }
        var v = m.tokens.upperBound
        // ("..., and Charles II, whose permission was needed, accepted this argument": over a
        // relative clause between commas.)
        if toks[v].text == ",", v + 2 < s.tokens.upperBound, ["who", "whose", "which"].contains(lower(v + 1)),
           let close = tokenSpan(v + 2, min(s.tokens.upperBound - 1, v + 14)).first(where: { toks[$0].text == "," }),
           !tokenSpan(v + 1, close).contains(where: { toks[$0].isQuote }) {
            v = close + 1
        }
        guard isFiniteVerb(v) || Self.irregularPasts.contains(lower(v)) || (toks[v].isWord && !toks[v].isCapitalized && lower(v).hasSuffix("ed") && lower(v).count > 3) else { return nil }
        return m
    }

    /// Whether mention `m` can be the subject of the clause after the comma at `c` (an actor,
    /// not a possessive, within three tokens: "Fearing the repercussions, the Allies ...").
    func opensClause(_ m: Mention, after c: Int) -> Bool {
        m.tokens.lowerBound > c && m.tokens.lowerBound <= c + 3 && m.actor != nil && !m.possessive
    }

    /// Trims punctuation (but not quotation marks that belong to the claim) from both ends.
    func trim(_ r: Range<Int>) -> Range<Int> {
        var a = r.lowerBound, b = r.upperBound
        while a < b && toks[a].kind == .punct { a += 1 }
        // Footnote marks at the end ("... the USSR.[55]") are not part of the claim.
        while b - a >= 3 && toks[b - 1].text == "]" && toks[b - 2].text.allSatisfy(\.isNumber) && toks[b - 3].text == "[" { b -= 3 }
        while a < b && (toks[b - 1].kind == .punct) { b -= 1 }
        if a < b && lower(a) == "that" { a += 1 }
        while a < b && toks[a].kind == .punct { a += 1 }
        return a..<b
    }

    func wordCount(_ r: Range<Int>) -> Int { r.filter { toks[$0].isWord }.count }

    mutating func addPosition(_ holders: [Int], _ r: Range<Int>, sentence: Int, rule: String, labelFrom: Int? = nil) {
        var r = trim(r)
        guard wordCount(r) >= 2, !holders.isEmpty else { return }
        // A quotation that opens in the claim and runs on past its sentence ("wrote on
        // Twitter, “We must ... back. The Kurds were ... mistake.”") is all of the claim.
        if let q = quotes.near(r).last(where: { r.contains($0.open) && $0.close >= r.upperBound && $0.close - $0.open <= 400 }) {
            r = r.lowerBound..<(q.close + 1)
        }
        // A claim that runs to the end of its sentence keeps the sentence's closing mark
        // ("No, I will not do that.", "Where is the logic in that?").
        if r.upperBound < toks.count, [".", "?", "!"].contains(toks[r.upperBound].text), !toks[r.upperBound].spaceBefore,
           doc.sentences[doc.sentenceIndex(ofToken: r.upperBound)].tokens.upperBound == r.upperBound + 1 {
            r = r.lowerBound..<(r.upperBound + 1)
        }
        let quoted = quotes.near(r).contains { r.contains($0.open) || r.contains($0.close) || $0.inner.contains(r.lowerBound) }
        var d = PositionDraft(holders: holders, tokens: r, sentence: sentence, rule: rule, quoted: quoted)
        if let l = labelFrom, l < r.upperBound { d.labelTokens = trim(l..<r.upperBound) }
        let idx = positions.count
        positions.append(d)
        holdersBySentence[sentence, default: []].append(contentsOf: holders)
        for h in holders where positionsByHolder[h]?.last != idx { positionsByHolder[h, default: []].append(idx) }
        for si in doc.sentenceIndex(ofToken: r.lowerBound)...doc.sentenceIndex(ofToken: r.upperBound - 1) {
            positionsBySentence[si, default: []].append(idx)
        }
        // The home sentence, unless the claim's range already listed it.
        if positionsBySentence[sentence]?.last != idx { positionsBySentence[sentence, default: []].append(idx) }
    }

    /// Indices of the positions that lie in (or cross) sentence `si`, in the order found
    /// (increasing, without repeats).
    func positionIndices(inSentence si: Int) -> [Int] {
        positionsBySentence[si] ?? []
    }

    /// The positions whose home is sentence `si`, in the order found: the same as
    /// `positions.filter { $0.sentence == si }`, from the sentence's index.
    func positions(homedIn si: Int) -> [PositionDraft] {
        positionIndices(inSentence: si).compactMap { positions[$0].sentence == si ? positions[$0] : nil }
    }

    /// Whether a position was found in sentence `si` (one whose home is `si`).
    func hasPosition(homedIn si: Int) -> Bool {
        (positionsBySentence[si] ?? []).contains { positions[$0].sentence == si }
    }

    /// The latest position that contains token `k`.
    func positionContaining(_ k: Int) -> PositionDraft? {
        positionIndices(inSentence: doc.sentenceIndex(ofToken: k)).last { positions[$0].tokens.contains(k) }.map { positions[$0] }
    }

    // MARK: Frames

    mutating func frames(in s: Sentence) {
        let r = s.tokens
        var framed = false
        // Perspective at the start: "To them ...", "According to X, ...", "In X's view, ...".
        if r.count > 3 {
            let a = r.lowerBound
            if lower(a) == "to", let m = mentions[s.index].first(where: { $0.tokens.lowerBound == a + 1 || $0.tokens.lowerBound == a + 2 }), let actor = m.actor,
               m.form == .pronoun || toks[m.tokens.upperBound].text == ",",
               // ("To his mind, ..." is the view noun's frame, below.)
               !(m.possessive && m.tokens.upperBound < r.upperBound && Self.perspectiveNouns.contains(lower(m.tokens.upperBound))) {
                addPosition([actor], m.tokens.upperBound..<r.upperBound, sentence: s.index, rule: "perspective-marker")
                framed = true
            }
            // "For Einstein, the Lorentz transformation implied ...": "for" and a name (not a
            // place) before a comma frames the sentence as theirs. ("For the President, as for
            // judges, immunity ...": "as regards", not a view.)
            if !framed, lower(a) == "for", let m = mentions[s.index].first(where: { $0.tokens.lowerBound == a + 1 }),
               let actor = m.actor, m.form == .name, !m.possessive, registry.actors[actor].category != .place,
               m.tokens.upperBound + 3 < r.upperBound, toks[m.tokens.upperBound].text == ",", lower(m.tokens.upperBound + 1) != "as" {
                addPosition([actor], (m.tokens.upperBound + 1)..<r.upperBound, sentence: s.index, rule: "perspective-marker")
                framed = true
            }
            // "In their view, ...", "In Smith's opinion, ...", "the plan, in his judgment, will
            // fail": an owner's view noun frames the sentence.
            if !framed {
                for m in mentions[s.index] where m.possessive && m.actor != nil && !inQuote(m.tokens.lowerBound) && m.tokens.lowerBound > a {
                    let inAt = m.tokens.lowerBound - 1
                    guard ["in", "to"].contains(lower(inAt)), inAt == a || toks[inAt - 1].text == "," else { continue }
                    var v = m.tokens.upperBound
                    if v < r.upperBound, toks[v].isWord, !Self.perspectiveNouns.contains(lower(v)), ["own", "considered", "personal", "private", "expert", "professional"].contains(lower(v)) { v += 1 }
                    guard v + 1 < r.upperBound, Self.perspectiveNouns.contains(lower(v)), lower(inAt) == "in" || ["mind", "eyes"].contains(lower(v)),
                          toks[v + 1].text == "," else { continue }
                    let body = inAt == a ? (v + 2)..<r.upperBound : r.lowerBound..<r.upperBound
                    addPosition([m.actor!], body, sentence: s.index, rule: "perspective-marker")
                    framed = true
                    break
                }
            }
            let markers = perspectiveMarkerList.mayOccur(in: r, toks) ? perspectiveMarkerList.words : []
            for (wi, w) in markers.enumerated() {
                guard let ids = perspectiveMarkerList.ids[wi], let at = find(ids: ids, in: r) else { continue }
                if var m = mentions[s.index].first(where: { $0.tokens.lowerBound >= at + w.count && $0.tokens.lowerBound <= at + w.count + 1 }), var actor = m.actor {
                    // "According to Yale University historian Timothy Snyder, ...": the person
                    // the role is written before.
                    if m.form == .group, let named = mentions[s.index].first(where: { $0.tokens.lowerBound == m.tokens.upperBound && $0.form == .name && $0.actor != nil }) {
                        m = named
                        actor = named.actor!
                    }
                    // ("..., according to Wasef archaeologists have not yet turned up ...": with no
                    // comma after the name, the clause after it is the claim.)
                    let e = m.tokens.upperBound
                    let clauseAfter = at > r.lowerBound && toks[at - 1].text == "," && e + 2 < r.upperBound && toks[e].isWord && !toks[e].isCapitalized
                        && !Self.settingPrepositions.contains(lower(e)) && !["and", "or", "but", "who", "which", "that", "whose", "of", "to", "for"].contains(lower(e))
                        && (e..<min(r.upperBound, e + 8)).contains { isFiniteVerb($0) || Self.auxiliaries.contains(lower($0)) }
                    let body = at == r.lowerBound || clauseAfter ? (e..<r.upperBound) : (r.lowerBound..<at)
                    // ("Pelosi called Trump's conduct a "breach ...," according to NBC": a clause
                    // with a speaker of its own is that speaker's; the source only reports it.)
                    if body.lowerBound == r.lowerBound, let sp = mentions[s.index].first(where: { $0.tokens.lowerBound == r.lowerBound || ($0.tokens.lowerBound == r.lowerBound + 1 && lower(r.lowerBound) == "the") }),
                       sp.actor != nil, sp.actor != actor, !sp.possessive, sp.form != .pronoun {
                        var v = sp.tokens.upperBound
                        while v < at && (isIn(.adverbs, v) || isIn(.skippable, v)) { v += 1 }
                        if v < at, !inQuote(v), verbKind(v) & (Self.reportBit | Self.stanceBit) != 0 { continue }
                    }
                    addPosition([actor], body, sentence: s.index, rule: "perspective-marker")
                    framed = true
                }
            }
        }
        // Speaker and colon: "Speaker Mike Johnson: “...”".
        for m in mentions[s.index] where m.actor != nil && m.form != .pronoun {
            let e = m.tokens.upperBound
            if e + 1 < r.upperBound, toks[e].text == ":", toks[e + 1].isQuote,
               let q = quotes.near((e + 1)..<(e + 1)).first(where: { $0.open == e + 1 }) {
                addPosition([m.actor!], q.inner, sentence: s.index, rule: "colon-speaker")
                framed = true
            }
        }
        // Verb frames: speakers set in the narration (", he added,") first, since the whole
        // sentence is then their claim; other frames after.
        for pass in 0..<2 {
        var k = r.lowerBound
        while k < r.upperBound {
            defer { k += 1 }
            let t = toks[k]
            guard t.isWord, !inQuote(k) else { continue }
            let w = t.lower
            // ("found no acceptance by the community": a reception, ``receptions(in:)``.)
            if Self.receptionVerbs.contains(w), reception(at: k, in: s) != nil { continue }
            let kinds = verbKind(k)
            let isReport = kinds & Self.reportBit != 0
            let isStance = kinds & Self.stanceBit != 0
            // "decided in 1845 to repeal", "voted on Monday to approve": a short phrase of
            // when may stand between the verb and its "to".
            let infTo: Int? = kinds & Self.infinitiveBit == 0 || k + 1 >= r.upperBound ? nil
                : lower(k + 1) == "to" ? k + 1
                : ["in", "on", "at", "last", "this", "early", "later"].contains(lower(k + 1))
                    ? (tokenSpan(k + 2, min(r.upperBound - 1, k + 5))).first(where: { lower($0) == "to" }).flatMap { t in
                        ((k + 2)..<t).allSatisfy({ toks[$0].isWord && (toks[$0].text.first?.isNumber == true || MentionFinder.calendarWords.contains(lower($0)) || ["the", "year", "week", "month", "spring", "summer", "autumn", "fall", "winter", "day", "morning", "evening", "may"].contains(lower($0))) }) ? t : nil }
                    : nil
            let isInf = infTo != nil
            let isConflict = kinds & Self.conflictBit != 0
            let isAgree = kinds & Self.agreementBit != 0
            guard isReport || isStance || isInf || isConflict || isAgree else { continue }
            // "as applied to them", "as amended": a participle after "as" describes, no one acts.
            if k > r.lowerBound, lower(k - 1) == "as", w.hasSuffix("ed") { continue }
            // "think tank", "call centre": a noun, not a verb.
            if k + 1 < r.upperBound, ["tank", "tanks", "centre", "center", "centres", "centers"].contains(lower(k + 1)) { continue }
            // ", I think properly,": an aside inside someone else's clause, not a frame.
            if k >= r.lowerBound + 2, toks[k - 2].text == ",", ["i", "we"].contains(lower(k - 1)),
               k + 1 < r.upperBound, toks[k + 1].text == "," || (k + 2 < r.upperBound && toks[k + 2].text == "," && toks[k + 1].lower.hasSuffix("ly")) { continue }
            // A verb inside a claim already given to someone is part of that claim.
            if positionIndices(inSentence: s.index).contains(where: { let p = positions[$0]; return p.sentence == s.index && ((p.tokens.contains(k) && p.tokens.lowerBound < k) || p.rule == "parenthetical-speaker") }) { continue }
            if k > r.lowerBound {
                let p = lower(k - 1)
                // "Morrison was the first to call the episode ...": the subject of "was" acts.
                // "was able to negate", "came to resent", "began to question": the subject's act.
                let lead = k >= r.lowerBound + 3 ? lower(k - 2) : ""
                if p == "to", Self.toLeads.contains(lead) {
                } else if p == "to" {
                    guard k >= r.lowerBound + 4, ["first", "last", "only"].contains(lower(k - 2)) || ["first", "last", "only"].contains(lower(k - 3)),
                          (max(r.lowerBound, k - 6)..<(k - 2)).contains(where: { isIn(.copulas, $0) }) else { continue }
                }
                if Self.determiners.contains(p) && p != "that" { continue }
                // "our present considered view", "his stated aim": a participle before a view
                // noun describes it.
                if w.hasSuffix("ed"), k + 1 < r.upperBound, isIn(.viewNouns, k + 1) || isIn(.ideaNouns, k + 1), toks[k - 1].isWord, !toks[k - 1].isCapitalized,
                   !["he", "she", "they", "we", "i", "it", "who", "which", "that", "and", "also", "then", "had", "have", "has"].contains(p), mention(endingAt: k, sentence: s.index) == nil { continue }
                if toks[k - 1].text.hasSuffix("'s") || toks[k - 1].text.hasSuffix("’s") { continue }
                if t.isCapitalized { continue }
            }
            // Bare or -s forms need a subject right before them ("states", "views" are nouns too).
            let lemma = reportForms[w] ?? stanceForms[w] ?? infinitiveForms[w] ?? conflictForms[w] ?? agreementForms[w]!
            let isPast = w != lemma && !w.hasSuffix("ing") && !(w == lemma + "s" || w == lemma + "es" || (lemma.hasSuffix("y") && w.hasSuffix("ies")))
            let isIng = w.hasSuffix("ing") && w != lemma
            // A passive participle ("should have been upheld", "was questioned") is not the
            // subject's act; agents ("by X") are handled above.
            if isPast, k > r.lowerBound {
                var b = k - 1
                while b > r.lowerBound && isIn(.adverbs, b) { b -= 1 }
                // ("was criticised as a British stereotype by Karl Marx": a taking-on verb whose
                // agent comes after a short phrase goes on to the rule "passive-agent" below.)
                let agentLater = (isConflict || isAgree) && k + 3 < r.upperBound && ["in", "as", "at", "during", "on"].contains(lower(k + 1))
                    && tokenSpan(k + 2, min(r.upperBound, k + 8)).contains(where: { by in lower(by) == "by" && mentions[s.index].contains { $0.tokens.lowerBound == by + 1 && $0.actor != nil && $0.form != .pronoun } })
                if ["been", "be", "being", "was", "were", "is", "are"].contains(lower(b)) && !(k + 1 < r.upperBound && lower(k + 1) == "by") && !agentLater {
                    // "was declared dead by the Times": the agent holds the clause.
                    // ("were cited as an example of pathological science by Irving Langmuir": the
                    // agent may come after a short "as" phrase.)
                    if isReport || isStance, let by = (tokenSpan(k + 2, min(r.upperBound, k + (k + 1 < r.upperBound && lower(k + 1) == "as" ? 10 : 4)))).first(where: { lower($0) == "by" }),
                       ((k + 1)..<by).allSatisfy({ toks[$0].isWord && !toks[$0].isCapitalized }),
                       let m = mentions[s.index].first(where: { $0.tokens.lowerBound > by && $0.tokens.lowerBound <= by + 4 && $0.actor != nil && $0.form != .pronoun }),
                       !inAnyPosition(k, sentence: s.index) {
                        let clauseStart = (r.lowerBound..<k).last(where: { [";", ":", ","].contains(toks[$0].text) || lower($0) == "that" }).map { $0 + 1 } ?? r.lowerBound
                        addPosition([m.actor!], clauseStart..<contentEnd(from: m.tokens.upperBound, in: s), sentence: s.index, rule: "passive-report")
                        framed = true
                    }
                    continue
                }
            }
            // "but subsequently found to be illusory", "was believed to have": a raising passive
            // (an active "found" takes an object first: "found it to be").
            if isPast, k + 2 < r.upperBound, lower(k + 1) == "to", ["be", "have"].contains(lower(k + 2)), Self.raisingPassives.contains(lemma),
               coordinatedAgent(before: k, in: s) == nil { continue }
            // "passed the Chinese Exclusion Act": "pass" is a stance only for a law or motion
            // ("a week passed", "passed peer review" are not).
            if lemma == "pass", !(tokenSpan(k + 1, min(r.upperBound, k + 7))).contains(where: { Self.legislationNouns.contains(lower($0)) }) { continue }
            // "The Eisenhower administration, worried by the prospect of ...": a feeling with its
            // cause is no report.
            if lemma == "worry", k + 1 < r.upperBound, ["by", "about", "over", "at", "for"].contains(lower(k + 1)) { continue }
            // "JUSTICE O'CONNOR, with whom THE CHIEF JUSTICE and JUSTICE THOMAS join as to all but
            // Part III, dissenting.": a header says who joins an opinion (rule "opinion-voice"),
            // not a claim.
            if lemma == "join", (k..<r.upperBound).contains(where: { ["dissenting", "concurring"].contains(lower($0)) }) { continue }
            // "from what Mr. Justice BLACK has written, I join ...", "what he said was
            // true": a free relative names words; what follows is not their content.
            if isReport, let wh = tokenSpan(max(r.lowerBound, k - 6), k).last(where: { lower($0) == "what" && !inQuote($0) }),
               tokenSpan(wh + 1, k).allSatisfy({ toks[$0].isWord || toks[$0].text == "." }),
               mentions[s.index].contains(where: { m in m.tokens.lowerBound > wh && m.tokens.lowerBound <= wh + 3 && m.actor != nil && m.form == .name
                   && tokenSpan(wh + 1, m.tokens.lowerBound).allSatisfy { toks[$0].isCapitalized || !toks[$0].isWord } }) { continue }
            // "read/regard/view X as Y": only with the "as".
            if ["read", "regard", "view", "treat", "see", "interpret", "celebrate", "hail"].contains(lemma) && !isReport,
               !(tokenSpan(k + 1, min(r.upperBound, k + 9))).contains(where: { lower($0) == "as" }) { continue }
            // Passive with agent: "agreed to by X", "was denounced by X".
            var subj: (actors: [Int], start: Int)? = nil
            var rule = isInf ? "infinitive-stance" : (isReport ? "reporting-verb" : "stance-verb")
            var after = k + 1
            if let t = infTo { after = t + 1 }
            // ("advocated and developed by George Gamow": two participles share the agent.)
            let coordinatedBy = isPast && k + 3 < r.upperBound && lower(k + 1) == "and" && lower(k + 2).hasSuffix("ed") && lower(k + 3) == "by"
            // "was first stated in 1667 by Becher", "was criticised as a British stereotype by
            // Karl Marx": a short phrase of time or manner between a passive and its agent.
            let copulaBefore = k > r.lowerBound && ["was", "were", "been", "be", "is", "are"].contains(lower(k - 1)) ||
                k > r.lowerBound + 1 && ["was", "were", "been", "be", "is", "are"].contains(lower(k - 2))
            let laterBy = isPast && copulaBefore && k + 3 < r.upperBound && ["in", "as", "at", "during", "on"].contains(lower(k + 1))
                ? tokenSpan(k + 2, min(r.upperBound, k + 8)).first(where: { lower($0) == "by" }).flatMap { b in
                    ((k + 2)..<b).allSatisfy({ toks[$0].isWord && !isFiniteVerb($0) && !["that", "which", "who", "and", "but"].contains(lower($0)) || toks[$0].text.first?.isNumber == true }) ? b : nil }
                : nil
            if k + 1 < r.upperBound && lower(k + 1) == "by" || (k + 2 < r.upperBound && lower(k + 2) == "by" && ["to", "upon", "on"].contains(lower(k + 1))) || coordinatedBy || laterBy != nil {
                let byAt = laterBy ?? (coordinatedBy ? k + 3 : (lower(k + 1) == "by" ? k + 1 : k + 2))
                // Rule "passive-agent": "X's theory was rejected by Y" sets Y against the owner of
                // what is rejected (an actor in the subject, else, for "the theory of ...", the
                // text's main actor); "was endorsed by Y" is agreement.
                let passive = k > r.lowerBound && ["was", "were", "been", "be", "is", "are"].contains(lower(k - 1)) ||
                    k > r.lowerBound + 1 && ["was", "were", "been", "be", "is", "are"].contains(lower(k - 2))
                if passive, isConflict || isAgree, !inQuote(k),
                   let m = mentions[s.index].first(where: { $0.tokens.lowerBound > byAt && $0.tokens.lowerBound <= byAt + 4 && $0.actor != nil && $0.form != .pronoun }) {
                    let clauseStart = (r.lowerBound..<k).last(where: { [";", ":"].contains(toks[$0].text) || lower($0) == "that" }).map { $0 + 1 } ?? r.lowerBound
                    let ofIdea = (clauseStart..<k).contains { isIn(.ideaNouns, $0) && $0 + 1 < k && lower($0 + 1) == "of" && mention(endingAt: $0 + 2, sentence: s.index) == nil && mention(endingAt: $0 + 3, sentence: s.index) == nil }
                    let dash = (clauseStart..<k).last(where: { ["–", "—"].contains(toks[$0].text) }).map { $0 + 1 } ?? clauseStart
                    // ("Their claims were repudiated by X": "their" may stand for people named
                    // together.)
                    // ("His estimate that the age of the Earth allowed it was disputed by X": the
                    // owner of the view noun the "that" clause belongs to.)
                    let ownerStart = dash == clauseStart && clauseStart >= r.lowerBound + 2 && lower(clauseStart - 1) == "that" && isIn(.viewNouns, clauseStart - 2)
                        ? (r.lowerBound..<(clauseStart - 2)).last(where: { [";", ":", ","].contains(toks[$0].text) }).map { $0 + 1 } ?? r.lowerBound
                        : dash
                    // ("Turkey is already under EU sanctions, and was condemned by Egypt": a
                    // country may be one, but not a name after a preposition other than "of".)
                    var owners = ofIdea ? [] : mentions(in: ownerStart..<k, sentence: s.index).filter { om in
                        var b = om.tokens.lowerBound - 1
                        while b >= ownerStart, isIn(.determiners, b) { b -= 1 }
                        return b < ownerStart || !(isIn(.prepositions, b) || ["under", "from", "by", "against", "among", "between", "after", "before", "despite", "over"].contains(lower(b))) || lower(b) == "of"
                    }.flatMap { om in (om.actor.map { [$0] } ?? []) + om.coActors }
                        .filter { $0 != m.actor! }
                    // (With no owner named, what is taken on — a view, or anything criticised or
                    // condemned — is the text's main actor's: "The political economy of struggle
                    // was criticised as a British stereotype by Karl Marx".)
                    if owners.isEmpty, !ofIdea, isConflict || (clauseStart..<k).contains(where: { isIn(.viewNouns, $0) || isIn(.ideaNouns, $0) }), let main = mainActor(excluding: m.actor!) {
                        owners = [main]
                    }
                    let kind: EdgeKind = isConflict ? .conflict : .agreement
                    for agent in passiveAgents(first: m, in: s) { for o in Set(owners).sorted() where o != agent {
                        relations.append(RelationDraft(kind: kind, a: .actor(agent), b: .actor(o), cue: doc.text(tokens: k..<(byAt + 1)),
                                                       sentence: s.index, span: clauseStart..<m.tokens.upperBound, rule: "passive-agent"))
                    } }
                }
                // Rule "passive-report": "cold fusion was declared dead by the Times": the agent
                // holds the clause.
                // ("Special relativity was adopted by the scientific community": taking its side,
                // too; "the Lytton Report was ratified by the League": ratifying, by a named body.)
                if passive, isReport || isStance || (isAgree && ["adopt", "accept", "approve", "embrace", "endorse", "support", "back", "favor", "favour", "champion", "welcome", "ratify"].contains(lemma)), !inQuote(k),
                   let m = mentions[s.index].first(where: { $0.tokens.lowerBound > byAt && $0.tokens.lowerBound <= byAt + 4 && $0.actor != nil && $0.form != .pronoun }),
                   isReport || isStance || lemma != "ratify" || m.form == .name || m.form == .acronym,
                   !inAnyPosition(k, sentence: s.index) {
                    let clauseStart = (r.lowerBound..<k).last(where: { [";", ":", ","].contains(toks[$0].text) || lower($0) == "that" }).map { $0 + 1 } ?? r.lowerBound
                    let agents = passiveAgents(first: m, in: s)
                    // (Taking a side ends at the clause's comma: "was adopted by the community
                    // remarkably quickly, consistent with Einstein's later comment that ...".)
                    let sideEnd = isReport || isStance ? nil : tokenSpan(m.tokens.upperBound, r.upperBound).first(where: { [",", ";", ":"].contains(toks[$0].text) && !inQuote($0) })
                    addPosition(agents, clauseStart..<(sideEnd ?? contentEnd(from: m.tokens.upperBound, in: s)), sentence: s.index, rule: "passive-report")
                    framed = true
                }
                // Rule "reduced-passive": "the static universe model advocated by Einstein",
                // "Lemaître's theory, advocated and developed by George Gamow": the agent holds
                // the noun phrase the participle follows, and stands with (or against) its owner.
                if !passive, isPast, !inQuote(k), k > r.lowerBound, isAgree || isConflict || Self.favouringStances.contains(lemma),
                   let m = mentions[s.index].first(where: { $0.tokens.lowerBound > byAt && $0.tokens.lowerBound <= byAt + 3 && $0.actor != nil && $0.form != .pronoun }) {
                    let npEnd = toks[k - 1].text == "," ? k - 1 : k
                    var npStart = npEnd
                    while npStart > r.lowerBound, npEnd - npStart < 8 {
                        let b = npStart - 1
                        guard toks[b].isWord, !isFiniteVerb(b), !isIn(.copulas, b), !(isIn(.prepositions, b) && lower(b) != "of"),
                              !["that", "which", "who", "and", "but", "by", "as", "from", "against", "than"].contains(lower(b)),
                              !isIn(.contrastSubordinators, b), !["if", "when", "because", "once", "first", "originally", "initially", "later"].contains(lower(b)) else { break }
                        npStart = b
                    }
                    let npWords = (npStart..<npEnd).filter { toks[$0].isWord }
                    if npWords.count >= 2, npWords.contains(where: { !toks[$0].isCapitalized && !isIn(.determiners, $0) }) {
                        if isStance || isReport {
                            addPosition([m.actor!], npStart..<m.tokens.upperBound, sentence: s.index, rule: "reduced-passive")
                            framed = true
                        }
                        let kind: EdgeKind? = isConflict ? .conflict : (isAgree || Self.favouringStances.contains(lemma) ? .agreement : nil)
                        let owners = mentions(in: npStart..<npEnd, sentence: s.index).filter { $0.possessive && $0.actor != nil && $0.actor != m.actor }.map { $0.actor! }
                        if let kind { relate(kind, [m.actor!], owners, cue: k..<(byAt + 1), s: s, rule: "reduced-passive") }
                    }
                }
                continue
            }
            if isIng {
                // ", finding that ...": the one who holds the sentence's main clause.
                let clauseSubject = mentions[s.index].first(where: { $0.tokens.upperBound < k && $0.actor != nil && !$0.possessive && registry.actors[$0.actor!].category != .place && !inQuote($0.tokens.lowerBound) && !(($0.tokens.lowerBound - 1 >= r.lowerBound) && isIn(.prepositions, $0.tokens.lowerBound - 1)) })?.actor
                // Rule "participle-object": "Huxley emphasised ..., contesting Owen's view that
                // ...", "..., praising Johnson": the main clause's subject with or against the
                // participle's object.
                if isConflict || isAgree, !isReport, k > r.lowerBound + 1, toks[k - 1].text == ",", !inQuote(k),
                   let h = clauseSubject ?? subject(before: k - 1, in: s)?.actors.first {
                    var o = k + 1
                    while o < r.upperBound && isIn(.determiners, o) { o += 1 }
                    if let m = mentions[s.index].first(where: { $0.tokens.lowerBound == o && $0.actor != nil && $0.form != .pronoun }), m.actor != h,
                       registry.actors[m.actor!].category != .place {
                        relate(isConflict ? .conflict : .agreement, [h], [m.actor!], cue: k..<(k + 1), s: s, rule: "participle-object")
                    }
                }
                guard isReport || isStance else { continue }
                // ("premises, reasoning, and judgment": a noun in a list, not a participle.)
                let listed = k + 1 < r.upperBound && ([",", ";"].contains(toks[k + 1].text) || ["and", "or"].contains(lower(k + 1)))
                // ("The United States found that response unacceptable and in December 1895,
                // President Grover Cleveland asked ..., proposing that ...": a clause after the
                // last claim has a subject of its own.)
                let laterSubject = tokenSpan(r.lowerBound, k - 1).last(where: { lower($0) == "and" }).flatMap { newClauseSubject(afterAnd: $0, in: s)?.actor }
                if isReport, !listed, k > r.lowerBound + 1, toks[k - 1].text == ",", let h = laterSubject ?? holdersBySentence[s.index]?.last ?? clauseSubject ?? subject(before: k - 1, in: s)?.actors.first,
                   !inAnyPosition(k, sentence: s.index) {
                    addPosition([h], k..<contentEnd(from: k + 1, in: s), sentence: s.index, rule: "participle-stance")
                    framed = true
                    continue
                }
                // "succeeded in proposing that ...": the main subject holds it.
                // ("used the term when claiming that ...", "Smith, while insisting that ...,
                // conceded": a participle after a subordinator, too.)
                // ("stated that ..., while maintaining that ...": after a comma, whoever holds the
                // clause before.)
                let subordinator = k > r.lowerBound && ["when", "while", "after", "before"].contains(lower(k - 1))
                // ("A journalist claimed that she was allowed to vote even after admitting ...": a
                // subordinator inside a reported clause belongs to that clause; it is the
                // reporter's only after "that" right after the verb of saying.)
                let thatAt = subordinator ? (r.lowerBound..<(k - 1)).last(where: { lower($0) == "that" && !inQuote($0) }) : nil
                let reporter = thatAt.flatMap { t in t > r.lowerBound && reportForms[lower(t - 1)] != nil ? subject(before: t - 1, in: s)?.actors : nil }
                if k > r.lowerBound + 1, subordinator || ["in", "by"].contains(lower(k - 1)), thatAt == nil || reporter != nil,
                   let holders = reporter ?? subject(before: k - 1, in: s)?.actors, !inAnyPosition(k, sentence: s.index) {
                    addPosition(holders, k..<contentEnd(from: k + 1, in: s), sentence: s.index, rule: "gerund-stance")
                    framed = true
                    continue
                }
                // Rule "authored-finding": "published a paper suggesting that ...", "issued a
                // statement calling for ...": the authors of the work hold what it says.
                // ("sent a letter to Secretary Dulles characterizing ...": over a short "to"/"in" phrase.)
                let workNoun = k <= r.lowerBound + 1 ? nil : Self.workNouns.contains(lower(k - 1)) ? k - 1
                    : (max(r.lowerBound, k - 10)..<(k - 1)).last(where: { n in Self.workNouns.contains(lower(n)) && n + 1 < k && ["to", "in", "for", "on"].contains(lower(n + 1))
                        && ((n + 1)..<k).allSatisfy { toks[$0].isWord && !isFiniteVerb($0) && !["that", "which", "who", "and"].contains(lower($0)) || toks[$0].text == "." } })
                if k > r.lowerBound + 1, let wn = workNoun, let h = authoredHolders(nounAt: wn, in: s), !inAnyPosition(k, sentence: s.index) {
                    addPosition(h, k..<contentEnd(from: k + 1, in: s), sentence: s.index, rule: "authored-finding")
                    framed = true
                    continue
                }
                // "By characterizing X as Y, the party's leaders ..." / "While disparaging ...".
                guard k == r.lowerBound || (k == r.lowerBound + 1 && ["by", "while", "in", "when", "after"].contains(lower(r.lowerBound))) else { continue }
                // The comma after which the subject comes ("Believing that X, if not Y, I must ...").
                // (A comma just inside a closing quotation mark ends the phrase too: "In calling for
                // a “general association of nations,” Wilson voiced ...".)
                let commas = (k..<r.upperBound).filter { toks[$0].text == "," && (!inQuote($0) || ($0 + 1 < r.upperBound && toks[$0 + 1].isQuote && !inQuote($0 + 2))) }
                guard let comma = commas.first(where: { c in mentions[s.index].contains { opensClause($0, after: c) } }) else { continue }
                guard let m = mentions[s.index].first(where: { opensClause($0, after: comma) }) else { continue }
                // (The participle is part of the claim: "Fearing the repercussions of a war".)
                addPosition([m.actor!], k..<comma, sentence: s.index, rule: "gerund-stance")
                framed = true
                continue
            }
            subj = subject(before: k, in: s)
            // "Seitz cited Carl Sagan, adding an emphasis: “...”": the words quoted after a
            // cited person are that person's.
            if ["cite", "quote"].contains(lemma), !isIng, k + 1 < r.upperBound,
               let m = mentions[s.index].first(where: { $0.tokens.lowerBound == k + 1 && $0.form == .name && $0.actor != nil && !$0.possessive && registry.actors[$0.actor!].category != .place }),
               quotes.near(m.tokens.upperBound..<r.upperBound).contains(where: { $0.open > m.tokens.upperBound && $0.open < r.upperBound && wordCount($0.inner) >= 4 }) {
                subj = ([m.actor!], k)
            }
            // "The subjects of Milgram experiments, wrote James Waller (Becoming Evil), were
            // assured ...": a speaker named after the verb inside commas, with the title of
            // the work in brackets, frames the sentence around it.
            if isReport, !isInf, k > r.lowerBound + 1, toks[k - 1].text == ",", !inQuote(k),
               let m = mentions[s.index].first(where: { $0.tokens.lowerBound == k + 1 && $0.form == .name && $0.actor != nil && !$0.possessive }) {
                var e = m.tokens.upperBound
                if e < r.upperBound, toks[e].text == "(", let close = tokenSpan(e + 1, min(r.upperBound, e + 10)).first(where: { toks[$0].text == ")" }) { e = close + 1 }
                if e < r.upperBound, toks[e].text == ",", e > m.tokens.upperBound || (e + 1 < r.upperBound && toks[e + 1].isWord && !toks[e + 1].isCapitalized) {
                    subj = ([m.actor!], k)
                    rule = "inverted-speaker"
                    after = e
                }
            }
            // "Freedom Magazine, which attacked X": a relative clause's subject is its antecedent.
            if subj == nil, isConflict || isAgree || isStance, k >= r.lowerBound + 2, ["which", "who"].contains(lower(k - 1)) {
                let e = toks[k - 2].text == "," ? k - 3 : k - 2
                if e >= r.lowerBound, let m = mention(endingAt: e, sentence: s.index), let a = m.actor, m.form != .pronoun {
                    subj = ([a], m.tokens.lowerBound)
                }
            }
            // Rule "authored-finding": "Rousseau and Porto carried out an analysis, which showed
            // X", "a letter that argued Y": what the work says, its authors hold.
            if subj == nil, isReport || isStance, k >= r.lowerBound + 2, ["which", "that"].contains(lower(k - 1)) {
                let e = toks[k - 2].text == "," ? k - 3 : k - 2
                if e > r.lowerBound, let h = authoredHolders(nounAt: e, in: s) {
                    subj = (h, subject(before: e, in: s)?.start ?? e)
                    rule = "authored-finding"
                }
            }
            if subj == nil {
                // "..., said Smith" / "“...,” added the minister".
                if k > r.lowerBound, toks[k - 1].isQuote || toks[k - 1].text == ",",
                   let m = mentions[s.index].first(where: { $0.tokens.lowerBound == k + 1 || $0.tokens.lowerBound == k + 2 }), let a = m.actor, isReport {
                    subj = ([a], k)
                    rule = "inverted-speaker"
                    after = m.tokens.upperBound
                }
            }
            guard let subject = subj else { continue }
            // "the questions which petitioner refused to answer": an object relative clause
            // describes its noun; it states no view.
            if isInf, subject.start > r.lowerBound, ["which", "whom"].contains(lower(subject.start - 1)),
               subject.start - 2 >= r.lowerBound, toks[subject.start - 2].isWord, !toks[subject.start - 2].isCapitalized { continue }
            // "demanded that the Allies call for ...": a subjunctive wish, not the Allies' view.
            if subject.start > r.lowerBound + 1, lower(subject.start - 1) == "that" || (subject.start > r.lowerBound + 2 && lower(subject.start - 2) == "that" && ["the", "a"].contains(lower(subject.start - 1))) {
                let t0 = lower(subject.start - 1) == "that" ? subject.start - 1 : subject.start - 2
                var q = t0 - 1
                while q > r.lowerBound && isIn(.adverbs, q) { q -= 1 }
                if let lem = reportForms[lower(q)] ?? stanceForms[lower(q)], Self.mandative.contains(lem) { continue }
            }
            let afterLead = k >= r.lowerBound + 3 && lower(k - 1) == "to" && Self.toLeads.contains(lower(k - 2))
            if !isPast && rule != "inverted-speaker" && !afterLead {
                // Bare and -s forms ("states", "report") are often nouns: the subject must be close.
                var q = k - 1
                while q > subject.start && isIn(.skippable, q) { q -= 1 }
                // ("One news site, Znak.com, claims": an appositive name between commas.)
                let appositive = q > r.lowerBound + 1 && toks[q].text == "," && mention(endingAt: q - 1, sentence: s.index).map { m in
                    m.tokens.lowerBound > r.lowerBound && toks[m.tokens.lowerBound - 1].text == "," } == true
                if mention(endingAt: q, sentence: s.index) == nil && !appositive { continue }
            }
            // Negation between subject and verb.
            let negated = (subject.start..<k).contains { isIn(.negations, $0) }
            // Parenthetical speaker: ", he added," or "“...,” he stated".
            // (Over the subject's article: "The plan was sound, the court stated.")
            var beforeAt = subject.start - 1
            if beforeAt >= r.lowerBound, ["the", "a", "an"].contains(lower(beforeAt)) { beforeAt -= 1 }
            let before = beforeAt >= r.lowerBound ? toks[beforeAt] : nil
            var afterVerb = after
            while afterVerb < r.upperBound && toks[afterVerb].isWord && ["bluntly", "further", "later", "also", "then", "again", "flatly", "simply", "angrily", "firmly"].contains(lower(afterVerb)) { afterVerb += 1 }
            // "holds, however, that ...", "argued, in 1912, that ...": an aside before the clause.
            // ("admits, under its "costs of crime" reasoning, that": quoted words may sit in it;
            // "We agree, however, with the Fifth Circuit that": a connective alone is an aside
            // whatever follows.)
            if isReport, afterVerb < r.upperBound, toks[afterVerb].text == ",",
               let close = (tokenSpan(afterVerb + 1, min(r.upperBound, afterVerb + 11))).first(where: { toks[$0].text == "," && !inQuote($0) }),
               close + 1 < r.upperBound, lower(close + 1) == "that" && close <= afterVerb + 7 || lower(close + 1) == "that" && ((afterVerb + 1)..<close).filter({ toks[$0].isQuote }).count == 2
                || close == afterVerb + 2 && Self.connectiveAsides.contains(lower(afterVerb + 1)) && toks[close + 1].isWord,
               ((afterVerb + 1)..<close).filter({ toks[$0].isQuote }).count % 2 == 0 {
                afterVerb = close + 1
                after = close + 1
            }
            let next = afterVerb < r.upperBound ? toks[afterVerb] : nil
            // ("“...”, Johnson said in an interview.": a short phrase of where or how may close it.)
            let closingSetting = next.map { Self.settingPrepositions.contains($0.lower) && !Self.clauseSettingWords.contains($0.lower) } == true && r.upperBound - afterVerb <= 8 &&
                Self.implicitThat.contains(lemma) && !isStance && !isConflict && !isAgree &&
                (afterVerb..<r.upperBound).allSatisfy { toks[$0].isWord || [".", "!", "?"].contains(toks[$0].text) } && before?.text == ","
            let parenthetical = isReport && (before == nil || before!.text == "," || before!.isQuote || before!.text == "(") &&
                (next == nil || next!.text == "," || next!.text == "." || next!.isQuote || next!.text == ")" || closingSetting ||
                 (next!.lower == "to" && before != nil && (afterVerb..<r.upperBound).contains { toks[$0].text == "," }))
            if (parenthetical || rule == "inverted-speaker") != (pass == 0) { continue }
            if parenthetical || rule == "inverted-speaker" {
                // The claim is the rest of the sentence around the frame; a quotation split by
                // the frame is one claim.
                let qs = quotes.near(r).filter { r.contains($0.open) || r.contains($0.close) }
                if let f = qs.first, let l = qs.last {
                    addPosition(subject.actors, f.open..<(l.close + 1), sentence: s.index, rule: "parenthetical-speaker")
                } else {
                    // "The NKID was engaged, Chicherin explained, in a ..."
                    addPosition(subject.actors, r.lowerBound..<r.upperBound, sentence: s.index, rule: "parenthetical-speaker")
                }
                framed = true
                continue
            }
            // "agreed with X", "disagreed with X's view": a relation (see the cue phrases), not a claim.
            // "could not agree on a budget", "disagreed over the plan": a relation between the
            // subjects (``bareAgreement(in:)``), not a claim.
            if ["agree", "disagree", "concur"].contains(lemma), let n = next, ["on", "over", "about"].contains(n.lower), subject.actors.count >= 2 { continue }
            // "disagreed strongly with the model assumptions": with no one's view named, the
            // disagreement is the subject's claim.
            if lemma == "disagree", let n = next, n.lower == "with" || (n.lower.hasSuffix("ly") && afterVerb + 1 < r.upperBound && lower(afterVerb + 1) == "with"), !negatedBefore(k, subject.start),
               !mentions[s.index].contains(where: { $0.tokens.lowerBound > afterVerb && $0.tokens.lowerBound <= afterVerb + 5 && $0.actor != nil }),
               !inAnyPosition(k, sentence: s.index) {
                addPosition(subject.actors, k..<contentEnd(from: k + 1, in: s), sentence: s.index, rule: "stance-verb")
                framed = true
                continue
            }
            if ["agree", "disagree", "concur"].contains(lemma), let n = next, ["with", "to"].contains(n.lower),
               !(subject.start..<k).contains(where: { isIn(.negations, $0) }) {
                // "Eddington agreed with Aristotle that the universe did not have a beginning":
                // both hold the clause.
                if lemma != "disagree", n.lower == "with", !inAnyPosition(k, sentence: s.index),
                   let that = (tokenSpan(afterVerb + 2, min(r.upperBound - 1, afterVerb + 8))).first(where: { lower($0) == "that" && !inQuote($0) }) {
                    let others = mentions(in: (afterVerb + 1)..<that, sentence: s.index).filter { $0.form != .pronoun && $0.actor != nil && !$0.possessive }.map { $0.actor! }
                    if !others.isEmpty, !((afterVerb + 1)..<that).contains(where: { [",", ";", ":"].contains(toks[$0].text) || isFiniteVerb($0) }) {
                        // (The text runs from the subject: "We agree with the District Court that ...".)
                        addPosition(Array(Set(subject.actors + others)).sorted(), subject.start..<contentEnd(from: that + 1, in: s), sentence: s.index, rule: "shared-clause", labelFrom: that + 1)
                        framed = true
                    }
                }
                continue
            }
            // A reporting verb takes a clause: "that ...", a quotation, or (for the verbs that
            // drop "that") a clause straight after it.
            if isReport && !isStance && !isConflict && !isAgree && !isInf, let n = next {
                let addressed = (afterVerb..<min(r.upperBound, afterVerb + 5)).contains { lower($0) == "that" } && mentions[s.index].contains { $0.tokens.lowerBound >= afterVerb && $0.tokens.lowerBound <= afterVerb + 1 }
                let clauseStart = n.lower == "that" || n.isQuote || [":", "whether", "how", "why", "what", "if"].contains(n.lower) || addressed
                // "announced neutron production", "reported negative results": the object is the claim.
                let npClaim = Self.nounClaimVerbs.contains(lemma) && n.isWord && !Self.prepositions.contains(n.lower) && !["him", "her", "them", "it", "us", "me", "back", "on", "out"].contains(n.lower)
                if !clauseStart && !Self.implicitThat.contains(lemma) && !npClaim { continue }
                // ("as New Jersey concedes, there is no basis", in an opinion: after "as", a verb
                // before a comma agrees with the opinion's voice, rule "as-X-said".)
                if !clauseStart, n.text == ",", subject.start > r.lowerBound, lower(subject.start - 1) == "as", narrator[s.index] != nil { continue }
                // "said in an interview", "wrote on Twitter": a phrase of where or how is no claim,
                // unless a that-clause follows it ("said in a statement that ...").
                // ("indicated on Monday the chances ... were diminishing" goes on to a clause.)
                if !clauseStart, Self.settingPrepositions.contains(n.lower),
                   !(afterVerb..<min(r.upperBound, afterVerb + 10)).contains(where: { lower($0) == "that" || toks[$0].isQuote || toks[$0].text == ":" }) {
                    let rest = afterVerb..<max(afterVerb, contentEnd(from: afterVerb, in: s))
                    if wordCount(rest) <= 6 || !rest.contains(where: { isFiniteVerb($0) || isIn(.copulas, $0) }) { continue }
                }
                let verdict = (afterVerb..<min(r.upperBound, afterVerb + 7)).contains { isIn(.verdictAdjectives, $0) }
                if lemma == "hold" && !(n.lower == "that" || verdict || (afterVerb + 1 < r.upperBound && ["view", "opinion", "belief", "position"].contains(lower(afterVerb + 1)))) { continue }
            }
            // Relations with an actor object ("X criticised Y", "X supported Y's view"); not the
            // subject of a clause ("confirmed that Archaeopteryx was ...").
            // ("chose to support Addis Ababa", "refused to recognize the Soviet government": the
            // verb after "to" takes the object; refusing turns it round.)
            let infVerb: Int? = infTo.flatMap { t in t + 2 < r.upperBound ? t + 1 : nil }
            let infBits = infVerb.map { verbKind($0) } ?? 0
            let viaInf = (infBits & Self.conflictBit != 0) != (infBits & Self.agreementBit != 0)
            let refusing = viaInf && ["refuse", "decline"].contains(lemma)
            let objConflict = viaInf ? ((infBits & Self.conflictBit != 0) != refusing) : isConflict
            let objAgree = viaInf ? !objConflict : isAgree
            let objVerb = viaInf ? infVerb! : k
            if objConflict || objAgree, !(after < r.upperBound && lower(after) == "that") {
                var o = viaInf ? objVerb + 1 : after
                while o < r.upperBound && (isIn(.determiners, o) || ["both", "either"].contains(lower(o))) { o += 1 }
                // "invaded its equally poor neighbor, Ethiopia,": a description, then the name.
                if !mentions[s.index].contains(where: { $0.tokens.lowerBound == o }) {
                    var q = o
                    while q < min(r.upperBound, o + 4) && toks[q].isWord && !toks[q].isCapitalized && !isFiniteVerb(q)
                            && !["and", "or", "but", "that", "which", "who", "to", "of", "in", "for", "with", "by"].contains(lower(q)) { q += 1 }
                    if q > o, q + 1 < r.upperBound, toks[q].text == ",",
                       let nm = mentions[s.index].first(where: { $0.tokens.lowerBound == q + 1 && $0.form == .name && $0.actor != nil }),
                       nm.tokens.upperBound < r.upperBound, [",", "."].contains(toks[nm.tokens.upperBound].text) {
                        o = q + 1
                    }
                }
                // "join Parts I and II of the Court's opinion": the parts of the opinion.
                if o + 2 < r.upperBound, ["part", "parts", "section", "sections"].contains(lower(o)),
                   let of = (o..<min(r.upperBound, o + 7)).first(where: { lower($0) == "of" }) {
                    o = of + 1
                    while o < r.upperBound && isIn(.determiners, o) { o += 1 }
                }
                // Rule "view-of-object": "joins the opinion of the Court", "rejected the theory of X".
                if o + 1 < r.upperBound, isIn(.viewNouns, o) || ["opinion", "judgment", "decision", "work", "side"].contains(lower(o)), lower(o + 1) == "of" {
                    o += 2
                    while o < r.upperBound && isIn(.determiners, o) { o += 1 }
                }
                // Rule "verb-object-to": "opposed any overtures to Lenin": a conflict verb's object
                // noun with "to/from/with/toward" and an actor, within a few words.
                if objConflict, !mentions[s.index].contains(where: { $0.tokens.lowerBound == o }) {
                    var q = o
                    while q < min(r.upperBound, o + 3) && toks[q].isWord && !toks[q].isCapitalized && !["to", "toward", "towards", "from", "with", "that", "and", "but"].contains(lower(q)) { q += 1 }
                    if q > o && q + 1 < r.upperBound && ["to", "toward", "towards", "from", "with"].contains(lower(q)) { o = q + 1 }
                    while o < r.upperBound && isIn(.determiners, o) { o += 1 }
                }
                // "cannot accept the union's proposal", "did not support this view": against.
                let refused = negated && !objConflict && Self.refusableAgreement.contains(agreementForms[lower(objVerb)] ?? "")
                // "attacked defectors from the organization including A and B": the named
                // members of the object.
                let including = mentions[s.index].first(where: { $0.tokens.lowerBound == o }) == nil
                    ? (o..<min(r.upperBound, o + 10)).prefix(while: { !toks[$0].isQuote && ![";", ":", "."].contains(toks[$0].text) && !["that", "but", "while", "because"].contains(lower($0)) })
                        .first(where: { ["including", "notably"].contains(lower($0)) || (lower($0) == "such" && $0 + 1 < r.upperBound && lower($0 + 1) == "as") })
                    : nil
                if let m = mentions[s.index].first(where: { $0.tokens.lowerBound == o && $0.actor != nil && $0.form != .pronoun || $0.tokens.lowerBound == o && $0.form == .pronoun && $0.actor != nil && $0.possessive }),
                   let oa = m.actor, !subject.actors.contains(oa), !negated || refused,
                   // ("Congress approved a commission to negotiate": a body with "a" is one
                   // being made, not one taken on.)
                   !(m.form == .group && o > after && ["a", "an"].contains(lower(o - 1)) && registry.actors[oa].category == .body) {
                    let kind: EdgeKind = objConflict || refused ? .conflict : .agreement
                    // "blamed both Israel and the United States": every actor of the object list.
                    let objects = m.form == .pronoun ? [m] : objectList(startingAt: o, in: s)
                    for om in (objects.isEmpty ? [m] : objects) where !subject.actors.contains(om.actor!) {
                        for a in subject.actors {
                            relations.append(RelationDraft(kind: kind, a: .actor(a), b: .actor(om.actor!), cue: doc.text(tokens: k..<(objVerb + 1)),
                                                           sentence: s.index, span: subject.start..<om.tokens.upperBound, rule: "verb-object"))
                        }
                    }
                } else if let inc = including, !negated || refused {
                    let from = lower(inc) == "such" ? inc + 2 : inc + 1
                    let kind: EdgeKind = objConflict || refused ? .conflict : .agreement
                    for m in objectList(startingAt: from, in: s) where !subject.actors.contains(m.actor!) {
                        for a in subject.actors {
                            relations.append(RelationDraft(kind: kind, a: .actor(a), b: .actor(m.actor!), cue: doc.text(tokens: k..<(objVerb + 1)),
                                                           sentence: s.index, span: subject.start..<m.tokens.upperBound, rule: "verb-object"))
                        }
                    }
                } else if !negated || refused, after + 1 < r.upperBound, ["this", "that", "these", "those", "such"].contains(lower(after)),
                          isIn(.viewNouns, after + 1) || isIn(.ideaNouns, after + 1) || ["explanation", "argument", "assessment", "account", "charge", "accusation", "demand", "offer", "request", "approach"].contains(lower(after + 1)) {
                    // Rule "demonstrative-object": "Bukharin rejected this view", "Lyons accepted
                    // this explanation": with or against the one who just stated it (earlier in
                    // the sentence: "Newton argued that ..., and Charles II ... accepted this
                    // argument").
                    let before = Array(Set(positions(homedIn: s.index).filter { $0.tokens.upperBound <= subject.start }.flatMap(\.holders))
                        .subtracting(subject.actors)).sorted()
                    let prev = before.isEmpty ? previousHolders(before: s.index, excluding: Set(subject.actors)) : before
                    let kind: EdgeKind = objConflict || refused ? .conflict : .agreement
                    for a in subject.actors { for p in prev {
                        relations.append(RelationDraft(kind: kind, a: .actor(a), b: .actor(p), cue: doc.text(tokens: k..<(after + 2)),
                                                       sentence: s.index, span: subject.start..<(after + 2), rule: "demonstrative-object"))
                    } }
                }
            }
            let end = contentEnd(from: after, in: s)
            // The claim keeps its verb, which often carries the stance ("urged that ...",
            // "opposed any overtures", "holds the adjudication unconstitutional"); where a
            // that-clause or quotation follows, the label is the clause alone.
            let clauseFollows = next.map { $0.lower == "that" || $0.isQuote || $0.text == ":" } ?? false
            // The text starts at the subject ("he was sympathetic to ..."), the label at the verb.
            let negAt = (subject.start..<k).first { isIn(.negations, $0) || ["did", "does", "do"].contains(lower($0)) }
            let start = rule == "inverted-speaker" ? after : subject.start
            var labelFrom = rule == "inverted-speaker" ? after : (clauseFollows && !negated ? after : (negated ? negAt! : k))
            if isReport && !negated && !clauseFollows {
                let setting = next.map { Self.settingPrepositions.contains($0.lower) } ?? false
                if let th = (after..<max(after, min(end, after + (setting ? 10 : 4)))).first(where: { lower($0) == "that" }) { labelFrom = th + 1 }
                else if Self.implicitThat.contains(lemma) && !isStance && !isConflict && !isAgree { labelFrom = after }
            }
            // ("opposed revenge", "demanded reparations": a stance may take a one-word object;
            // "rejected it", "said so" say nothing of their own.)
            if wordCount(after..<end) < 2 {
                guard isConflict || Self.favouringStances.contains(lemma), !isReport, let o = (after..<end).first(where: { toks[$0].isWord }), !toks[o].isCapitalized,
                      toks[o].text.count > 3, !isIn(.determiners, o), !["this", "that", "them", "these", "those", "him", "her", "it", "himself", "herself", "themselves", "also", "too", "publicly", "strongly", "vigorously"].contains(lower(o)),
                      !lower(o).hasSuffix("ly"),
                      // (and a subject known to be someone: "the Eastern Mediterranean contested waters")
                      subject.actors.allSatisfy({ ![.unknown, .place].contains(registry.actors[$0].category) }) else { continue }
            }
            addPosition(subject.actors, start..<end, sentence: s.index, rule: negated ? rule + "-negated" : rule, labelFrom: labelFrom)
            framed = true
        }
        }
        // The author's own judgement: "In reality, ...", "Significantly, ...".
        if !framed, let cue = opener(authorJudgementList, s) {
            let a = author(s.index)
            addPosition([a], cue.upperBound..<contentEnd(from: cue.upperBound, in: s), sentence: s.index, rule: "author-judgement")
        }
    }

    /// The first token before `k` that is not an adverb ("but subsequently found": "but"), or
    /// the sentence's first token.
    func wordBeforeAdverbs(_ k: Int, in s: Sentence) -> Int {
        var b = k - 1
        while b > s.tokens.lowerBound && toks[b].isWord && (Self.adverbs.contains(lower(b)) || lower(b).hasSuffix("ly")) { b -= 1 }
        return b
    }

    /// The agent of a passive that a participle at `k` is coordinated with: "was studied by
    /// Epstein in 1920 and found to be implausible" (Epstein found it); nil when a comma or
    /// another clause comes between.
    func coordinatedAgent(before k: Int, in s: Sentence) -> Int? {
        let b = wordBeforeAdverbs(k, in: s)
        guard b > s.tokens.lowerBound, lower(b) == "and" else { return nil }
        var j = b - 1
        while j > max(s.tokens.lowerBound, b - 12) {
            if [",", ";", ":"].contains(toks[j].text) || isFiniteVerb(j) { return nil }
            if lower(j) == "by", let m = mentions[s.index].first(where: { $0.tokens.lowerBound > j && $0.tokens.lowerBound <= j + 3 && $0.actor != nil && $0.form != .pronoun }) {
                return m.actor
            }
            j -= 1
        }
        return nil
    }

    /// Verbs whose past participle before "to be" is a passive ("found to be", "believed to have").
    static let raisingPassives: Set<String> = ["find", "show", "prove", "demonstrate", "establish", "reveal", "believe", "think", "know",
        "say", "report", "consider", "expect", "estimate", "judge", "deem", "understand", "allege", "suppose", "presume", "assume"]

    /// Words before "to" whose verb is the subject's own act ("was able to negate", "came to
    /// resent").
    static let toLeads: Set<String> = ["able", "came", "come", "comes", "began", "begun", "begins", "started", "starts", "managed", "moved",
        "went", "sought", "tried", "helped", "voted", "chose"]

    /// What a body passes ("passed a bill", "passed the Scott Act").
    static let legislationNouns: Set<String> = ["bill", "bills", "act", "acts", "law", "laws", "resolution", "resolutions", "measure", "measures",
        "legislation", "amendment", "amendments", "ordinance", "motion", "motions", "statute", "budget", "decree", "sanctions", "treaty"]

    /// Nouns for a piece of work that states findings or views ("a paper", "an analysis").
    static let workNouns: Set<String> = ["paper", "papers", "letter", "letters", "report", "reports", "article", "articles", "study", "studies",
        "statement", "statements", "memo", "memorandum", "book", "essay", "note", "editorial", "analysis", "analyses", "review", "survey",
        "brief", "declaration", "resolution", "communique", "communiqué", "manifesto", "petition", "speech", "address", "lecture", "column",
        "tweet", "message", "affidavit", "complaint", "motion", "experiment", "experiments", "measurements", "tests", "test", "investigation",
        "investigations", "calculations", "observations", "op-ed", "post", "interview", "testimony", "bill", "amendment", "proposal", "plan",
        "work", "works", "treatise", "dissertation", "monograph", "pamphlet", "research", "findings", "results", "data", "evidence"]
    /// Verbs by which an actor makes such a work ("published", "carried out").
    static let authoringVerbs: Set<String> = ["published", "wrote", "issued", "released", "presented", "submitted", "authored", "co-authored",
        "coauthored", "produced", "filed", "delivered", "sent", "circulated", "drafted", "prepared", "gave", "made", "conducted", "performed",
        "ran", "undertook", "did", "completed", "posted", "tweeted", "signed", "adopted", "passed", "introduced", "tabled", "put", "carried",
        "publishes", "writes", "issues", "releases", "presents", "submits", "files", "delivers", "conducts", "performs", "signs", "introduces"]

    /// The authors of the work named by the noun at `n` ("Rousseau and Porto carried out
    /// infrared spectrum analysis", "He then published a paper"): the subject of an authoring
    /// verb a few words before the noun, over its determiners and modifiers.
    func authoredHolders(nounAt n: Int, in s: Sentence) -> [Int]? {
        guard n >= s.tokens.lowerBound, n < s.tokens.upperBound, Self.workNouns.contains(lower(n)), !inQuote(n) else { return nil }
        // "his work refuting X", "Wood's report suggesting Y": the owner of the work.
        if let own = mentions[s.index].last(where: { $0.possessive && $0.actor != nil && $0.tokens.upperBound >= n - 2 && $0.tokens.upperBound <= n }),
           (own.tokens.upperBound..<n).allSatisfy({ toks[$0].isWord && !toks[$0].isCapitalized }),
           registry.actors[own.actor!].category != .place {
            return [own.actor!]
        }
        var v = n - 1
        var steps = 0
        while v > s.tokens.lowerBound && steps < 5 {
            let w = lower(v)
            if Self.authoringVerbs.contains(w) { break }
            // "carried out", "put out", "put forward": the particle.
            if ["out", "forward", "up"].contains(w), v - 1 > s.tokens.lowerBound, Self.authoringVerbs.contains(lower(v - 1)) { v -= 1; break }
            guard toks[v].isWord, !toks[v].isCapitalized || Self.determiners.contains(w) || mention(endingAt: v, sentence: s.index) == nil,
                  !["that", "which", "who", "and", "but", "by", "with", "against", "on", "about"].contains(w) else { return nil }
            v -= 1
            steps += 1
        }
        guard v > s.tokens.lowerBound, Self.authoringVerbs.contains(lower(v)) else { return nil }
        // "was passed", "had been issued by": a passive's subject did not make the work.
        if v - 1 >= s.tokens.lowerBound, ["was", "were", "been", "is", "are", "be", "being"].contains(lower(v - 1)) { return nil }
        guard let sub = subject(before: v, in: s), !sub.actors.isEmpty else { return nil }
        let holders = sub.actors.filter { registry.actors[$0].category != .place }
        return holders.isEmpty ? nil : holders
    }

    /// The actor the text is mostly about: the most often mentioned person, body or group.
    ///
    /// The mentions of names and groups and the actors' sorts no longer change once the rules
    /// run, so the actors are counted and ranked once (most mentions first, ties to the lower
    /// index), not on every call.
    mutating func mainActor(excluding x: Int) -> Int? {
        if mainActorRanking == nil {
            var counts: [Int: Int] = [:]
            for ms in mentions { for m in ms where m.form != .pronoun { if let a = m.actor, registry.actors[a].category != .place { counts[a, default: 0] += 1 } } }
            mainActorRanking = counts.map { (actor: $0.key, count: $0.value) }.sorted { ($0.count, -$0.actor) > ($1.count, -$1.actor) }
        }
        guard let best = mainActorRanking!.first(where: { $0.actor != x }), best.count >= 3 else { return nil }
        return best.actor
    }

    /// Rule "possessive-view-noun": "His hypothesis was that ...", "Wegener's estimate of ...",
    /// "the Court's opinion ...": the owner holds the view the noun phrase states.
    mutating func possessiveViews(in s: Sentence) {
        for m in mentions[s.index] where m.actor != nil && !inQuote(m.tokens.lowerBound) {
            // ("Salisbury response was that ...", "The Trump position is that ...": a name used
            // as the owner before a view noun, opening the sentence, then "was/is that".)
            if !m.possessive {
                let v = m.tokens.upperBound
                guard m.form == .name, m.tokens.lowerBound == s.tokens.lowerBound || (m.tokens.lowerBound == s.tokens.lowerBound + 1 && lower(s.tokens.lowerBound) == "the"),
                      v + 3 < s.tokens.upperBound, isIn(.viewNouns, v), ["was", "is"].contains(lower(v + 1)), lower(v + 2) == "that",
                      !positionIndices(inSentence: s.index).contains(where: { positions[$0].sentence == s.index && positions[$0].tokens.contains(v) }) else { continue }
                addPosition([m.actor!], v..<contentEnd(from: v + 1, in: s), sentence: s.index, rule: "possessive-view-noun", labelFrom: v + 3)
                continue
            }
            var v = m.tokens.upperBound
            // Skip one or two adjectives ("his early hypothesis").
            var n = 0
            while v < s.tokens.upperBound && n < 2 && toks[v].isWord && !isIn(.viewNouns, v) && !toks[v].isCapitalized { v += 1; n += 1 }
            guard v + 1 < s.tokens.upperBound, isIn(.viewNouns, v) else { continue }
            // Only a view the text spells out: "... hypothesis (was) that ...", or a named owner's
            // "estimate of ..." ("Wegener's estimate of the velocity").
            let nx = lower(v + 1)
            let spelled = nx == "that" || (["was", "is", "were"].contains(nx) && v + 2 < s.tokens.upperBound &&
                (tokenSpan(v + 2, min(s.tokens.upperBound, v + 8))).contains { lower($0) == "that" || toks[$0].text == ":" || (lower($0) == "to" && lower($0 - 1) != "due") })
            // (Not the object of another noun: "a defense of Lavoisier's theory of water".)
            let named = m.form == .name && nx == "of" && ["estimate", "theory", "hypothesis", "proposal", "prediction", "conception", "interpretation"].contains(lower(v))
                && !(m.tokens.lowerBound > s.tokens.lowerBound && lower(m.tokens.lowerBound - 1) == "of")
            guard spelled || named else { continue }
            if positionIndices(inSentence: s.index).contains(where: { positions[$0].sentence == s.index && positions[$0].tokens.contains(v) }) { continue }
            let end = contentEnd(from: v + 1, in: s)
            // Quoted words in "their goal was to '...'" are the quoting speaker's, not the owner's.
            if m.form == .pronoun, quotes.near(v..<max(v, end)).contains(where: { $0.open > v && $0.open < end }) { continue }
            addPosition([m.actor!], v..<end, sentence: s.index, rule: "possessive-view-noun")
        }
    }

    /// The voice of the narration in sentence `si`: the opinion's author where the text is a
    /// judicial opinion (see "opinion-voice"), else the author of the text.
    mutating func author(_ si: Int) -> Int {
        if let n = narrator[si] { return n }
        if let a = authorIndex { return a }
        let idx = registry.actors.count
        registry.actors.append(ActorRecord(canonical: "author", aliases: ["author": 1], category: .person, mentions: [], author: true))
        authorIndex = idx
        return idx
    }

    /// The token range of a sentence-opening cue ("By contrast,"), comma included.
    func opener(_ cues: [String], _ s: Sentence) -> Range<Int>? {
        for c in cues {
            let w = words.lowerPhraseWords[c] ?? c.lowercased().split(separator: " ").map(String.init)
            let a = s.tokens.lowerBound
            guard a + w.count < s.tokens.upperBound else { continue }
            if (0..<w.count).allSatisfy({ lower(a + $0) == w[$0] }) {
                let e = a + w.count
                return a..<(toks[e].text == "," ? e + 1 : e)
            }
        }
        return nil
    }

    /// The first cue of `cues` that opens sentence `s` (as ``opener(_:_:)`` with
    /// the cues' words), by the words' numbers.
    func opener(_ cues: PhraseList, _ s: Sentence) -> Range<Int>? {
        let a = s.tokens.lowerBound
        guard a < s.tokens.upperBound, cues.mayStart(at: a, toks) else { return nil }
        for ids in cues.ids {
            guard let ids, a + ids.count < s.tokens.upperBound else { continue }
            if (0..<ids.count).allSatisfy({ doc.tokens.lowerID(a + $0) == ids[$0] }) {
                let e = a + ids.count
                return a..<(toks[e].text == "," ? e + 1 : e)
            }
        }
        return nil
    }

    /// The first place in `r` where the words numbered `ids` (``TokenList/lowerID(_:)``)
    /// stand in a row: ``find(_:in:)`` with the words' numbers.
    func find(ids: [Int], in r: Range<Int>) -> Int? {
        guard ids.count <= r.count else { return nil }
        guard let firstID = ids.first else { return r.lowerBound }
        let tokens = doc.tokens
        var i = r.lowerBound
        while i + ids.count <= r.upperBound {
            if tokens.lowerID(i) == firstID && (1..<ids.count).allSatisfy({ tokens.lowerID(i + $0) == ids[$0] }) { return i }
            i += 1
        }
        return nil
    }

    func find(_ words: [String], in r: Range<Int>) -> Int? {
        guard words.count <= r.count else { return nil }
        // The first word by its lower-case form number (the same test as comparing strings;
        // a word no token has cannot be found).
        guard let first = words.first else { return r.lowerBound }
        guard let firstID = doc.tokens.lowerID(of: first) else { return nil }
        var i = r.lowerBound
        while i + words.count <= r.upperBound {
            if doc.tokens.lowerID(i) == firstID && (1..<words.count).allSatisfy({ lower(i + $0) == words[$0] }) { return i }
            i += 1
        }
        return nil
    }

    /// `phrase` split into words at spaces (made once for the lexicon's phrases).
    func split(_ phrase: String) -> [String] {
        words.phraseWords[phrase] ?? phrase.split(separator: " ").map(String.init)
    }

    /// Verbs that name what is quoted ("what he called “...”", ``quotations()``) (made once, not per call).
    static let namingVerbs: Set<String> = ["called", "calling", "termed", "terming", "dubbed", "dubbing", "described", "describing", "labelled", "labeled", "labelling", "labeling", "branded", "branding", "deemed", "deeming", "declared", "declaring"]

    // MARK: Quotations without a frame

    /// Quotations that no frame has taken: given to a speaker in the same sentence, or to the
    /// one who was speaking just before in the same paragraph (free reported speech).
    mutating func quotations() {
        for q in doc.quotations {
            let si = doc.sentenceIndex(ofToken: q.open)
            if positionContaining(q.open + 1) != nil || positionContaining(q.close - 1) != nil { continue }
            let words = wordCount(q.inner)
            // (Two words are enough where a naming verb or a quotation before gives the
            // speaker: "termed her a “corrupt oaf”", "and “geographically ridiculous”".)
            guard words >= 2 else { continue }
            // Titles and names in quotes ("the “Zinoviev letter”") are not claims.
            let innerWords = q.inner.filter { toks[$0].isWord }
            if innerWords.allSatisfy({ toks[$0].isCapitalized }) { continue }
            // "what he called “...”", "calling it “null and void”", "described the deal as “...”"
            let s = doc.sentences[si]
            let naming = Self.namingVerbs
            if words == 2 {
                let joint = q.open >= 3 && ["a", "an"].contains(lower(q.open - 1)) ? q.open - 1 : q.open
                if joint >= 2, ["and", "or", ","].contains(lower(joint - 1)), toks[joint - 2].isQuote,
                   let prev = positionContaining(joint - 3), prev.rule == "called-quote", doc.sentenceIndex(ofToken: joint - 2) == si {
                    addPosition(prev.holders, q.inner, sentence: si, rule: prev.rule)
                    continue
                }
                guard let v = (max(s.tokens.lowerBound, q.open - 4)..<q.open).last(where: { naming.contains(lower($0)) }),
                      ((v + 1)..<q.open).allSatisfy({ ["it", "them", "him", "her", "this", "that", "the", "as", "a", "an"].contains(lower($0)) }),
                      let sub = subject(before: v, in: s) else { continue }
                addPosition(sub.actors, q.inner, sentence: si, rule: "called-quote")
                continue
            }
            if let v = (max(s.tokens.lowerBound, q.open - 4)..<q.open).last(where: { naming.contains(lower($0)) }),
               ((v + 1)..<q.open).allSatisfy({ ["it", "them", "him", "her", "this", "that", "the", "as", "a", "an", "deal", "plan", "move", "agreement", "decision", "proposal"].contains(lower($0)) }),
               let sub = subject(before: v, in: s) {
                addPosition(sub.actors, q.inner, sentence: si, rule: "called-quote")
                continue
            }
            // Rule "work-title": "He presented a paper ... entitled “...”": the title of a work
            // is its author's.
            if q.open >= 2, ["entitled", "titled"].contains(lower(q.open - 1)),
               let n = (max(s.tokens.lowerBound, q.open - 16)..<(q.open - 1)).last(where: { Self.workNouns.contains(lower($0)) && !inQuote($0) }),
               let authors = authoredHolders(nounAt: n, in: s) {
                addPosition(authors, q.inner, sentence: si, rule: "work-title")
                continue
            }
            // "referred to the theory as “evolution by jerks”", "described X as “...”".
            if q.open >= 2, lower(q.open - 1) == "as",
               let v = (max(s.tokens.lowerBound, q.open - 14)..<(q.open - 1)).last(where: { ["referred", "referring", "describe", "described", "describing", "characterized", "characterised", "characterize", "dismissed", "derided", "regarded", "portrayed", "branded", "labelled", "labeled"].contains(lower($0)) }),
               !((v + 1)..<(q.open - 1)).contains(where: { toks[$0].isQuote || [";", "."].contains(toks[$0].text) }),
               let sub = subject(before: v, in: s) {
                addPosition(sub.actors, q.inner, sentence: si, rule: "called-quote")
                continue
            }
            // "“null and void” and “geographically ridiculous”": the second quotation is the
            // first one's speaker's too.
            if q.open >= 2, ["and", "or", ","].contains(lower(q.open - 1)), toks[q.open - 2].isQuote,
               let prev = positionContaining(q.open - 3), doc.sentenceIndex(ofToken: q.open - 2) == si {
                addPosition(prev.holders, q.inner, sentence: si, rule: prev.rule)
                continue
            }
            // Rule "colon-quote": "In a statement, the ministry justified the strike: “...”",
            // "He appreciated the general's life: “...”": the subject of the clause before the
            // colon speaks the quotation.
            // ("Graham spoke on Fox News, “...”", "Trump defended his decision, “...”": a comma
            // before a quotation of four words or more does the same.)
            // (A text may open with the quotation: nothing before it.)
            let commaIntro = q.open >= 2 && toks[q.open - 1].text == "," && wordCount(q.inner) >= 4 && q.open - 1 > s.tokens.lowerBound && !toks[q.open - 2].isQuote
            if q.open >= 2, toks[q.open - 1].text == ":" || (toks[q.open - 1].text == ";" && reportForms[lower(q.open - 2)] != nil) || commaIntro, doc.sentenceIndex(ofToken: q.open - 1) == si {
                let colon = q.open - 1
                let clauseStart = (s.tokens.lowerBound..<colon).last(where: { (toks[$0].text == ";" || (commaIntro && toks[$0].text == ",")) && !inQuote($0) }).map { $0 + 1 } ?? s.tokens.lowerBound
                var holders: [Int]? = nil
                // (Before a comma the nearest verb speaks: "as McCardle put it, “...”".)
                let verbs = Array(clauseStart..<colon)
                for v in (commaIntro ? verbs.reversed() : verbs) where toks[v].isWord && !toks[v].isCapitalized && !inQuote(v) && v > clauseStart {
                    let w = lower(v)
                    guard isFiniteVerb(v) || (w.hasSuffix("ed") && w.count > 3) || ["said", "told", "wrote", "made", "gave", "put", "issued", "released", "says", "writes", "spoke", "speaks", "tweeted", "posted", "took"].contains(w) else { continue }
                    if self.isIn(.copulas, v - 1) { continue }
                    if let sub = subject(before: v, in: s), !sub.actors.isEmpty { holders = sub.actors; break }
                }
                if let h = holders {
                    addPosition(h, q.inner, sentence: si, rule: "colon-quote")
                    continue
                }
            }
            // Rule "closing-speaker": "“...”, Graham continued.", "“...,” she went on.": a speaker
            // and a verb of going on after the quotation.
            var c = q.close + 1
            if c < toks.count, toks[c].text == "," { c += 1 }
            if c + 1 < toks.count, toks[q.close - 1].text == "," || toks[q.close + 1].text == ",",
               let m = mentions[doc.sentenceIndex(ofToken: c)].first(where: { $0.tokens.lowerBound == c && $0.actor != nil && !$0.possessive }),
               m.tokens.upperBound + 1 < toks.count, Self.continuingVerbs.contains(lower(m.tokens.upperBound)),
               [".", ",", "!"].contains(toks[m.tokens.upperBound + 1].text) || lower(m.tokens.upperBound + 1) == "on" {
                addPosition([m.actor!], q.inner, sentence: si, rule: "closing-speaker")
                continue
            }
            // The speaker of the paragraph: the latest holder within three sentences.
            let para = doc.sentences[si].paragraph
            var speaker: [Int]? = nil
            var back = 0
            while back <= 3 && si - back >= 0 && doc.sentences[si - back].paragraph == para {
                if let h = holdersBySentence[si - back], !h.isEmpty, positionIndices(inSentence: si - back).contains(where: { positions[$0].sentence == si - back && positions[$0].rule != "author-judgement" }) {
                    speaker = [h.last!]
                    break
                }
                back += 1
            }
            if let sp = speaker {
                addPosition(sp, q.inner, sentence: si, rule: "quote-current-speaker")
            }
        }
        // Continuation of a reported view in the next sentences of the paragraph ("would").
        let sorted = positions
        for p in sorted where p.rule == "perspective-marker" {
            var si = p.sentence + 1
            while si < doc.sentences.count && doc.sentences[si].paragraph == doc.sentences[p.sentence].paragraph {
                let s = doc.sentences[si]
                if holdersBySentence[si] != nil { break }
                let hasModal = s.tokens.contains { ["would", "should"].contains(lower($0)) }
                let subjectActor = mentions[si].contains { $0.actor != nil && $0.form != .pronoun && $0.tokens.lowerBound < s.tokens.lowerBound + 4 }
                guard hasModal, !subjectActor else { break }
                addPosition(p.holders, s.tokens, sentence: si, rule: "continuation")
                si += 1
            }
        }
    }

    // MARK: Relations

    /// The actors a side of a comparison stands for: its actor mentions, or, for "this view"
    /// and the like, the holder of the latest position before the sentence.
    func side(_ r: Range<Int>, in s: Sentence, first: Bool) -> [Int] {
        let ms = mentions(in: r, sentence: s.index)
        if let m = (first ? ms.last : ms.first), let a = m.actor { return [a] }
        return previousHolders(before: s.index, excluding: [])
    }

    func previousHolders(before si: Int, excluding: Set<Int>) -> [Int] {
        var back = si - 1
        while back >= 0 && back >= si - 6 {
            if let hs = holdersBySentence[back] {
                let left = hs.filter { !excluding.contains($0) }
                if let l = left.last { return [l] }
            }
            back -= 1
        }
        return []
    }

    /// The main subject actors of a sentence: its frames' holders, else its first actor mention.
    func mainActors(_ s: Sentence) -> [Int] {
        if let h = holdersBySentence[s.index], !h.isEmpty { return Array(Set(h)).sorted() }
        if let m = mentions[s.index].first(where: { $0.actor != nil && registry.actors[$0.actor!].category != .place }) { return [m.actor!] }
        return []
    }

    mutating func relate(_ kind: EdgeKind, _ xs: [Int], _ ys: [Int], cue: Range<Int>, s: Sentence, rule: String) {
        for x in xs { for y in ys where x != y {
            relations.append(RelationDraft(kind: kind, a: .actor(x), b: .actor(y), cue: doc.text(tokens: cue), sentence: s.index, span: s.tokens, rule: rule))
        } }
    }

    mutating func relationsIn(_ s: Sentence) {
        let r = s.tokens
        // Phrases: "X contrasted sharply with Y", "X sided with Y".
        for (list, kind) in [(conflictPhraseList, EdgeKind.conflict), (agreementPhraseList, EdgeKind.agreement)] where list.mayOccur(in: r, toks) {
            for (pi, p) in list.words.enumerated() {
                guard let ids = list.ids[pi], let at = find(ids: ids, in: r), !inQuote(at) else { continue }
                let negated = (max(r.lowerBound, at - 3)..<at).contains { isIn(.negations, $0) }
                if negated { continue }
                var left = subject(before: at, in: s)?.actors ?? []
                // "Rivera Schatz filed the lawsuit against Pierluisi on behalf of the Senate": the
                // one who acts for the other is the subject of the verb before ("It was admitted
                // on behalf of the State" names no one).
                if p.starts(with: ["on", "behalf"]) || p.starts(with: ["in", "the", "name"]) {
                    guard let v = tokenSpan(r.lowerBound, at).last(where: { isFiniteVerb($0) || (toks[$0].isWord && !toks[$0].isCapitalized && lower($0).hasSuffix("ed") && $0 > r.lowerBound && mention(endingAt: $0 - 1, sentence: s.index) != nil) }),
                          !(v > r.lowerBound && isIn(.copulas, v - 1)), let sub = subject(before: v, in: s) else { continue }
                    left = sub.actors
                }
                // "Peel's Bill was passed in the House of Commons with the support of the Whigs":
                // after a passive, the owner of its subject is the one supported.
                if p[0] == "with", let pv = (r.lowerBound..<at).first(where: { $0 > r.lowerBound && ["was", "were"].contains(lower($0 - 1)) && lower($0).hasSuffix("ed") && !inQuote($0) }),
                   let owner = mentions[s.index].first(where: { $0.possessive && $0.actor != nil && $0.form != .pronoun && $0.tokens.upperBound < pv }) {
                    left = [owner.actor!]
                }
                if left.isEmpty, let d = (r.lowerBound..<at).first(where: { toks[$0].isWord }),
                   ["this", "that", "these", "such", "his", "her", "their", "its"].contains(lower(d)) || (lower(d) == "the" && mentions[s.index].contains { $0.tokens.lowerBound < at && $0.form == .pronoun && $0.possessive }) {
                    left = previousHolders(before: s.index + 1, excluding: [])
                    if let pm = mentions[s.index].first(where: { $0.tokens.lowerBound < at && $0.form == .pronoun && $0.actor != nil }) { left = [pm.actor!] }
                }
                let after = (at + p.count)..<min(r.upperBound, at + p.count + 12)
                // Spoken in a turn or an opinion, the narrator is the one who agrees ("in accordance
                // with the advice of the police").
                if left.isEmpty, let n = narrator[s.index] { left = [n] }
                guard let rm = mentions(in: after, sentence: s.index).first, let right = rm.actor, !left.isEmpty else {
                    // "The Whigs sympathized with the strikers": with no actor as object, the
                    // attitude itself is the subject's position (verb phrases only).
                    if !left.isEmpty, p[0].hasSuffix("ed"), !inAnyPosition(at, sentence: s.index), !left.contains(where: { registry.actors[$0].author }),
                       let sub = subject(before: at, in: s) {
                        addPosition(left, sub.start..<contentEnd(from: at + p.count, in: s), sentence: s.index, rule: "cue-phrase", labelFrom: at)
                    }
                    continue
                }
                // "clashed with Russell and the Prince Consort", "with the support of the Whigs
                // and the Radicals": every actor of the object list.
                // ("agreed with the views of Jones and Brown", "with the dissenting opinions of
                // Justice Stevens, Justice Ginsburg and Justice Breyer": the list after "of".)
                let ofList = rm.tokens.lowerBound > after.lowerBound + 1 && lower(rm.tokens.lowerBound - 1) == "of"
                    && (after.lowerBound..<(rm.tokens.lowerBound - 1)).allSatisfy { toks[$0].isWord && !toks[$0].isCapitalized && (!isFiniteVerb($0) || isIn(.viewNouns, $0)) }
                let listed = rm.tokens.lowerBound <= after.lowerBound + 1 || ofList ? objectList(startingAt: rm.tokens.lowerBound, in: s).compactMap(\.actor).filter { !left.contains($0) } : []
                relate(kind, left, listed.isEmpty ? [right] : listed, cue: at..<(at + p.count), s: s, rule: "cue-phrase")
            }
        }
        // Nouns: "a divergence between X and Y", "unanimity among X and Y".
        for (nouns, kind) in [(WordClass.conflictNouns, EdgeKind.conflict), (WordClass.agreementNouns, EdgeKind.agreement)] {
            for k in r where isIn(nouns, k) && !inQuote(k) {
                // ("a split in the Conservative Party between ...": over a short "in" phrase.)
                guard let b = (k + 1..<min(r.upperBound, k + 8)).first(where: { ["between", "among", "amongst"].contains(lower($0)) }),
                      b <= k + 3 || lower(k + 1) == "in" && !((k + 1)..<b).contains(where: { !toks[$0].isWord }) else { continue }
                // "between the free-traders led by Peel and the protectionists led by Derby,
                // Bentinck and Disraeli": two sides, each with its leaders, against each other.
                if lower(b) == "between", let and = tokenSpan(b + 2, r.upperBound).first(where: { lower($0) == "and" && !inQuote($0) }),
                   and + 1 < r.upperBound, lower(and + 1) == "the" || mentions[s.index].contains(where: { $0.tokens.lowerBound == and + 1 }) {
                    let end = ((and + 1)..<r.upperBound).first(where: { [";", ":"].contains(toks[$0].text) || ["which", "who", "because", "while", "but"].contains(lower($0)) }) ?? r.upperBound
                    let sideA = Array(Set(mentions(in: (b + 1)..<and, sentence: s.index).compactMap(\.actor))).sorted()
                    let sideB = Array(Set(mentions(in: (and + 1)..<end, sentence: s.index).compactMap(\.actor))).sorted()
                    if (b + 1..<and).contains(where: { lower($0) == "led" || lower($0) == "headed" }) || (and + 1..<end).contains(where: { lower($0) == "led" || lower($0) == "headed" }),
                       !sideA.isEmpty, !sideB.isEmpty, Set(sideA).isDisjoint(with: sideB) {
                        relate(kind, sideA, sideB, cue: k..<(b + 1), s: s, rule: "cue-noun")
                        continue
                    }
                }
                let ms = mentions(in: (b + 1)..<r.upperBound, sentence: s.index).compactMap(\.actor)
                let uniq = ms.reduce(into: [Int]()) { if !$0.contains($1) { $0.append($1) } }
                if uniq.count >= 2 {
                    let cueEnd = b + 1
                    relate(kind, [uniq[0]], [uniq[1]], cue: k..<cueEnd, s: s, rule: "cue-noun")
                }
            }
        }
        // Coordinated subjects that agree: "X and Y were in substantial agreement", "X and Y together ...".
        let predicates = agreementPredicateList.mayOccur(in: r, toks) ? agreementPredicateList.words : []
        for (wi, w) in predicates.enumerated() {
            guard let ids = agreementPredicateList.ids[wi], let at = find(ids: ids, in: r), !inQuote(at) else { continue }
            // ("the United States", "the Together Party": a name, not a predicate.)
            if toks[at].isCapitalized && at > r.lowerBound { continue }
            if (max(r.lowerBound, at - 2)..<at).contains(where: { isIn(.negations, $0) }) { continue }
            if let sub = subject(before: at, in: s), sub.actors.count >= 2 {
                for i in sub.actors.indices { for j in sub.actors.indices where i < j {
                    relate(.agreement, [sub.actors[i]], [sub.actors[j]], cue: at..<(at + w.count), s: s, rule: "coordinated-agreement")
                } }
            }
        }
        // Rule "in-defense-of": "In Milgram's defense, 84 percent of former participants said
        // ...": whoever the sentence reports stands with X ("in X's favour" too).
        if r.count > 4, lower(r.lowerBound) == "in", let m = mentions[s.index].first(where: { $0.tokens.lowerBound == r.lowerBound + 1 && $0.possessive && $0.actor != nil && $0.form != .pronoun }),
           m.tokens.upperBound + 1 < r.upperBound, ["defense", "defence", "favor", "favour", "support"].contains(lower(m.tokens.upperBound)), toks[m.tokens.upperBound + 1].text == ",",
           let hs = holdersBySentence[s.index]?.filter({ $0 != m.actor! }), !hs.isEmpty {
            relate(.agreement, Array(Set(hs)).sorted(), [m.actor!], cue: r.lowerBound..<(m.tokens.upperBound + 1), s: s, rule: "in-defense-of")
        }
        // Rule "as-X-said": "as the Home Secretary has made clear", "as Darwin argued": the
        // speaker sides with X.
        for k in r where lower(k) == "as" && !inQuote(k) {
            // "as the Home Secretary", "as Dr. Patel": a title or an article may come first.
            guard let m = mentions[s.index].first(where: { m in
                m.tokens.lowerBound > k && m.tokens.lowerBound <= k + 4 && ((k + 1)..<m.tokens.lowerBound).allSatisfy { ["the", ".", "dr", "mr", "mrs", "ms", "prof", "sen", "rep", "gov", "sir", "lord", "lady"].contains(lower($0)) }
            }), let x = m.actor, m.form != .pronoun else { continue }
            var v = m.tokens.upperBound
            while v < r.upperBound && ["has", "have", "had", "rightly", "correctly", "so", "already"].contains(lower(v)) { v += 1 }
            guard v < r.upperBound, (verbKind(v) & Self.reportBit != 0) || (lower(v) == "made" && v + 1 < r.upperBound && lower(v + 1) == "clear") || lower(v) == "pointed" else { continue }
            // "not as fast as X believed" is a disagreement, handled with the author's voice.
            if (max(r.lowerBound, k - 5)..<k).contains(where: { lower($0) == "not" || lower($0) == "as" }) { continue }
            let speaker = holdersBySentence[s.index]?.last ?? narrator[s.index]
            guard let sp = speaker, sp != x else { continue }
            relate(.agreement, [sp], [x], cue: k..<min(r.upperBound, v + 2), s: s, rule: "as-X-said")
        }
        // Comparatives: "a less strident attitude ... than did Stalin".
        for k in r where lower(k) == "than" && !inQuote(k) {
            let window = max(r.lowerBound, k - 8)..<k
            guard let cmp = window.first(where: { ["less", "more"].contains(lower($0)) }),
                  window.contains(where: { isIn(.comparativeAttitudes, $0) }) else { continue }
            var y = k + 1
            while y < r.upperBound && ["did", "does", "do", "was", "were", "is", "are", "had", "has", "that", "those", "of", "the"].contains(lower(y)) { y += 1 }
            guard let m = mentions[s.index].first(where: { $0.tokens.lowerBound == y && $0.actor != nil }) else { continue }
            let left = subject(before: cmp, in: s)?.actors ?? mainActors(s)
            relate(.conflict, left, [m.actor!], cue: cmp..<(cmp + 3), s: s, rule: "comparative")
        }
        // Sentence openers: "By contrast, ..." against the previous holder.
        if let cue = opener(contrastOpenerList, s) {
            let mine = mainActors(s)
            let prev = previousHolders(before: s.index, excluding: Set(mine))
            relate(.conflict, mine, prev, cue: cue, s: s, rule: "contrast-opener")
            // The claims themselves clash too: this sentence's against the other's latest.
            if let p = positionIndices(inSentence: s.index).last(where: { positions[$0].sentence == s.index && !Set(positions[$0].holders).isDisjoint(with: mine) }),
               let q = latestPosition(before: s.index, heldByAnyOf: prev) {
                relations.append(RelationDraft(kind: .conflict, a: .position(q), b: .position(p), cue: doc.text(tokens: cue), sentence: s.index, span: s.tokens, rule: "contrast-opener"))
            }
        }
        // "While X argued A, Y insisted B", "X held A, whereas Y held B": two holders set
        // against each other by the clause that joins their claims.
        do {
            var split: Int? = nil
            if isIn(.contrastSubordinators, r.lowerBound) && lower(r.lowerBound) != "although" && lower(r.lowerBound) != "though",
               let c = (r.lowerBound..<r.upperBound).first(where: { toks[$0].text == "," && !inQuote($0) }) { split = c }
            else if let c = (r.lowerBound..<r.upperBound).first(where: { ["whereas", "whilst"].contains(lower($0)) || (lower($0) == "while" && $0 > r.lowerBound && toks[$0 - 1].text == ",") }), !inQuote(c) { split = c }
            // "Darwin accepted blending inheritance, but Fleeming Jenkin calculated that ...":
            // ", but" and a new subject set two holders' claims against each other.
            else if let c = (r.lowerBound..<r.upperBound).first(where: { lower($0) == "but" && $0 > r.lowerBound && [",", ";"].contains(toks[$0 - 1].text) && !inQuote($0) }),
                    // (A name: "but the minister said" is often the one named before.)
                    mentions[s.index].contains(where: { $0.actor != nil && ($0.form == .name || $0.form == .acronym) && $0.tokens.lowerBound > c && $0.tokens.lowerBound <= c + 3 }) { split = c }
            if let c = split {
                var here = positionIndices(inSentence: s.index).map { positions[$0] }.filter { $0.sentence == s.index }
                // "Where Wilson and the League's supporters saw merit in X, Lodge feared Y": the
                // opening clause is its subjects' view even without a stance verb.
                if Self.contrastSubordinators.contains(lower(r.lowerBound)), !here.contains(where: { $0.tokens.lowerBound < c }),
                   here.contains(where: { $0.tokens.lowerBound > c }) {
                    var from = r.lowerBound + 1
                    if from < c, lower(from) == "the" { from += 1 }
                    let subjects = objectList(startingAt: from, in: s)
                    if let lastSubject = subjects.last, lastSubject.tokens.upperBound < c, toks[lastSubject.tokens.upperBound].isWord,
                       !toks[lastSubject.tokens.upperBound].isCapitalized, wordCount(lastSubject.tokens.upperBound..<c) >= 3,
                       !words.copulas.contains(lower(lastSubject.tokens.upperBound)) {
                        addPosition(subjects.compactMap(\.actor), lastSubject.tokens.upperBound..<c, sentence: s.index, rule: "contrast-clause")
                        here = positionIndices(inSentence: s.index).map { positions[$0] }.filter { $0.sentence == s.index }
                    }
                }
                let left = Set(here.filter { $0.tokens.lowerBound < c }.flatMap(\.holders))
                let right = Set(here.filter { $0.tokens.lowerBound > c }.flatMap(\.holders))
                if !left.isEmpty, !right.isEmpty, left.isDisjoint(with: right) {
                    let cueAt = isIn(.contrastSubordinators, r.lowerBound) ? r.lowerBound : c
                    relate(.conflict, left.sorted(), right.sorted(), cue: cueAt..<(cueAt + 1), s: s, rule: "contrast-clause")
                } else if !left.isEmpty, right.isEmpty, isIn(.contrastSubordinators, r.lowerBound) || lower(c) == "but",
                          let m = mentions[s.index].first(where: { $0.actor != nil && $0.form != .pronoun && $0.tokens.lowerBound > c && $0.tokens.lowerBound <= c + 3 }),
                          !left.contains(m.actor!), registry.actors[m.actor!].category != .place {
                    // "While the House confirmed the nomination, the Senate did not": the other
                    // side's refusal, elided.
                    var v = m.tokens.upperBound
                    while v < r.upperBound && isIn(.adverbs, v) && !isIn(.negations, v) { v += 1 }
                    let refused = v + 1 < r.upperBound && ["did", "does", "do", "would", "could", "will", "has", "have", "was", "were"].contains(lower(v)) && isIn(.negations, v + 1)
                        || v < r.upperBound && ["refused", "declined", "objected", "demurred", "balked", "disagreed"].contains(lower(v))
                    if refused {
                        let cueAt = isIn(.contrastSubordinators, r.lowerBound) ? r.lowerBound : c
                        relate(.conflict, left.sorted(), [m.actor!], cue: cueAt..<(cueAt + 1), s: s, rule: "contrast-clause")
                    }
                }
            }
        }
        // "These commissioners, like others of the Adams administration, viewed ...", "Y,
        // unlike X, held ...": an aside comparing the subject with someone.
        for k in r where k > r.lowerBound + 1 && toks[k - 1].text == "," && ["like", "unlike"].contains(lower(k)) && !inQuote(k) {
            var o = k + 1
            // ("others of", "other members of", "many in", "the rest of": those of that side.)
            while o + 1 < r.upperBound, ["others", "other", "members", "many", "most", "some", "those", "rest", "the", "of", "in", "within"].contains(lower(o)) { o += 1 }
            guard let x = mentions[s.index].first(where: { $0.tokens.lowerBound == o && $0.actor != nil && $0.form != .pronoun }),
                  let close = tokenSpan(x.tokens.upperBound, min(r.upperBound, x.tokens.upperBound + 3)).first(where: { toks[$0].text == "," }),
                  close + 1 < r.upperBound, toks[close + 1].isWord, !toks[close + 1].isCapitalized,
                  let y = mention(endingAt: k - 2, sentence: s.index), y.form != .pronoun, y.actor != x.actor else { continue }
            relate(lower(k) == "unlike" ? .conflict : .agreement, [y.actor!], [x.actor!], cue: k..<x.tokens.upperBound, s: s, rule: "like-unlike")
        }
        // "Unlike X, Y ..." / "Like X, Y ...".
        if lower(r.lowerBound) == "unlike" || lower(r.lowerBound) == "like",
           let m = mentions[s.index].first(where: { $0.tokens.lowerBound == r.lowerBound + 1 && $0.actor != nil }),
           let comma = (r.lowerBound..<r.upperBound).first(where: { toks[$0].text == "," }) {
            let rest = mentions(in: (comma + 1)..<r.upperBound, sentence: s.index).compactMap(\.actor)
            if let y = rest.first {
                relate(lower(r.lowerBound) == "unlike" ? .conflict : .agreement, [m.actor!], [y], cue: r.lowerBound..<(r.lowerBound + 1), s: s, rule: "like-unlike")
            }
        }
        // The author contradicting the latest holder: "In reality, ...".
        if let cue = opener(authorContradictionList, s), let a = narrator[s.index] ?? authorIndex,
           positionIndices(inSentence: s.index).contains(where: { positions[$0].sentence == s.index && positions[$0].holders == [a] }) {
            var prev = previousHolders(before: s.index, excluding: [a])
            if s.index > 0 {
                let ps = doc.sentences[s.index - 1]
                if let m = mentions[ps.index].last(where: { $0.actor != nil && $0.actor != a && registry.actors[$0.actor!].category != .place && $0.form != .pronoun && !$0.possessive }),
                   holdersBySentence[ps.index] == nil {
                    prev = [m.actor!]
                }
            }
            relate(.conflict, [a], prev, cue: cue, s: s, rule: "author-contradiction")
        }
    }

    /// The last position (by index) whose home sentence comes before `si` and that one of
    /// `actors` holds: the same as `positions.indices.last { positions[$0].sentence < si &&
    /// !Set(positions[$0].holders).isDisjoint(with: actors) }`, from the holders' lists
    /// instead of a scan of every position (which made long texts quadratic).
    func latestPosition(before si: Int, heldByAnyOf actors: [Int]) -> Int? {
        var best: Int? = nil
        for a in actors {
            guard let list = positionsByHolder[a] else { continue }
            var j = list.count - 1
            while j >= 0 && list[j] > (best ?? -1) {
                if positions[list[j]].sentence < si { best = list[j]; break }
                j -= 1
            }
        }
        return best
    }

    /// Rule "denial": "X denied that a protracted respite existed" clashes with the earlier
    /// claim of someone else that shares its content words ("a prolonged period of respite").
    mutating func denials() {
        let denyForms = Self.denyForms
        for (i, p) in positions.enumerated() {
            guard let l = p.labelTokens, l.lowerBound >= p.tokens.lowerBound + 2 else { continue }
            let verb = (p.tokens.lowerBound..<l.lowerBound).last { denyForms[lower($0)] != nil }
            guard let v = verb else { continue }
            let words = Set(l.filter { toks[$0].isWord && toks[$0].text.count >= 4 && !isIn(.stop, $0) }.map { lower($0) })
            var best: (Int, Int)? = nil
            // Earlier claims within the last forty sentences.
            let window = Set((max(0, p.sentence - 40)..<p.sentence).flatMap { positionsBySentence[$0] ?? [] })
            for j in window.sorted() where j != i && positions[j].sentence < p.sentence && Set(positions[j].holders).isDisjoint(with: p.holders) {
                let q = positions[j]
                let shared = Set(q.tokens.filter { toks[$0].isWord }.map { lower($0) }).intersection(words).count
                if shared > 0 && shared > (best?.1 ?? 0) { best = (j, shared) }
            }
            if let (j, _) = best {
                relations.append(RelationDraft(kind: .conflict, a: .position(j), b: .position(i), cue: doc.text(tokens: v..<(v + 1)),
                                               sentence: p.sentence, span: p.tokens, rule: "denial"))
            }
        }
    }

    /// Actors who hold one position together agree.
    mutating func coHolderAgreement() {
        // ("A and B did not recognize each other": a clash stated in the sentence is no shared view.)
        var clashes = Set<[Int]>()
        for r in relations where r.kind == .conflict {
            if case .actor(let a) = r.a, case .actor(let b) = r.b { clashes.insert([r.sentence, min(a, b), max(a, b)]) }
        }
        for p in positions where p.holders.count >= 2 {
            let s = doc.sentences[p.sentence]
            for i in p.holders.indices { for j in p.holders.indices where i < j && !clashes.contains([s.index, min(p.holders[i], p.holders[j]), max(p.holders[i], p.holders[j])]) {
                relations.append(RelationDraft(kind: .agreement, a: .actor(p.holders[i]), b: .actor(p.holders[j]), cue: "",
                                               sentence: s.index, span: s.tokens, rule: "co-holders"))
            } }
        }
    }
}
