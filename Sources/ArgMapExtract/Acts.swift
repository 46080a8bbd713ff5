import ArgMapGraph
import ArgMapText

/// What the narration states through deeds, answers and documents: an actor's act as their
/// position, the evidence span from the subject on, the author's assessments, answers to
/// requests, seeing someone as a threat or an ally, documents that speak for their maker,
/// winning someone over ("persuaded"), taking a stance someone just took ("echoed-act"),
/// participles of conflict or agreement ("participle-object") and demands on someone
/// ("demand-that").
extension ExtractionRun {
    /// Past forms that do not end in "-ed" and take an object or a clause ("made", "sought").
    static let irregularPasts: Set<String> = [
        "made", "took", "gave", "held", "brought", "sought", "began", "wrote", "sent", "found", "saw", "told", "thought",
        "fought", "won", "led", "set", "put", "chose", "drew", "kept", "laid", "meant", "paid", "ran", "rose", "sold",
        "spoke", "stood", "struck", "swore", "taught", "threw", "understood", "withdrew", "forbade", "undertook", "upheld",
        "withheld", "foresaw", "broke", "built", "bought", "felt", "forgave", "got", "heard", "knew", "let", "lost",
        "shook", "shot", "spent", "overrode", "oversaw", "bade", "bid", "dealt", "sank", "wove",
    ]
    /// Past forms of events that are no stance ("arrived in Charleston", "died in 1850").
    static let eventPasts: Set<String> = [
        "arrived", "died", "returned", "travelled", "traveled", "visited", "met", "lived", "served", "left", "went", "came",
        "became", "remained", "seemed", "appeared", "happened", "occurred", "started", "ended", "continued", "worked",
        "studied", "joined", "entered", "moved", "stayed", "waited", "tried", "attempted", "used", "received", "got",
        "was", "were", "had", "did", "knew", "heard", "saw", "felt", "lost", "won", "ran", "spent", "named", "based",
        "failed", "managed", "led", "headed", "slipped", "escaped", "fled", "sailed", "landed", "boarded", "crossed",
        "journeyed", "departed", "embarked", "captured", "acted", "hosted", "chaired", "presided", "located", "aged", "born", "married", "retired", "resigned", "graduated", "published", "wrote", "sent", "gave",
        // Work and procedure: what was done, not what was held.
        "performed", "repeated", "collected", "compiled", "organized", "organised", "conducted", "carried", "attached",
        "conceptualized", "conceptualised", "placed", "drew", "mentioned", "disclosed", "appointed", "formed", "opened",
        "migrated", "elaborated", "improved", "measured", "tested", "examined", "analysed", "analyzed", "observed",
        "recorded", "leaked", "counted", "calculated", "sampled", "built", "bought", "sold", "paid",
    ]
    /// Words that may stand between the subject and its verb without ending the subject.
    static let actAuxiliaries: Set<String> = ["had", "has", "have", "then", "also", "later", "soon", "immediately", "thereupon", "thus", "therefore", "again", "subsequently", "eventually", "finally", "ultimately", "quickly", "promptly", "instead", "nevertheless", "nonetheless", "however", "further", "repeatedly", "first"]

    /// Nouns of a pact between parties (``signedPacts(in:)``).
    static let pactNouns: Set<String> = ["treaty", "treaties", "agreement", "agreements", "accord", "accords", "pact", "pacts", "deal", "memorandum",
        "armistice", "alliance", "convention", "protocol", "truce", "ceasefire", "cease-fire", "compact", "communiqué", "communique", "declaration", "entente"]
    /// Verbs by which parties make a pact.
    static let pactVerbs: Set<String> = ["signed", "sign", "signs", "concluded", "conclude", "concludes", "reached", "reach", "reaches", "struck", "strike",
        "forged", "forge", "formed", "form", "negotiated", "initialled", "initialed", "agreed"]

    /// Rule "signed-pact": "Turkey and Libya signed a maritime border agreement",
    /// "representatives of the United States and Great Britain signed Jay's Treaty", "Cyprus
    /// signed a deal with Egypt": the parties to a pact they made are in agreement (states
    /// included, which are otherwise places).
    mutating func signedPacts(in s: Sentence) {
        let r = s.tokens
        for v in r where Self.pactVerbs.contains(lower(v)) && !inQuote(v) && v > r.lowerBound {
            // The pact: a noun within a few words ("a maritime border agreement", "Jay's Treaty").
            guard let n = tokenSpan(v + 1, min(r.upperBound, v + 6)).first(where: { Self.pactNouns.contains(lower($0)) }),
                  !tokenSpan(v + 1, n).contains(where: { [",", ";", ":"].contains(toks[$0].text) || isFiniteVerb($0) || ["that", "which", "to"].contains(lower($0)) }) else { continue }
            // (Not a passive, "the treaty was signed by": the agents are found by other rules.)
            if ["was", "were", "been", "be", "is", "are"].contains(lower(v - 1)) { continue }
            if tokenSpan(max(r.lowerBound, v - 3), v).contains(where: { isIn(.negations, $0) }) { continue }
            // The parties: the subject (every name in a list before the verb) and "with Y".
            var parties: [Int] = []
            var c = v - 1
            while c > r.lowerBound, isIn(.adverbs, c) || ["had", "have", "has", "jointly", "formally", "finally", "eventually"].contains(lower(c)) { c -= 1 }
            let clauseStart = (r.lowerBound..<c).last(where: { [",", ";", ":"].contains(toks[$0].text) && !inQuote($0) }).map { $0 + 1 } ?? r.lowerBound
            let before = mentions(in: clauseStart..<(c + 1), sentence: s.index).filter { $0.actor != nil && $0.form != .pronoun && !$0.possessive }
            // ("On November 27, Turkey and Libya signed": a list that reaches the verb.)
            if let last = before.last, last.tokens.upperBound == c + 1 || (last.tokens.upperBound == c && toks[c].isWord == false) {
                let list = before.filter { m in
                    let gap = tokenSpan(m.tokens.upperBound, c + 1)
                    return gap.allSatisfy { g in !toks[g].isWord || ["and", "of", "the", "both"].contains(lower(g)) || mentions[s.index].contains { mm in mm.tokens.contains(g) } }
                }
                parties = list.flatMap { ($0.actor.map { [$0] } ?? []) + $0.coActors }
            }
            if let w = tokenSpan(n + 1, min(r.upperBound, n + 4)).first(where: { lower($0) == "with" }),
               let m = mentions[s.index].first(where: { ($0.tokens.lowerBound == w + 1 || ($0.tokens.lowerBound == w + 2 && lower(w + 1) == "the")) && $0.actor != nil && $0.form != .pronoun }) {
                let with = ([m.actor!] + m.coActors)
                if !parties.isEmpty {
                    relate(.agreement, Array(Set(parties)).sorted(), with, cue: v..<(n + 1), s: s, rule: "signed-pact")
                }
            }
            let unique = Array(Set(parties)).sorted()
            if unique.count >= 2 {
                for (i, a) in unique.enumerated() { relate(.agreement, [a], Array(unique[(i + 1)...]), cue: v..<(n + 1), s: s, rule: "signed-pact") }
            }
        }
    }

    /// Rule "actor-act": "Khamenei ordered three days of public mourning", "All three officers
    /// moved for summary judgment", "Genêt ignored American warnings": an actor named as the
    /// subject of a past-tense act, in a sentence where no rule found a view of theirs, holds
    /// the act (the verb and what follows it, to the end of its clause). Events that state no
    /// stance ("arrived", "died", "returned") are left alone; the subject must be a person,
    /// body or group, or already hold a view elsewhere in the text.
    mutating func actorActs(in s: Sentence) {
        let r = s.tokens
        var k = r.lowerBound + 1
        while k < r.upperBound {
            defer { k += 1 }
            let t = toks[k]
            guard t.isWord, !t.isCapitalized, !inQuote(k) else { continue }
            let w = lower(k)
            guard (w.hasSuffix("ed") && w.count >= 5) || Self.irregularPasts.contains(w), !Self.eventPasts.contains(w) else { continue }
            // Verbs the lexicon knows are the other rules' to read: where they made no
            // position ("rejected that"), there is none to make.
            guard verbKind(k) & (Self.conflictBit | Self.agreementBit) == 0 else { continue }
            // "delivered the opinion of the Court": a header, not a view (rule "opinion-voice").
            if w == "delivered", k + 2 < r.upperBound, lower(k + 2) == "opinion" { continue }
            // The subject right before the verb (auxiliaries and adverbs stepped over).
            var b = k - 1
            while b > r.lowerBound && toks[b].isWord && (Self.actAuxiliaries.contains(lower(b)) || (lower(b).hasSuffix("ly") && !toks[b].isCapitalized)) { b -= 1 }
            // "Khamenei, the Supreme Leader of Iran, ordered": step over an appositive.
            if toks[b].text == ",", let open = tokenSpan(max(r.lowerBound, b - 12), b).last(where: { toks[$0].text == "," }),
               tokenSpan(open + 1, b).allSatisfy({ toks[$0].isWord && !isFiniteVerb($0) && !["who", "which", "that"].contains(lower($0)) }),
               mention(endingAt: open - 1, sentence: s.index) != nil {
                b = open - 1
            }
            guard let m = mention(endingAt: b, sentence: s.index), let a = m.actor, !m.possessive else { continue }
            if m.form == .pronoun && m.pronounClass == nil { continue }
            let rec = registry.actors[a]
            guard rec.category != .place, rec.category != .unknown || positionsByHolder[a] != nil else { continue }
            // "Pinckney and Marshall made preparations": a list of subjects acts together.
            var holders = [a]
            var first = m.tokens.lowerBound
            // ("The Americans and the Russians held talks": an article may open the last item.)
            let joiner = first - 1 > r.lowerBound + 1 && ["the", "a", "an"].contains(lower(first - 1)) ? first - 2 : first - 1
            if joiner > r.lowerBound, ["and", ","].contains(lower(joiner)), let sub = subject(before: k, in: s), sub.actors.contains(a), sub.actors.count > 1,
               sub.actors.allSatisfy({ registry.actors[$0].category != .place }) {
                holders = sub.actors
                first = sub.start
            }
            // The subject opens its clause: the sentence, or a clause after a comma, "and" or
            // a subordinator ("After the strike, Khamenei ordered ...").
            // ("Egyptian foreign minister Sameh Shoukry gathered": the title before the name
            // names the same one.)
            if first - 1 > r.lowerBound, let title = mention(endingAt: first - 1, sentence: s.index), let ta = title.actor, holders.contains(ta), !title.possessive {
                first = title.tokens.lowerBound
            }
            let before = first - 1
            let opens = first == r.lowerBound || [",", ";", ":", "—", "–"].contains(toks[before].text)
                || ["the", "a", "an", "all", "both", "three", "two", "four", "several", "many", "most", "some"].contains(lower(before)) && (before == r.lowerBound || toks[before - 1].text == ",")
            guard opens else { continue }
            // ("the Equal Employment Opportunity Commission, the federal agency charged with
            // ...": an appositive with a participle describes; it does not act.)
            var lead = first - 1
            if lead > r.lowerBound, ["the", "a", "an"].contains(lower(lead)) { lead -= 1 }
            if m.form == .group, lead > r.lowerBound, toks[lead].text == ",", mention(endingAt: lead - 1, sentence: s.index)?.actor != nil { continue }
            // Someone already holds a view that takes in the verb, or this actor holds one in
            // this sentence that is not after the act ("Fearing a war, Washington sided with
            // Hamilton" and "Washington implemented the treaty ..., realizing that ..." keep
            // their acts: the view before or after is another claim).
            let here = positionIndices(inSentence: s.index).filter { positions[$0].sentence == s.index }
            if here.contains(where: { positions[$0].tokens.contains(k) }) { return }
            let theirs = here.filter { !Set(positions[$0].holders).isDisjoint(with: holders) }
            if theirs.contains(where: { p in
                let t = positions[p].tokens
                return !(t.upperBound <= first || t.lowerBound > k) || (t.upperBound > first && t.lowerBound < k) || positions[p].rule != "gerund-stance" && positions[p].rule != "participle-stance"
            }) { return }
            // "presented his hypothesis to the Society": an act on one's own view names the view;
            // the view itself, where the text states it, is the position.
            if k + 2 < r.upperBound, ["his", "her", "their", "its"].contains(lower(k + 1)), isIn(.ideaNouns, k + 2) || isIn(.viewNouns, k + 2) { return }
            var end = contentEnd(from: k + 1, in: s)
            // (Up to the participle's claim after it: ", realizing that ...".)
            if let next = theirs.map({ positions[$0].tokens.lowerBound }).filter({ $0 > k }).min() {
                end = min(end, (k..<next).last(where: { toks[$0].text == "," }) ?? next)
                // ("succeeded in proposing that ...": no act of its own is left; "X discovered
                // A, Y discovered B, ..., showing that ...": the participle is not surely X's.)
                if wordCount(k..<end) < 4 || isIn(.prepositions, end - 1) { return }
                if mentions(in: k..<next, sentence: s.index).contains(where: { $0.actor != nil && $0.form != .pronoun && !holders.contains($0.actor!) && registry.actors[$0.actor!].category != .place }) { return }
            }
            guard end > k + 1 else { return }
            addPosition(holders, k..<end, sentence: s.index, rule: "actor-act")
            return
        }
    }

    /// Rule "purpose-opener": "In order to placate the western states without offending
    /// China, President Hayes sought a revision of the treaty", "To justify the exercise of
    /// jurisdiction, the court relied on §56": the purpose an opening clause states belongs to
    /// the position of the subject that follows it (its evidence grows; its label stays).
    mutating func purposeOpeners(in s: Sentence) {
        let r = s.tokens
        guard r.count > 6 else { return }
        let first = lower(r.lowerBound)
        let toAt: Int
        if ["in", "so"].contains(first), ["order", "as"].contains(lower(r.lowerBound + 1)), lower(r.lowerBound + 2) == "to" {
            toAt = r.lowerBound + 2
        } else if first == "to", toks[r.lowerBound + 1].isWord, !toks[r.lowerBound + 1].isCapitalized, !inQuote(r.lowerBound) {
            toAt = r.lowerBound
        } else { return }
        guard let comma = tokenSpan(toAt + 2, min(r.upperBound, toAt + 30)).first(where: { toks[$0].text == "," }), !inQuote(comma),
              !tokenSpan(toAt + 1, comma).contains(where: { toks[$0].isQuote || [";", ":"].contains(toks[$0].text) }),
              let m = mentions[s.index].first(where: { $0.tokens.lowerBound > comma && $0.tokens.lowerBound <= comma + 4 && $0.actor != nil && !$0.possessive })
        else { return }
        for i in positionIndices(inSentence: s.index) where positions[i].sentence == s.index && positions[i].holders.contains(m.actor!) && positions[i].tokens.lowerBound > comma {
            if positions[i].labelTokens == nil { positions[i].labelTokens = positions[i].tokens }
            positions[i].tokens = r.lowerBound..<positions[i].tokens.upperBound
            return
        }
    }

    /// Evidence from the subject on: a position held by the subject of its clause keeps the
    /// subject ("The French wanted a frontier on the Rhine") and a short opening phrase
    /// before it ("In private Lloyd George opposed revenge") in its text, so the evidence
    /// reads as the text says it; the label stays the claim.
    mutating func subjectSpans() {
        for i in positions.indices {
            let p = positions[i]
            let r = doc.sentences[p.sentence].tokens
            guard r.contains(p.tokens.lowerBound), p.tokens.lowerBound > r.lowerBound, !inQuote(p.tokens.lowerBound) else { continue }
            // The holder's mention that opens the claim, or ends right before it (adverbs and
            // auxiliaries between).
            var start: Int? = nil
            for m in mentions[p.sentence] where m.actor.map({ p.holders.contains($0) }) == true && !m.possessive {
                if m.tokens.lowerBound == p.tokens.lowerBound { start = m.tokens.lowerBound; break }
                if m.tokens.upperBound <= p.tokens.lowerBound, p.tokens.lowerBound - m.tokens.upperBound <= 3,
                   tokenSpan(m.tokens.upperBound, p.tokens.lowerBound).allSatisfy({ toks[$0].isWord && (Self.actAuxiliaries.contains(lower($0)) || isIn(.skippable, $0) || isIn(.adverbs, $0) || lower($0).hasSuffix("ly")) }) {
                    start = m.tokens.lowerBound
                }
            }
            guard var a = start else { continue }
            if a > r.lowerBound, ["the", "a", "an"].contains(lower(a - 1)) { a -= 1 }
            // A short opening phrase with no verb and no one else in it ("In private", "On 27
            // May 1841,", "However,").
            if a > r.lowerBound, a - r.lowerBound <= 8,
               tokenSpan(r.lowerBound, a).allSatisfy({ (toks[$0].isWord || toks[$0].text == ",") && !isFiniteVerb($0) && !inQuote($0) }),
               !mentions[p.sentence].contains(where: { $0.tokens.upperBound <= a && $0.actor != nil }) {
                a = r.lowerBound
            }
            guard a < p.tokens.lowerBound else { continue }
            if positions[i].labelTokens == nil { positions[i].labelTokens = p.tokens }
            positions[i].tokens = a..<p.tokens.upperBound
        }
    }

    /// Adjectives by which narration assesses a thing ("was controversial", "is misleading").
    static let assessmentAdjectives: Set<String> = [
        "controversial", "influential", "illegal", "unlawful", "misleading", "flawed", "erroneous", "implausible", "untenable",
        "popular", "unpopular", "successful", "unsuccessful", "mistaken", "inaccurate", "dubious", "discredited", "baseless",
        "groundless", "unfounded", "spurious", "fraudulent", "pseudoscientific", "illusory", "superseded", "obsolete", "outdated",
        "questionable", "decisive", "crucial", "pivotal", "unprecedented", "irresponsible", "reckless", "futile", "ineffective",
        "effective", "disastrous", "illegitimate", "legitimate", "invalid", "unconstitutional", "unjustified", "inevitable",
    ]

    /// Rule "author-assessment": in narration that gives no one's view, a sentence that judges
    /// ("Kennan's policy was controversial from the very beginning", "The memorandum is among
    /// the most influential documents", "polywater is best known as an example of
    /// pathological science") is the author's position.
    mutating func authorAssessments(in s: Sentence) {
        let r = s.tokens
        guard !hasPosition(homedIn: s.index), !turnSentences.contains(s.index), !opinionSentences.contains(s.index), narrator[s.index] == nil,
              !r.contains(where: { toks[$0].isQuote }), wordCount(r) >= 5, wordCount(r) <= 45 else { return }
        // The judging predicate: a copula (adverbs between), then an assessing adjective, a
        // superlative ("most influential", "best known") or "among the most".
        var found: Int? = nil
        for c in r where isIn(.copulas, c) && c > r.lowerBound {
            var k = c + 1
            while k < r.upperBound && toks[k].isWord && (isIn(.adverbs, k) || lower(k).hasSuffix("ly") || ["not", "still", "now", "today"].contains(lower(k))) { k += 1 }
            guard k < r.upperBound else { break }
            let w = lower(k)
            if Self.assessmentAdjectives.contains(w) { found = c; break }
            if ["most", "best", "least", "worst"].contains(w), k + 1 < r.upperBound, toks[k + 1].isWord, !isIn(.determiners, k + 1) { found = c; break }
            if w == "among", k + 2 < r.upperBound, lower(k + 1) == "the", ["most", "best", "least", "worst", "first"].contains(lower(k + 2)) { found = c; break }
            if ["the", "a", "an"].contains(w), k + 1 < r.upperBound, ["most", "best", "worst", "least"].contains(lower(k + 1)) { found = c; break }
        }
        guard found != nil else { return }
        var a = r.lowerBound
        if let o = opener(authorJudgementList, s) { a = o.upperBound }
        addPosition([author(s.index)], a..<contentEnd(from: a + 1, in: s), sentence: s.index, rule: "author-assessment")
    }

    /// Verbs that answer a request, by the relation the answer states.
    static let requestAnswers: [String: EdgeKind] = [
        "declined": .conflict, "rejected": .conflict, "refused": .conflict, "denied": .conflict, "rebuffed": .conflict, "spurned": .conflict,
        "ignored": .conflict, "granted": .agreement, "accepted": .agreement, "honoured": .agreement, "honored": .agreement, "welcomed": .agreement,
        "joined": .agreement, "echoed": .agreement, "seconded": .agreement,
    ]
    /// Nouns of asking.
    static let requestNouns: Set<String> = ["request", "requests", "demand", "demands", "call", "calls", "appeal", "appeals", "plea", "pleas", "offer",
        "offers", "proposal", "proposals", "invitation", "invitations", "petition", "application", "ultimatum", "overture", "overtures"]
    /// Words of asking in a position that such a noun may take up.
    static let askingWords: Set<String> = ["request", "requested", "requests", "asked", "asks", "urged", "urges", "demanded", "demands", "demand",
        "called", "calls", "appealed", "appeals", "proposed", "proposes", "offered", "offers", "invited", "invites", "petitioned", "asking", "urging", "calling"]

    /// Rule "answered-request": "The embassy declined the request", "Britain rejected the
    /// offer": the subject answers the one who last asked (a position of asking in this
    /// sentence or the three before), against them or with them.
    mutating func answeredRequests(in s: Sentence) {
        let r = s.tokens
        for k in r where !inQuote(k) && k > r.lowerBound {
            guard let kind = Self.requestAnswers[lower(k)] else { continue }
            var n = k + 1
            guard n < r.upperBound, ["the", "this", "that", "these", "those", "their", "his", "her", "its", "such"].contains(lower(n)) else { continue }
            n += 1
            while n < min(r.upperBound, k + 5), toks[n].isWord, !Self.requestNouns.contains(lower(n)), !toks[n].isCapitalized { n += 1 }
            guard n < r.upperBound, Self.requestNouns.contains(lower(n)) else { continue }
            // (A request owned by someone named, "Y's request", is another rule's.)
            if mentions[s.index].contains(where: { $0.possessive && $0.tokens.lowerBound > k && $0.tokens.upperBound <= n + 1 }) { continue }
            guard let sub = subject(before: k, in: s), !(sub.start..<k).contains(where: { isIn(.negations, $0) }) else { continue }
            // "joined the calls by United Kingdom officials": the askers are named.
            if n + 1 < r.upperBound, ["by", "of", "from"].contains(lower(n + 1)),
               let m = mentions[s.index].first(where: { $0.tokens.lowerBound > n + 1 && $0.tokens.lowerBound <= n + 3 && $0.actor != nil && $0.form != .pronoun }),
               !sub.actors.contains(m.actor!), registry.actors[m.actor!].category != .place {
                relate(kind, sub.actors, [m.actor!], cue: k..<(n + 2), s: s, rule: "answered-request")
                continue
            }
            // ("joined the calls" with no one named joins no one in particular.)
            if ["joined", "echoed", "seconded"].contains(lower(k)) { continue }
            guard let a = latestAsker(before: k, in: s, answerers: sub.actors, words: Self.askingWords) else { continue }
            relate(kind, sub.actors, a, cue: k..<(n + 1), s: s, rule: "answered-request")
        }
    }

    /// The holders of the latest position that asks (one of `words` in it), in sentence `s`
    /// before token `end` or in the three sentences before, leaving out the `answerers`, places
    /// and the author: who an answer or a refusal answers.
    func latestAsker(before end: Int, in s: Sentence, answerers: [Int], words: Set<String>) -> [Int]? {
        var si = s.index
        while si >= max(0, s.index - 3) {
            for i in positionIndices(inSentence: si).reversed() where positions[i].sentence == si && positions[i].tokens.upperBound <= (si == s.index ? end : Int.max) {
                let p = positions[i]
                let hs = p.holders.filter { !answerers.contains($0) && registry.actors[$0].category != .place && !registry.actors[$0].author }
                if hs.isEmpty { continue }
                if p.tokens.contains(where: { words.contains(lower($0)) }) { return hs }
            }
            si -= 1
        }
        return nil
    }

    /// What one refuses when refusing what was asked ("refused to hand over the documents").
    static let complianceVerbs: Set<String> = ["hand", "turn", "provide", "give", "release", "disclose", "produce", "comply", "testify", "appear", "cooperate",
        "answer", "submit", "return", "pay", "withdraw", "recall", "extradite", "waive", "surrender", "obey", "honor", "honour", "accept", "attend", "share"]
    /// Words of a position that asks or orders something of someone (``refusedRequests(in:)``).
    static let orderingWords: Set<String> = askingWords.union(["subpoena", "subpoenas", "subpoenaed", "ordered", "orders", "order", "required", "requires", "directed", "instructed", "summoned"])

    /// Rule "refused-request": "The committee authorized subpoenas for documents ... Barr and
    /// Ross, however, refused to hand over the documents": refusing to comply is against the
    /// one who last asked or ordered (a position of asking in this sentence or the three
    /// before).
    mutating func refusedRequests(in s: Sentence) {
        let r = s.tokens
        for k in r where ["refused", "refuses", "refuse", "declined", "declines", "decline"].contains(lower(k)) && !inQuote(k) && k > r.lowerBound {
            guard k + 2 < r.upperBound, lower(k + 1) == "to", Self.complianceVerbs.contains(lower(k + 2)),
                  let sub = subject(before: k, in: s), !(sub.start..<k).contains(where: { isIn(.negations, $0) }) else { continue }
            guard let a = latestAsker(before: sub.start, in: s, answerers: sub.actors, words: Self.orderingWords) else { continue }
            relate(.conflict, sub.actors, a, cue: k..<(k + 3), s: s, rule: "refused-request")
        }
    }

    /// Rule "held-in-contempt": "voted to hold two Cabinet officers, Commerce Secretary Wilbur
    /// Ross and Attorney General William Barr, in contempt of Congress", "found him in
    /// contempt": the ones who hold someone in contempt are against them.
    mutating func heldInContempt(in s: Sentence) {
        let r = s.tokens
        for k in r where ["hold", "holds", "held", "holding", "found", "find", "finds"].contains(lower(k)) && !inQuote(k) && k > r.lowerBound {
            guard let c = tokenSpan(k + 1, min(r.upperBound, k + 22)).first(where: { lower($0) == "contempt" }), c > k + 2, lower(c - 1) == "in",
                  !tokenSpan(k + 1, c).contains(where: { [";", ":"].contains(toks[$0].text) || isFiniteVerb($0) }) else { continue }
            // (Not a passive: "Holder was held in contempt".)
            if ["was", "were", "been", "be", "is", "are", "being"].contains(lower(k - 1)) { continue }
            let held = mentions(in: (k + 1)..<(c - 1), sentence: s.index).filter { $0.actor != nil && $0.form != .pronoun && registry.actors[$0.actor!].category != .place }.map { $0.actor! }
            guard !held.isEmpty else { continue }
            // The subject: of this verb, or of "voted to hold".
            var v = k
            if k >= r.lowerBound + 2, lower(k - 1) == "to" { v = k - 2 }
            guard let sub = subject(before: v, in: s) else { continue }
            let others = Array(Set(held)).sorted().filter { !sub.actors.contains($0) }
            relate(.conflict, sub.actors, others, cue: k..<(c + 1), s: s, rule: "held-in-contempt")
        }
    }

    /// What someone may be seen as, by the relation it states.
    static let seenAsNouns: [String: EdgeKind] = [
        "threat": .conflict, "danger": .conflict, "menace": .conflict, "enemy": .conflict, "adversary": .conflict, "foe": .conflict,
        "rival": .conflict, "obstacle": .conflict, "traitor": .conflict, "aggressor": .conflict, "troublemaker": .conflict,
        "fraud": .conflict, "liar": .conflict, "fool": .conflict, "oaf": .conflict, "crook": .conflict, "charlatan": .conflict, "hypocrite": .conflict,
        "coward": .conflict, "criminal": .conflict, "dictator": .conflict, "tyrant": .conflict, "puppet": .conflict, "plagiarist": .conflict, "quack": .conflict,
        "fascist": .conflict, "racist": .conflict, "disgrace": .conflict, "villain": .conflict,
        "ally": .agreement, "friend": .agreement, "partner": .agreement, "champion": .agreement, "hero": .agreement, "savior": .agreement, "saviour": .agreement,
        "genius": .agreement, "visionary": .agreement,
    ]
    /// Adjectives that, before a role in what someone is called, praise ("a capable
    /// negotiator") or fault ("a corrupt oaf") the one called so.
    static let calledAdjectives: [String: EdgeKind] = [
        "capable": .agreement, "able": .agreement, "competent": .agreement, "skilled": .agreement, "gifted": .agreement, "brilliant": .agreement,
        "great": .agreement, "excellent": .agreement, "outstanding": .agreement, "trustworthy": .agreement, "honest": .agreement,
        "corrupt": .conflict, "incompetent": .conflict, "dishonest": .conflict, "dangerous": .conflict, "reckless": .conflict, "untrustworthy": .conflict,
    ]
    static let seeingVerbs: Set<String> = ["regarded", "regards", "regard", "saw", "sees", "see", "viewed", "views", "view", "considered", "considers",
        "perceived", "perceives", "treated", "treats", "branded", "brands", "denounced", "denounces", "labelled", "labeled"]
    /// Verbs whose object may be followed by what it is called, without "as" ("called Baruch a
    /// fool", "considered him to be a capable negotiator").
    static let calledAsVerbs: Set<String> = ["called", "calls", "termed", "terms", "dubbed", "dubs", "labelled", "labeled", "labels", "branded", "brands",
        "considered", "considers", "deemed", "deems", "thought", "judged"]

    /// Rule "seen-as": "Israel, who regarded Nasser as a threat to its security", "saw Britain
    /// as an ally": seeing someone as a threat (an enemy, a rival) is a clash; as an ally (a
    /// friend, a partner), agreement.
    mutating func seenAs(in s: Sentence) {
        let r = s.tokens
        for k in r where (Self.seeingVerbs.contains(lower(k)) || Self.calledAsVerbs.contains(lower(k))) && !inQuote(k) && k + 3 < r.upperBound {
            guard let m = mentions[s.index].first(where: { $0.tokens.lowerBound == k + 1 || ($0.tokens.lowerBound == k + 2 && lower(k + 1) == "the") }),
                  let x = m.actor, m.form != .pronoun || m.pronounClass != nil, !m.possessive, m.tokens.upperBound + 1 < r.upperBound else { continue }
            // "as a threat"; after a verb of naming also "to be a ..." or straight "a ...".
            let o = m.tokens.upperBound
            var n: Int
            if lower(o) == "as" { n = o + 1 }
            else if Self.calledAsVerbs.contains(lower(k)), lower(o) == "to", o + 1 < r.upperBound, lower(o + 1) == "be" { n = o + 2 }
            else if Self.calledAsVerbs.contains(lower(k)), ["a", "an"].contains(lower(o)) { n = o }
            else { continue }
            var kind: EdgeKind? = nil
            let start = n
            while n < min(r.upperBound, start + 6), toks[n].isWord || toks[n].isQuote {
                if let kd = Self.seenAsNouns[lower(n)] { kind = kd; break }
                // ("a capable negotiator", "a “corrupt oaf”": the adjective before the noun.)
                if n > start, ["a", "an"].contains(lower(start)), let kd = Self.calledAdjectives[lower(n)], n + 1 < r.upperBound, toks[n + 1].isWord {
                    kind = Self.seenAsNouns[lower(n + 1)] ?? kd
                    n += 1
                    break
                }
                n += 1
            }
            guard let kd = kind, let sub = subject(before: k, in: s), !sub.actors.contains(x), registry.actors[x].category != .place || kd == .conflict,
                  !(sub.start..<k).contains(where: { isIn(.negations, $0) }) else { continue }
            relate(kd, sub.actors, [x], cue: k..<(n + 1), s: s, rule: "seen-as")
        }
    }

    /// Forms of verbs of winning someone over ("convinced Huxley that ...").
    static let persuasionVerbs: Set<String> = ["convinced", "convince", "convinces", "persuaded", "persuade", "persuades", "won"]

    /// Rule "persuaded": "Haeckel would convince Huxley that comparative anatomy could be
    /// used", "Adams persuaded Congress to ...", "won over the delegates": the one won over
    /// comes to agree with the one who won them; not when it failed ("failed to convince",
    /// "could not persuade", "tried to persuade").
    mutating func persuasions(in s: Sentence) {
        let r = s.tokens
        for k in r where Self.persuasionVerbs.contains(lower(k)) && !inQuote(k) && k > r.lowerBound && k + 2 < r.upperBound {
            var o = k + 1
            if lower(k) == "won" { guard lower(o) == "over" else { continue }; o += 1 }
            if lower(o) == "the" { o += 1 }
            guard let m = mentions[s.index].first(where: { $0.tokens.lowerBound == o }), let x = m.actor, !m.possessive,
                  m.form != .pronoun || m.pronounClass != nil, registry.actors[x].category != .place else { continue }
            // The claim or act they were won to ("that ...", "to ...", "of ..."), or the end of
            // the clause for "won over".
            let after = m.tokens.upperBound
            guard lower(k) == "won" || (after < r.upperBound && ["that", "to", "of"].contains(lower(after))) else { continue }
            // Attempts and failures are no agreement.
            let lead = tokenSpan(max(r.lowerBound, k - 4), k)
            if lead.contains(where: { isIn(.negations, $0) || ["tried", "tries", "try", "trying", "failed", "fails", "attempted", "attempts", "sought", "seeks", "hoped", "hopes", "unable"].contains(lower($0)) }) { continue }
            guard let sub = subject(before: k, in: s), !sub.actors.contains(x) else { continue }
            relate(.agreement, sub.actors, [x], cue: k..<after, s: s, rule: "persuaded")
        }
    }

    /// The lemma of a verb form the lexicon knows (reporting, stance, conflict or agreement).
    func knownVerbLemma(_ i: Int) -> String? {
        let w = lower(i)
        if let l = stanceForms[w] ?? conflictForms[w] ?? agreementForms[w] { return l }
        // (Verbs of saying alone are too common to echo anyone: "also said", "also wrote".)
        if let l = reportForms[w], !Self.plainSayingVerbs.contains(l) { return l }
        return nil
    }

    /// Lemmas of verbs that only say, write or tell.
    static let plainSayingVerbs: Set<String> = ["say", "write", "tell", "state", "add", "note", "report", "announce", "explain", "reply", "respond",
        "comment", "remark", "mention", "declare", "publish", "describe", "discover", "find", "show", "reveal", "answer", "ask", "observe"]

    /// Rule "echoed-act": "Nikki Haley ... criticized the decision. Brett McGurk ... also
    /// criticized the decision": one who does, "also", "too" or "likewise", what someone else
    /// just did with the same verb of view (criticized, argued, opposed) shares their side.
    mutating func echoedActs(in s: Sentence) {
        let r = s.tokens
        for k in r where ["also", "too", "likewise", "similarly"].contains(lower(k)) && !inQuote(k) && k > r.lowerBound {
            // The verb right after the adverb ("also criticized", "Lodge, too, opposed"); a
            // "too" that ends its clause is not read.
            let v = lower(k) == "too" || toks[k + 1].text == "," ? k + 2 : k + 1
            if lower(k) == "too" && (toks[k - 1].text != "," || toks[k + 1].text != ",") { continue }
            guard v < r.upperBound, isFiniteVerb(v), let lemma = knownVerbLemma(v) else { continue }
            let before = lower(k) == "too" || toks[k - 1].text == "," ? k - 1 : k
            guard let sub = subject(before: before, in: s), !sub.actors.isEmpty,
                  mentions[s.index].first(where: { $0.tokens.lowerBound == sub.start })?.form != .pronoun else { continue }
            if (sub.start..<k).contains(where: { isIn(.negations, $0) }) { continue }
            // The same verb, said by someone else, in the sentences just before (same or
            // previous paragraph).
            var found: [Int] = []
            var back = 1
            while found.isEmpty && back <= 3 && s.index - back >= 0 && doc.sentences[s.index - back].paragraph >= s.paragraph - 1 {
                let p = doc.sentences[s.index - back]
                for v in p.tokens where !inQuote(v) && isFiniteVerb(v) && knownVerbLemma(v) == lemma {
                    if let other = subject(before: v, in: p), Set(other.actors).isDisjoint(with: sub.actors),
                       !(other.start..<v).contains(where: { isIn(.negations, $0) }) {
                        found = other.actors
                        break
                    }
                }
                back += 1
            }
            guard !found.isEmpty else { continue }
            relate(.agreement, sub.actors, found, cue: k..<(v + 1), s: s, rule: "echoed-act")
        }
    }

    /// The subject of the main clause a participle at `k` belongs to ("Olney sent a note to
    /// Salisbury, demanding that ..."): the subject of the last finite verb before it in the
    /// same clause; nil if there is none.
    func participleSubject(_ k: Int, in s: Sentence) -> (actors: [Int], start: Int)? {
        let r = s.tokens
        guard let v = tokenSpan(max(r.lowerBound + 1, k - 20), k).last(where: { isFiniteVerb($0) || isPastForm($0) && (mention(endingAt: $0 - 1, sentence: s.index)?.actor != nil || isIn(.adverbs, $0 - 1)) }),
              !tokenSpan(v, k).contains(where: { toks[$0].isQuote || [";", ":", "—", "–", "("].contains(toks[$0].text) || ["that", "which", "who", "whom", "whose", "because", "although", "while", "but"].contains(lower($0)) })
        else { return nil }
        return subject(before: v, in: s)
    }

    /// Rule "demand-that": "Olney sent a note to Salisbury, demanding that the British submit
    /// the dispute to arbitration", "Congress demanded that the President release the papers":
    /// demanding that someone act is pressing them, against them.
    mutating func demandsThat(in s: Sentence) {
        let r = s.tokens
        for k in r where ["demand", "demanded", "demands", "demanding", "insisted", "insisting", "insists"].contains(lower(k)) && !inQuote(k) && k > r.lowerBound && k + 3 < r.upperBound {
            guard lower(k + 1) == "that" else { continue }
            var o = k + 2
            if lower(o) == "the" { o += 1 }
            guard let m = mentions[s.index].first(where: { $0.tokens.lowerBound == o && $0.actor != nil && $0.form != .pronoun && !$0.possessive }), let x = m.actor,
                  registry.actors[x].category != .place, m.tokens.upperBound < r.upperBound else { continue }
            // The clause's verb comes right after its subject ("submit", "release", "be").
            let verb = m.tokens.upperBound
            guard toks[verb].isWord, !toks[verb].isCapitalized, !isIn(.determiners, verb), !["and", "of", "in", "to", "who", "which"].contains(lower(verb)) else { continue }
            guard let sub = lower(k).hasSuffix("ing") ? participleSubject(k, in: s) : subject(before: k, in: s), !sub.actors.contains(x) else { continue }
            if tokenSpan(sub.start, k).contains(where: { isIn(.negations, $0) }) { continue }
            relate(.conflict, sub.actors, [x], cue: k..<(verb + 1), s: s, rule: "demand-that")
        }
    }

    /// Rule "participle-object": "Seitz published a comment in Nature challenging Alan
    /// Robock's claim", "made a point about questioning the proponents' objectivity", "wrote
    /// to the court, supporting the appellants": a participle or gerund of a verb of conflict
    /// or agreement, with an actor (or an actor's view) as its object, is the act of the main
    /// clause's subject.
    mutating func participleObjects(in s: Sentence) {
        let r = s.tokens
        for k in r where lower(k).hasSuffix("ing") && toks[k].isWord && !toks[k].isCapitalized && !inQuote(k) && k > r.lowerBound + 2 && k + 1 < r.upperBound {
            let bits = verbKind(k)
            let isConflict = bits & Self.conflictBit != 0, isAgree = bits & Self.agreementBit != 0
            guard isConflict != isAgree else { continue }
            if isIn(.determiners, k - 1) || ["to", "the", "a", "an", "is", "was", "are", "were", "be", "been", "not"].contains(lower(k - 1)) { continue }
            var o = k + 1
            while o < r.upperBound && isIn(.determiners, o) { o += 1 }
            guard let m = mentions[s.index].first(where: { $0.tokens.lowerBound == o && $0.actor != nil && ($0.form != .pronoun || $0.possessive) }), let x = m.actor,
                  registry.actors[x].category != .place else { continue }
            guard let sub = participleSubject(k, in: s), !sub.actors.contains(x) else { continue }
            if tokenSpan(sub.start, k).contains(where: { isIn(.negations, $0) }) { continue }
            // (The participle must not describe someone named between: "a lawyer representing
            // Pons" is the lawyer's act, which the subject rules read.)
            if let d = mentions[s.index].first(where: { $0.tokens.upperBound == k && $0.actor != nil && $0.form == .group }),
               [.person, .group].contains(registry.actors[d.actor!].category) { continue }
            relate(isConflict ? .conflict : .agreement, sub.actors, [x], cue: k..<m.tokens.upperBound, s: s, rule: "participle-object")
            // ("filed a petition, accusing the network of violating its franchise": after the
            // main clause's comma, the participle's phrase is the subject's claim too.)
            if toks[k - 1].text == ",", !inAnyPosition(k, sentence: s.index) {
                addPosition(sub.actors, k..<contentEnd(from: k + 1, in: s), sentence: s.index, rule: "participle-object")
            }
        }
    }

    /// Nouns of documents that speak for whoever made them.
    static let documentNouns: Set<String> = ["decree", "report", "letter", "statement", "memo", "memorandum", "paper", "study", "law", "order",
        "bill", "resolution", "document", "directive", "declaration", "communique", "communiqué", "proclamation", "treaty", "edict", "encyclical",
        "manifesto", "platform", "plan", "proposal", "note", "message", "petition", "complaint", "brief", "ruling", "judgment", "judgement"]
    /// Verbs by which a document says something.
    static let documentVerbs: Set<String> = ["read", "reads", "says", "said", "states", "stated", "mentions", "mentioned", "instructs", "instructed",
        "requires", "required", "calls", "called", "declares", "declared", "urges", "urged", "recommends", "recommended", "concludes", "concluded",
        "finds", "found", "argues", "argued", "notes", "noted", "warns", "warned", "orders", "ordered", "directs", "directed", "demands", "demanded",
        "asks", "asked", "proposes", "proposed", "establishes", "established", "mandates", "mandated", "prohibits", "prohibited", "forbids",
        "forbade", "allows", "allowed", "permits", "permitted", "claims", "claimed", "insists", "insisted", "asserts", "asserted", "expresses", "expressed"]

    /// Rule "document-voice": "The decree signed by the Pope read '...'", "The decree also
    /// mentions establishing a system ...", "The decree instructs archbishops to ...": a
    /// document that says something speaks for whoever made it: named with it ("signed by
    /// X", "X's decree") or, nearby before, as its maker ("Pope Francis announced new church
    /// law", "X issued a decree").
    mutating func documentVoices(in s: Sentence) {
        let r = s.tokens
        guard r.count > 4 else { return }
        var a = r.lowerBound
        if let o = opener(contrastWordList, s) { a = o.upperBound }
        guard ["the", "this", "that", "its", "his", "her", "their"].contains(lower(a)), !inQuote(a) else { return }
        var n = a + 1
        while n < min(r.upperBound, a + 4), toks[n].isWord, !Self.documentNouns.contains(lower(n)), !toks[n].isCapitalized || MentionFinder.isAbbreviatedTitle(lower(n)) { n += 1 }
        guard n < r.upperBound, Self.documentNouns.contains(lower(n)) else { return }
        let noun = lower(n)
        // The maker named with it: "signed by the Pope", "issued by the ministry".
        var maker: [Int]? = nil
        var v = n + 1
        if v + 1 < r.upperBound, lower(v).hasSuffix("ed"), lower(v + 1) == "by",
           let m = mentions[s.index].first(where: { $0.tokens.lowerBound > v + 1 && $0.tokens.lowerBound <= v + 3 && $0.actor != nil && $0.form != .pronoun }) {
            maker = [m.actor!]
            v = m.tokens.upperBound
        }
        while v < r.upperBound, toks[v].isWord, isIn(.adverbs, v) || lower(v).hasSuffix("ly") { v += 1 }
        guard v < r.upperBound, Self.documentVerbs.contains(lower(v)) else { return }
        if maker == nil {
            // The latest maker of such a document, in this sentence's eight predecessors.
            var si = s.index - 1
            search: while si >= max(0, s.index - 8) {
                let t = doc.sentences[si]
                for i in t.tokens.reversed() where (lower(i) == noun || (noun == "decree" && lower(i) == "law") || (noun == "law" && lower(i) == "decree")) && !inQuote(i) {
                    if let hs = authoredHolders(nounAt: i, in: t) { maker = hs; break search }
                    if i + 2 < t.tokens.upperBound, lower(i + 1).hasSuffix("ed"), lower(i + 2) == "by",
                       let m = mentions[si].first(where: { $0.tokens.lowerBound > i + 2 && $0.tokens.lowerBound <= i + 4 && $0.actor != nil && $0.form != .pronoun }) {
                        maker = [m.actor!]; break search
                    }
                    // "Pope Francis announced new church law": the subject of a verb of
                    // making or saying a few words before it.
                    if let verb = (max(t.tokens.lowerBound, i - 5)..<i).last(where: { Self.irregularPasts.contains(lower($0)) || (lower($0).hasSuffix("ed") && !toks[$0].isCapitalized) }),
                       ["announced", "issued", "signed", "published", "released", "adopted", "promulgated", "introduced", "enacted", "decreed", "approved", "wrote", "sent", "made"].contains(lower(verb)),
                       let sub = subject(before: verb, in: t) {
                        maker = sub.actors; break search
                    }
                }
                si -= 1
            }
        }
        guard let hs = maker?.filter({ registry.actors[$0].category != .place }), !hs.isEmpty else { return }
        if positionIndices(inSentence: s.index).contains(where: { positions[$0].sentence == s.index && !Set(positions[$0].holders).isDisjoint(with: hs) }) { return }
        // A quotation the verb introduces is the claim; else the clause after the verb.
        let end = contentEnd(from: v + 1, in: s)
        guard end > v + 1 else { return }
        addPosition(hs, a..<end, sentence: s.index, rule: "document-voice", labelFrom: v + 1)
    }

    /// Rules "as-well-as" and "object-relative": "disagreed with some of the conclusions of
    /// Lavoisier as well as with the phlogiston theorists" sets the subject against the second
    /// one too; "the phlogiston theorists that he critiqued" sets the one in the relative clause
    /// against the ones it names.
    mutating func coordinatedObjects(in s: Sentence) {
        /// The relation a verb states between its subject and its object, if any.
        func relationVerbKind(_ k: Int) -> EdgeKind? {
            let kinds = verbKind(k)
            if kinds & Self.conflictBit != 0 { return .conflict }
            if kinds & Self.agreementBit != 0 { return .agreement }
            let w = lower(k)
            if ["disagreed", "disagrees", "differed", "differs", "critiqued", "critiques", "quarrelled", "quarreled", "clashed"].contains(w) { return .conflict }
            if ["agreed", "agrees", "concurred", "concurs", "sided", "sides"].contains(w) { return .agreement }
            return nil
        }
        let r = s.tokens
        for k in r where lower(k) == "as" && !inQuote(k) && k + 3 < r.upperBound && lower(k + 1) == "well" && lower(k + 2) == "as" && k > r.lowerBound + 2 {
            var o = k + 3
            if ["with", "against", "to", "from"].contains(lower(o)) { o += 1 }
            if o < r.upperBound, lower(o) == "the" { o += 1 }
            guard let b = mentions[s.index].first(where: { $0.tokens.lowerBound == o && $0.actor != nil && $0.form != .pronoun }) else { continue }
            // The verb of the clause before it that relates its subject to someone.
            guard let v = tokenSpan(max(r.lowerBound, k - 15), k).last(where: { relationVerbKind($0) != nil && !inQuote($0) && !toks[$0].isCapitalized }),
                  !tokenSpan(v, k).contains(where: { [";", ":"].contains(toks[$0].text) }),
                  let sub = subject(before: v, in: s), !sub.actors.contains(b.actor!), !(sub.start..<v).contains(where: { isIn(.negations, $0) }) else { continue }
            relate(relationVerbKind(v)!, sub.actors, [b.actor!], cue: v..<(o + 1), s: s, rule: "as-well-as")
        }
        for k in r where k > r.lowerBound + 3 && !inQuote(k) && !toks[k].isCapitalized {
            guard let kind = relationVerbKind(k) else { continue }
            guard let x = mention(endingAt: k - 1, sentence: s.index), let xa = x.actor, !x.possessive else { continue }
            let rel = x.tokens.lowerBound - 1
            guard rel > r.lowerBound, ["that", "whom", "which"].contains(lower(rel)),
                  let y = mention(endingAt: toks[rel - 1].text == "," ? rel - 2 : rel - 1, sentence: s.index), let ya = y.actor, ya != xa, y.form != .pronoun,
                  registry.actors[ya].category != .place else { continue }
            // The verb must take no object of its own after it ("that he critiqued." / ",").
            if k + 1 < r.upperBound, mentions[s.index].contains(where: { $0.tokens.lowerBound == k + 1 || ($0.tokens.lowerBound == k + 2 && lower(k + 1) == "the") }) { continue }
            relate(kind, [xa], [ya], cue: y.tokens.lowerBound..<(k + 1), s: s, rule: "object-relative")
        }
    }
}

extension ExtractionRun {
    /// Verbs by which an idea meets its reception ("found little support in", "met with
    /// resistance from", "gained acceptance among").
    static let receptionVerbs: Set<String> = ["found", "finds", "met", "meets", "received", "receives", "gained", "gains", "won", "wins",
        "enjoyed", "enjoys", "attracted", "attracts", "garnered", "garners", "drew", "draws", "encountered", "encounters", "faced", "faces", "provoked", "provokes"]
    /// Nouns of a favourable reception.
    static let receptionSupportNouns: Set<String> = ["acceptance", "support", "favor", "favour", "approval", "following", "endorsement", "recognition",
        "sympathy", "adherents", "supporters", "backing", "credence", "traction", "acclaim", "assent"]
    /// Nouns of a hostile reception.
    static let receptionOppositionNouns: Set<String> = ["opposition", "resistance", "criticism", "criticisms", "hostility", "rejection", "skepticism",
        "scepticism", "objections", "condemnation", "disapproval", "ridicule", "scorn", "derision"]
    /// Quantifiers that turn a favourable reception into its lack.
    static let receptionLackWords: Set<String> = ["no", "little", "scant", "few", "limited", "scarcely", "hardly", "any"]

    /// The range of the reception phrase that verb `k` opens, with its kind and its audience
    /// ("found no acceptance by the scientific community": the community, against), or nil.
    func reception(at k: Int, in s: Sentence) -> (audience: Int, kind: EdgeKind?, end: Int)? {
        let r = s.tokens
        guard Self.receptionVerbs.contains(lower(k)), !inQuote(k), k + 3 < r.upperBound else { return nil }
        var n = k + 1
        if lower(n) == "with" { n += 1 }
        var lack = false
        var mods = 0
        while n < r.upperBound, mods < 3, toks[n].isWord, !toks[n].isCapitalized,
              !Self.receptionSupportNouns.contains(lower(n)), !Self.receptionOppositionNouns.contains(lower(n)) {
            if Self.receptionLackWords.contains(lower(n)) { lack = true }
            n += 1
            mods += 1
        }
        guard n + 2 < r.upperBound else { return nil }
        let support = Self.receptionSupportNouns.contains(lower(n))
        guard support || Self.receptionOppositionNouns.contains(lower(n)) else { return nil }
        var p = n + 1
        guard ["by", "in", "among", "from", "with", "within", "amongst"].contains(lower(p)) else { return nil }
        p += 1
        while p < r.upperBound && isIn(.determiners, p) { p += 1 }
        guard let m = mentions[s.index].first(where: { $0.tokens.lowerBound == p || ($0.tokens.lowerBound < p && $0.tokens.upperBound > p) }),
              let audience = m.actor, m.form != .pronoun, !m.possessive, registry.actors[audience].category != .place else { return nil }
        let negated = tokenSpan(max(r.lowerBound, k - 3), k).contains { isIn(.negations, $0) }
        let kind: EdgeKind? = support ? (lack || negated ? .conflict : .agreement) : (lack || negated ? nil : .conflict)
        return (audience, kind, m.tokens.upperBound)
    }

    /// Rule "reception": "his speculations found no acceptance by the scientific community",
    /// "Einstein's use of the word “aether” found little support in the scientific community",
    /// "Darwin's theory gained wide acceptance among naturalists": the audience holds the
    /// reception, and is with (or against) the idea's owner, named by a possessive in the
    /// subject or as the subject.
    mutating func receptions(in s: Sentence) {
        let r = s.tokens
        for k in r where Self.receptionVerbs.contains(lower(k)) && k > r.lowerBound {
            guard let rc = reception(at: k, in: s), !inAnyPosition(k, sentence: s.index) else { continue }
            // The clause's subject: from the last clause boundary before the verb.
            let clauseStart = tokenSpan(r.lowerBound, k).last(where: { [",", ";", ":"].contains(toks[$0].text) || ["and", "but", "so", "which", "that"].contains(lower($0)) }).map { $0 + 1 } ?? r.lowerBound
            // ("have concerns that the theory has gained undeserved credence among
            // non-scientists": a reception inside someone's claim is theirs.)
            if clauseStart > r.lowerBound, lower(clauseStart - 1) == "that" { continue }
            let owners: [Int]
            if let pm = mentions[s.index].last(where: { $0.tokens.lowerBound >= clauseStart && $0.tokens.upperBound <= k && $0.possessive && $0.actor != nil }) {
                owners = [pm.actor!]
            } else if let sub = subject(before: k, in: s), sub.start >= clauseStart {
                owners = sub.actors
            } else {
                owners = []
            }
            addPosition([rc.audience], k..<contentEnd(from: k + 1, in: s), sentence: s.index, rule: "reception")
            if let kind = rc.kind, !owners.isEmpty, !owners.contains(rc.audience) {
                relate(kind, [rc.audience], owners, cue: k..<rc.end, s: s, rule: "reception")
            }
        }
    }
}
