import ArgMapGraph
import ArgMapText

/// Rules for stances that are not stated with a reporting verb: adjectives ("were unwilling
/// to"), nouns ("the refusal of X to", "French opposition", "House's assent"), ideas owned by
/// an actor ("opposed the idea of continental drift"), the author's own evaluations
/// ("correctly equated", "It is now known that"), and enumerated grounds ("First, ...").
extension ExtractionRun {
    static let prepositions: Set<String> = ["to", "in", "of", "that", "about", "with", "toward", "towards", "on", "for", "at"]
    static let adverbs: Set<String> = ["also", "still", "very", "not", "never", "deeply", "strongly", "privately", "publicly", "openly", "increasingly", "initially", "always", "clearly", "more", "less", "far", "quite", "highly", "so", "too", "equally", "particularly", "especially", "fiercely", "bitterly", "firmly", "entirely", "largely", "generally", "now", "then", "already", "even", "all", "both"]

    func inAnyPosition(_ k: Int, sentence: Int) -> Bool {
        positionContaining(k) != nil
    }

    // MARK: Adjectives

    /// Rule "stance-adjective": "the Allied leaders were unwilling to accept the offer",
    /// "Lloyd George remained interested in ...", "X was sympathetic to Y's offer".
    mutating func adjectiveStances(in s: Sentence) {
        let r = s.tokens
        let adjectives = words.stanceAdjectives
        for k in r where adjectives.contains(lower(k)) && !inQuote(k) && k + 1 < r.upperBound {
            guard Self.prepositions.contains(lower(k + 1)) else { continue }
            var c = k - 1
            while c > r.lowerBound && Self.adverbs.contains(lower(c)) { c -= 1 }
            guard c >= r.lowerBound, words.copulas.contains(lower(c)) else { continue }
            guard let sub = subject(before: c, in: s) else { continue }
            let negated = (c..<k).contains { Self.negations.contains(lower($0)) }
            let start = negated ? (c + 1..<k).first { Self.negations.contains(lower($0)) }! : k
            // Inside a claim already found ("assured Bullitt that he was sympathetic to ...") the
            // stance adds no position, but its relation still stands.
            if !inAnyPosition(k, sentence: s.index) {
                addPosition(sub.actors, sub.start..<contentEnd(from: k + 1, in: s), sentence: s.index, rule: "stance-adjective", labelFrom: start)
            }
            // With an actor (or an actor's proposal) as object: a relation.
            let pos = words.agreementAdjectives.contains(lower(k)), neg = words.conflictAdjectives.contains(lower(k))
            guard (pos || neg) && !negated else { continue }
            if let m = mentions[s.index].first(where: { $0.tokens.lowerBound > k + 1 && $0.tokens.lowerBound <= k + 4 && $0.actor != nil && $0.form != .pronoun }) {
                relate(pos ? .agreement : .conflict, sub.actors, [m.actor!], cue: k..<(k + 2), s: s, rule: "stance-adjective")
            }
        }
    }

    /// Rule "directive": "House encouraged Bullitt to secure a promise ...", "Lansing only
    /// authorized him to report on ...": the one who urges holds what is urged.
    mutating func directives(in s: Sentence) {
        let r = s.tokens
        let forms = Self.directiveForms
        for k in r where forms[lower(k)] != nil && !inQuote(k) && k > r.lowerBound {
            if Self.determiners.contains(lower(k - 1)) || lower(k - 1) == "to" { continue }
            if inAnyPosition(k, sentence: s.index) { continue }
            // The object, then "to": "encouraged Bullitt to", "authorized him to", "called on X to".
            var o = k + 1
            if lower(k) .hasPrefix("call") { guard o < r.upperBound, lower(o) == "on" || lower(o) == "upon" else { continue }; o += 1 }
            guard let m = mentions[s.index].first(where: { $0.tokens.lowerBound == o || ($0.tokens.lowerBound == o + 1 && ["the", "a"].contains(lower(o))) }),
                  m.tokens.upperBound + 1 < r.upperBound, lower(m.tokens.upperBound) == "to", toks[m.tokens.upperBound + 1].isWord else { continue }
            guard let sub = subject(before: k, in: s), !sub.actors.contains(m.actor ?? -1) else { continue }
            if (sub.start..<k).contains(where: { Self.negations.contains(lower($0)) }) { continue }
            addPosition(sub.actors, sub.start..<contentEnd(from: m.tokens.upperBound + 1, in: s), sentence: s.index, rule: "directive",
                        labelFrom: max(sub.start, (sub.start..<k).first(where: { !toks[$0].isWord || Self.adverbs.contains(lower($0)) }) ?? k))
        }
    }

    // MARK: Nouns

    /// Rule "stance-noun": "the unwillingness of Russian anti-Bolsheviks to attend", "X's
    /// refusal to ...", "the insistence of X that ...": the owner holds the stance.
    mutating func nominalStances(in s: Sentence) {
        let r = s.tokens
        let nouns = words.stanceNouns
        for k in r where nouns.contains(lower(k)) && !inQuote(k) {
            if inAnyPosition(k, sentence: s.index) { continue }
            var owner: Int? = nil
            var contentFrom = k + 1
            if k + 2 < r.upperBound, ["of", "from", "by"].contains(lower(k + 1)),
               let m = mentions[s.index].first(where: { ($0.tokens.lowerBound == k + 2 || ($0.tokens.lowerBound == k + 3 && lower(k + 2) == "the")) && $0.actor != nil && $0.form != .pronoun }),
               m.tokens.upperBound < r.upperBound, ["to", "that"].contains(lower(m.tokens.upperBound)) {
                owner = m.actor
                contentFrom = m.tokens.upperBound
            } else if let m = mentions[s.index].first(where: { $0.possessive && $0.actor != nil && ($0.tokens.upperBound == k || $0.tokens.upperBound == k - 1) }),
                      k + 1 < r.upperBound, ["to", "that"].contains(lower(k + 1)) {
                owner = m.actor
            }
            guard let o = owner else { continue }
            addPosition([o], k..<contentEnd(from: contentFrom, in: s), sentence: s.index, rule: "stance-noun")
        }
    }

    /// The actor an adjective of a people or camp stands for ("French" -> the French,
    /// "Allied" -> the Allies): an actor whose name starts with the same stem, else a new
    /// group actor named by the word.
    mutating func actorForAdjective(_ k: Int, sentence: Int) -> Int? {
        let w = lower(k)
        guard words.demonyms.contains(w), toks[k].isCapitalized || w == "union" else { return nil }
        let stem = String(w.prefix(4))
        if let a = registry.actors.indices.first(where: { i in
            let rec = registry.actors[i]
            return !rec.author && rec.aliases.keys.contains { $0.lowercased().split(separator: " ").first.map { $0.hasPrefix(stem) && $0.count <= w.count + 3 } ?? false }
        }) {
            return a
        }
        let idx = registry.actors.count
        registry.actors.append(ActorRecord(canonical: toks[k].text, aliases: [toks[k].text: 1], category: .group,
                                           mentions: [(sentence, toks[k].start, toks[k].end)]))
        return idx
    }

    /// The subject of the main clause of a sentence that opens with "Despite ...,", "In spite
    /// of ...,": the first actor after the opening phrase's comma.
    func mainClauseSubject(_ s: Sentence, after k: Int) -> [Int] {
        guard let comma = (k..<s.tokens.upperBound).first(where: { toks[$0].text == "," && !inQuote($0) }) else { return [] }
        var v = comma + 1
        while v < s.tokens.upperBound && !(reportForms[lower(v)] != nil || stanceForms[lower(v)] != nil || conflictForms[lower(v)] != nil || agreementForms[lower(v)] != nil || words.copulas.contains(lower(v)) || lower(v).hasSuffix("ed")) { v += 1 }
        if v < s.tokens.upperBound, let sub = subject(before: v, in: s), sub.start > comma { return sub.actors }
        return mentions(in: (comma + 1)..<s.tokens.upperBound, sentence: s.index).first.map { [$0.actor!] } ?? []
    }

    /// Rule "opposition-noun": "In spite of fierce French opposition, Wilson ...", "faced Allied
    /// resistance", "X's objections to Y" (conflict); "secured House's assent", "won the backing
    /// of X" (agreement).
    mutating func nounRelations(in s: Sentence) {
        let r = s.tokens
        let opp = words.oppositionNouns, assent = words.assentNouns
        let winVerbs: Set<String> = ["secured", "won", "received", "gained", "obtained", "earned", "enjoyed", "had", "sought", "secure", "win", "receive", "gain", "obtain", "earn", "seek", "faced", "met", "encountered", "drew", "provoked", "sparked", "overcame", "face", "meet", "encounter", "draw", "provoke", "spark", "overcome", "ignored", "ignore", "defied", "defy"]
        for k in r where (opp.contains(lower(k)) || assent.contains(lower(k))) && !inQuote(k) {
            let kind: EdgeKind = opp.contains(lower(k)) ? .conflict : .agreement
            // Whose opposition or assent.
            var from: [Int] = []
            if let m = mentions[s.index].first(where: { $0.possessive && $0.actor != nil && ($0.tokens.upperBound == k || $0.tokens.upperBound == k - 1) }) {
                from = [m.actor!]
            } else if let adj = [k - 1, k - 2].first(where: { $0 >= r.lowerBound && words.demonyms.contains(lower($0)) && toks[$0].isCapitalized }) {
                if let a = actorForAdjective(adj, sentence: s.index) { from = [a] }
            } else if k + 2 < r.upperBound, ["of", "from", "by"].contains(lower(k + 1)),
                      let m = mentions[s.index].first(where: { ($0.tokens.lowerBound == k + 2 || ($0.tokens.lowerBound == k + 3 && lower(k + 2) == "the")) && $0.actor != nil && $0.form != .pronoun }) {
                from = [m.actor!]
            }
            guard !from.isEmpty else { continue }
            // Against or for whom.
            var to: [Int] = []
            let opener = (r.lowerBound..<k).contains { ["despite"].contains(lower($0)) } ||
                (k >= r.lowerBound + 2 && (r.lowerBound..<k).contains { lower($0) == "spite" })
            if opener {
                to = mainClauseSubject(s, after: k)
            } else if let v = (max(r.lowerBound, k - 4)..<k).last(where: { winVerbs.contains(lower($0)) }), let sub = subject(before: v, in: s) {
                to = sub.actors
            } else if k + 2 < r.upperBound, ["to", "against", "for"].contains(lower(k + 1)),
                      let m = mentions[s.index].first(where: { $0.tokens.lowerBound >= k + 2 && $0.tokens.lowerBound <= k + 3 && $0.actor != nil }) {
                to = [m.actor!]
            }
            to.removeAll { from.contains($0) }
            guard !to.isEmpty else { continue }
            relate(kind, from, to, cue: max(r.lowerBound, k - 1)..<(k + 1), s: s, rule: kind == .conflict ? "opposition-noun" : "assent-noun")
        }
    }

    // MARK: Ideas and their owners

    /// The actor an idea belongs to: the one most often named (pronouns included) in the
    /// sentences that speak of it, at least twice and more than any other.
    mutating func ideaOwner(_ terms: [String], excluding: Set<Int>) -> Int? {
        let t = terms.filter { $0.count > 2 && !MentionFinder.stop.contains($0) }
        guard !t.isEmpty else { return nil }
        let key = t.joined(separator: " ") + "|" + excluding.sorted().map(String.init).joined(separator: ",")
        if let cached = ideaOwners[key] { return cached }
        let owner = computeIdeaOwner(t, excluding: excluding)
        ideaOwners[key] = owner
        return owner
    }

    func computeIdeaOwner(_ t: [String], excluding: Set<Int>) -> Int? {
        var counts: [Int: Int] = [:]
        var first: [Int: Int] = [:]
        // The sentences that hold every term (compared by lower-case form number, which is
        // the same test as comparing the lower-case strings).
        let ids = t.map { doc.tokens.lowerID(of: $0) }
        for s in doc.sentences {
            guard ids.allSatisfy({ id in id.map { id in s.tokens.contains { doc.tokens.lowerID($0) == id } } ?? false }) else { continue }
            for a in Set(mentions[s.index].compactMap(\.actor)) where !excluding.contains(a) && registry.actors[a].category != .place && !registry.actors[a].author
                && !t.allSatisfy({ term in registry.actors[a].aliases.keys.contains { $0.lowercased().contains(term) } }) {
                counts[a, default: 0] += 1
                if first[a] == nil { first[a] = s.index }
            }
        }
        // Most sentences first; on a tie, the one who spoke of it first (the proponent is
        // usually introduced before those who take the idea up or attack it).
        let ranked = counts.sorted { ($0.value, -first[$0.key]!) > ($1.value, -first[$1.key]!) }
        guard let best = ranked.first, best.value >= 2 else { return nil }
        return best.key
    }

    /// The content words naming an idea after a verb: "the idea of continental drift" ->
    /// ["continental", "drift"].
    func ideaTerms(from k: Int, in s: Sentence) -> [String] {
        var i = k
        let end = s.tokens.upperBound
        while i < end && Self.determiners.contains(lower(i)) { i += 1 }
        if i + 1 < end && words.ideaNouns.contains(lower(i)) && lower(i + 1) == "of" { i += 2 }
        while i < end && Self.determiners.contains(lower(i)) { i += 1 }
        var terms: [String] = []
        while i < end && terms.count < 3 && toks[i].isWord && !Self.prepositions.contains(lower(i)) && !["and", "or", "but", "which", "who", "was", "were", "is", "are", "at", "from", "by"].contains(lower(i)) {
            terms.append(lower(i)); i += 1
        }
        return terms
    }

    /// Rule "idea-owner": "Stille and Kober opposed the idea of continental drift" sets them
    /// against the actor the idea belongs to; "Holmes championed the theory of ..." with it.
    mutating func ideaRelations(in s: Sentence) {
        let r = s.tokens
        for k in r where !inQuote(k) {
            let w = lower(k)
            var isConflict = conflictForms[w] != nil
            let isAgree = agreementForms[w] != nil || ["championed", "championing", "champions", "advocated", "favoured", "favored"].contains(w)
            // "was studied by X and found to be implausible": a judgement by X.
            if !isConflict && !isAgree && w.hasSuffix("ed") && k + 1 < r.upperBound && lower(k + 1) == "by",
               r.contains(where: { words.faultWords.contains(lower($0)) || Self.faultPredicates.contains(lower($0)) }) {
                isConflict = true
            }
            guard isConflict || isAgree else { continue }
            let passive = k > r.lowerBound && words.copulas.contains(lower(k - 1)) || (k > r.lowerBound + 1 && words.copulas.contains(lower(k - 2)) && Self.adverbs.contains(lower(k - 1)))
            var subjects: [Int] = []
            var terms: [String] = []
            if passive {
                // "the theory of X was rejected by Y"
                guard k + 1 < r.upperBound, lower(k + 1) == "by",
                      let m = mentions[s.index].first(where: { $0.tokens.lowerBound > k + 1 && $0.tokens.lowerBound <= k + 5 && $0.actor != nil && $0.form != .pronoun }) else { continue }
                subjects = [m.actor!]
                let clauseStart = (r.lowerBound..<k).last(where: { [";", ":", ",", "—", "–"].contains(toks[$0].text) }).map { $0 + 1 } ?? r.lowerBound
                guard let n = (clauseStart..<k).first(where: { words.ideaNouns.contains(lower($0)) }) else { continue }
                if mentions(in: clauseStart..<k, sentence: s.index).contains(where: { $0.actor != nil && registry.actors[$0.actor!].category != .place }) { continue }
                terms = ideaTerms(from: n, in: s)
                // "The Polflucht hypothesis": the words before the noun name it.
                if terms.isEmpty || lower(n + 1) != "of" {
                    terms = (clauseStart..<n).filter { toks[$0].isWord && !Self.determiners.contains(lower($0)) && !MentionFinder.stop.contains(lower($0)) }.map { lower($0) }
                }
            } else {
                if k > r.lowerBound && (Self.determiners.contains(lower(k - 1)) || lower(k - 1) == "to") { continue }
                guard let sub = subject(before: k, in: s) else { continue }
                if (sub.start..<k).contains(where: { Self.negations.contains(lower($0)) }) { continue }
                var o = k + 1
                while o < r.upperBound && Self.determiners.contains(lower(o)) { o += 1 }
                // An actor object is the verb-object rule's business.
                if mentions[s.index].contains(where: { $0.tokens.lowerBound == o && $0.actor != nil }) { continue }
                subjects = sub.actors
                terms = ideaTerms(from: k + 1, in: s)
            }
            guard !terms.isEmpty, let owner = ideaOwner(terms, excluding: Set(subjects)) else { continue }
            relate(isConflict ? .conflict : .agreement, subjects, [owner], cue: k..<(k + 1), s: s, rule: "idea-owner")
        }
    }

    // MARK: The author's voice

    /// Rule "author-evaluation": "Bernauer correctly equated ..." (the author agrees with
    /// Bernauer), "X wrongly assumed" (disagrees), "not as fast as X believed" (disagrees),
    /// and sentences in the author's voice ("It is now known that ...", "ironically").
    mutating func authorEvaluations(in s: Sentence) {
        let r = s.tokens
        let own = hasPosition(homedIn: s.index)
        // "X correctly/wrongly VERBed".
        for k in r where !inQuote(k) {
            let w = lower(k)
            let pos = words.agreementAdverbs.contains(w), neg = words.conflictAdverbs.contains(w)
            guard pos || neg, k + 1 < r.upperBound, toks[k + 1].isWord else { continue }
            guard let m = mention(endingAt: k - 1, sentence: s.index), let x = m.actor else { continue }
            // Inside someone's claim the judgement is theirs ("argues that the courts properly
            // applied ..."); in the narration it is the author's.
            let holders = positionContaining(k)?.holders ?? [author(s.index)]
            relate(pos ? .agreement : .conflict, holders, [x], cue: k..<(k + 2), s: s, rule: "author-evaluation")
        }
        // "not as fast as X believed".
        for k in r where lower(k) == "as" && !inQuote(k) && k + 2 < r.upperBound {
            guard let m = mentions[s.index].first(where: { $0.tokens.lowerBound == k + 1 && $0.actor != nil }),
                  m.tokens.upperBound < r.upperBound, reportForms[lower(m.tokens.upperBound)] != nil,
                  (max(r.lowerBound, k - 5)..<k).contains(where: { lower($0) == "not" }) else { continue }
            relate(.conflict, [author(s.index)], [m.actor!], cue: (max(r.lowerBound, k - 5))..<(m.tokens.upperBound + 1), s: s, rule: "author-evaluation")
        }
        // "was implausibly high": the author's judgement beside the claim it judges.
        if own, let adv = r.first(where: { words.authorAdverbs.contains(lower($0)) && !inQuote($0) && !words.agreementAdverbs.contains(lower($0)) && !words.conflictAdverbs.contains(lower($0)) || (lower($0) == "implausibly") }),
           adv > r.lowerBound, words.copulas.contains(lower(adv - 1)) {
            addPosition([author(s.index)], (adv - 1)..<contentEnd(from: adv, in: s), sentence: s.index, rule: "author-evaluation")
        }
        guard !own else { return }
        // A sentence in the author's own voice.
        let openers = lex.authorOpeners.map { split($0) }
        let opens = openers.contains { w in w.count <= r.count && (0..<w.count).allSatisfy { lower(r.lowerBound + $0) == w[$0] } }
        let evaluative = r.contains { words.authorAdverbs.contains(lower($0)) && !inQuote($0) }
        guard opens || evaluative else { return }
        addPosition([author(s.index)], r.lowerBound..<contentEnd(from: r.lowerBound + 1, in: s), sentence: s.index, rule: "author-evaluation")
    }

    // MARK: Enumerated grounds

    /// Rule "enumerated-grounds": "... was rejected by Scheidegger on the following grounds."
    /// followed by paragraphs opening "First, ...", "Second, ...": each is the holder's claim.
    mutating func enumeratedGrounds() {
        let cues = lex.groundsCues.map { split($0) }
        for s in doc.sentences {
            guard cues.contains(where: { find($0, in: s.tokens) != nil }) else { continue }
            var holder: Int? = holdersBySentence[s.index]?.last
            if holder == nil, let by = s.tokens.first(where: { lower($0) == "by" }),
               let m = mentions[s.index].first(where: { $0.tokens.lowerBound > by && $0.tokens.lowerBound <= by + 4 && $0.actor != nil }) {
                holder = m.actor
            }
            guard let h = holder else { continue }
            var si = s.index + 1
            var para = -1
            while si < doc.sentences.count {
                let t = doc.sentences[si]
                if t.paragraph != para {
                    guard words.ordinalOpeners.contains(lower(t.tokens.lowerBound)) else { break }
                    para = t.paragraph
                }
                var from = t.tokens.lowerBound
                if words.ordinalOpeners.contains(lower(from)), from + 1 < t.tokens.upperBound, toks[from + 1].text == "," { from += 2 }
                if !inAnyPosition(from, sentence: si) {
                    addPosition([h], from..<contentEnd(from: from, in: t), sentence: si, rule: "enumerated-grounds")
                }
                si += 1
            }
        }
    }
}

extension ExtractionRun {
    static let faultVerbs: Set<String> = ["fail", "fails", "failed", "err", "errs", "erred", "overlook", "overlooks", "overlooked", "ignore", "ignores", "ignored", "misread", "misreads", "misconstrue", "misconstrues", "misconstrued", "disregard", "disregards", "disregarded", "neglect", "neglects", "neglected", "misapply", "misapplies", "misapplied", "misunderstand", "misunderstands", "misunderstood", "conflate", "conflates", "conflated"]
    static let faultPredicates: Set<String> = ["wrong", "mistaken", "flawed", "erroneous", "untenable", "unpersuasive", "incorrect", "misplaced", "unfounded", "unconvincing", "implausible", "inconsistent", "baseless", "groundless", "dangerous", "mischievous", "indefensible", "unsound"]
    static let praisePredicates: Set<String> = ["correct", "right", "sound", "persuasive", "convincing", "well-founded", "compelling", "accurate", "justified", "plausible"]
    static let judgedNouns: Set<String> = ["conclusion", "conclusions", "reasoning", "decision", "opinion", "ruling", "holding", "premise", "premises", "approach", "argument", "arguments", "analysis", "view", "views", "theory", "claim", "claims", "position", "findings", "finding", "interpretation", "logic", "estimate", "judgment", "judgement", "assumption", "assumptions", "proposal", "policy"]

    /// Rule "view-critique": "The conclusions of the Court of Errors ... fail to take sufficient
    /// account of ...", "X's reasoning is flawed": the narrator sets itself against X (and
    /// holds the judgement); "X's argument is persuasive": with X.
    mutating func viewCritiques(in s: Sentence) {
        let r = s.tokens
        for k in r where Self.judgedNouns.contains(lower(k)) && !inQuote(k) {
            // Whose view: "X's conclusions" or "the conclusions of X".
            var owner: Int? = nil
            var after = k + 1
            if let m = mentions[s.index].first(where: { $0.possessive && $0.actor != nil && $0.form != .pronoun && ($0.tokens.upperBound == k || $0.tokens.upperBound == k - 1) }) {
                owner = m.actor
            } else if k + 2 < r.upperBound, lower(k + 1) == "of",
                      let m = mentions[s.index].first(where: { ($0.tokens.lowerBound == k + 2 || ($0.tokens.lowerBound == k + 3 && lower(k + 2) == "the")) && $0.actor != nil && $0.form != .pronoun }) {
                owner = m.actor
                after = m.tokens.upperBound
            }
            guard let x = owner, registry.actors[x].category != .place else { continue }
            // Skip a parenthetical ", tested by the federal standard,".
            if after < r.upperBound && toks[after].text == "," {
                guard let close = (after + 1..<min(r.upperBound, after + 12)).first(where: { toks[$0].text == "," }) else { continue }
                after = close + 1
            }
            var v = after
            while v < r.upperBound && Self.adverbs.contains(lower(v)) { v += 1 }
            guard v < r.upperBound else { continue }
            var kind: EdgeKind? = nil
            if Self.faultVerbs.contains(lower(v)) { kind = .conflict }
            else if words.copulas.contains(lower(v)) {
                var a = v + 1
                while a < r.upperBound && (Self.adverbs.contains(lower(a)) || ["a", "an", "the"].contains(lower(a))) { a += 1 }
                let negated = (v..<a).contains { Self.negations.contains(lower($0)) }
                if a < r.upperBound {
                    if Self.faultPredicates.contains(lower(a)) { kind = negated ? nil : .conflict }
                    else if Self.praisePredicates.contains(lower(a)) { kind = negated ? .conflict : .agreement }
                }
            }
            guard let kind else { continue }
            let narrator = holdersBySentence[s.index]?.last ?? author(s.index)
            guard narrator != x else { continue }
            if !hasPosition(homedIn: s.index) {
                addPosition([narrator], r.lowerBound..<contentEnd(from: r.lowerBound + 1, in: s), sentence: s.index, rule: "view-critique")
            }
            relate(kind, [narrator], [x], cue: k..<min(r.upperBound, v + 2), s: s, rule: "view-critique")
        }
    }

    /// Rule "membership": "Cloos was also a fixist" puts Cloos with the fixists.
    mutating func memberships(in s: Sentence) {
        let r = s.tokens
        for g in mentions[s.index] where g.form == .group && g.actor != nil {
            var c = g.tokens.lowerBound - 1
            guard c > r.lowerBound, ["a", "an"].contains(lower(c)) || (c >= r.lowerBound + 2 && lower(c) == "the" && lower(c - 1) == "of" && lower(c - 2) == "one") else { continue }
            c -= lower(c) == "the" ? 3 : 1
            while c > r.lowerBound && Self.adverbs.contains(lower(c)) { c -= 1 }
            guard c >= r.lowerBound, words.copulas.contains(lower(c)), let sub = subject(before: c, in: s) else { continue }
            if (sub.start..<c).contains(where: { Self.negations.contains(lower($0)) }) { continue }
            relate(.agreement, sub.actors, [g.actor!], cue: c..<g.tokens.upperBound, s: s, rule: "membership")
        }
    }

    static let againstRoles: Set<String> = ["critic", "critics", "opponent", "opponents", "detractor", "detractors", "foe", "foes", "rival", "rivals", "adversary", "adversaries", "enemy", "enemies", "challenger"]
    static let withRoles: Set<String> = ["supporter", "supporters", "ally", "allies", "defender", "defenders", "champion", "advocate", "advocates", "follower", "followers", "disciple", "disciples", "admirer", "admirers", "friend", "proponent", "proponents", "protégé", "protege", "associate", "partner"]

    /// Rule "role-of": "Smith, a critic of Jones," / "Smith was an ally of Jones": the role
    /// puts Smith against (or with) Jones.
    mutating func roles(in s: Sentence) {
        let r = s.tokens
        for k in r where !inQuote(k) && (Self.againstRoles.contains(lower(k)) || Self.withRoles.contains(lower(k))) {
            guard k + 2 < r.upperBound, lower(k + 1) == "of",
                  let y = mentions[s.index].first(where: { ($0.tokens.lowerBound == k + 2 || ($0.tokens.lowerBound == k + 3 && lower(k + 2) == "the")) && $0.actor != nil && $0.form != .pronoun })?.actor else { continue }
            var b = k - 1
            while b > r.lowerBound && (Self.adverbs.contains(lower(b)) || ["a", "an", "the", "leading", "fierce", "staunch", "vocal", "longtime", "close", "strong", "prominent", "harsh", "bitter", "outspoken", "loyal", "early", "chief", "main", "frequent", "one"].contains(lower(b))) { b -= 1 }
            var x: [Int] = []
            if b >= r.lowerBound, words.copulas.contains(lower(b)), let sub = subject(before: b, in: s) {
                x = sub.actors
            } else if b >= r.lowerBound + 1, toks[b].text == ",", let m = mention(endingAt: b - 1, sentence: s.index), let a = m.actor, m.form != .pronoun {
                x = [a]
            }
            x.removeAll { $0 == y }
            guard !x.isEmpty else { continue }
            relate(Self.againstRoles.contains(lower(k)) ? .conflict : .agreement, x, [y], cue: k..<(k + 2), s: s, rule: "role-of")
        }
    }

    /// Rule "bare-disagreement": "We disagree.", "Smith agreed." with nothing after: against
    /// (or with) the one whose view was just given.
    mutating func bareAgreement(in s: Sentence) {
        let r = s.tokens
        for k in r where ["disagree", "disagrees", "disagreed", "agree", "agrees", "agreed", "dissent", "dissents", "dissented", "concur", "concurs", "concurred", "differ", "differed", "clashed", "quarrelled", "quarreled", "argued"].contains(lower(k)) && !inQuote(k) {
            // "Smith and Jones disagreed over ...": the two against each other.
            if let sub = subject(before: k, in: s), sub.actors.count >= 2, k + 1 < r.upperBound,
               ["over", "about", "on", "sharply", "strongly", "bitterly", "publicly", "openly", "."].contains(lower(k + 1)),
               !(sub.start..<k).contains(where: { Self.negations.contains(lower($0)) }),
               lower(k) != "argued" || ["over", "about"].contains(lower(k + 1)) {
                let kind: EdgeKind = ["agree", "agrees", "agreed", "concur", "concurs", "concurred"].contains(lower(k)) ? .agreement : .conflict
                for i in sub.actors.indices { for j in sub.actors.indices where i < j {
                    relate(kind, [sub.actors[i]], [sub.actors[j]], cue: k..<(k + 1), s: s, rule: "coordinated-disagreement")
                } }
                continue
            }
            if ["differ", "differed", "clashed", "quarrelled", "quarreled", "argued"].contains(lower(k)) { continue }
            var e = k + 1
            while e < r.upperBound && Self.adverbs.contains(lower(e)) { e += 1 }
            guard e >= r.upperBound || (toks[e].kind == .punct && [".", ";"].contains(toks[e].text)) else { continue }
            guard let sub = subject(before: k, in: s) else { continue }
            if (sub.start..<k).contains(where: { Self.negations.contains(lower($0)) }) { continue }
            let prev = previousHolders(before: s.index, excluding: Set(sub.actors))
            let kind: EdgeKind = ["agree", "agrees", "agreed", "concur", "concurs", "concurred"].contains(lower(k)) ? .agreement : .conflict
            relate(kind, sub.actors, prev, cue: k..<(k + 1), s: s, rule: "bare-disagreement")
        }
    }

    /// Rule "refusal-object": "refused to recognize the petitioner's claim" sets the subject
    /// against the owner; and a passive verdict on an actor's claim inside someone's position
    /// ("the petitioner's claim ... should have been upheld") sets the holder with (or against)
    /// that actor.
    mutating func refusalsAndVerdicts(in s: Sentence) {
        let r = s.tokens
        let accept: Set<String> = ["recognize", "recognise", "accept", "honor", "honour", "uphold", "acknowledge", "approve", "endorse", "support", "grant"]
        for k in r where ["refused", "refuses", "refuse", "declined", "declines", "decline", "failed", "fails"].contains(lower(k)) && !inQuote(k) {
            guard k + 2 < r.upperBound, lower(k + 1) == "to", accept.contains(lower(k + 2)), let sub = subject(before: k, in: s) else { continue }
            guard let m = mentions[s.index].first(where: { $0.tokens.lowerBound > k + 2 && $0.tokens.lowerBound <= k + 5 && $0.actor != nil && $0.form != .pronoun }) else { continue }
            relate(.conflict, sub.actors, [m.actor!], cue: k..<(k + 3), s: s, rule: "refusal-object")
        }
        let upheld: Set<String> = ["upheld", "sustained", "granted", "accepted", "recognized", "recognised", "honored", "honoured", "vindicated"]
        let rejected: Set<String> = ["rejected", "denied", "dismissed", "overruled", "refused", "reversed", "struck"]
        for k in r where (upheld.contains(lower(k)) || rejected.contains(lower(k))) && !inQuote(k) && k > r.lowerBound {
            guard ["been", "be", "was", "were", "is", "are"].contains(lower(k - 1)) else { continue }
            if k + 1 < r.upperBound && lower(k + 1) == "by" { continue }
            guard let p = positionContaining(k) else { continue }
            let clauseStart = (p.tokens.lowerBound..<k).last(where: { [";", ":", "(", ")"].contains(toks[$0].text) }) ?? p.tokens.lowerBound
            guard let m = mentions[s.index].first(where: { $0.possessive && $0.actor != nil && $0.form != .pronoun && $0.tokens.lowerBound > clauseStart && $0.tokens.upperBound < k }) else { continue }
            let negated = (max(clauseStart, k - 4)..<k).contains { Self.negations.contains(lower($0)) }
            var kind: EdgeKind = upheld.contains(lower(k)) ? .agreement : .conflict
            if negated { kind = kind == .agreement ? .conflict : .agreement }
            relate(kind, p.holders, [m.actor!], cue: (k - 1)..<(k + 1), s: s, rule: "verdict-on-claim")
        }
    }
}
