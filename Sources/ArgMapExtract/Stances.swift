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

    /// Stance adjectives of feeling, whose cause may follow "by" ("outraged by", "alarmed by").
    static let feelingAdjectives: Set<String> = ["outraged", "alarmed", "shocked", "appalled", "dismayed", "disappointed", "concerned", "worried",
        "troubled", "frustrated", "upset", "incensed", "pleased", "satisfied", "angered", "offended", "encouraged", "heartened", "disturbed"]

    /// Rule "stance-adjective": "the Allied leaders were unwilling to accept the offer",
    /// "Lloyd George remained interested in ...", "X was sympathetic to Y's offer".
    mutating func adjectiveStances(in s: Sentence) {
        let r = s.tokens
        for k in r where isIn(.stanceAdjectives, k) && !inQuote(k) && k + 1 < r.upperBound {
            // "X was wrong." closes its clause; other stances need their object.
            let judgement = ["right", "wrong", "wise", "unwise", "correct", "mistaken"].contains(lower(k))
            // ("were outraged by the nationalization": a feeling takes its cause with "by".)
            let byCause = lower(k + 1) == "by" && Self.feelingAdjectives.contains(lower(k))
            guard isIn(.prepositions, k + 1) || byCause || (judgement && [".", ",", ";", "!"].contains(toks[k + 1].text)) else { continue }
            var c = k - 1
            while c > r.lowerBound && isIn(.adverbs, c) { c -= 1 }
            // "Being sceptical of Cullen's theory ..., Hahnemann ingested some bark": an opening
            // "being" phrase is the stance of the main clause's subject.
            var opening: (actors: [Int], start: Int)? = nil
            if c == r.lowerBound, lower(c) == "being",
               let comma = tokenSpan(k + 2, min(r.upperBound, k + 30)).first(where: { toks[$0].text == "," && !inQuote($0) }),
               let m = mentions[s.index].first(where: { $0.tokens.lowerBound > comma && $0.tokens.lowerBound <= comma + 3 && $0.actor != nil && !$0.possessive }) {
                opening = ([m.actor!], r.lowerBound)
            }
            guard c >= r.lowerBound, isIn(.copulas, c) || opening != nil else { continue }
            guard let sub = opening ?? subject(before: c, in: s) else { continue }
            // ("asked Bullitt if he would be willing to lead": a question put to someone is no
            // stance of theirs.)
            if sub.start > r.lowerBound, ["if", "whether"].contains(lower(sub.start - 1)) { continue }
            let negated = (c..<k).contains { isIn(.negations, $0) }
            let start = negated ? (c + 1..<k).first { isIn(.negations, $0) }! : k
            // "X is wrong about the levy": not X's stance but a judgement of X by whoever speaks.
            if ["right", "wrong", "wise", "unwise", "correct", "mistaken"].contains(lower(k)) {
                let judge = positionContaining(k)?.holders ?? holdersBySentence[s.index] ?? [author(s.index)]
                let praise = ["right", "wise", "correct"].contains(lower(k)) != negated
                let others = sub.actors.filter { !judge.contains($0) }
                if !others.isEmpty {
                    if !inAnyPosition(k, sentence: s.index) && holdersBySentence[s.index] == nil {
                        addPosition(judge, sub.start..<contentEnd(from: k + 1, in: s), sentence: s.index, rule: "judged-actor")
                    }
                    relate(praise ? .agreement : .conflict, judge, others, cue: c..<(k + 1), s: s, rule: "judged-actor")
                }
                continue
            }
            // Inside a claim already found ("assured Bullitt that he was sympathetic to ...") the
            // stance adds no position, but its relation still stands.
            if !inAnyPosition(k, sentence: s.index) {
                addPosition(sub.actors, sub.start..<contentEnd(from: k + 1, in: s), sentence: s.index, rule: "stance-adjective", labelFrom: start)
            }
            // With an actor (or an actor's proposal) as object: a relation.
            let pos = isIn(.agreementAdjectives, k), neg = isIn(.conflictAdjectives, k)
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
        for k in r where isIn(.directiveForms, k) && !inQuote(k) && k > r.lowerBound {
            if isIn(.determiners, k - 1) || lower(k - 1) == "to" { continue }
            // The object, then "to": "encouraged Bullitt to", "authorized him to", "called on X to".
            var o = k + 1
            if lower(k) .hasPrefix("call") { guard o < r.upperBound, lower(o) == "on" || lower(o) == "upon" else { continue }; o += 1 }
            guard let m = mentions[s.index].first(where: { $0.tokens.lowerBound == o || ($0.tokens.lowerBound == o + 1 && ["the", "a"].contains(lower(o))) }),
                  m.tokens.upperBound + 1 < r.upperBound, lower(m.tokens.upperBound) == "to", toks[m.tokens.upperBound + 1].isWord else { continue }
            guard let sub = subject(before: k, in: s), !sub.actors.contains(m.actor ?? -1) else { continue }
            if (sub.start..<k).contains(where: { isIn(.negations, $0) }) { continue }
            // Rule "urged-reversal": "Raab urged the embassy to reconsider", "pressed Congress to
            // drop the bill": asking someone to undo what they did is against them.
            if let o = m.actor, Self.reversalVerbs.contains(lower(m.tokens.upperBound + 1)),
               ["urge", "press", "pressure", "call", "ask", "implore", "exhort", "persuade", "encourage"].contains(Self.directiveForms[lower(k)] ?? "") {
                relate(.conflict, sub.actors, [o], cue: k..<(m.tokens.upperBound + 2), s: s, rule: "urged-reversal")
            }
            if inAnyPosition(k, sentence: s.index) { continue }
            addPosition(sub.actors, sub.start..<contentEnd(from: m.tokens.upperBound + 1, in: s), sentence: s.index, rule: "directive",
                        labelFrom: max(sub.start, (sub.start..<k).first(where: { !toks[$0].isWord || isIn(.adverbs, $0) }) ?? k))
        }
    }

    /// Verbs that ask someone to undo or go back on what they did ("urged the embassy to
    /// reconsider").
    static let reversalVerbs: Set<String> = ["reconsider", "rethink", "reverse", "withdraw", "retract", "abandon", "halt", "rescind", "revoke",
        "overturn", "repeal", "recant", "desist", "relent", "soften", "scrap"]

    // MARK: Nouns

    /// Rule "stance-noun": "the unwillingness of Russian anti-Bolsheviks to attend", "X's
    /// refusal to ...", "the insistence of X that ...": the owner holds the stance.
    mutating func nominalStances(in s: Sentence) {
        let r = s.tokens
        for k in r where isIn(.stanceNouns, k) && !inQuote(k) {
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
            let end = contentEnd(from: contentFrom, in: s)
            // "X's insistence that ... was a blunder": the sentence judges the stance; the
            // judgement is the narration's (rule "author-evaluation"), not X's.
            if (contentFrom..<end).contains(where: { isIn(.outcomeNouns, $0) && (max(contentFrom, $0 - 3)..<$0).contains(where: { isIn(.copulas, $0) }) }) { continue }
            addPosition([o], k..<end, sentence: s.index, rule: "stance-noun")
        }
    }

    static let expressionVerbs: Set<String> = [
        "expressed", "expresses", "express", "voiced", "voices", "voice", "reiterated", "reiterates", "reaffirmed",
        "reaffirms", "signalled", "signaled", "signals", "declared", "declares", "pledged", "pledges", "offered",
        "offers", "gave", "gives", "lent", "lends", "sent", "sends", "registered", "registers", "restated",
        "restates", "announced", "announces", "stated", "states", "made", "makes", "raised", "raises",
        "led", "leads", "spearheaded", "spearheads", "organized", "organised", "mounted", "mounts",
        "published", "publishes", "wrote", "writes", "penned", "launched", "launches",
        "have", "has", "had",
    ]
    static let expressedAssent: Set<String> = ["support", "backing", "approval", "endorsement", "solidarity", "sympathy", "enthusiasm", "appreciation", "gratitude", "praise"]
    static let expressedOpposition: Set<String> = [
        "opposition", "objection", "objections", "disapproval", "concern", "concerns", "doubts", "doubt", "reservations",
        "skepticism", "scepticism", "dissatisfaction", "criticism", "criticisms", "regret", "alarm", "outrage", "displeasure",
        "disagreement", "dissent", "protest", "protests", "anger", "frustration", "misgivings", "unease",
    ]

    /// Verbs that hold something up as a case of something ("used polywater as a classic example").
    static let exampleVerbs: Set<String> = ["used", "uses", "cited", "cites", "held", "holds", "offered", "offers", "presented", "presents", "singled", "pointed", "points", "took", "takes", "saw", "sees"]
    /// ``exampleVerbs`` as a ``WordSet`` (the same answers; a cheaper test of every token).
    static let exampleVerbWords = WordSet(exampleVerbs)
    /// Nouns for what something is held up as.
    static let exampleNouns: Set<String> = ["example", "examples", "instance", "case", "illustration", "model", "evidence", "proof", "symbol", "warning", "paradigm", "demonstration", "sign"]

    /// Rule "example-of": "Rousseau used polywater as a classic example of pathological science",
    /// "cited the affair as proof that ...": the one who holds a thing up as a case of
    /// something holds that view of it.
    mutating func examplesOf(in s: Sentence) {
        let r = s.tokens
        for k in r where Self.exampleVerbWords.contains(lower(k)) && !inQuote(k) && k > r.lowerBound {
            if inAnyPosition(k, sentence: s.index) || isIn(.determiners, k - 1) { continue }
            guard let asAt = (tokenSpan(k + 1, min(r.upperBound, k + 8))).first(where: { lower($0) == "as" }),
                  !((k + 1)..<asAt).contains(where: { !toks[$0].isWord || isFiniteVerb($0) || ["that", "which", "who"].contains(lower($0)) }) else { continue }
            var n = asAt + 1
            var mods = 0
            while n < r.upperBound, mods < 3, toks[n].isWord, !Self.exampleNouns.contains(lower(n)), !toks[n].isCapitalized || isIn(.determiners, n) { n += 1; mods += 1 }
            guard n + 1 < r.upperBound, Self.exampleNouns.contains(lower(n)), ["of", "that", "for"].contains(lower(n + 1)) else { continue }
            guard let sub = subject(before: k, in: s), !sub.actors.isEmpty else { continue }
            if (sub.start..<k).contains(where: { isIn(.negations, $0) }) { continue }
            addPosition(sub.actors, sub.start..<contentEnd(from: n + 1, in: s), sentence: s.index, rule: "example-of", labelFrom: k)
        }
    }

    /// Rule "expressed-stance": "The United States expressed its support via ...", "X voiced
    /// strong opposition to the plan", "Y sent a letter of support", "Z raised concerns that
    /// ...": the one who expresses holds the stance; with an actor (or an actor's view) as
    /// its object, a relation.
    mutating func expressedStances(in s: Sentence) {
        let r = s.tokens
        for k in r where isIn(.expressionVerbs, k) && !inQuote(k) && k > r.lowerBound {
            // Inside a claim already found ("Owen wrote a critique of Huxley" is Owen's report)
            // the stance adds no position, but its relation still stands.
            let claimed = inAnyPosition(k, sentence: s.index)
            if isIn(.determiners, k - 1) || lower(k - 1) == "to" { continue }
            // The noun: after at most a determiner or possessive and two modifiers; "a letter of support".
            var n = k + 1
            var steps = 0
            var found: (at: Int, assent: Bool)? = nil
            while n < r.upperBound, steps < 5, toks[n].isWord {
                let w = lower(n)
                if Self.expressedAssent.contains(w) || Self.defenseNouns.contains(w) { found = (n, true); break }
                if Self.expressedOpposition.contains(w) || Self.critiqueNouns.contains(w) || (["attack", "attacks"].contains(w) && n + 1 < r.upperBound && lower(n + 1) == "on") { found = (n, false); break }
                if w == "of", n > k + 1, ["letter", "message", "statement", "note", "words", "expression", "vote", "declaration"].contains(lower(n - 1)) { n += 1; steps += 1; continue }
                // Any other plain modifier ("the wartime opinions of") when a view noun follows.
                let modifier = n + 1 < r.upperBound && !toks[n].isCapitalized && !MentionFinder.stop.contains(w) && !Self.prepositions.contains(w)
                    && (words.viewNouns.contains(lower(n + 1)) || Self.expressedAssent.contains(lower(n + 1)) || Self.expressedOpposition.contains(lower(n + 1))
                        || Self.defenseNouns.contains(lower(n + 1)) || Self.critiqueNouns.contains(lower(n + 1)))
                guard modifier || ["its", "his", "her", "their", "our", "a", "an", "the", "strong", "full", "firm", "serious", "grave", "deep", "strongest", "unequivocal", "unanimous", "public", "vocal", "continued", "renewed", "qualified", "cautious", "initial", "some", "broad", "letter", "message", "statement", "note", "words", "vote", "declaration", "fierce", "vehement", "growing", "particular", "formal", "official", "own", "clear"].contains(w) else { break }
                n += 1; steps += 1
            }
            // "voiced the wartime opinions of many diplomats": the one who voices agrees.
            if found == nil, n + 1 < r.upperBound, isIn(.viewNouns, n), lower(n + 1) == "of",
               ["voiced", "voices", "echoed", "echoes", "shared", "shares", "reflected", "reflects", "expressed", "expresses"].contains(lower(k)),
               let m = mentions[s.index].first(where: { $0.tokens.lowerBound > n + 1 && $0.tokens.lowerBound <= n + 4 && $0.actor != nil && $0.form != .pronoun }),
               let sub = subject(before: k, in: s), !sub.actors.contains(m.actor!) {
                relate(.agreement, sub.actors, [m.actor!], cue: k..<(n + 2), s: s, rule: "expressed-stance")
                continue
            }
            guard let (noun, assent) = found else { continue }
            // "made" and "gave" need a noun that only a stance can be ("made a protest", not "made support").
            // "led the opposition to", "spearheaded the resistance against": only opposition is led.
            if ["led", "leads", "spearheaded", "spearheads", "organized", "organised", "mounted", "mounts"].contains(lower(k)),
               !["opposition", "protest", "protests", "criticism", "dissent", "objections", "defense", "defence", "attack", "attacks", "critique"].contains(lower(noun)) { continue }
            // "published a defense of X", "wrote a critique of Y", "launched an attack on Z": only a
            // piece of argument is published or launched.
            if ["published", "publishes", "wrote", "writes", "penned", "launched", "launches"].contains(lower(k)),
               !(Self.defenseNouns.contains(lower(noun)) || Self.critiqueNouns.contains(lower(noun)) || ["attack", "attacks", "criticism", "criticisms", "protest", "objections"].contains(lower(noun))) { continue }
            // "have concerns that ...", "had doubts about ...": only a worry or doubt is had.
            if ["have", "has", "had"].contains(lower(k)),
               !["concern", "concerns", "doubts", "doubt", "reservations", "misgivings", "objections", "sympathy"].contains(lower(noun)) || noun > k + 3 { continue }
            if ["made", "makes", "gave", "gives", "raised", "raises", "stated", "states", "announced", "announces"].contains(lower(k)),
               !["objection", "objections", "protest", "protests", "concern", "concerns", "doubts", "support", "backing", "approval", "endorsement", "criticism", "criticisms"].contains(lower(noun)) { continue }
            guard let sub = subject(before: k, in: s) else { continue }
            if (sub.start..<k).contains(where: { isIn(.negations, $0) }) { continue }
            let end = contentEnd(from: noun + 1, in: s)
            if !claimed { addPosition(sub.actors, sub.start..<end, sentence: s.index, rule: "expressed-stance", labelFrom: k) }
            // "support for Smith", "opposition to X's plan": the object, if it is an actor.
            if noun + 1 < r.upperBound, ["for", "to", "of", "with", "about", "over", "at", "on", "against"].contains(lower(noun + 1)),
               let m = mentions[s.index].first(where: { $0.tokens.lowerBound > noun + 1 && $0.tokens.lowerBound <= noun + 3 && $0.actor != nil && $0.form != .pronoun }),
               !sub.actors.contains(m.actor!) {
                relate(assent ? .agreement : .conflict, sub.actors, [m.actor!], cue: k..<(noun + 1), s: s, rule: "expressed-stance")
            }
        }
    }

    /// The actor an adjective of a people or camp stands for ("French" -> the French,
    /// "Allied" -> the Allies): an actor whose name starts with the same stem, else a new
    /// group actor named by the word.
    mutating func actorForAdjective(_ k: Int, sentence: Int) -> Int? {
        let w = lower(k)
        guard isIn(.demonyms, k), toks[k].isCapitalized || w == "union" else { return nil }
        return actorForDemonym(w, written: toks[k].text, start: toks[k].start, end: toks[k].end, sentence: sentence)
    }

    /// The actors the parts of a hyphenated adjective of peoples stand for ("Turkish-Libyan"
    /// -> Turkey, Libya); one actor for a plain one.
    mutating func actorsForAdjectives(_ k: Int, sentence: Int) -> [Int] {
        let text = toks[k].text
        guard text.contains("-"), toks[k].isCapitalized else { return actorForAdjective(k, sentence: sentence).map { [$0] } ?? [] }
        var out: [Int] = []
        var offset = toks[k].start
        for part in text.split(separator: "-", omittingEmptySubsequences: false) {
            let w = part.lowercased()
            if words.demonyms.contains(w), part.first?.isUppercase == true,
               let a = actorForDemonym(w, written: String(part), start: offset, end: offset + part.utf8.count, sentence: sentence) {
                out.append(a)
            }
            offset += part.utf8.count + 1
        }
        return out
    }

    /// States whose names do not share their adjective's first letters.
    static let irregularStates: [String: [String]] = [
        "american": ["united states", "u.s.", "us", "america", "united states of america", "usa"],
        "americans": ["united states", "u.s.", "us", "america", "united states of america", "usa"],
        "french": ["france"], "british": ["britain", "great britain", "united kingdom", "uk", "england"],
        "dutch": ["netherlands", "holland"], "swiss": ["switzerland"], "welsh": ["wales"], "irish": ["ireland"],
        "spanish": ["spain"], "danish": ["denmark"], "finnish": ["finland"], "polish": ["poland"],
        "soviet": ["soviet union", "ussr"], "soviets": ["soviet union", "ussr"], "german": ["germany"], "germans": ["germany"],
    ]

    private mutating func actorForDemonym(_ w: String, written: String, start: Int, end: Int, sentence: Int) -> Int? {
        let stem = String(w.prefix(4))
        if let states = Self.irregularStates[w], let a = registry.actors.indices.first(where: { i in
            !registry.actors[i].author && registry.actors[i].aliases.keys.contains { states.contains($0.lowercased()) }
        }) {
            return a
        }
        if let a = registry.actors.indices.first(where: { i in
            let rec = registry.actors[i]
            return !rec.author && rec.aliases.keys.contains { $0.lowercased().split(separator: " ").first.map { $0.hasPrefix(stem) && $0.count <= w.count + 3 } ?? false }
        }) {
            return a
        }
        let idx = registry.actors.count
        registry.actors.append(ActorRecord(canonical: written, aliases: [written: 1], category: .group,
                                           mentions: [(Int32(sentence), UInt32(start), UInt32(end))]))
        return idx
    }

    /// The subject of the main clause of a sentence that opens with "Despite ...,", "In spite
    /// of ...,": the first actor after the opening phrase's comma.
    func mainClauseSubject(_ s: Sentence, after k: Int) -> [Int] {
        guard let comma = (k..<s.tokens.upperBound).first(where: { toks[$0].text == "," && !inQuote($0) }) else { return [] }
        var v = comma + 1
        while v < s.tokens.upperBound && !((verbKind(v) & Self.reportBit != 0) || (verbKind(v) & Self.stanceBit != 0) || (verbKind(v) & Self.conflictBit != 0) || (verbKind(v) & Self.agreementBit != 0) || isIn(.copulas, v) || lower(v).hasSuffix("ed")) { v += 1 }
        if v < s.tokens.upperBound, let sub = subject(before: v, in: s), sub.start > comma { return sub.actors }
        return mentions(in: (comma + 1)..<s.tokens.upperBound, sentence: s.index).first.map { [$0.actor!] } ?? []
    }

    /// Rule "opposition-noun": "In spite of fierce French opposition, Wilson ...", "faced Allied
    /// resistance", "X's objections to Y" (conflict); "secured House's assent", "won the backing
    /// of X" (agreement).
    /// Words that join a clause set against what comes before ("..., but there is evidence that ..."). (Tested per token through ``WordClasses``.)
    static let clauseJoiners: Set<String> = ["but", "yet", "although", "though", "while", "whereas"]
    /// Verbs of leading ("led by X"). (Tested per token through ``WordClasses``.)
    static let leadVerbs: Set<String> = ["led", "headed", "championed", "spearheaded"]
    /// Adjectives of views set against each other ("opposing views"). (Tested per token through ``WordClasses``.)
    static let opposingAdjectives: Set<String> = ["opposing", "conflicting", "competing", "rival", "contradictory", "incompatible", "clashing", "contrary"]
    /// Verbs of agreeing or not with another ("X disagreed", "concurred"). (Tested per token through ``WordClasses``.)
    static let dissentVerbs: Set<String> = ["disagree", "disagrees", "disagreed", "agree", "agrees", "agreed", "dissent", "dissents", "dissented", "concur", "concurs", "concurred", "differ", "differed", "clashed", "quarrelled", "quarreled", "argued", "affirmed", "reversed"]
    /// Verbs of refusing ("refused to accept"). (Tested per token through ``WordClasses``.)
    static let refusalVerbs: Set<String> = ["refused", "refuses", "refuse", "declined", "declines", "decline", "failed", "fails"]
    /// Verbs of winning or meeting opposition or assent (``nounRelations(in:)``) (made once, not per call).
    static let winVerbs: Set<String> = ["secured", "won", "received", "gained", "obtained", "earned", "enjoyed", "had", "sought", "secure", "win", "receive", "gain", "obtain", "earn", "seek", "faced", "met", "encountered", "drew", "provoked", "sparked", "overcame", "face", "meet", "encounter", "draw", "provoke", "spark", "overcome", "ignored", "ignore", "defied", "defy", "relied", "relies", "rely", "depended", "depends", "depend", "counted", "enlisted", "courted", "retained", "kept"]

    /// Nouns of a piece of argument made for someone ("a defense of Pasteur") or against them
    /// ("Owen's critique of Darwin"), beyond the lexicon's assent and opposition nouns.
    static let defenseNouns: Set<String> = ["defense", "defence", "vindication"]
    static let critiqueNouns: Set<String> = ["critique", "critiques", "refutation", "rebuttal", "denunciation", "repudiation"]
    /// ``defenseNouns`` and ``critiqueNouns`` as one ``WordSet`` (the same answers, a cheaper
    /// look-up for the test on every token).
    static let defenseOrCritiqueWords = WordSet(defenseNouns.union(critiqueNouns))
    /// Nouns whose "of" names the one they are about, not the one who holds them ("criticism of
    /// Darwin", "a defense of Pasteur"; but "the opposition of France").
    static let objectOfNouns: Set<String> = defenseNouns.union(critiqueNouns).union(["criticism", "criticisms", "condemnation", "rejection", "praise", "endorsement"])

    mutating func nounRelations(in s: Sentence) {
        let r = s.tokens
        let winVerbs = Self.winVerbs
        for k in r where (isIn(.oppositionNouns, k) || isIn(.assentNouns, k) || Self.defenseOrCritiqueWords.contains(lower(k))) && !inQuote(k) {
            let kind: EdgeKind = isIn(.oppositionNouns, k) || Self.critiqueNouns.contains(lower(k)) ? .conflict : .agreement
            let objectOf = Self.objectOfNouns.contains(lower(k))
            // Whose opposition or assent.
            var from: [Int] = []
            if let m = mentions[s.index].first(where: { $0.possessive && $0.actor != nil && ($0.tokens.upperBound == k || $0.tokens.upperBound == k - 1) }) {
                from = [m.actor!]
            } else if let adj = [k - 1, k - 2].first(where: { $0 >= r.lowerBound && isIn(.demonyms, $0) && toks[$0].isCapitalized }) {
                if let a = actorForAdjective(adj, sentence: s.index) { from = [a] }
            } else if k + 2 < r.upperBound, ["for", "to", "against"].contains(lower(k + 1)) || (objectOf && ["of", "on"].contains(lower(k + 1))),
                      let came = (tokenSpan(k + 2, min(r.upperBound - 1, k + 14))).first(where: { ["came", "comes", "come"].contains(lower($0)) && lower($0 + 1) == "from" }),
                      !((k + 2)..<came).contains(where: { [",", ";", ":"].contains(toks[$0].text) || isFiniteVerb($0) }) {
                // "Early support for Darwin's ideas came from Hooker and Gray", "Criticism of
                // the plan came from X".
                var b = came + 2
                if b < r.upperBound, lower(b) == "the" { b += 1 }
                from = objectList(startingAt: b, in: s).map { $0.actor! }.filter { registry.actors[$0].category != .place }
            } else if k + 2 < r.upperBound, ["of", "from", "by"].contains(lower(k + 1)), !(objectOf && lower(k + 1) == "of"),
                      let m = mentions[s.index].first(where: { ($0.tokens.lowerBound == k + 2 || ($0.tokens.lowerBound == k + 3 && lower(k + 2) == "the")) && $0.actor != nil && $0.form != .pronoun }) {
                // "criticism by the minister and UNESCO": all of the list.
                from = objectList(startingAt: m.tokens.lowerBound, in: s).map { $0.actor! }
                if from.isEmpty { from = [m.actor!] }
            } else if k + 2 < r.upperBound, ["of", "from", "by"].contains(lower(k + 1)) {
                // "criticism by the Greek foreign minister and UNESCO": a list whose first part
                // names no one still ends in someone.
                let end = (k + 2..<min(r.upperBound, k + 12)).first(where: { [",", ";", ":"].contains(toks[$0].text) || ["who", "which", "that"].contains(lower($0)) }) ?? min(r.upperBound, k + 12)
                from = mentions(in: (k + 2)..<end, sentence: s.index).filter { $0.form != .pronoun && $0.actor != nil }.map { $0.actor! }
            }
            guard !from.isEmpty else { continue }
            // Against or for whom.
            var to: [Int] = []
            let opener = (r.lowerBound..<k).contains { ["despite"].contains(lower($0)) } ||
                (k >= r.lowerBound + 2 && (r.lowerBound..<k).contains { lower($0) == "spite" })
            let midDespite = (max(r.lowerBound, k - 3)..<k).contains { lower($0) == "despite" } && k - 3 > r.lowerBound
            if opener && !midDespite {
                to = mainClauseSubject(s, after: k)
            } else if midDespite, let d = (max(r.lowerBound, k - 3)..<k).first(where: { lower($0) == "despite" }),
                      let v = (r.lowerBound..<d).first(where: { toks[$0].isWord && !toks[$0].isCapitalized && (isFiniteVerb($0) || lower($0).hasSuffix("ed")) }),
                      let sub = subject(before: v, in: s) {
                // "He announced the change, despite criticism by X": the one who went ahead.
                to = sub.actors
            } else if let v = (max(r.lowerBound, k - 4)..<k).last(where: { winVerbs.contains(lower($0)) }), let sub = subject(before: v, in: s) {
                to = sub.actors
            } else if k + 2 < r.upperBound, ["to", "against", "for"].contains(lower(k + 1)) || (objectOf && ["of", "on"].contains(lower(k + 1))),
                      let m = mentions[s.index].first(where: { $0.tokens.lowerBound >= k + 2 && $0.tokens.lowerBound <= k + 3 && $0.actor != nil }) {
                to = [m.actor!]
            } else if objectOf, k + 2 < r.upperBound, ["of", "on"].contains(lower(k + 1)),
                      let m = mentions[s.index].first(where: { m in m.possessive && m.actor != nil && m.form != .pronoun && m.tokens.lowerBound > k + 2 && m.tokens.lowerBound <= k + 10
                          && ((k + 2)..<m.tokens.lowerBound).allSatisfy { toks[$0].isWord && !isFiniteVerb($0) } }) {
                // "Baumrind's criticisms of the treatment of participants in Milgram's studies":
                // the owner of the work criticised.
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
        if sentencesByForm == nil { sentencesByForm = Self.sentencesByForm(doc) }
        let owner = computeIdeaOwner(t, excluding: excluding)
        ideaOwners[key] = owner
        return owner
    }

    /// Per lower-case form number: the sentences holding a token of that form, in increasing
    /// order without repeats. Only forms that can be terms of an idea are listed (more than
    /// two letters, not a stop word: ``ideaOwner(_:excluding:)`` drops the others); the
    /// others have empty lists.
    static func sentencesByForm(_ doc: Document) -> FormSentences {
        // Counted first, then filled into one array of the exact size.
        let forms = doc.tokens.lowerFormCount
        var last = [Int32](repeating: -1, count: forms)
        var counts = [Int32](repeating: 0, count: forms + 1)
        // Per form: whether it can be a term (-1 not yet seen, 0 no, 1 yes).
        var term = [Int8](repeating: -1, count: forms)
        for s in doc.sentences {
            let si = Int32(s.index)
            for k in s.tokens {
                let id = doc.tokens.lowerID(k)
                if term[id] < 0 {
                    let w = doc.tokens.lower(k)
                    term[id] = w.count > 2 && !MentionFinder.stop.contains(w) ? 1 : 0
                }
                if term[id] == 1 && last[id] != si { last[id] = si; counts[id + 1] += 1 }
            }
        }
        for f in 0..<forms { counts[f + 1] += counts[f] }
        var fill = Array(counts.dropLast())
        var sentences = [Int32](repeating: 0, count: Int(counts[forms]))
        for f in 0..<forms { last[f] = -1 }
        for s in doc.sentences {
            let si = Int32(s.index)
            for k in s.tokens {
                let id = doc.tokens.lowerID(k)
                if term[id] == 1 && last[id] != si {
                    last[id] = si
                    sentences[Int(fill[id])] = si
                    fill[id] += 1
                }
            }
        }
        return FormSentences(offsets: counts, sentences: sentences)
    }

    /// Whether the increasing list `xs` holds `x` (binary search).
    static func sortedContains(_ xs: ArraySlice<Int32>, _ x: Int32) -> Bool {
        var lo = xs.startIndex, hi = xs.endIndex
        while lo < hi {
            let mid = (lo + hi) / 2
            if xs[mid] < x { lo = mid + 1 } else { hi = mid }
        }
        return lo < xs.endIndex && xs[lo] == x
    }

    func computeIdeaOwner(_ t: [String], excluding: Set<Int>) -> Int? {
        var counts: [Int: Int] = [:]
        var first: [Int: Int] = [:]
        // The sentences that hold every term (compared by lower-case form number, which is
        // the same test as comparing the lower-case strings).
        // (From the lists of sentences per form: the sentences of the rarest term that the
        // others' lists hold too, in order. A term no token has is in no sentence.)
        let ids = t.map { doc.tokens.lowerID(of: $0) }
        guard let index = sentencesByForm, ids.allSatisfy({ $0 != nil }) else { return nil }
        let lists = ids.map { index[$0!] }.sorted { $0.count < $1.count }
        // "Stahl's phlogiston theory", "Wegener's theory of continental drift": the one whose
        // possessive names the idea owns it, whoever else talks of it more (such a sentence
        // holds every term, so it is among the sentences looked at here).
        var possessors: [Int: Int] = [:]
        for si in lists[0] {
            guard lists.dropFirst().allSatisfy({ Self.sortedContains($0, si) }) else { continue }
            let s = doc.sentences[Int(si)]
            for m in mentions[s.index] where m.possessive && m.form != .pronoun {
                guard let a = m.actor, !excluding.contains(a), registry.actors[a].category != .place, !registry.actors[a].author else { continue }
                var j = m.tokens.upperBound
                let end = min(s.tokens.upperBound, j + t.count + 4)
                var matched = 0
                while j < end && matched < t.count {
                    if doc.tokens.lowerID(j) == ids[matched] { matched += 1 }
                    else if matched > 0 || !(toks[j].isWord && (words.ideaNouns.contains(lower(j)) || lower(j) == "of" || lower(j) == "the")) { break }
                    j += 1
                }
                if matched == t.count { possessors[a, default: 0] += 1 }
            }
            for a in Set(mentions[s.index].compactMap(\.actor)) where !excluding.contains(a) && registry.actors[a].category != .place && !registry.actors[a].author
                && !t.contains(where: { term in registry.actors[a].aliases.keys.contains { $0.lowercased().fastContains(term) } }) {
                counts[a, default: 0] += 1
                if first[a] == nil { first[a] = s.index }
            }
        }
        if let best = possessors.sorted(by: { ($0.value, -$0.key) > ($1.value, -$1.key) }).first { return best.key }
        // Most sentences first; on a tie, the one who spoke of it first (the proponent is
        // usually introduced before those who take the idea up or attack it).
        // (The actor's number breaks what is left of a tie, so the answer never depends on the
        // dictionary's order.)
        let ranked = counts.sorted { ($0.value, -first[$0.key]!, -$0.key) > ($1.value, -first[$1.key]!, -$1.key) }
        guard let best = ranked.first, best.value >= 2 else { return nil }
        return best.key
    }

    /// The content words naming an idea after a verb: "the idea of continental drift" ->
    /// ["continental", "drift"].
    func ideaTerms(from k: Int, in s: Sentence) -> [String] {
        var i = k
        let end = s.tokens.upperBound
        while i < end && isIn(.determiners, i) { i += 1 }
        if i + 1 < end && isIn(.ideaNouns, i) && lower(i + 1) == "of" { i += 2 }
        // ("the supposed Paleocene dinosaurs": a hedge is the speaker's word, not the idea's.)
        while i < end && (isIn(.determiners, i) || Self.hedgeModifiers.contains(lower(i))) { i += 1 }
        var terms: [String] = []
        while i < end && terms.count < 3 && toks[i].isWord && !isIn(.prepositions, i) && !["and", "or", "but", "which", "who", "was", "were", "is", "are", "at", "from", "by"].contains(lower(i)) {
            terms.append(lower(i)); i += 1
        }
        return terms
    }

    /// Words that cast doubt on an idea named after them ("the supposed X", "the so-called Y").
    static let hedgeModifiers: Set<String> = ["supposed", "so-called", "alleged", "purported", "claimed", "putative", "presumed", "ostensible"]

    /// Rule "idea-owner": "Stille and Kober opposed the idea of continental drift" sets them
    /// against the actor the idea belongs to; "Holmes championed the theory of ..." with it.
    mutating func ideaRelations(in s: Sentence) {
        let r = s.tokens
        for k in r where !inQuote(k) {
            let w = lower(k)
            var isConflict = verbKind(k) & Self.conflictBit != 0
            let isAgree = verbKind(k) & Self.agreementBit != 0 || ["championed", "championing", "champions", "advocated", "favoured", "favored"].contains(w)
            // "was studied by X and found to be implausible": a judgement by X.
            if !isConflict && !isAgree && w.hasSuffix("ed") && k + 1 < r.upperBound && lower(k + 1) == "by",
               r.contains(where: { isIn(.faultWords, $0) || isIn(.faultPredicates, $0) }) {
                isConflict = true
            }
            guard isConflict || isAgree else { continue }
            let passive = k > r.lowerBound && isIn(.copulas, k - 1) || (k > r.lowerBound + 1 && isIn(.copulas, k - 2) && isIn(.adverbs, k - 1))
            var subjects: [Int] = []
            var terms: [String] = []
            if passive {
                // "the theory of X was rejected by Y"
                guard k + 1 < r.upperBound, lower(k + 1) == "by",
                      let m = mentions[s.index].first(where: { $0.tokens.lowerBound > k + 1 && $0.tokens.lowerBound <= k + 5 && $0.actor != nil && $0.form != .pronoun }) else { continue }
                subjects = [m.actor!]
                let clauseStart = (r.lowerBound..<k).last(where: { [";", ":", ",", "—", "–"].contains(toks[$0].text) }).map { $0 + 1 } ?? r.lowerBound
                guard let n = (clauseStart..<k).first(where: { isIn(.ideaNouns, $0) }) else { continue }
                if mentions(in: clauseStart..<k, sentence: s.index).contains(where: { $0.actor != nil && registry.actors[$0.actor!].category != .place }) { continue }
                terms = ideaTerms(from: n, in: s)
                // "The Polflucht hypothesis": the words before the noun name it.
                if terms.isEmpty || lower(n + 1) != "of" {
                    terms = (clauseStart..<n).filter { toks[$0].isWord && !isIn(.determiners, $0) && !isIn(.stop, $0) }.map { lower($0) }
                }
            } else {
                if k > r.lowerBound && (isIn(.determiners, k - 1) || lower(k - 1) == "to") { continue }
                // ("The State's second claimed interest": after a possessive, no verb.)
                if k > r.lowerBound && MentionFinder.stripPossessive(toks[k - 1].text).1 { continue }
                guard let sub = subject(before: k, in: s) else { continue }
                // "cannot accept X's proposal" is against X; "did not attack X's view" says nothing.
                if (sub.start..<k).contains(where: { isIn(.negations, $0) }) {
                    guard isAgree, ["accept", "support", "endorse", "back", "share"].contains(where: { agreementForms[w] == $0 }) else { continue }
                    isConflict = true
                }
                var o = k + 1
                while o < r.upperBound && isIn(.determiners, o) { o += 1 }
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
            let pos = isIn(.agreementAdverbs, k), neg = isIn(.conflictAdverbs, k)
            guard pos || neg, k + 1 < r.upperBound, toks[k + 1].isWord else { continue }
            guard let m = mention(endingAt: k - 1, sentence: s.index), let x = m.actor else { continue }
            // Inside someone's claim the judgement is theirs ("argues that the courts properly
            // applied ..."); in the narration it is the author's.
            // ("Far-left influencers and other leftist hacks falsely claimed": the claim that
            // starts at the subject is theirs, so the judgement of it is the narration's.)
            let subjects = subject(before: k, in: s)?.actors ?? [x]
            let inner = positionContaining(k).flatMap { Set($0.holders).isDisjoint(with: subjects) ? $0.holders : nil }
            let holders = inner ?? [author(s.index)]
            relate(pos ? .agreement : .conflict, holders, subjects.filter { !holders.contains($0) }, cue: k..<(k + 2), s: s, rule: "author-evaluation")
        }
        // "The panel majority misunderstood the analysis", "argued that the court erred": a
        // verb of error with an actor as subject is the voice's (or the claim holder's) fault.
        for k in r where isIn(.errorVerbs, k) && !inQuote(k) {
            guard let sub = subject(before: k, in: s), !(sub.start..<k).contains(where: { isIn(.negations, $0) }) else { continue }
            let voice = positionContaining(k)?.holders ?? [author(s.index)]
            let others = sub.actors.filter { !voice.contains($0) && registry.actors[$0].category != .place }
            guard !others.isEmpty else { continue }
            if !inAnyPosition(k, sentence: s.index) && holdersBySentence[s.index] == nil {
                addPosition(voice, sub.start..<contentEnd(from: k, in: s), sentence: s.index, rule: "author-evaluation")
            }
            relate(.conflict, voice, others, cue: k..<(k + 1), s: s, rule: "author-evaluation")
        }
        // "The magistrate, I think properly, held ...": the voice's aside on the subject.
        for k in r where (isIn(.agreementAdverbs, k) || isIn(.conflictAdverbs, k)) && !inQuote(k) {
            guard k + 1 < r.upperBound, toks[k + 1].text == ",", k - 3 >= r.lowerBound,
                  let open = ((k - 4)..<k).last(where: { $0 >= r.lowerBound && toks[$0].text == "," }),
                  ["i", "we"].contains(lower(open + 1)), let m = mention(endingAt: open - 1, sentence: s.index), let x = m.actor, m.form != .pronoun else { continue }
            let voice = author(s.index)
            guard voice != x else { continue }
            relate(isIn(.agreementAdverbs, k) ? .agreement : .conflict, [voice], [x], cue: (open + 1)..<(k + 1), s: s, rule: "author-evaluation")
        }
        // "not as fast as X believed".
        for k in r where lower(k) == "as" && !inQuote(k) && k + 2 < r.upperBound {
            guard let m = mentions[s.index].first(where: { $0.tokens.lowerBound == k + 1 && $0.actor != nil }),
                  m.tokens.upperBound < r.upperBound, (verbKind(m.tokens.upperBound) & Self.reportBit != 0),
                  (max(r.lowerBound, k - 5)..<k).contains(where: { lower($0) == "not" }) else { continue }
            relate(.conflict, [author(s.index)], [m.actor!], cue: (max(r.lowerBound, k - 5))..<(m.tokens.upperBound + 1), s: s, rule: "author-evaluation")
        }
        // "was implausibly high": the author's judgement beside the claim it judges.
        if own, let adv = r.first(where: { isIn(.authorAdverbs, $0) && !inQuote($0) && !isIn(.agreementAdverbs, $0) && !isIn(.conflictAdverbs, $0) || (lower($0) == "implausibly") }),
           adv > r.lowerBound, isIn(.copulas, adv - 1) {
            addPosition([author(s.index)], (adv - 1)..<contentEnd(from: adv, in: s), sentence: s.index, rule: "author-evaluation")
        }
        // "Wilson's insistence that ... was a blunder": the narration judges the act of the one
        // whose stance is the subject.
        if let m = mentions[s.index].first(where: { $0.possessive && $0.actor != nil && $0.form != .pronoun && $0.tokens.lowerBound <= r.lowerBound + 1 }),
           m.tokens.upperBound < r.upperBound, isIn(.stanceNouns, m.tokens.upperBound) || isIn(.viewNouns, m.tokens.upperBound),
           let k = r.first(where: { isIn(.outcomeNouns, $0) && !inQuote($0) && $0 > m.tokens.upperBound + 1 }),
           (max(r.lowerBound, k - 4)..<k).contains(where: { isIn(.copulas, $0) }),
           !(max(r.lowerBound, k - 4)..<k).contains(where: { isIn(.negations, $0) }) {
            let voice = author(s.index)
            let praise = ["success", "triumph"].contains(lower(k))
            if m.actor! != voice {
                addPosition([voice], m.tokens.upperBound..<contentEnd(from: k, in: s), sentence: s.index, rule: "author-evaluation")
                relate(praise ? .agreement : .conflict, [voice], [m.actor!], cue: (k - 2)..<(k + 1), s: s, rule: "author-evaluation")
            }
        }
        // ", but there is evidence that this is an exaggeration": the narration's own clause
        // inside a sentence that reports someone else; after "but" it answers their claim.
        let evidential = words.authorOpenerWords.filter { $0.first == "there" || $0.contains("evidence") }
        for k in r where isIn(.clauseJoiners, k) && !inQuote(k) && k > r.lowerBound {
            var j = k + 1
            if j < r.upperBound, toks[j].text == "," { j += 1 }
            guard let w = evidential.first(where: { w in j + w.count < r.upperBound && (0..<w.count).allSatisfy { lower(j + $0) == w[$0] } }),
                  !inAnyPosition(j, sentence: s.index) else { continue }
            let voice = author(s.index)
            addPosition([voice], j..<contentEnd(from: j + w.count, in: s), sentence: s.index, rule: "author-evaluation")
            guard ["but", "yet", "although", "though"].contains(lower(k)) else { continue }
            let before = positions(homedIn: s.index).filter { $0.tokens.upperBound <= k && !$0.holders.contains(voice) }.last?.holders ?? []
            relate(.conflict, [voice], before, cue: k..<(j + w.count), s: s, rule: "author-evaluation")
        }
        guard !own else { return }
        // A sentence in the author's own voice.
        let openers = words.authorOpenerWords
        let opens = openers.contains { w in w.count <= r.count && (0..<w.count).allSatisfy { lower(r.lowerBound + $0) == w[$0] } }
        let evaluative = r.contains { isIn(.authorAdverbs, $0) && !inQuote($0) }
        // "The conference was a failure", "The failure ... can be attributed to ...": the
        // narration weighs an outcome.
        let verdict = r.contains { k in
            !inQuote(k) && isIn(.outcomeNouns, k) && k > r.lowerBound + 1 &&
                (isIn(.copulas, k - 1) || (["a", "an"].contains(lower(k - 1)) && isIn(.copulas, k - 2)) ||
                 (k - 3 >= r.lowerBound && ["a", "an"].contains(lower(k - 2)) && isIn(.copulas, k - 3)))
        } || find(["can", "be", "attributed", "to"], in: r) != nil || find(["was", "due", "to"], in: r) != nil
        guard opens || evaluative || verdict else { return }
        addPosition([author(s.index)], r.lowerBound..<contentEnd(from: r.lowerBound + 1, in: s), sentence: s.index, rule: "author-evaluation")
    }

    /// Verbs of a finding whose agentless passive is the narration's own verdict.
    static let findingParticiples: Set<String> = ["found", "shown", "proven", "proved", "demonstrated", "revealed", "established"]
    /// ``findingParticiples`` as a ``WordSet`` (the same answers; a cheaper test of every token).
    static let findingParticipleWords = WordSet(findingParticiples)
    /// Predicates that say a claim or effect was not real.
    static let unrealPredicates: Set<String> = ["illusory", "nonexistent", "non-existent", "imaginary", "artifact", "artefact", "artifacts", "artefacts",
        "contamination", "error", "errors", "hoax", "fraud", "fake", "fiction", "myth", "impossible", "untrue"]

    /// Rule "author-finding": "but subsequently found to be illusory", "it was shown that the
    /// effect was an artefact": a finding told without an agent is the narration's own claim;
    /// where it says the thing was not real it stands against the ones the sentence names
    /// before it (who described or claimed the thing).
    mutating func authorFindings(in s: Sentence) {
        let r = s.tokens
        // "First, it had been shown that ...": one of the grounds someone gives (see
        // ``enumeratedGrounds()``), not the narration's.
        if words.ordinalOpeners.contains(lower(r.lowerBound)) { return }
        for k in r where k > r.lowerBound + 1 && k + 2 < r.upperBound && Self.findingParticipleWords.contains(lower(k)) && !inQuote(k) {
            let b = wordBeforeAdverbs(k, in: s)
            let passive = words.copulas.contains(lower(b)) || ["been", "be", "being"].contains(lower(b))
            let reduced = ["but", "and", "yet"].contains(lower(b)) && b < k - 1 || toks[b].text == ","
            guard passive || reduced else { continue }
            // "found to be", "shown that": a clause follows.
            guard lower(k + 1) == "that" || (lower(k + 1) == "to" && ["be", "have"].contains(lower(k + 2))) else { continue }
            let end = contentEnd(from: k + 1, in: s)
            // An agent ("was shown by X to be") makes it X's finding, not the narration's.
            let agent = ((k + 1)..<end).contains { by in
                lower(by) == "by" && !inQuote(by) && mentions[s.index].contains { $0.tokens.lowerBound > by && $0.tokens.lowerBound <= by + 3 && $0.actor != nil }
            }
            if agent || coordinatedAgent(before: k, in: s) != nil { continue }
            if inAnyPosition(k, sentence: s.index) { continue }
            let voice = author(s.index)
            addPosition([voice], k..<end, sentence: s.index, rule: "author-finding")
            guard ((k + 1)..<end).contains(where: { Self.unrealPredicates.contains(lower($0)) || Self.faultPredicates.contains(lower($0)) }) else { continue }
            // The ones who put the thing forward: agents ("described by X") and holders of
            // claims earlier in the sentence.
            var owners = Set(positions(homedIn: s.index).filter { $0.tokens.upperBound <= b }.flatMap(\.holders))
            for by in r.lowerBound..<b where lower(by) == "by" && !inQuote(by) {
                if let m = mentions[s.index].first(where: { $0.tokens.lowerBound > by && $0.tokens.lowerBound <= by + 4 && $0.actor != nil && $0.form != .pronoun }),
                   [.person, .group, .body].contains(registry.actors[m.actor!].category) { owners.insert(m.actor!) }
            }
            owners.remove(voice)
            if !owners.isEmpty { relate(.conflict, [voice], owners.sorted(), cue: k..<end, s: s, rule: "author-finding") }
        }
    }

    /// Words by which the narration declares a claim false or improbable (``whichVerdicts(in:)``).
    static let falsityVerdicts: Set<String> = faultPredicates.union(["unlikely", "improbable", "untrue", "inaccurate", "unsupported", "unproven", "disproven", "nonsense"])

    /// Rule "which-verdict": "they claimed that the tail was forged, which is incorrect", "one
    /// is that Owen wanted to forge evidence, which is unlikely given Owen's views": a relative
    /// clause that declares the claim before it false is the narration's position, against
    /// the claim's holders.
    mutating func whichVerdicts(in s: Sentence) {
        let r = s.tokens
        // "..., which is ...", and "; this is unlikely because ..." or a sentence that opens
        // "This is false": the demonstrative points at the claim before it.
        let starts = r.filter { c in
            (toks[c].text == "," && c + 1 < r.upperBound && lower(c + 1) == "which")
                || ((c == r.lowerBound || toks[c].text == ";") && c + 1 < r.upperBound && ["this", "that"].contains(lower(c == r.lowerBound ? c : c + 1)))
        }
        for c0 in starts where !inQuote(c0) {
            // (For a sentence's first word, c stands one before it: the pattern is the same.)
            let c = c0 == r.lowerBound && toks[c0].text != "," && toks[c0].text != ";" ? c0 - 1 : c0
            guard c + 3 < r.upperBound, ["is", "was", "are", "were", "seems", "seemed", "appears", "appeared"].contains(lower(c + 2)) else { continue }
            var k = c + 3
            while k < r.upperBound, toks[k].isWord, isIn(.adverbs, k) || ["highly", "very", "most", "quite", "also", "clearly", "certainly", "plainly", "simply", "equally"].contains(lower(k)) { k += 1 }
            guard k < r.upperBound else { continue }
            let negatedTruth = lower(k) == "not" && k + 1 < r.upperBound && ["true", "correct", "accurate", "supported", "the"].contains(lower(k + 1))
                && (lower(k + 1) != "the" || (k + 2 < r.upperBound && lower(k + 2) == "case"))
            guard Self.falsityVerdicts.contains(lower(k)) || negatedTruth else { continue }
            let voice = author(s.index)
            // The claims the clause judges: those of this sentence that reach the comma or the
            // semicolon, else (for a sentence's opening) the latest earlier holder's.
            let holders: Set<Int>
            if c < r.lowerBound {
                guard !hasPosition(homedIn: s.index) else { continue }
                holders = Set(previousHolders(before: s.index, excluding: [voice])).filter { registry.actors[$0].category != .place }
            } else {
                let judged = positions(homedIn: s.index).filter { $0.tokens.lowerBound < c && $0.tokens.upperBound >= c && !$0.holders.contains(voice) }
                holders = Set(judged.flatMap(\.holders)).filter { registry.actors[$0].category != .place }
            }
            guard !holders.isEmpty else { continue }
            addPosition([voice], (c + 1)..<contentEnd(from: c + 2, in: s), sentence: s.index, rule: "which-verdict")
            relate(.conflict, [voice], holders.sorted(), cue: (c + 1)..<min(r.upperBound, k + (negatedTruth ? 2 : 1)), s: s, rule: "which-verdict")
        }
    }

    /// Rule "demonstrative-verdict": "These claims are not supported by the data.", "This view
    /// was mistaken.": a sentence whose subject points back at a claim and judges it sets the
    /// voice of the sentence (the author, or the agent after "by") against the claim's holder.
    mutating func demonstrativeVerdicts(in s: Sentence) {
        let r = s.tokens
        var a = r.lowerBound
        if let o = opener(contrastWordList, s) { a = o.upperBound }
        guard a + 2 < r.upperBound, ["this", "these", "that", "those", "such"].contains(lower(a)), !inQuote(a) else { return }
        var n = a + 1
        while n < min(r.upperBound, a + 3) && !(isIn(.viewNouns, n) || isIn(.ideaNouns, n) || isIn(.judgedNouns, n)) { n += 1 }
        guard n < r.upperBound, isIn(.viewNouns, n) || isIn(.ideaNouns, n) || isIn(.judgedNouns, n) else { return }
        // The predicate: a copula or auxiliary, then a negation or a verdict, within a few words.
        let window = tokenSpan(n + 1, min(r.upperBound, n + 7))
        guard let c = window.first(where: { isIn(.copulas, $0) || ["has", "have", "had", "do", "does", "did"].contains(lower($0)) }) else { return }
        let pred = tokenSpan(c + 1, min(r.upperBound, c + 5))
        let negated = pred.contains { isIn(.negations, $0) } || isIn(.negations, c)
        let verdict = pred.first { isIn(.undoneParticiples, $0) || isIn(.faultPredicates, $0) || isIn(.faultWords, $0) }
        let supported = pred.contains { ["supported", "borne", "confirmed", "corroborated", "substantiated", "accurate", "true", "correct", "justified", "persuasive", "convincing"].contains(lower($0)) }
        guard verdict != nil || (negated && supported) else { return }
        // Who judges: the agent after "by" when it is an actor, else the voice of the sentence.
        var judge: [Int] = [author(s.index)]
        if let by = ((c + 1)..<r.upperBound).first(where: { lower($0) == "by" }),
           let m = mentions[s.index].first(where: { $0.tokens.lowerBound > by && $0.tokens.lowerBound <= by + 3 && $0.actor != nil && $0.form != .pronoun && registry.actors[$0.actor!].category != .place }) {
            judge = [m.actor!]
        }
        let prev = previousHolders(before: s.index, excluding: Set(judge))
        guard !prev.isEmpty else { return }
        if !hasPosition(homedIn: s.index) {
            addPosition(judge, a..<contentEnd(from: a + 1, in: s), sentence: s.index, rule: "demonstrative-verdict")
        }
        let cueEnd = verdict ?? pred.last(where: { ["supported", "borne", "confirmed", "corroborated", "substantiated", "accurate", "true", "correct", "justified", "persuasive", "convincing"].contains(lower($0)) }) ?? c
        relate(.conflict, judge, prev, cue: a..<min(r.upperBound, cueEnd + 1), s: s, rule: "demonstrative-verdict")
    }

    /// Rule "idea-attribution": "the claim, associated with Peter Duesberg, that drug use
    /// causes AIDS", "the theory advanced by Wegener that the continents drift": the one the
    /// idea is credited to holds the clause.
    mutating func ideaAttributions(in s: Sentence) {
        let r = s.tokens
        let links: [[String]] = [["associated", "with"], ["advanced", "by"], ["proposed", "by"], ["put", "forward", "by"], ["championed", "by"], ["developed", "by"], ["promoted", "by"], ["advocated", "by"], ["attributed", "to"], ["first", "made", "by"]]
        for k in r where !inQuote(k) && (isIn(.ideaNouns, k) || isIn(.viewNouns, k)) {
            let window = tokenSpan(k + 1, min(r.upperBound, k + 16))
            var found: (Int, Int)? = nil
            for w in links where found == nil { if let at = find(w, in: window) { found = (at, w.count) } }
            guard let link = found else { continue }
            let afterLink = (link.0 + link.1)..<min(r.upperBound, link.0 + link.1 + 12)
            guard let that = afterLink.first(where: { lower($0) == "that" }),
                  let holder = mentions(in: afterLink.lowerBound..<that, sentence: s.index).last(where: { $0.form != .pronoun && registry.actors[$0.actor!].category != .place })?.actor,
                  that + 3 < r.upperBound, !inAnyPosition(that + 1, sentence: s.index) else { continue }
            addPosition([holder], (that + 1)..<contentEnd(from: that + 1, in: s), sentence: s.index, rule: "idea-attribution")
        }
    }

    /// Rule "over-the-dissent": "The Court held, over the dissent of Mr. Justice Clark, Mr.
    /// Justice Stewart, and myself, that ...": the holder against each dissenter, the dissenters
    /// with each other.
    mutating func overDissents(in s: Sentence) {
        let r = s.tokens
        for k in r where lower(k) == "over" && !inQuote(k) && k + 3 < r.upperBound {
            var d = k + 1
            if ["the", "a", "strong", "vigorous"].contains(lower(d)) { d += 1 }
            guard d + 1 < r.upperBound, ["dissent", "dissents", "objection", "objections", "protest", "protests", "opposition"].contains(lower(d)), lower(d + 1) == "of" else { continue }
            let listEnd = tokenSpan(d + 2, r.upperBound).first { lower($0) == "that" || [";", ")", ":"].contains(toks[$0].text) } ?? r.upperBound
            var dissenters = mentions(in: (d + 2)..<listEnd, sentence: s.index).filter { $0.form != .pronoun }.compactMap(\.actor)
            if ((d + 2)..<listEnd).contains(where: { ["myself", "me"].contains(lower($0)) }), let n = narrator[s.index] { dissenters.append(n) }
            var seen: [Int] = []
            for a in dissenters where !seen.contains(a) { seen.append(a) }
            guard !seen.isEmpty, let sub = subject(before: k, in: s) else { continue }
            let others = seen.filter { !sub.actors.contains($0) }
            let cue = k..<(d + 2)
            relate(.conflict, sub.actors, others, cue: cue, s: s, rule: "over-the-dissent")
            for i in others.indices { for j in others.indices where i < j { relate(.agreement, [others[i]], [others[j]], cue: cue, s: s, rule: "over-the-dissent") } }
        }
    }

    /// Rule "shared-ownership" and "listed-members": "Eldredge and Gould's theory" (the two
    /// own one idea), "critics such as Scott, Dawkins, and Dennett" (members of one camp).
    /// Nouns of camps ("critics, including X", ``sharedGroups(in:)``) (made once, not per call).
    static let campNouns: Set<String> = ["critics", "opponents", "supporters", "proponents", "detractors", "skeptics", "sceptics", "advocates", "defenders", "allies", "adherents"]

    mutating func sharedGroups(in s: Sentence) {
        let r = s.tokens
        for m in mentions[s.index] where m.possessive && m.form == .name && m.actor != nil && !inQuote(m.tokens.lowerBound) {
            let a = m.tokens.lowerBound - 1
            guard a > r.lowerBound, lower(a) == "and", let x = mention(endingAt: a - 1, sentence: s.index), x.form == .name, let xa = x.actor, xa != m.actor! else { continue }
            var n = m.tokens.upperBound
            while n < min(r.upperBound, m.tokens.upperBound + 3) && !(isIn(.ideaNouns, n) || isIn(.viewNouns, n) || isIn(.judgedNouns, n)) { n += 1 }
            guard n < r.upperBound, isIn(.ideaNouns, n) || isIn(.viewNouns, n) || isIn(.judgedNouns, n) else { continue }
            relate(.agreement, [xa], [m.actor!], cue: x.tokens.lowerBound..<(n + 1), s: s, rule: "shared-ownership")
        }
        let camps = Self.campNouns
        for k in r where !inQuote(k) && (lower(k) == "including" || (lower(k) == "as" && k > r.lowerBound && lower(k - 1) == "such")) {
            let head = lower(k) == "as" ? k - 2 : k - 1
            var h = head
            if h >= r.lowerBound && toks[h].text == "," { h -= 1 }
            guard h >= r.lowerBound, camps.contains(lower(h)) else { continue }
            let end = ((k + 1)..<r.upperBound).first { [";", ":", ")"].contains(toks[$0].text) || (toks[$0].isWord && !toks[$0].isCapitalized && !["and", "or", "of", "de", "von", "van"].contains(lower($0))) } ?? r.upperBound
            var members: [Int] = []
            for mm in mentions(in: (k + 1)..<end, sentence: s.index) where mm.form == .name && !members.contains(mm.actor!) { members.append(mm.actor!) }
            guard members.count >= 2 else { continue }
            for i in members.indices { for j in members.indices where i < j {
                relate(.agreement, [members[i]], [members[j]], cue: h..<end, s: s, rule: "listed-members")
            } }
        }
    }

    /// Rule "however-rebuttal": "Duesberg argued that ... However, HIV can be demonstrated in
    /// virtually all patients." A sentence in the narration that opens with "However" right
    /// after someone's reported claim, and reports no one's view itself, is the author's answer.
    mutating func rebuttals() {
        for s in doc.sentences where s.index > 0 && !opinionSentences.contains(s.index) && !turnSentences.contains(s.index) {
            guard let cue = opener(rebuttalWordList, s), cue.upperBound < s.tokens.upperBound else { continue }
            // "But" and "Yet" without a comma open a clause of narration too often.
            if toks[cue.upperBound - 1].text != "," && lower(s.tokens.lowerBound) != "however" { continue }
            guard holdersBySentence[s.index] == nil, !hasPosition(homedIn: s.index) else { continue }
            let prev = doc.sentences[s.index - 1]
            guard prev.paragraph == s.paragraph || prev.paragraph == s.paragraph - 1 else { continue }
            let claims = positions(homedIn: prev.index).filter { !$0.quoted && $0.rule.hasPrefix("reporting-verb") && !$0.holders.contains(where: { registry.actors[$0].author }) }
            guard let claim = claims.last, wordCount(cue.upperBound..<s.tokens.upperBound) >= 5 else { continue }
            let a = author(s.index)
            guard !claim.holders.contains(a) else { continue }
            addPosition([a], cue.upperBound..<contentEnd(from: cue.upperBound, in: s), sentence: s.index, rule: "however-rebuttal")
            relate(.conflict, [a], claim.holders, cue: cue, s: s, rule: "however-rebuttal")
        }
    }

    /// Verbs that put a view noun's "that" clause forward as the subject's own ("expressed the
    /// opinion that", "took the view that", "was of the opinion that").
    static let viewClauseVerbs: Set<String> = ["expressed", "expresses", "express", "took", "takes", "voiced", "voices", "stated", "states",
        "advanced", "advances", "adopted", "adopts", "maintained", "maintains", "reiterated", "reiterates", "repeated", "aired", "put",
        "puts", "set", "sets", "was", "were", "is", "are", "remained", "remains", "came", "comes", "reached", "reaches", "arrived", "arrives",
        "gave", "gives", "made", "makes", "offered", "offers", "drew", "draws", "held", "holds", "shared", "shares", "accepted", "accepts"]
    /// Nouns whose "that" clause is a claim, beyond the lexicon's view nouns.
    static let clauseNouns: Set<String> = ["opinion", "view", "belief", "conviction", "position", "idea", "hope", "fear", "concern", "argument",
        "claim", "assumption", "assertion", "contention", "thesis", "hypothesis", "suspicion", "expectation", "conclusion", "ground", "case",
        "impression", "premise", "notion", "judgment", "judgement", "theory", "definition", "proposition", "proposal", "suggestion", "explanation",
        "interpretation", "charge", "allegation", "accusation", "insistence", "warning", "prediction", "principle", "doctrine", "estimate", "point"]

    /// Rule "view-noun-clause": "James Waller ... expressed the opinion that Milgram experiments
    /// do not correspond well to the Holocaust events", "took the view that", "was of the opinion
    /// that": the subject holds the clause.
    mutating func viewNounClauses(in s: Sentence) {
        let r = s.tokens
        for k in r where Self.viewClauseVerbs.contains(lower(k)) && !inQuote(k) && k > r.lowerBound {
            var n = k + 1
            if isIn(.copulas, k) {
                // Only "was of the opinion that".
                guard n < r.upperBound, lower(n) == "of" else { continue }
                n += 1
            } else if ["put", "puts", "set", "sets"].contains(lower(k)) {
                guard n < r.upperBound, ["forward", "forth", "out"].contains(lower(n)) else { continue }
                n += 1
            } else if ["came", "comes", "arrived", "arrives"].contains(lower(k)) {
                // "came to the conclusion that", "arrived at the view that".
                guard n < r.upperBound, ["to", "at"].contains(lower(n)) else { continue }
                n += 1
            }
            guard n < r.upperBound, ["the", "a", "an", "his", "her", "their", "its", "our"].contains(lower(n)) else { continue }
            n += 1
            var mods = 0
            while n < r.upperBound, !Self.clauseNouns.contains(lower(n)), mods < 2, toks[n].isWord, !toks[n].isCapitalized, !MentionFinder.stop.contains(lower(n)) { n += 1; mods += 1 }
            guard n + 2 < r.upperBound, Self.clauseNouns.contains(lower(n)), lower(n + 1) == "that" else { continue }
            let start = n + 2
            if inAnyPosition(start, sentence: s.index) || inAnyPosition(k, sentence: s.index) { continue }
            guard let sub = subject(before: k, in: s) else { continue }
            if (max(r.lowerBound, sub.start - 1)..<k).contains(where: { isIn(.negations, $0) }) { continue }
            addPosition(sub.actors, start..<contentEnd(from: start, in: s), sentence: s.index, rule: "view-noun-clause")
        }
    }

    /// Words of motive that may open a sentence before a "that" clause ("Convinced that ...",
    /// "Motivated by concerns that ...").
    static let motiveOpeners: Set<String> = ["motivated", "driven", "prompted", "spurred", "moved", "inspired", "guided", "convinced",
        "persuaded", "worried", "concerned", "alarmed", "fearful", "confident", "certain", "sure", "aware", "satisfied", "angered",
        "frustrated", "encouraged", "emboldened", "troubled", "disturbed", "dismayed", "suspicious"]

    /// Rule "opening-motive": "Motivated by Republican concerns that the League would commit the
    /// United States to an expensive organization, Lodge ...", "Convinced that the war was lost,
    /// Smith resigned": a phrase of motive opening the sentence, with a "that" clause (after the
    /// word itself or after "by" and a view noun), states the view of the subject after it; one
    /// after the main clause (", certain that ...") that of the main clause's subject.
    mutating func openingMotives(in s: Sentence) {
        let r = s.tokens
        let a = r.lowerBound
        // After the main clause: "Venezuela enthusiastically submitted to arbitration, certain
        // that the commission would decide in its favor".
        for k in tokenSpan(a + 3, r.upperBound - 4) where toks[k - 1].text == "," && Self.motiveOpeners.contains(lower(k)) && lower(k + 1) == "that" && !inQuote(k) {
            // (The main verb may follow an adverb: "Venezuela enthusiastically submitted".)
            guard !inAnyPosition(k + 2, sentence: s.index),
                  let sub = participleSubject(k, in: s) ?? tokenSpan(max(a + 1, k - 20), k).last(where: { isPastForm($0) && lower($0 - 1).hasSuffix("ly") }).flatMap({ subject(before: $0, in: s) })
            else { continue }
            addPosition(sub.actors, k..<contentEnd(from: k + 2, in: s), sentence: s.index, rule: "opening-motive")
        }
        guard r.count > 6, Self.motiveOpeners.contains(lower(a)), !inQuote(a),
              let that = tokenSpan(a + 1, min(r.upperBound, a + 10)).first(where: { lower($0) == "that" && !inQuote($0) }) else { return }
        if that > a + 1 {
            // "by (the/their/Republican) concerns that": a view noun right before "that", no comma.
            let noun = lower(that - 1)
            guard ["by", "with"].contains(lower(a + 1)), Self.clauseNouns.contains(noun) || (noun.hasSuffix("s") && Self.clauseNouns.contains(String(noun.dropLast()))),
                  !((a + 1)..<that).contains(where: { !toks[$0].isWord }) else { return }
        }
        guard let comma = tokenSpan(that + 1, r.upperBound).first(where: { c in toks[c].text == "," && !inQuote(c) && mentions[s.index].contains { opensClause($0, after: c) } }),
              comma > that + 3, let m = mentions[s.index].first(where: { opensClause($0, after: comma) }),
              !inAnyPosition(that + 1, sentence: s.index) else { return }
        addPosition([m.actor!], (that + 1)..<comma, sentence: s.index, rule: "opening-motive")
    }

    /// Verbs whose "against X" sets the subject against X ("ruled against the company").
    static let againstVerbs: Set<String> = ["ruled", "rules", "decided", "decides", "found", "finds", "voted", "votes", "sided", "sides",
        "came", "comes", "testified", "campaigned", "campaigns", "lobbied", "argued", "argues", "warned", "warns", "spoke", "speaks", "fought", "fights", "turned", "turns"]

    /// Nouns of deciding whose side "in favor of"/"favorable to" gives.
    static let decisionNouns: Set<String> = ["judgement", "judgment", "ruling", "decision", "verdict", "vote", "votes", "opinion", "finding", "decree", "order", "resolution", "argument", "arguments"]

    /// Rule "in-favor-of": "The court ruled in favor of the plaintiff", "issued a judgement
    /// favorable to the plaintiff", "voted in favour of the amendment" (with the amendment's
    /// makers), "ruled against the company": with or against the one named (or the makers of
    /// the act named).
    mutating func inFavorOf(in s: Sentence) {
        let r = s.tokens
        for k in r where toks[k].isWord && !inQuote(k) && k > r.lowerBound {
            let w = lower(k)
            var kind: EdgeKind
            var target: Int
            if ["favor", "favour"].contains(w), lower(k - 1) == "in", k + 2 < r.upperBound, lower(k + 1) == "of" {
                kind = .agreement; target = k + 2
            } else if ["favorable", "favourable", "sympathetic"].contains(w), k + 2 < r.upperBound, lower(k + 1) == "to" {
                kind = .agreement; target = k + 2
            } else if w == "for", ["found", "finds", "ruled", "rules", "decided", "decides", "held", "holds", "voted", "votes", "sided", "sides"].contains(lower(k - 1)),
                      k + 1 < r.upperBound, mentions[s.index].contains(where: { ($0.tokens.lowerBound == k + 1 || ($0.tokens.lowerBound == k + 2 && isIn(.determiners, k + 1))) && $0.actor != nil && $0.form != .pronoun }) {
                // "The District Court found for appellees", "voted for Smith": on their side.
                kind = .agreement; target = k + 1
            } else if w == "against", Self.againstVerbs.contains(lower(k - 1)) || (k - 2 >= r.lowerBound && Self.againstVerbs.contains(lower(k - 2)) && isIn(.adverbs, k - 1)) {
                // ("spoke out against the attack" is an answered act.)
                kind = .conflict; target = k + 1
            } else { continue }
            // Only a verb's or a decision's side ("ruled in favor of", "a judgement favorable
            // to", "votes in favour of"), not "evidence in favor of HIV's role".
            let head = kind == .agreement && w != "for" ? (["favor", "favour"].contains(w) ? k - 2 : k - 1) : k - 1
            guard head >= r.lowerBound, toks[head].isWord else { continue }
            let headWord = lower(head)
            let decides = Self.decisionNouns.contains(headWord) || isIn(.copulas, head) || (!toks[head].isCapitalized && (headWord.hasSuffix("ed") || isFiniteVerb(head)))
                || Self.againstVerbs.contains(headWord)
            if !decides { continue }
            // (Not "not in favor of": a negation before it turns it, and is left alone.)
            if (max(r.lowerBound, k - 4)..<k).contains(where: { isIn(.negations, $0) }) { continue }
            while target < r.upperBound && isIn(.determiners, target) { target += 1 }
            guard target < r.upperBound else { continue }
            guard let sub = subject(before: ["favor", "favour"].contains(w) ? k - 1 : k, in: s) else { continue }
            var others: [Int] = []
            if let m = mentions[s.index].first(where: { $0.tokens.lowerBound == target && $0.actor != nil && $0.form != .pronoun }) {
                others = objectList(startingAt: target, in: s).map { $0.actor! }
                if others.isEmpty { others = [m.actor!] }
                // ("the plaintiff, Eva Glawischnig-Piesczek": the one the role names.)
                if m.form == .group, m.tokens.upperBound + 1 < r.upperBound, toks[m.tokens.upperBound].text == ",",
                   let named = mentions[s.index].first(where: { $0.tokens.lowerBound == m.tokens.upperBound + 1 && $0.form == .name && $0.actor != nil }) {
                    others = others.filter { $0 != m.actor! } + [named.actor!]
                }
            } else {
                // "voted in favour of the amendment": the act's makers.
                var n = target
                var mods = 0
                while n < r.upperBound, Self.actNouns[lower(n)] == nil, mods < 3, toks[n].isWord, !toks[n].isCapitalized || isIn(.demonyms, n) { n += 1; mods += 1 }
                if n < r.upperBound, Self.actNouns[lower(n)] != nil {
                    others = actMakers(noun: n, determiner: max(r.lowerBound, target - 1), answerAt: k, answerers: sub.actors, in: s)
                    // "ruled in favor of a lawsuit filed by the Senate against Pierluisi": against
                    // the one the suit is against.
                    if Self.legalActionNouns.contains(lower(n)), let a = tokenSpan(n + 1, min(r.upperBound, n + 12)).first(where: { lower($0) == "against" }),
                       !tokenSpan(n + 1, a).contains(where: { [",", ";", ":"].contains(toks[$0].text) }) {
                        var o = a + 1
                        if o < r.upperBound, lower(o) == "the" { o += 1 }
                        let sued = objectList(startingAt: o, in: s).compactMap(\.actor).filter { !sub.actors.contains($0) && registry.actors[$0].category != .place }
                        let against: EdgeKind = kind == .agreement ? .conflict : .agreement
                        if !sued.isEmpty { relate(against, sub.actors, sued, cue: max(r.lowerBound, k - 1)..<(a + 1), s: s, rule: "in-favor-of") }
                    }
                }
            }
            others = Array(Set(others.filter { !sub.actors.contains($0) && registry.actors[$0].category != .place })).sorted()
            guard !others.isEmpty else { continue }
            relate(kind, sub.actors, others, cue: max(r.lowerBound, k - 1)..<min(r.upperBound, target + 1), s: s, rule: "in-favor-of")
        }
    }

    /// Rule "questioned-owner": "Schiff questioned the President's power to do so", "UNESCO,
    /// who questioned his authority to make the change": doubting what someone has or claims
    /// (their power, authority, claim) sets the doubter against them. ("questioned the
    /// witness" is no conflict: only an owned object counts.)
    mutating func questionedOwners(in s: Sentence) {
        let r = s.tokens
        for k in r where ["questioned", "questions", "question", "doubted", "doubts"].contains(lower(k)) && !inQuote(k) && k > r.lowerBound {
            if isIn(.determiners, k - 1) { continue }
            var o = k + 1
            if o < r.upperBound, lower(o) == "the" { o += 1 }
            guard let m = mentions[s.index].first(where: { $0.tokens.lowerBound == o && $0.possessive && $0.actor != nil }),
                  m.tokens.upperBound < r.upperBound, toks[m.tokens.upperBound].isWord, !toks[m.tokens.upperBound].isCapitalized else { continue }
            var who: [Int] = []
            if let sub = subject(before: k, in: s) {
                if (max(r.lowerBound, sub.start - 1)..<k).contains(where: { isIn(.negations, $0) }) { continue }
                who = sub.actors
            } else if ["who", "which"].contains(lower(k - 1)), k - 2 > r.lowerBound {
                // "... (UNESCO) who questioned": the one the relative clause follows.
                var e = k - 2
                if [",", ")"].contains(toks[e].text) { e -= 1 }
                if let a = mention(endingAt: e, sentence: s.index), a.form != .pronoun, let x = a.actor { who = [x] }
            }
            who = who.filter { $0 != m.actor! }
            guard !who.isEmpty else { continue }
            relate(.conflict, who, [m.actor!], cue: k..<(m.tokens.upperBound + 1), s: s, rule: "questioned-owner")
        }
    }

    /// Rule "defended-against": "Asa Gray promoted and defended Origin against those American
    /// naturalists ..., notably Louis Agassiz", "supported the bill against the Senate": a
    /// verb of support with "against" sets its subject against the ones named after it.
    mutating func defendedAgainst(in s: Sentence) {
        let r = s.tokens
        for k in r where toks[k].isWord && verbKind(k) & Self.agreementBit != 0 && !inQuote(k) && !lower(k).hasSuffix("ing") {
            guard let against = tokenSpan(k + 1, min(r.upperBound, k + 12)).first(where: { lower($0) == "against" }),
                  !((k + 1)..<against).contains(where: { [";", ":", ","].contains(toks[$0].text) || toks[$0].isQuote || ["that", "which", "who", "but"].contains(lower($0)) || isFiniteVerb($0) })
            else { continue }
            guard let sub = subject(before: k, in: s),
                  !(max(r.lowerBound, sub.start - 1)..<k).contains(where: { isIn(.negations, $0) }) else { continue }
            var o = against + 1
            while o < r.upperBound && (isIn(.determiners, o) || ["those", "these", "all"].contains(lower(o))) { o += 1 }
            var targets = objectList(startingAt: o, in: s)
            if targets.isEmpty, let g = mentions[s.index].first(where: { $0.tokens.lowerBound >= o && $0.tokens.lowerBound <= o + 3 && $0.actor != nil && $0.form == .group }) {
                targets = [g]
            }
            // "against those American naturalists with an idealist approach, notably Louis
            // Agassiz": the named members of the group too.
            let reach = tokenSpan(o, min(r.upperBound, o + 12)).prefix(while: { ![";", ":", "."].contains(toks[$0].text) && !toks[$0].isQuote && !["that", "but", "while", "because"].contains(lower($0)) })
            if let inc = reach.first(where: { ["including", "notably", "especially", "particularly"].contains(lower($0)) || (lower($0) == "such" && $0 + 1 < r.upperBound && lower($0 + 1) == "as") }) {
                targets += objectList(startingAt: lower(inc) == "such" ? inc + 2 : inc + 1, in: s)
            }
            let others = Array(Set(targets.compactMap(\.actor).filter { !sub.actors.contains($0) && registry.actors[$0].category != .place })).sorted()
            guard !others.isEmpty else { continue }
            relate(.conflict, sub.actors, others, cue: k..<(against + 1), s: s, rule: "defended-against")
        }
    }

    /// Rule "pronoun-object": "he repudiated it", "neither the United States nor Japan approved
    /// of it": a verb of agreement or conflict whose object points back at a claim sets its
    /// subject with or against the claim's holder (the latest other holder, in this sentence or
    /// before it).
    mutating func pronounObjects(in s: Sentence) {
        let r = s.tokens
        for k in r where !inQuote(k) {
            let w = lower(k)
            let isConflict = verbKind(k) & Self.conflictBit != 0, isAgree = verbKind(k) & Self.agreementBit != 0
            guard isConflict || isAgree, k > r.lowerBound, !isIn(.determiners, k - 1), lower(k - 1) != "to" else { continue }
            var o = k + 1
            if o < r.upperBound, ["of", "to", "with"].contains(lower(o)) { o += 1 }
            guard o < r.upperBound, ["it", "this", "that"].contains(lower(o)) else { continue }
            let after = o + 1
            guard after >= r.upperBound || !toks[after].isWord || ["and", "but", "because", "in", "on", "at", "for", "outright", "entirely", "completely", "publicly", "too", "once", "after", "when", "before", "since", "immediately", "later", "soon", "again", "altogether", "firmly", "strongly"].contains(lower(after)) else { continue }
            guard let sub = subject(before: k, in: s) else { continue }
            let negated = (max(r.lowerBound, sub.start - 1)..<k).contains { isIn(.negations, $0) || lower($0) == "neither" }
            let kind: EdgeKind
            if isConflict && !negated { kind = .conflict }
            else if isAgree && !negated { kind = .agreement }
            else if isAgree && negated && Self.refusableAgreement.contains(agreementForms[w] ?? "") || lower(o - 1) == "of" && isAgree && negated { kind = .conflict }
            else { continue }
            let mine = Set(sub.actors)
            let here = positions(homedIn: s.index).filter { $0.tokens.upperBound <= k && Set($0.holders).isDisjoint(with: mine) }.last?.holders
            let others = here ?? previousHolders(before: s.index, excluding: mine)
            guard !others.isEmpty else { continue }
            // ("Lodge opposed the treaty. Borah opposed it.": where the one before took the same
            // stance, "it" is what they both took it on, not their view.)
            let bit = kind == .conflict ? Self.conflictBit : Self.agreementBit
            if here == nil, let last = others.last.flatMap({ positionsByHolder[$0]?.last }).map({ positions[$0] }),
               tokenSpan(last.tokens.lowerBound, min(last.tokens.upperBound, last.tokens.lowerBound + 4)).contains(where: { verbKind($0) & bit != 0 }) { continue }
            relate(kind, sub.actors, others, cue: k..<(o + 1), s: s, rule: "pronoun-object")
        }
    }

    /// Acts one actor puts to others, or makes with others, by the noun that names the act and
    /// the verbs that make it ("invited" -> "the invitation", "signed" -> "the agreement").
    static let actNouns: [String: [String]] = [
        "invitation": ["invite"], "invitations": ["invite"], "offer": ["offer", "make"], "offers": ["offer", "make"],
        "proposal": ["propose", "make", "put", "submit", "present"], "proposals": ["propose", "make", "put", "submit", "present"],
        "request": ["request", "ask", "make"], "requests": ["request", "ask", "make"],
        "demand": ["demand", "make", "issue"], "demands": ["demand", "make", "issue"], "suggestion": ["suggest", "make"],
        "suggestions": ["suggest", "make"], "ultimatum": ["issue", "deliver", "send"], "overture": ["make"], "overtures": ["make"],
        "appeal": ["appeal", "call", "make", "issue"], "call": ["call", "make", "issue"], "calls": ["call", "make", "issue"], "plea": ["plead", "make"], "terms": ["offer", "propose"],
        "initiative": ["launch", "propose", "announce"],
        "agreement": ["sign", "conclude", "negotiate", "reach", "propose"], "deal": ["sign", "conclude", "negotiate", "strike", "reach", "propose"],
        "treaty": ["sign", "conclude", "negotiate", "propose", "draft"], "accord": ["sign", "conclude", "negotiate", "reach"],
        "pact": ["sign", "conclude", "negotiate"], "memorandum": ["sign", "draft"], "plan": ["propose", "announce", "unveil", "draft", "present"],
        "bill": ["introduce", "propose", "sponsor", "draft", "pass"], "bills": ["introduce", "propose", "sponsor", "pass"],
        "legislation": ["introduce", "propose", "pass", "enact", "sponsor"], "law": ["pass", "enact", "adopt"], "laws": ["pass", "enact", "adopt"],
        "act": ["pass", "enact", "adopt"], "measure": ["pass", "introduce", "adopt", "propose"], "measures": ["pass", "introduce", "adopt", "impose", "propose"],
        "ordinance": ["pass", "enact", "adopt"], "statute": ["pass", "enact"], "restrictions": ["impose", "introduce"],
        "boycott": ["organize", "organise", "launch", "call", "lead"], "embargo": ["impose", "declare", "order"], "resolution": ["introduce", "propose", "sponsor", "draft", "table"],
        "claim": ["claim", "make", "assert", "press", "advance"], "claims": ["claim", "make", "assert", "press", "advance"],
        "lawsuit": ["file", "bring"], "suit": ["file", "bring"], "complaint": ["file", "lodge", "bring"], "petition": ["file", "submit"],
        "amendment": ["introduce", "propose", "sponsor", "table"], "policy": ["announce", "adopt", "introduce"],
        "warning": ["warn", "issue"], "warnings": ["warn", "issue"], "advice": ["advise", "give"], "order": ["order", "issue", "give"],
        "orders": ["order", "issue", "give"], "instructions": ["instruct", "give", "issue"], "ruling": ["rule", "issue"],
        "attack": ["attack", "launch", "carry", "conduct", "order"], "attacks": ["attack", "launch", "carry", "conduct", "order"],
        "strike": ["strike", "launch", "carry", "conduct", "order"], "airstrike": ["launch", "carry", "conduct", "order"],
        "invasion": ["invade", "launch", "order"], "raid": ["raid", "launch", "carry", "conduct", "order"],
        "sanctions": ["impose", "announce", "levy"], "blockade": ["impose", "declare", "order"],
        "move": ["announce", "pledge", "propose", "decide", "order"], "decision": ["decide", "announce"],
        "proclamation": ["proclaim", "issue"], "declaration": ["declare", "issue"], "announcement": ["announce"],
        "pledge": ["pledge"], "promise": ["promise"],
        "withdrawal": ["announce", "order", "decide", "withdraw"], "pullout": ["announce", "order", "decide"],
        "ban": ["announce", "impose", "order", "issue"], "tariffs": ["impose", "announce", "levy"],
        "executive": ["sign", "issue"], "nomination": ["nominate", "announce"], "veto": ["veto", "issue"], "reform": ["propose", "announce", "introduce"],
        "reforms": ["propose", "announce", "introduce"], "budget": ["propose", "present", "submit", "pass"],
    ]
    /// Verbs of answering an act beyond the lexicon's conflict and agreement verbs.
    static let answerVerbs: [String: EdgeKind] = [
        "declined": .conflict, "declines": .conflict, "refused": .conflict, "refuses": .conflict, "spurned": .conflict,
        "spurns": .conflict, "rebuffed": .conflict, "rebuffs": .conflict, "ignored": .conflict, "ignores": .conflict,
        "vetoed": .conflict, "vetoes": .conflict, "heeded": .agreement, "heeds": .agreement,
        "negated": .conflict, "repealed": .conflict, "repeals": .conflict, "blocked": .conflict, "blocks": .conflict, "nullified": .conflict,
        "annulled": .conflict, "invalidated": .conflict, "rescinded": .conflict, "revoked": .conflict, "suppressed": .conflict,
        "thwarted": .conflict, "obstructed": .conflict, "defeated": .conflict, "boycotted": .conflict, "protested": .conflict,
        "negate": .conflict, "repeal": .conflict, "block": .conflict, "nullify": .conflict, "annul": .conflict, "invalidate": .conflict,
        "rescind": .conflict, "revoke": .conflict, "suppress": .conflict, "thwart": .conflict, "obstruct": .conflict, "defeat": .conflict,
        "veto": .conflict, "decline": .conflict, "refuse": .conflict, "ignore": .conflict, "boycott": .conflict, "heed": .agreement,
    ]

    /// The keys of ``answerVerbs`` and ``answerWithParticle``.
    static let answeringWords = WordSet(Array(answerVerbs.keys) + Array(answerWithParticle.keys))

    /// Verbs that answer an act through a particle ("complied with", "objected to").
    static let answerWithParticle: [String: (String, EdgeKind)] = [
        "complied": ("with", .agreement), "comply": ("with", .agreement), "complies": ("with", .agreement),
        "acceded": ("to", .agreement), "accede": ("to", .agreement), "accedes": ("to", .agreement),
        "consented": ("to", .agreement), "consent": ("to", .agreement), "consents": ("to", .agreement),
        "assented": ("to", .agreement), "assents": ("to", .agreement),
        "agreed": ("to", .agreement), "agrees": ("to", .agreement),
        "objected": ("to", .conflict), "objects": ("to", .conflict), "object": ("to", .conflict),
    ]

    /// The makers of the act whose noun is at `n` (its determiner or first modifier at `det`),
    /// answered at `k` by `answerers`: the owner after "of/from/by", the agent a few words on,
    /// the peoples of its adjectives ("the Turkish proposal"), else the subject of the act's
    /// verb or the owner of the same noun in this sentence or the five before it (or, for a
    /// definite act, the text's opening sentences).
    mutating func actMakers(noun n: Int, determiner det: Int, answerAt k: Int, answerers: [Int], in s: Sentence) -> [Int] {
        let r = s.tokens
        guard let stems = Self.actNouns[lower(n)] else { return [] }
        let makerForms = Lexicon.forms(stems)
        func isMakerVerb(_ v: Int) -> Bool {
            let f = lower(v)
            guard let lemma = makerForms[f] else { return false }
            // ("concluded that ...", "reached the view that": a verb of saying, not of making.)
            if ["conclude", "reach", "make", "strike", "draw"].contains(lemma), v + 1 < toks.count, ["that", "whether"].contains(lower(v + 1)) { return false }
            // "succeeded in introducing and passing legislation": a gerund of the subject's act.
            if f.hasSuffix("ing") { return v > 0 && ["in", "by", "and", "after"].contains(lower(v - 1)) }
            return f != lemma
        }
        var makers: [Int] = []
        // "the invitation of X", "the agreement signed by X and Y".
        var after = n + 1
        if after < r.upperBound, isMakerVerb(after) { after += 1 }
        if after + 1 < r.upperBound, ["of", "from", "by", "between"].contains(lower(after)) {
            makers = objectList(startingAt: after + 1, in: s).map { $0.actor! }
            if makers.isEmpty, after + 2 < r.upperBound, lower(after + 1) == "the" { makers = objectList(startingAt: after + 2, in: s).map { $0.actor! } }
            // ("the proclamation of Golan Heights": a place after "of" is what it is about.)
            makers = makers.filter { registry.actors[$0].category != .place }
        }
        // "the proclamation of X as Y by the President": the agent a few words on.
        if let by = (tokenSpan(n + 1, min(r.upperBound, n + 14))).first(where: { lower($0) == "by" && !inQuote($0) }),
           !((n + 1)..<by).contains(where: { [",", ";", ":"].contains(toks[$0].text) || isFiniteVerb($0) }) {
            var b = by + 1
            while b < r.upperBound, ["the", "a", "of"].contains(lower(b)) || MentionFinder.isAbbreviatedTitle(lower(b)) || ["president", "prime", "minister", "secretary", "chancellor", "king", "queen"].contains(lower(b)) { b += 1 }
            let agents = mentions[s.index].filter { $0.tokens.lowerBound > by && $0.tokens.lowerBound <= b + 5 && $0.actor != nil && $0.form != .pronoun }
            if let agent = agents.first(where: { registry.actors[$0.actor!].category == .person }) ?? agents.first { makers = [agent.actor!] }
        }
        // "the Turkish proposal": the peoples named in the object's modifiers.
        if makers.isEmpty {
            makers = ((det + 1)..<n).flatMap { actorsForAdjectives($0, sentence: s.index) }
        }
        // Else the ones who made it, or named it with their adjectives, earlier: in the five
        // sentences before, else, for "the decision" (definite), in the text's opening
        // sentences, where a report states the act it is about ("Trump announced US troops
        // would be leaving Syria ... McGurk criticized the decision").
        let near = Array(stride(from: s.index, through: max(0, s.index - 5), by: -1))
        let lede = lower(det) == "the" && s.index > 5 ? Array(0..<min(4, s.index - 5)) : []
        for si in near + lede where makers.isEmpty {
            let t = doc.sentences[si]
            let upper = si == s.index ? k : t.tokens.upperBound
            for v in t.tokens.lowerBound..<upper where toks[v].isWord && !inQuote(v) {
                let isAct = isMakerVerb(v)
                let isNoun = lower(v) == lower(n)
                guard isAct || isNoun else { continue }
                var at = v
                if isNoun {
                    if let m = mentions[si].first(where: { $0.possessive && $0.actor != nil && $0.tokens.upperBound >= v - 1 && $0.tokens.upperBound <= v }) {
                        makers = [m.actor!]; break
                    }
                    // "the Turkish-Libyan maritime border agreement": the peoples it is named for.
                    let named = (max(t.tokens.lowerBound, v - 4)..<v).filter { toks[$0].isCapitalized && toks[$0].isWord && !inQuote($0) }
                    makers = named.flatMap { actorsForAdjectives($0, sentence: si) }
                    if !makers.isEmpty { break }
                    guard let verb = (max(t.tokens.lowerBound, v - 5)..<v).last(where: { isMakerVerb($0) }) else { continue }
                    at = verb
                }
                if let who = subject(before: at, in: t), !Set(who.actors).isSubset(of: Set(answerers)) {
                    makers = who.actors.filter { !answerers.contains($0) }
                    break
                }
            }
        }
        return makers
    }

    /// Rule "answered-act", passive: "Macron called for action ... The call was quickly seconded
    /// by Merkel and Johnson": the agents after "by" answer the act named by the subject
    /// ("the call", "this proposal", "the Turkish offer"), whose makers are found as for the
    /// active answer.
    mutating func passiveAnswer(_ kind: EdgeKind, verb k: Int, in s: Sentence) {
        let r = s.tokens
        guard k + 2 < r.upperBound, lower(k + 1) == "by" else { return }
        var cop = k - 1
        if !isIn(.copulas, cop) { cop -= 1 }
        // The subject: a determiner, up to three modifiers and the act's noun, right before the copula.
        let n = cop - 1
        guard n > r.lowerBound, Self.actNouns[lower(n)] != nil, !inQuote(n) else { return }
        guard let det = (max(r.lowerBound, n - 4)..<n).last(where: { ["the", "this", "that", "these", "those", "such"].contains(lower($0)) }),
              ((det + 1)..<n).allSatisfy({ toks[$0].isWord && (!toks[$0].isCapitalized || isIn(.demonyms, $0)) }) else { return }
        // ("the offer of Japan was rejected by ...": an owner after the noun is the active rule's
        // business; here the subject ends at the copula.)
        var b = k + 2
        while b < r.upperBound, ["the", "a", "of"].contains(lower(b)) || MentionFinder.isAbbreviatedTitle(lower(b)) || isIn(.demonyms, b) && toks[b].isCapitalized && mentions[s.index].first(where: { $0.tokens.lowerBound == b }) == nil { b += 1 }
        var agents = mentions[s.index].first(where: { $0.tokens.lowerBound >= k + 2 && $0.tokens.lowerBound <= b + 4 && $0.actor != nil && $0.form != .pronoun })
            .map { passiveAgents(first: $0, in: s) } ?? []
        agents = Array(Set(agents)).sorted()
        guard !agents.isEmpty else { return }
        let makers = actMakers(noun: n, determiner: det, answerAt: det, answerers: agents, in: s).filter { !agents.contains($0) }
        guard !makers.isEmpty else { return }
        relate(kind, agents, Array(Set(makers)).sorted(), cue: k..<(k + 2), s: s, rule: "answered-act")
        // The agents answer it together: "seconded by A and B" puts A and B on one side.
        for (i, a) in agents.enumerated() { for b in agents[(i + 1)...] {
            relate(.agreement, [a], [b], cue: k..<(k + 2), s: s, rule: "co-agents")
        } }
    }

    /// Rule "answered-act": "Coolidge invited these powers to meet ... France and Italy declined
    /// the invitation", "Turkey and Libya signed a border agreement ... Greece denounced the
    /// agreement": who answers an invitation, offer, proposal or agreement stands against (or
    /// with) the ones who made it. The makers are the subject of the act's verb ("invited",
    /// "signed"), the owner of the act's noun ("Coolidge's invitation", "the offer of X", "the
    /// agreement signed by X", "the Turkish-Libyan agreement"), in this sentence or at most
    /// five before it.
    mutating func answeredActs(in s: Sentence) {
        let r = s.tokens
        for k in r where !inQuote(k) && k > r.lowerBound {
            let w = lower(k)
            let kind: EdgeKind
            // "complied with the request", "acceded to the demands", "objected to the plan": the
            // verb and its particle answer the act.
            var particle = false
            var particles = 1
            // (Most words are in neither table: a cheap test of both first.)
            let answering = Self.answeringWords.contains(w)
            if answering, let (p, known) = Self.answerWithParticle[w], k + 2 < r.upperBound, lower(k + 1) == p { kind = known; particle = true }
            else if ["spoke", "speaks", "spoken", "speak", "came", "comes", "come"].contains(w), k + 3 < r.upperBound, lower(k + 1) == "out", lower(k + 2) == "against" {
                // "spoke out against the attack", "came out against the plan".
                kind = .conflict; particle = true; particles = 2
            }
            else if answering, let known = Self.answerVerbs[w] { kind = known }
            else if verbKind(k) & Self.conflictBit != 0, !w.hasSuffix("ing") { kind = .conflict }
            else if verbKind(k) & Self.agreementBit != 0, !w.hasSuffix("ing"), !["signed", "signs", "joined", "joins"].contains(w) { kind = .agreement }
            else { continue }
            if isIn(.determiners, k - 1) { continue }
            // "The call was quickly seconded by Merkel and Johnson", "the proposal was rejected
            // by the Senate": the agents answer the act named in the subject.
            if isIn(.copulas, k - 1) || (k - 2 >= r.lowerBound && isIn(.copulas, k - 2) && lower(k - 1).hasSuffix("ly")) {
                passiveAnswer(kind, verb: k, in: s)
                continue
            }
            // "to veto" only after "was able to", "moved to" (the subject's own act).
            if lower(k - 1) == "to", !(k >= r.lowerBound + 2 && Self.toLeads.contains(lower(k - 2))) { continue }
            var n = k + 1
            if particle { n += particles }
            if n < r.upperBound, lower(n) == "down", w == "turned" || w == "struck" { n += 1 }
            // "negate much of this legislation", "repealed parts of the act".
            if n + 2 < r.upperBound, ["much", "all", "some", "most", "part", "parts", "many", "several", "portions"].contains(lower(n)), lower(n + 1) == "of" { n += 2 }
            // "ignored American warnings": a plural act without a determiner.
            let bare = n + 1 < r.upperBound && (Self.actNouns[lower(n)] != nil && lower(n).hasSuffix("s") || (isIn(.demonyms, n) && toks[n].isCapitalized && Self.actNouns[lower(n + 1)] != nil))
            // ("accepted a British pledge": an indefinite act only when a people's adjective
            // names its makers.)
            let indefinite = n + 2 < r.upperBound && lower(n) == "a" && isIn(.demonyms, n + 1) && toks[n + 1].isCapitalized
            guard n + 1 < r.upperBound, bare || indefinite || ["the", "this", "that", "these", "those", "such", "an", "any", "its", "their"].contains(lower(n)) else { continue }
            let det = bare ? n - 1 : n
            if !bare { n += 1 }
            // Up to three modifiers ("the Turkish-Libyan maritime border agreement").
            var mods = 0
            while n + 1 < r.upperBound, Self.actNouns[lower(n)] == nil, mods < 5, toks[n].isWord || toks[n].text == "-" {
                if toks[n].isWord && toks[n].isCapitalized && !isIn(.demonyms, n) { break }
                n += 1; mods += 1
            }
            guard n < r.upperBound, Self.actNouns[lower(n)] != nil else { continue }
            // An actor object of the verb itself is the verb-object rule's business.
            guard let sub = subject(before: k, in: s) else { continue }
            if (max(r.lowerBound, sub.start - 1)..<k).contains(where: { isIn(.negations, $0) || lower($0) == "neither" }) { continue }
            var makers = actMakers(noun: n, determiner: det, answerAt: k, answerers: sub.actors, in: s)
            makers = makers.filter { !sub.actors.contains($0) }
            guard !makers.isEmpty else { continue }
            relate(kind, sub.actors, Array(Set(makers)).sorted(), cue: k..<(n + 1), s: s, rule: "answered-act")
        }
    }

    /// Rule "ruling-opposition": "the ruling Democratic Rally ... Progressive Party of Working
    /// People, the main opposition force, ...": a party described as the opposition stands
    /// against the one described as ruling or governing in the same text.
    mutating func rulingAndOpposition() {
        var ruling: [Int] = []
        var opposition: [(actor: Int, sentence: Sentence, cue: Range<Int>)] = []
        for s in doc.sentences {
            let r = s.tokens
            for m in mentions[s.index] where m.form != .pronoun && m.actor != nil && !inQuote(m.tokens.lowerBound) {
                let b = m.tokens.lowerBound
                // "the ruling X", "the governing X", "the opposition X".
                if b > r.lowerBound {
                    let w = lower(b - 1)
                    if ["ruling", "governing"].contains(w) { ruling.append(m.actor!) }
                    if w == "opposition", m.form == .name { opposition.append((m.actor!, s, (b - 1)..<m.tokens.upperBound)) }
                }
                // "X, the main opposition force,", "X, the governing party,".
                let e = m.tokens.upperBound
                if e + 2 < r.upperBound, toks[e].text == ",", ["the", "a"].contains(lower(e + 1)), m.form == .name {
                    var j = e + 2
                    while j < min(r.upperBound, e + 5), ["main", "chief", "largest", "principal", "official", "biggest", "leading", "second-largest"].contains(lower(j)) { j += 1 }
                    // (Not "In Malta, the ruling Labour Party": the words after describe another.)
                    let described = j + 1 >= r.upperBound || !(toks[j + 1].isWord && toks[j + 1].isCapitalized)
                    if described, j < r.upperBound, lower(j) == "opposition" { opposition.append((m.actor!, s, (e + 1)..<(j + 1))) }
                    if described, j < r.upperBound, ["ruling", "governing"].contains(lower(j)) { ruling.append(m.actor!) }
                }
            }
        }
        let rulers = Array(Set(ruling)).sorted()
        for o in opposition {
            let against = rulers.filter { $0 != o.actor }
            guard !against.isEmpty else { continue }
            relate(.conflict, [o.actor], against, cue: o.cue, s: o.sentence, rule: "ruling-opposition")
        }
    }

    // MARK: Enumerated grounds

    /// Rule "enumerated-grounds": "... was rejected by Scheidegger on the following grounds."
    /// followed by paragraphs opening "First, ...", "Second, ...": each is the holder's claim.
    mutating func enumeratedGrounds() {
        let cues = words.groundsCueWords
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
                    guard isIn(.ordinalOpeners, t.tokens.lowerBound) else { break }
                    para = t.paragraph
                }
                var from = t.tokens.lowerBound
                if isIn(.ordinalOpeners, from), from + 1 < t.tokens.upperBound, toks[from + 1].text == "," { from += 2 }
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
    static let faultPredicates: Set<String> = ["dead", "dubious", "spurious", "questionable", "unreliable", "doubtful", "false", "invalid", "absurd", "premature", "exaggerated", "misleading", "unscientific", "fraudulent", "irreproducible", "discredited", "wrong", "mistaken", "flawed", "erroneous", "untenable", "unpersuasive", "incorrect", "misplaced", "unfounded", "unconvincing", "implausible", "inconsistent", "baseless", "groundless", "dangerous", "mischievous", "indefensible", "unsound",
        "reckless", "irresponsible", "disastrous", "shameful", "outrageous", "illegal", "unconstitutional", "unjustified", "unacceptable", "ill-advised", "misguided", "foolish", "naive", "short-sighted", "counterproductive", "catastrophic", "deplorable", "disgraceful", "cowardly"]
    static let praisePredicates: Set<String> = ["affirmed", "upheld", "correct", "right", "sound", "persuasive", "convincing", "well-founded", "compelling", "accurate", "justified", "plausible",
        "wise", "courageous", "brave", "bold", "decisive", "forceful", "swift", "admirable", "appropriate", "necessary", "prudent", "sensible", "responsible", "legitimate", "lawful", "constitutional", "historic", "welcome", "commendable", "laudable"]
    /// Verbs that say an actor got something wrong ("misunderstood", "erred").
    static let errorVerbs: Set<String> = ["erred", "errs", "misunderstood", "misunderstands", "misread", "misreads", "misapplied", "misapplies", "misconstrued", "misconstrues", "misinterpreted", "misinterprets", "misstated", "misstates", "mischaracterized", "mischaracterizes", "mischaracterised", "overlooked", "overlooks", "conflated", "conflates"]
    /// Nouns the narration weighs an outcome with ("was a failure").
    static let outcomeNouns: Set<String> = ["failure", "success", "mistake", "disaster", "blunder", "fiasco", "miscalculation", "triumph", "setback"]
    /// Participles of undoing a claim ("the paper be retracted", "the claim was refuted").
    static let undoneParticiples: Set<String> = ["reversed", "vacated", "overruled", "quashed", "disproven", "retracted", "withdrawn", "refuted", "disproved", "discredited", "debunked", "rejected", "dismissed", "overturned", "struck", "discarded", "abandoned", "falsified", "contradicted", "invalidated", "repudiated"]
    /// Verbs that take an object and its judgement ("considered the claim dead").
    static let judgingVerbs: Set<String> = ["consider", "considered", "considers", "considering", "deem", "deemed", "deems", "judge", "judged", "judges", "declare", "declared", "declares", "pronounce", "pronounced", "pronounces", "call", "called", "calls", "find", "found", "finds", "think", "thought", "thinks", "regard", "regarded", "regards", "label", "labelled", "labeled", "brand", "branded", "rate", "rated"]
    static let judgedNouns: Set<String> = ["hypothesis", "hypotheses", "thesis", "idea", "ideas", "model", "explanation", "paper", "papers", "report", "results", "result", "study", "studies", "experiment", "experiments", "data", "work", "article", "articles", "paper's", "conclusion", "conclusions", "reasoning", "decision", "opinion", "ruling", "holding", "premise", "premises", "approach", "argument", "arguments", "analysis", "view", "views", "theory", "claim", "claims", "position", "findings", "finding", "interpretation", "logic", "estimate", "judgment", "judgement", "assumption", "assumptions", "proposal", "policy",
        "order", "orders", "move", "action", "actions", "response", "handling", "leadership", "speech", "statement", "remarks", "comments", "plan", "deal", "strike", "decree", "veto", "stance"]

    /// Rule "view-critique": "The conclusions of the Court of Errors ... fail to take sufficient
    /// account of ...", "X's reasoning is flawed": the narrator sets itself against X (and
    /// holds the judgement); "X's argument is persuasive": with X.
    mutating func viewCritiques(in s: Sentence) {
        let r = s.tokens
        for k in r where isIn(.judgedNouns, k) && !inQuote(k) {
            // Whose view: "X's conclusions", "the conclusions of X", or a name used as a
            // modifier: "the initial Fleischmann and Pons claim", "the Salamon paper".
            var owners: [Int] = []
            var attributive = false
            var after = k + 1
            if let m = mentions[s.index].first(where: { m in m.possessive && m.actor != nil && m.form != .pronoun && m.tokens.upperBound <= k && m.tokens.upperBound >= k - 3
                && (m.tokens.upperBound..<k).allSatisfy { toks[$0].isWord || toks[$0].text == "-" } }) {
                owners = [m.actor!]
            } else if k + 2 < r.upperBound, lower(k + 1) == "of",
                      let m = mentions[s.index].first(where: { ($0.tokens.lowerBound == k + 2 || ($0.tokens.lowerBound == k + 3 && lower(k + 2) == "the")) && $0.actor != nil && $0.form != .pronoun }) {
                owners = [m.actor!]
                after = m.tokens.upperBound
            } else if let m = mentions[s.index].first(where: { !$0.possessive && $0.form == .name && $0.actor != nil && $0.tokens.upperBound == k }),
                      m.tokens.lowerBound > r.lowerBound, ["the", "a", "this", "that", "initial", "original", "first", "new", "latest", "earlier", "later", "and"].contains(lower(m.tokens.lowerBound - 1)) {
                owners = [m.actor!]
                attributive = true
                if lower(m.tokens.lowerBound - 1) == "and", let m2 = mention(endingAt: m.tokens.lowerBound - 2, sentence: s.index), m2.form == .name {
                    owners.insert(m2.actor!, at: 0)
                }
            }
            // "the Lindqvist paper": a lone capitalised modifier is no mention of its own, but
            // it names an actor the text mentions elsewhere.
            if owners.isEmpty, k - 1 > r.lowerBound, toks[k - 1].isCapitalized, toks[k - 1].isWord, !inQuote(k - 1),
               ["the", "a", "this", "that"].contains(lower(k - 2)), let x = registry.actor(forSurface: toks[k - 1].text),
               registry.actors[x].category == .person || registry.actors[x].category == .unknown {
                owners = [x]
                attributive = true
            }
            // "The United States found that response unacceptable": a judged view pointed back
            // at is the view of whoever held one just before.
            if owners.isEmpty, k - 2 > r.lowerBound, ["this", "that", "these", "those"].contains(lower(k - 1)), isIn(.judgingVerbs, k - 2),
               let judge = subject(before: k - 2, in: s) {
                owners = previousHolders(before: s.index, excluding: Set(judge.actors))
            }
            owners = owners.filter { registry.actors[$0].category != .place }
            guard !owners.isEmpty else { continue }
            // Skip a parenthetical ", tested by the federal standard,".
            if after < r.upperBound && toks[after].text == "," {
                guard let close = (after + 1..<min(r.upperBound, after + 12)).first(where: { toks[$0].text == "," }) else { continue }
                after = close + 1
            }
            // "X's claim that drugs cause AIDS is regarded as disproven by Y": the judgement
            // comes after the clause the noun carries, where a copula meets a verdict.
            var judgeAgent: Int? = nil
            if after < r.upperBound && lower(after) == "that" && !attributive {
                let verdictAt = tokenSpan(after + 2, r.upperBound).first { c in
                    isIn(.copulas, c) && (tokenSpan(c + 1, min(r.upperBound, c + 5))).contains {
                        isIn(.undoneParticiples, $0) || isIn(.faultPredicates, $0) }
                }
                guard let c = verdictAt else { continue }
                after = c
                if let verdict = (tokenSpan(c + 1, min(r.upperBound, c + 5))).first(where: { isIn(.undoneParticiples, $0) || isIn(.faultPredicates, $0) }),
                   verdict + 1 < r.upperBound, lower(verdict + 1) == "by",
                   let m = mentions[s.index].first(where: { $0.tokens.lowerBound > verdict + 1 && $0.tokens.lowerBound <= verdict + 4 && $0.actor != nil && $0.form != .pronoun }) {
                    judgeAgent = m.actor
                }
            }
            var v = after
            while v < r.upperBound && isIn(.adverbs, v) { v += 1 }
            guard v < r.upperBound else { continue }
            var kind: EdgeKind? = nil
            if isIn(.faultVerbs, v) { kind = .conflict }
            else if isIn(.copulas, v) {
                var a = v + 1
                while a < r.upperBound && (isIn(.adverbs, a) || ["a", "an", "the", "been", "be", "widely", "generally", "now", "regarded", "considered", "seen", "viewed", "as", "proven", "shown", "found", "to"].contains(lower(a))) { a += 1 }
                let negated = (v..<a).contains { isIn(.negations, $0) }
                if a < r.upperBound {
                    // "... be retracted", "was refuted": undone by someone.
                    if isIn(.faultPredicates, a) || (isIn(.undoneParticiples, a) && !negated) { kind = negated ? nil : .conflict }
                    else if isIn(.praisePredicates, a) { kind = negated ? .conflict : .agreement }
                }
            } else if (max(r.lowerBound, k - 8)..<k).contains(where: { isIn(.judgingVerbs, $0) }) {
                // An object complement: "considered the initial X claim dead", "found X's
                // hypothesis to have no basis in fact".
                if isIn(.faultPredicates, v) { kind = .conflict }
                else if isIn(.praisePredicates, v) { kind = .agreement }
                else if lower(v) == "to", v + 2 < r.upperBound, ["be", "have", "lack", "contain"].contains(lower(v + 1)) {
                    let pred = tokenSpan(v + 1, min(r.upperBound, v + 6))
                    if lower(v + 1) == "lack" || pred.contains(where: { isIn(.faultPredicates, $0) || ["no", "not", "little"].contains(lower($0)) }) { kind = .conflict }
                    else if pred.contains(where: { isIn(.praisePredicates, $0) }) { kind = .agreement }
                }
            }
            guard let kind else { continue }
            // A name as a modifier needs a plain judgement of the thing it names.
            if attributive && kind == .agreement { continue }
            let narrator = judgeAgent ?? positionContaining(k)?.holders.last ?? holdersBySentence[s.index]?.last ?? author(s.index)
            for x in owners where narrator != x {
                if judgeAgent != nil && !inAnyPosition(after, sentence: s.index) {
                    addPosition([narrator], after..<contentEnd(from: after + 1, in: s), sentence: s.index, rule: "view-critique")
                } else if !hasPosition(homedIn: s.index) {
                    addPosition([narrator], r.lowerBound..<contentEnd(from: r.lowerBound + 1, in: s), sentence: s.index, rule: "view-critique")
                }
                relate(kind, [narrator], [x], cue: k..<min(r.upperBound, v + 2), s: s, rule: "view-critique")
            }
        }
    }

    /// Rule "membership": "Cloos was also a fixist" puts Cloos with the fixists.
    mutating func memberships(in s: Sentence) {
        let r = s.tokens
        for g in mentions[s.index] where g.form == .group && g.actor != nil {
            // ("considered Baruch to be a capable negotiator": one person's trade or role is
            // no camp.)
            if Self.singularPeople.contains(lower(g.tokens.upperBound - 1)) || MentionFinder.occupations.contains(lower(g.tokens.upperBound - 1)) { continue }
            var c = g.tokens.lowerBound - 1
            guard c > r.lowerBound, ["a", "an"].contains(lower(c)) || (c >= r.lowerBound + 2 && lower(c) == "the" && lower(c - 1) == "of" && lower(c - 2) == "one") else { continue }
            c -= lower(c) == "the" ? 3 : 1
            while c > r.lowerBound && isIn(.adverbs, c) { c -= 1 }
            guard c >= r.lowerBound, isIn(.copulas, c), let sub = subject(before: c, in: s) else { continue }
            if (sub.start..<c).contains(where: { isIn(.negations, $0) }) { continue }
            relate(.agreement, sub.actors, [g.actor!], cue: c..<g.tokens.upperBound, s: s, rule: "membership")
        }
    }

    /// Rule "led-by": "The Democratic-Republicans, led by Secretary of State Thomas Jefferson,
    /// sympathized with ...": a group with its leader.
    mutating func leadership(in s: Sentence) {
        let r = s.tokens
        for k in r where !inQuote(k) && isIn(.leadVerbs, k) && k + 2 < r.upperBound && lower(k + 1) == "by" {
            guard k - 1 > r.lowerBound, toks[k - 1].text == ",",
                  let g = mention(endingAt: k - 2, sentence: s.index), let ga = g.actor, g.form != .pronoun,
                  let m = mentions[s.index].first(where: { $0.tokens.lowerBound > k + 1 && $0.tokens.lowerBound <= k + 7 && $0.actor != nil && $0.form != .pronoun }),
                  m.actor! != ga, ((k + 2)..<m.tokens.lowerBound).allSatisfy({ toks[$0].isWord && !["and", "but", "that"].contains(lower($0)) }) else { continue }
            relate(.agreement, [m.actor!], [ga], cue: k..<m.tokens.upperBound, s: s, rule: "led-by")
        }
    }

    /// Rule "opposing-views": "... attempted to steer a neutral course between these two
    /// opposing views": the two latest holders before the phrase stand against each other.
    mutating func opposingViews(in s: Sentence) {
        let r = s.tokens
        for k in r where !inQuote(k) && isIn(.opposingAdjectives, k) && k + 1 < r.upperBound {
            guard k > r.lowerBound, ["two", "both"].contains(lower(k - 1)) || (k > r.lowerBound + 1 && ["two", "both"].contains(lower(k - 2))),
                  isIn(.viewNouns, k + 1) || ["camps", "factions", "sides", "schools", "positions", "views", "opinions", "visions", "approaches"].contains(lower(k + 1)) else { continue }
            var found: [Int] = []
            var si = s.index - 1
            while found.count < 2 && si >= max(0, s.index - 4) {
                // (One side's co-holders are one side, named by the first: "The
                // Democratic-Republicans, led by Jefferson, sympathized with ...".)
                for p in positions(homedIn: si).reversed() where !p.holders.contains(where: found.contains) {
                    if found.count < 2, let h = p.holders.first(where: { !registry.actors[$0].author }) { found.append(h) }
                }
                si -= 1
            }
            guard found.count == 2 else { continue }
            relate(.conflict, [found[1]], [found[0]], cue: (k - 1)..<(k + 2), s: s, rule: "opposing-views")
        }
    }

    static let againstRoles: Set<String> = ["critic", "critics", "opponent", "opponents", "detractor", "detractors", "foe", "foes", "rival", "rivals", "adversary", "adversaries", "enemy", "enemies", "challenger"]
    static let withRoles: Set<String> = ["supporter", "supporters", "ally", "allies", "defender", "defenders", "champion", "advocate", "advocates", "follower", "followers", "disciple", "disciples", "admirer", "admirers", "friend", "proponent", "proponents", "protégé", "protege", "associate", "partner"]

    /// Rule "role-of": "Smith, a critic of Jones," / "Smith was an ally of Jones": the role
    /// puts Smith against (or with) Jones.
    mutating func roles(in s: Sentence) {
        let r = s.tokens
        for k in r where !inQuote(k) && (isIn(.againstRoles, k) || isIn(.withRoles, k)) {
            guard k + 2 < r.upperBound, lower(k + 1) == "of" else { continue }
            let targetMention = mentions[s.index].first(where: { ($0.tokens.lowerBound == k + 2 || ($0.tokens.lowerBound == k + 3 && lower(k + 2) == "the")) && $0.actor != nil && $0.form != .pronoun })
            var target = targetMention?.actor
            var objectEnd = targetMention?.tokens.upperBound ?? k + 3
            // "supporters of this hypothesis", "critics of the Duesberg theory": the idea's owner.
            if target == nil, let n = (tokenSpan(k + 2, min(r.upperBound, k + 6))).first(where: { isIn(.ideaNouns, $0) || isIn(.viewNouns, $0) }) {
                objectEnd = n + 1
                if let named = mention(endingAt: n - 1, sentence: s.index), named.form == .name { target = named.actor }
                else if let owner = ideaNamer(of: lower(n), before: s.index) { target = owner }
            }
            guard let y = target else {
                // "Fred Singer was a long term vocal critic of the hypothesis": a role toward an
                // idea no one here owns is the subject's stance.
                var b = k - 1
                var mods = 0
                while b > r.lowerBound, mods < 4, toks[b].isWord, !toks[b].isCapitalized, !isIn(.copulas, b), !MentionFinder.stop.contains(lower(b)) || ["a", "an", "the"].contains(lower(b)) { b -= 1; mods += 1 }
                if b >= r.lowerBound, isIn(.copulas, b), !inAnyPosition(k, sentence: s.index), let sub = subject(before: b, in: s),
                   !(max(r.lowerBound, sub.start)..<k).contains(where: { isIn(.negations, $0) }) {
                    addPosition(sub.actors, (b + 1)..<contentEnd(from: k, in: s), sentence: s.index, rule: "role-stance")
                }
                continue
            }
            // "The most prominent supporters of this hypothesis are A, B, and C."
            // ("The most significant critic of HD was Bryton Barron, a staff member".)
            let singular = !toks[k].text.hasSuffix("s")
            if objectEnd < r.upperBound, ["are", "were", "include", "included", "includes"].contains(lower(objectEnd)) || (singular && ["was", "is"].contains(lower(objectEnd))) {
                var listed = mentions(in: (objectEnd + 1)..<r.upperBound, sentence: s.index).filter { $0.form != .pronoun }.compactMap(\.actor).filter { $0 != y }
                // (One critic is one name: "was Bryton Barron, a staff member".)
                if singular && ["was", "is"].contains(lower(objectEnd)) {
                    listed = mentions[s.index].filter { $0.tokens.lowerBound == objectEnd + 1 && $0.form != .pronoun }.compactMap(\.actor).filter { $0 != y }
                }
                var seen: [Int] = []
                for a in listed where !seen.contains(a) { seen.append(a) }
                let kind: EdgeKind = isIn(.againstRoles, k) ? .conflict : .agreement
                for a in seen { relate(kind, [a], [y], cue: k..<objectEnd, s: s, rule: "role-of") }
                if kind == .agreement {
                    for i in seen.indices { for j in seen.indices where i < j { relate(.agreement, [seen[i]], [seen[j]], cue: k..<objectEnd, s: s, rule: "role-of") } }
                }
                continue
            }
            var b = k - 1
            while b > r.lowerBound && (isIn(.adverbs, b) || ["a", "an", "the", "leading", "fierce", "staunch", "vocal", "longtime", "close", "strong", "prominent", "harsh", "bitter", "outspoken", "loyal", "early", "chief", "main", "frequent", "one"].contains(lower(b))) { b -= 1 }
            var x: [Int] = []
            if b >= r.lowerBound, isIn(.copulas, b), let sub = subject(before: b, in: s) {
                x = sub.actors
            } else if b >= r.lowerBound + 1, toks[b].text == ",", let m = mention(endingAt: b - 1, sentence: s.index), let a = m.actor, m.form != .pronoun {
                x = [a]
            }
            x.removeAll { $0 == y }
            guard !x.isEmpty else { continue }
            relate(isIn(.againstRoles, k) ? .conflict : .agreement, x, [y], cue: k..<(k + 2), s: s, rule: "role-of")
        }
    }

    /// Rule "owned-role": a group named by its stance toward someone ("his critics",
    /// "Bolsonaro's opponents", "critics of the President", "Johnson's allies") is against (or
    /// with) that someone, and so are the members listed with it ("his critics, which include
    /// Greenpeace,"). Only a group that is itself an actor counts: "the critics' view" is
    /// no group of its own.
    mutating func ownedRoles(in s: Sentence) {
        let r = s.tokens
        for m in mentions[s.index] where m.form == .group && m.actor != nil {
            guard let k = m.tokens.last(where: { isIn(.againstRoles, $0) || isIn(.withRoles, $0) }) else { continue }
            let group = m.actor!
            var owner: Int?
            if k + 1 < m.tokens.upperBound, lower(k + 1) == "of" {
                // "Critics of Bolsonaro": the name inside the group's words.
                var o = k + 2
                if o < m.tokens.upperBound, lower(o) == "the" { o += 1 }
                if o < m.tokens.upperBound { owner = registry.actor(forSurface: doc.text(tokens: o..<m.tokens.upperBound)) }
            } else if k + 2 < r.upperBound, k + 1 == m.tokens.upperBound, lower(k + 1) == "of" {
                var o = k + 2
                if lower(o) == "the" { o += 1 }
                if let x = mentions[s.index].first(where: { $0.tokens.lowerBound == o && $0.actor != nil && $0.form != .pronoun }) { owner = x.actor }
            } else if k == m.tokens.lowerBound || (k == m.tokens.lowerBound + 1 && isIn(.adverbs, m.tokens.lowerBound)) {
                // "His critics", "Johnson's allies" written as two mentions.
                // ("Lodge and his supporters feared": one side, said together, not a relation.)
                if let x = mention(endingAt: m.tokens.lowerBound - 1, sentence: s.index), x.possessive,
                   !(x.tokens.lowerBound >= r.lowerBound + 2 && lower(x.tokens.lowerBound - 1) == "and" && mention(endingAt: x.tokens.lowerBound - 2, sentence: s.index)?.actor == x.actor) { owner = x.actor }
            } else if let cut = (m.tokens.lowerBound..<k).first(where: { toks[$0].text.hasSuffix("'s") || toks[$0].text.hasSuffix("’s") || toks[$0].text == "'s" || toks[$0].text == "’s" }) {
                // "Bolsonaro's opponents" as one mention: the possessor's name.
                let end = toks[cut].isWord && toks[cut].text.count > 2 ? cut + 1 : cut
                if end > m.tokens.lowerBound { owner = registry.actor(forSurface: MentionFinder.stripPossessive(doc.text(tokens: m.tokens.lowerBound..<end)).0) }
            }
            guard let y = owner, y != group, registry.actors[y].category != .place, !registry.actors[y].author else { continue }
            // Both sides take part in the argument: each holds a view of its own ("the League's
            // supporters" is no side when the League itself says nothing, nor is "its allies"
            // when the allies say nothing).
            guard positionsByHolder[y] != nil || registry.actors[y].category == .person else { continue }
            let kind: EdgeKind = isIn(.againstRoles, k) ? .conflict : .agreement
            var members = [group]
            // ", which include Greenpeace,", "including X and Y", "such as X".
            var j = m.tokens.upperBound
            if j < r.upperBound, toks[j].text == "," { j += 1 }
            if j < r.upperBound, ["which", "who"].contains(lower(j)) { j += 1 }
            if j < r.upperBound, ["include", "includes", "included", "including"].contains(lower(j)) || (lower(j) == "such" && j + 1 < r.upperBound && lower(j + 1) == "as") {
                j += lower(j) == "such" ? 2 : 1
                let end = (j..<r.upperBound).first(where: { [",", ";", ":", "—", "–", "."].contains(toks[$0].text) && !(toks[$0].text == "," && $0 + 1 < r.upperBound && lower($0 + 1) == "and") }) ?? r.upperBound
                let listed = mentions(in: j..<end, sentence: s.index).filter { $0.form != .pronoun }
                for x in listed where x.actor != y && !members.contains(x.actor!) {
                    // ("the activist group Greenpeace": the name, not its description.)
                    if x.form == .group, listed.contains(where: { $0.tokens.lowerBound == x.tokens.upperBound && $0.form != .group }) { continue }
                    members.append(x.actor!)
                }
            }
            // (The group acts: it holds a view, or a verb follows it, after any list of members.)
            var next = j
            if next > m.tokens.upperBound + 1, let close = (next..<r.upperBound).first(where: { toks[$0].text == "," }) { next = close + 1 }
            else { next = m.tokens.upperBound }
            let acts = positionsByHolder[group] != nil || (next < r.upperBound && toks[next].isWord && !toks[next].isCapitalized
                && !isIn(.prepositions, next) && !isIn(.determiners, next) && !MentionFinder.stop.contains(lower(next)) || (next < r.upperBound && verbKind(next) != 0))
            guard acts else { continue }
            relate(kind, members, [y], cue: m.tokens, s: s, rule: "owned-role")
        }
    }

    /// Rule "joined-opinion": "We join the per curiam opinion", "I join the opinion of the
    /// Court", "joins the majority opinion": a judge who joins the Court's opinion agrees with
    /// the Court.
    mutating func joinedOpinions(in s: Sentence) {
        let r = s.tokens
        for k in r where ["join", "joins", "joined"].contains(lower(k)) && !inQuote(k) && k + 3 < r.upperBound {
            var o = k + 1
            if ["the", "in"].contains(lower(o)) { o += 1 }
            if lower(o) == "the" { o += 1 }
            let words = tokenSpan(o, min(r.upperBound, o + 5)).map { lower($0) }
            let courts = words.starts(with: ["per", "curiam"]) || words.starts(with: ["majority", "opinion"]) || words.starts(with: ["court's", "opinion"])
                || words.starts(with: ["court", "'s", "opinion"]) || words.starts(with: ["court", "’s", "opinion"]) || words.starts(with: ["opinion", "of", "the", "court"])
            guard courts, let court = courtActor() else { continue }
            var who = subject(before: k, in: s)?.actors ?? []
            if who.isEmpty || who.allSatisfy({ registry.actors[$0].author }), let n = narrator[s.index] { who = [n] }
            who = who.filter { $0 != court && !registry.actors[$0].author }
            guard !who.isEmpty else { continue }
            relate(.agreement, who, [court], cue: k..<min(r.upperBound, o + 3), s: s, rule: "joined-opinion")
        }
    }

    static let modelNouns: Set<String> = ["analogy", "precedent", "results", "findings", "estimates", "predictions", "scenario", "model", "models", "theory", "view", "position", "approach", "plan", "interpretation", "universe", "picture", "account", "reading", "solution", "policy", "line", "stance", "method", "idea", "ideas", "doctrine", "principle"]
    static let holdingParticiples: Set<String> = ["advocated", "proposed", "held", "favoured", "favored", "championed", "suggested", "espoused", "defended", "supported", "backed", "endorsed", "shared", "preferred", "promoted", "put"]

    /// Rule "attributed-object": a view named with whose it is, set against or beside the
    /// subject's: "..., in contrast to the static universe model advocated by Einstein" (against
    /// Einstein); "Lloyd George wanted to cede the colonies, a position opposed by the
    /// Dominions" (the Dominions against Lloyd George), "..., a view shared by Smith" (with).
    mutating func attributedObjects(in s: Sentence) {
        let r = s.tokens
        for k in r where k + 2 < r.upperBound && lower(k + 1) == "by" && toks[k].isWord && lower(k).hasSuffix("ed") && !inQuote(k) {
            let conflicting = verbKind(k) & Self.conflictBit != 0
            let agreeing = verbKind(k) & Self.agreementBit != 0 || Self.holdingParticiples.contains(lower(k))
            guard conflicting || agreeing else { continue }
            var o = k + 2
            if lower(o) == "the" { o += 1 }
            guard let agent = mentions[s.index].first(where: { $0.tokens.lowerBound == o && $0.actor != nil && $0.form != .pronoun }) else { continue }
            let listed = objectList(startingAt: o, in: s).compactMap(\.actor)
            let agents = listed.isEmpty ? [agent.actor!] : listed
            // The noun phrase the participle describes: a few words back to its article.
            var d = k - 1
            var n = 0
            while d > r.lowerBound, n < 7, toks[d].isWord, !["a", "an", "the"].contains(lower(d)), !isFiniteVerb(d) { d -= 1; n += 1 }
            guard d > r.lowerBound, ["a", "an", "the"].contains(lower(d)), tokenSpan(d + 1, k).contains(where: { isIn(.ideaNouns, $0) || isIn(.viewNouns, $0) || Self.modelNouns.contains(lower($0)) }) else { continue }
            var others: [Int] = []
            var kind: EdgeKind = conflicting ? .conflict : .agreement
            var cueStart = d
            if toks[d - 1].text == "," {
                // ", a position opposed by X": the view the sentence gave before the comma.
                // (The sentence's main view: the one that starts first.)
                let before = positionIndices(inSentence: s.index).map { positions[$0] }.filter { $0.sentence == s.index && $0.tokens.lowerBound < d - 1 && !$0.holders.contains(where: agents.contains) }
                others = before.min(by: { ($0.tokens.lowerBound, $0.holders.first ?? 0) < ($1.tokens.lowerBound, $1.holders.first ?? 0) })?.holders ?? []
                if others.isEmpty, let sub = subject(before: d - 1, in: s) { others = sub.actors }
            } else if d - 2 > r.lowerBound, ["contrast", "contrary", "opposed", "opposition", "unlike"].contains(lower(d - 2)) && lower(d - 1) == "to" || lower(d - 1) == "unlike" {
                // "in contrast to the model advocated by X": the subject against X.
                guard agreeing else { continue }
                kind = .conflict
                cueStart = lower(d - 1) == "unlike" ? d - 1 : d - 2
                let before = cueStart
                others = Array(Set(positionIndices(inSentence: s.index).map { positions[$0] }.filter { $0.sentence == s.index && $0.tokens.lowerBound < before }.flatMap(\.holders))).sorted()
                if others.isEmpty, let sub = subject(before: before, in: s) { others = sub.actors }
            } else { continue }
            others = others.filter { !agents.contains($0) && !registry.actors[$0].author }
            guard !others.isEmpty else { continue }
            relate(kind, agents, others, cue: cueStart..<(agent.tokens.upperBound), s: s, rule: "attributed-object")
        }
    }

    /// Rule "case-parties": "ruled in the case \"Eva Glawischnig-Piesczek vs. Facebook Ireland
    /// Limited\"": the two parties of a case the text is about are against each other. (Only a
    /// case named as such: the citations of a court opinion name parties of other cases.)
    mutating func caseParties(in s: Sentence) {
        let r = s.tokens
        for k in r where ["v", "v.", "vs", "vs."].contains(lower(k)) && k > r.lowerBound + 1 && k + 1 < r.upperBound {
            guard let left = mention(endingAt: k - 1, sentence: s.index),
                  left.form != .pronoun, let a = left.actor,
                  tokenSpan(max(r.lowerBound, left.tokens.lowerBound - 4), left.tokens.lowerBound).contains(where: { ["case", "lawsuit", "suit"].contains(lower($0)) }) else { continue }
            var o = k + 1
            if o < r.upperBound, lower(o) == "." { o += 1 }
            guard let right = mentions[s.index].first(where: { $0.tokens.lowerBound == o && $0.actor != nil && $0.form != .pronoun }) else { continue }
            var b = right.actor!
            // ("Facebook Ireland Limited": the company the text otherwise calls "Facebook".)
            if let firstWord = right.surface.split(separator: " ").first, right.surface.contains(" "), let short = registry.actor(forSurface: String(firstWord)), registry.actors[short].category != .place { b = short }
            guard a != b, registry.actors[a].category != .place, registry.actors[b].category != .place else { continue }
            relate(.conflict, [a], [b], cue: left.tokens.lowerBound..<right.tokens.upperBound, s: s, rule: "case-parties")
        }
    }

    /// Rule "disposition": "The judgment of the Court of Appeals is reversed", "the decree of
    /// the District Court must be affirmed", "The case is reversed.", "Reversed.": the Court
    /// whose opinion this is stands against (reversed, vacated) or with (affirmed, upheld) the
    /// court below; with no court named, the last lower court the text named.
    mutating func dispositions(in s: Sentence) {
        let r = s.tokens
        for k in r where ["reversed", "affirmed", "vacated", "upheld"].contains(lower(k)) && !inQuote(k) {
            guard let court = courtActor() else { return }
            let bare = k == r.lowerBound && (k + 1 >= r.upperBound || toks[k + 1].text == ".")
            var below: Int?
            if !bare {
                // "is reversed", "must be affirmed", "should be vacated".
                guard k > r.lowerBound, ["is", "be", "are", "stands"].contains(lower(k - 1)) else { continue }
                guard let n = tokenSpan(r.lowerBound, k).first(where: { ["judgment", "judgement", "decree", "decision", "case", "order", "ruling", "conviction", "judgments"].contains(lower($0)) }) else { continue }
                if n + 2 < k, lower(n + 1) == "of" || lower(n + 1) == "below" {
                    var o = n + 2
                    if lower(o) == "the" { o += 1 }
                    below = mentions[s.index].first(where: { $0.tokens.lowerBound == o && $0.actor != nil && $0.form != .pronoun })?.actor
                }
            }
            if below == nil {
                // The last court other than this one that the text named before.
                // (Within the last sixty sentences: a long corpus is not searched to its start.)
                outer: for si in stride(from: s.index, through: max(0, s.index - 60), by: -1) {
                    for m in mentions[si].reversed() where m.actor != nil && m.actor != court && m.form != .pronoun && (si < s.index || m.tokens.upperBound <= k) {
                        // (A court whose own view the text gave: the one whose judgment is reviewed.)
                        let words = registry.actors[m.actor!].canonical.lowercased().split(separator: " ")
                        if words.contains(where: { ["court", "courts", "tribunal"].contains($0) }), positionsByHolder[m.actor!] != nil { below = m.actor; break outer }
                    }
                }
            }
            // (In a dissent, "must be upheld" is the dissenter's view.)
            let judge = narrator[s.index] ?? court
            guard let b = below, b != judge, b != court else { continue }
            let kind: EdgeKind = ["reversed", "vacated"].contains(lower(k)) ? .conflict : .agreement
            relate(kind, [judge], [b], cue: k..<(k + 1), s: s, rule: "disposition")
        }
    }

    static let studyWords: Set<String> = ["study", "studies", "findings", "paper", "research", "report", "published", "journal", "results", "experiment", "experiments", "analysis"]

    /// The authors of the study the text reports last (up to eight sentences back): the
    /// holders of the latest view given in a sentence that speaks of a study, its findings or
    /// where it was published.
    func studyAuthors(before si: Int, excluding: Set<Int>) -> [Int] {
        for i in stride(from: si, through: max(0, si - 8), by: -1) {
            guard doc.sentences[i].tokens.contains(where: { Self.studyWords.contains(lower($0)) }) else { continue }
            let held = positionIndices(inSentence: i).map { positions[$0] }.filter { $0.sentence == i && !$0.quoted && Set($0.holders).isDisjoint(with: excluding) && !$0.holders.contains(where: { registry.actors[$0].author }) }
            if let last = held.max(by: { $0.tokens.lowerBound < $1.tokens.lowerBound }) { return last.holders }
        }
        return []
    }

    /// Rule "study-critique": "John Hutchinson questioned the findings", "criticized the
    /// study": a judgement of a study the text reported is a judgement of its authors; and
    /// "Co-author Jing-Shan Zhao said" is with them.
    mutating func studyRelations(in s: Sentence) {
        let r = s.tokens
        for k in r where !inQuote(k) && k + 2 < r.upperBound && lower(k + 1) == "the" && ["findings", "study", "results", "conclusions", "paper", "research"].contains(lower(k + 2)) {
            let isConflict = verbKind(k) & Self.conflictBit != 0 || ["questioned", "doubted"].contains(lower(k))
            let isAgree = verbKind(k) & Self.agreementBit != 0
            guard isConflict || isAgree, !(k + 3 < r.upperBound && ["of", "by"].contains(lower(k + 3))) else { continue }
            guard let sub = subject(before: k, in: s), !(sub.start..<k).contains(where: { isIn(.negations, $0) }) else { continue }
            let authors = studyAuthors(before: s.index - 1, excluding: Set(sub.actors))
            guard !authors.isEmpty else { continue }
            relate(isConflict ? .conflict : .agreement, sub.actors, authors, cue: k..<(k + 3), s: s, rule: "study-critique")
        }
        for m in mentions[s.index] where m.form == .name && m.actor != nil && m.tokens.lowerBound > r.lowerBound {
            let t = lower(m.tokens.lowerBound - 1)
            guard ["co-author", "coauthor", "author"].contains(t) || (t == "author" && m.tokens.lowerBound - 2 >= r.lowerBound && ["lead", "senior", "first"].contains(lower(m.tokens.lowerBound - 2))) else { continue }
            let authors = studyAuthors(before: s.index - 1, excluding: [m.actor!])
            guard !authors.isEmpty else { continue }
            relate(.agreement, [m.actor!], authors, cue: (m.tokens.lowerBound - 1)..<m.tokens.upperBound, s: s, rule: "study-critique")
        }
    }

    static let legalActionNouns: Set<String> = ["lawsuit", "lawsuits", "suit", "suits", "complaint", "complaints", "petition", "charges", "action", "proceedings", "case", "appeal", "motion", "injunction",
        "campaign", "resolution", "crusade"]
    static let legalActionVerbs: Set<String> = ["filed", "files", "file", "filing", "brought", "brings", "bring", "bringing", "lodged", "lodges", "lodge", "launched", "launches", "instituted", "initiated", "pressed",
        "introduced", "introduces", "tabled", "tables", "moved", "moves", "waged", "wages", "led", "leads", "mounted", "mounts"]

    /// Rule "legal-action": "Rivera Schatz filed the lawsuit against Pierluisi", "a lawsuit
    /// filed by the Senate against Pedro Pierluisi", "the Senate's complaint against X",
    /// "filed suit against, inter alia, Officers Mariscal, Truesdale, and White": the one
    /// who goes to law is against the one it is against.
    mutating func legalActions(in s: Sentence) {
        let r = s.tokens
        for a in r where lower(a) == "against" && !inQuote(a) && a > r.lowerBound + 1 {
            // The noun of the action, at most a few words before "against".
            guard let n = tokenSpan(max(r.lowerBound, a - 12), a).last(where: { Self.legalActionNouns.contains(lower($0)) }) else { continue }
            let between = tokenSpan(n + 1, a)
            if between.contains(where: { [";", ":", "."].contains(toks[$0].text) || (isFiniteVerb($0) && !["filed", "brought", "lodged"].contains(lower($0))) }) { continue }
            // Who is sued: the names after "against" (", inter alia," stepped over).
            var o = a + 1
            while o < r.upperBound, [",", "inter", "alia", "the"].contains(lower(o)) { o += 1 }
            var sued = objectList(startingAt: o, in: s).compactMap(\.actor)
            if sued.isEmpty, let m = mentions[s.index].first(where: { $0.tokens.lowerBound == o && $0.actor != nil && $0.form != .pronoun }) { sued = [m.actor!] }
            if sued.isEmpty, let m = mentions[s.index].first(where: { $0.tokens.lowerBound == o && $0.actor != nil && $0.form == .pronoun && !$0.possessive }) { sued = [m.actor!] }
            guard !sued.isEmpty else { continue }
            var suers: [Int] = []
            if let by = between.first(where: { lower($0) == "by" }),
               let m = mentions[s.index].first(where: { ($0.tokens.lowerBound == by + 1 || ($0.tokens.lowerBound == by + 2 && lower(by + 1) == "the")) && $0.actor != nil && $0.form != .pronoun }) {
                // "a lawsuit filed by the Senate against ...".
                suers = [m.actor!]
            } else if n > r.lowerBound, let m = mention(endingAt: n - 1, sentence: s.index), m.possessive {
                // "the Senate's lawsuit against ...".
                suers = [m.actor!]
            } else {
                // "X filed (the) lawsuit against ...": the subject of the verb before the noun.
                var v = n - 1
                while v > r.lowerBound, isIn(.determiners, v) || ["a", "an", "the", "new", "federal", "civil", "criminal", "formal", "class-action", "legal"].contains(lower(v)) { v -= 1 }
                // ("introduced in the House of Commons a motion of no confidence against": a
                // short phrase of place between the verb and its object.)
                if v > r.lowerBound, !Self.legalActionVerbs.contains(lower(v)),
                   let verb = tokenSpan(max(r.lowerBound, v - 8), v).last(where: { Self.legalActionVerbs.contains(lower($0)) }),
                   ["in", "at", "before", "to"].contains(lower(verb + 1)),
                   !tokenSpan(verb + 1, v + 1).contains(where: { [",", ";", ":"].contains(toks[$0].text) || isFiniteVerb($0) }) {
                    v = verb
                }
                guard v >= r.lowerBound, Self.legalActionVerbs.contains(lower(v)), let sub = subject(before: v, in: s) else { continue }
                if (sub.start..<v).contains(where: { isIn(.negations, $0) }) { continue }
                suers = sub.actors
            }
            let others = sued.filter { !suers.contains($0) && registry.actors[$0].category != .place }
            guard !suers.isEmpty, !others.isEmpty else { continue }
            relate(.conflict, suers, others, cue: n..<(a + 1), s: s, rule: "legal-action")
        }
    }

    /// Who an idea noun is named after, in this sentence or before it: "The Duesberg
    /// hypothesis" names Duesberg's hypothesis.
    func ideaNamer(of noun: String, before si: Int) -> Int? {
        var i = si
        while i >= 0 && i >= si - 8 {
            for m in mentions[i] where m.form == .name && m.actor != nil && !m.possessive {
                let e = m.tokens.upperBound
                if e < doc.sentences[i].tokens.upperBound, lower(e) == noun || (e + 1 < doc.sentences[i].tokens.upperBound && lower(e + 1) == noun && toks[e].isWord) {
                    return m.actor
                }
            }
            // A lone capitalised modifier ("the Lindqvist paper") is no mention of its own.
            for k in doc.sentences[i].tokens where lower(k) == noun && k > doc.sentences[i].tokens.lowerBound {
                if toks[k - 1].isCapitalized, toks[k - 1].isWord, let a = registry.actor(forSurface: toks[k - 1].text), registry.actors[a].category != .place { return a }
            }
            i -= 1
        }
        return nil
    }

    /// Words of feeling between two actors, by the relation they state ("their dislike of each other").
    static let mutualFeelings: [String: EdgeKind] = [
        "dislike": .conflict, "disliked": .conflict, "distrust": .conflict, "distrusted": .conflict, "mistrust": .conflict, "mistrusted": .conflict,
        "hatred": .conflict, "hated": .conflict, "despised": .conflict, "hostility": .conflict, "rivalry": .conflict, "animosity": .conflict,
        "enmity": .conflict, "contempt": .conflict, "antipathy": .conflict, "suspicion": .conflict, "suspicious": .conflict, "resentment": .conflict,
        "feud": .conflict, "feuded": .conflict, "quarrel": .conflict, "quarrelled": .conflict, "quarreled": .conflict, "accused": .conflict,
        "criticized": .conflict, "criticised": .conflict, "attacked": .conflict, "blamed": .conflict, "opposed": .conflict, "fought": .conflict,
        "recognize": .agreement, "recognise": .agreement, "recognized": .agreement, "recognised": .agreement,
        "admiration": .agreement, "admired": .agreement, "respect": .agreement, "respected": .agreement, "trust": .agreement, "trusted": .agreement,
        "friendship": .agreement, "supported": .agreement, "praised": .agreement, "backed": .agreement, "loyalty": .agreement, "sympathy": .agreement,
    ]

    /// Rule "each-other": "Wilson and Lodge's personal dislike of each other", "Smith and Jones
    /// distrusted one another": the two named together, with or against each other by the
    /// feeling or act word before "each other".
    mutating func mutualRelations(in s: Sentence) {
        let r = s.tokens
        for k in r where k + 1 < r.upperBound && !inQuote(k) && (lower(k) == "each" && lower(k + 1) == "other" || lower(k) == "one" && lower(k + 1) == "another") {
            guard let f = (max(r.lowerBound, k - 5)..<k).last(where: { Self.mutualFeelings[lower($0)] != nil }), var kind = Self.mutualFeelings[lower(f)] else { continue }
            if (max(r.lowerBound, f - 4)..<f).contains(where: { Self.negations.contains(lower($0)) }) {
                // "did not recognize each other as legitimate": withheld regard is a clash.
                guard kind == .agreement else { continue }
                kind = .conflict
            }
            // The two: named together before the word ("A and B's", "A and B"; "the interim
            // government in Kyiv and the pro-Russian Crimean faction": a place after the first is
            // where it sits).
            let before = mentions[s.index].filter { $0.tokens.upperBound <= f && $0.actor != nil && $0.form != .pronoun && registry.actors[$0.actor!].category != .place }
            guard before.count >= 2 else { continue }
            let b = before[before.count - 1], a = before[before.count - 2]
            let gap = (a.tokens.upperBound..<b.tokens.lowerBound).map { lower($0) }
            let placeBetween = gap.count <= 6 && gap.contains("and") && (a.tokens.upperBound..<b.tokens.lowerBound).allSatisfy { toks[$0].isWord && (["and", "in", "of", "from", "the"].contains(lower($0)) || toks[$0].isCapitalized || !isFiniteVerb($0)) }
            guard gap == ["and"] || placeBetween, let x = a.actor, let y = b.actor, x != y else { continue }
            relate(kind, [x], [y], cue: f..<(k + 2), s: s, rule: "each-other")
        }
    }

    /// Rule "bare-disagreement": "We disagree.", "Smith agreed." with nothing after: against
    /// (or with) the one whose view was just given.
    /// Rule "same-as": "Stuart-Wortley proposed an amendment ... Lord Ripon proposed the same
    /// amendment": doing or holding "the same" thing as an actor named with it shortly before
    /// (in this sentence or the three before) is agreement with that actor.
    mutating func sameAs(in s: Sentence) {
        let r = s.tokens
        // "The same conclusion has been reached by the Equal Employment Opportunity
        // Commission": the agent of the passive agrees with the voice that drew it.
        if r.count > 6, lower(r.lowerBound) == "the", lower(r.lowerBound + 1) == "same", !inQuote(r.lowerBound),
           isIn(.viewNouns, r.lowerBound + 2) || ["result", "approach", "answer", "holding"].contains(lower(r.lowerBound + 2)),
           let by = tokenSpan(r.lowerBound + 4, min(r.upperBound, r.lowerBound + 9)).first(where: { lower($0) == "by" }),
           tokenSpan(r.lowerBound + 3, by).contains(where: { ["been", "was", "were", "is", "are"].contains(lower($0)) }),
           let m = mentions[s.index].first(where: { $0.tokens.lowerBound > by && $0.tokens.lowerBound <= by + 3 && $0.actor != nil && $0.form != .pronoun }) {
            let voice = narrator[s.index].map { [$0] } ?? previousHolders(before: s.index, excluding: [m.actor!])
            let others = voice.filter { $0 != m.actor! && registry.actors[$0].category != .place }
            if !others.isEmpty {
                relate(.agreement, [m.actor!], others, cue: r.lowerBound..<(by + 1), s: s, rule: "same-as")
                if !hasPosition(homedIn: s.index) {
                    addPosition([m.actor!], r.lowerBound..<contentEnd(from: by + 1, in: s), sentence: s.index, rule: "same-as")
                }
            }
        }
        for k in r where lower(k) == "same" && !inQuote(k) && k >= r.lowerBound + 2 && k + 1 < r.upperBound {
            guard lower(k - 1) == "the", toks[k + 1].isWord, !toks[k + 1].isCapitalized else { continue }
            let noun = lower(k + 1)
            guard !["time", "day", "year", "way", "period", "month", "week", "date", "night", "morning", "evening", "place", "manner", "reason", "thing", "extent", "age"].contains(noun) else { continue }
            // The verb before "the same": its subject does the same.
            let v = k - 2
            guard toks[v].isWord, !toks[v].isCapitalized, isFiniteVerb(v) || lower(v).hasSuffix("ed"), let sub = subject(before: v, in: s), !sub.actors.isEmpty else { continue }
            var others: [Int] = []
            for si in stride(from: s.index, through: max(0, s.index - 3), by: -1) where others.isEmpty {
                let t = doc.sentences[si]
                let upper = si == s.index ? k - 1 : t.tokens.upperBound
                for i in t.tokens.lowerBound..<upper where lower(i) == noun && !inQuote(i) && others.isEmpty {
                    if let p = positionContaining(i), !p.holders.allSatisfy({ sub.actors.contains($0) }) {
                        others = p.holders.filter { !sub.actors.contains($0) }
                    } else if let verb = (max(t.tokens.lowerBound, i - 8)..<i).last(where: { isFiniteVerb($0) || (toks[$0].isWord && !toks[$0].isCapitalized && lower($0).hasSuffix("ed") && mention(endingAt: $0 - 1, sentence: si) != nil) }),
                              let who = subject(before: verb, in: t) {
                        others = who.actors.filter { !sub.actors.contains($0) }
                    }
                }
            }
            others = others.filter { !registry.actors[$0].author && registry.actors[$0].category != .place }
            guard !others.isEmpty else { continue }
            relate(.agreement, sub.actors, others, cue: v..<(k + 2), s: s, rule: "same-as")
        }
    }

    /// Verbs of answering someone who spoke before (``replies(in:)``).
    static let counterVerbs: Set<String> = ["retorted", "retorts", "countered", "counters", "rejoined", "rebutted", "rebuts", "shot"]
    static let replyVerbs: Set<String> = ["replied", "replies", "responded", "responds", "answered", "answers"]
    /// ``counterVerbs`` and ``replyVerbs`` as one ``WordSet`` (the same answers; a cheaper test of
    /// every token).
    static let counterOrReplyWords = WordSet(counterVerbs.union(replyVerbs))

    /// Rule "reply": "Morris argued that ... Madison replied that the South would never accept
    /// this": a retort, or a reply that denies, stands against the one who spoke last before it
    /// (in the same paragraph, at most two sentences back) when the reply names no one else.
    mutating func replies(in s: Sentence) {
        let r = s.tokens
        for k in r where Self.counterOrReplyWords.contains(lower(k)) && !inQuote(k) && k > r.lowerBound {
            if lower(k) == "shot", !(k + 1 < r.upperBound && lower(k + 1) == "back") { continue }
            var e = k + 1
            if e < r.upperBound, lower(e) == "back" { e += 1 }
            // "Pasteur replied to Koch", "Gould responded to Dennett's claims": a reply to
            // someone, or to what they said, in an argument is a reply against them.
            if e + 1 < r.upperBound, lower(e) == "to", Self.replyVerbs.contains(lower(k)) || Self.counterVerbs.contains(lower(k)) {
                var o = e + 1
                if lower(o) == "the" { o += 1 }
                if let m = mentions[s.index].first(where: { $0.tokens.lowerBound == o && $0.actor != nil && $0.form != .group }),
                   m.form != .pronoun || m.possessive,
                   m.possessive || m.tokens.upperBound >= r.upperBound || !toks[m.tokens.upperBound].isWord || ["in", "at", "on", "by", "with", "and", "that", "who", "which", "when"].contains(lower(m.tokens.upperBound)),
                   let sub = subject(before: k, in: s), !sub.actors.contains(m.actor!),
                   !(sub.start..<k).contains(where: { isIn(.negations, $0) }) {
                    relate(.conflict, sub.actors, [m.actor!], cue: k..<m.tokens.upperBound, s: s, rule: "reply")
                }
                continue
            }
            // An addressee or object names whom it answers: that is the verb-object rule's business.
            if e < r.upperBound, ["to", "with"].contains(lower(e)) || mentions[s.index].contains(where: { $0.tokens.lowerBound == e && $0.actor != nil }) { continue }
            guard let sub = subject(before: k, in: s), !sub.actors.isEmpty else { continue }
            let end = contentEnd(from: e, in: s)
            let denies = (e..<max(e, end)).contains { isIn(.negations, $0) || ["but", "however", "nonsense", "wrong", "false", "untrue"].contains(lower($0)) }
            // ("Morris argued that ... Madison replied that ...": a reply that states a view of
            // its own, to one who argued just before, in the same paragraph.)
            let argues = Self.replyVerbs.contains(lower(k)) && e < r.upperBound && lower(e) == "that"
            guard Self.counterVerbs.contains(lower(k)) || denies || argues else { continue }
            guard s.index > 0 else { continue }
            var prev: [Int] = []
            for back in 1...2 where prev.isEmpty && s.index - back >= 0 && doc.sentences[s.index - back].paragraph == s.paragraph {
                if let hs = holdersBySentence[s.index - back], let last = hs.last(where: { !sub.actors.contains($0) && !registry.actors[$0].author }) { prev = [last] }
            }
            guard !prev.isEmpty else { continue }
            relate(.conflict, sub.actors, prev, cue: k..<min(r.upperBound, e + 1), s: s, rule: "reply")
        }
    }

    mutating func bareAgreement(in s: Sentence) {
        let r = s.tokens
        for k in r where isIn(.dissentVerbs, k) && !inQuote(k) {
            // "Smith and Jones disagreed over ...": the two against each other.
            // ("The president and Congress could not agree on a budget": against each other.)
            let agreeing = ["agree", "agrees", "agreed", "concur", "concurs", "concurred"].contains(lower(k))
            if let sub = subject(before: k, in: s), sub.actors.count >= 2, k + 1 < r.upperBound,
               ["over", "about", "on", "sharply", "strongly", "bitterly", "publicly", "openly", "."].contains(lower(k + 1)),
               agreeing || !(sub.start..<k).contains(where: { isIn(.negations, $0) }),
               lower(k) != "argued" || ["over", "about"].contains(lower(k + 1)) {
                let negated = (sub.start..<k).contains(where: { isIn(.negations, $0) })
                let kind: EdgeKind = agreeing && !negated ? .agreement : .conflict
                for i in sub.actors.indices { for j in sub.actors.indices where i < j {
                    relate(kind, [sub.actors[i]], [sub.actors[j]], cue: k..<(k + 1), s: s, rule: "coordinated-disagreement")
                } }
                continue
            }
            if ["differ", "differed", "clashed", "quarrelled", "quarreled", "argued"].contains(lower(k)) { continue }
            var e = k + 1
            while e < r.upperBound && isIn(.adverbs, e) { e += 1 }
            // "Judge Moritz dissented, contending that ...": a dissent with its reasons after.
            let dissentWithReasons = ["dissent", "dissents", "dissented"].contains(lower(k)) && e < r.upperBound && toks[e].text == ","
            guard e >= r.upperBound || (toks[e].kind == .punct && [".", ";"].contains(toks[e].text)) || dissentWithReasons else { continue }
            guard let sub = subject(before: k, in: s) else { continue }
            if (sub.start..<k).contains(where: { isIn(.negations, $0) }) { continue }
            var prev = previousHolders(before: s.index, excluding: Set(sub.actors))
            // A dissent is from the majority where the text names one.
            if ["dissent", "dissents", "dissented"].contains(lower(k)) {
                let nearby = (max(0, s.index - 3)...s.index).reversed().flatMap { mentions[$0] }
                if let majority = nearby.first(where: { $0.actor != nil && ["majority", "panel majority", "court"].contains(registry.actors[$0.actor!].canonical.lowercased()) && !sub.actors.contains($0.actor!) }) {
                    prev = [majority.actor!]
                }
            }
            // "The Court of Appeals affirmed." / "reversed.": with or against the court below.
            let kind: EdgeKind = ["agree", "agrees", "agreed", "concur", "concurs", "concurred", "affirmed"].contains(lower(k)) ? .agreement : .conflict
            relate(kind, sub.actors, prev, cue: k..<(k + 1), s: s, rule: "bare-disagreement")
        }
    }

    /// Verbs of accepting after "refused to" (``refusalsAndVerdicts(in:)``) (made once, not per call).
    static let acceptVerbs: Set<String> = ["recognize", "recognise", "accept", "honor", "honour", "uphold", "acknowledge", "approve", "endorse", "support", "grant"]

    /// Participles of a claim upheld (``refusalsAndVerdicts(in:)``) (made once, not per call).
    static let upheldVerdicts: Set<String> = ["upheld", "sustained", "granted", "accepted", "recognized", "recognised", "honored", "honoured", "vindicated", "affirmed", "reinstated"]

    /// Nouns for what a court or body decided ("the decision of the Court of Appeals").
    static let rulingNouns: Set<String> = ["decision", "judgment", "judgement", "ruling", "holding", "conclusion", "order", "decree", "verdict", "finding", "findings", "opinion", "claim", "claims", "view", "position", "argument", "interpretation"]

    /// Participles of a claim rejected (``refusalsAndVerdicts(in:)``) (made once, not per call).
    static let rejectedVerdicts: Set<String> = ["rejected", "denied", "dismissed", "overruled", "refused", "reversed", "struck", "vacated", "overturned"]

    /// Rule "refusal-object": "refused to recognize the petitioner's claim" sets the subject
    /// against the owner; and a passive verdict on an actor's claim inside someone's position
    /// ("the petitioner's claim ... should have been upheld") sets the holder with (or against)
    /// that actor.
    mutating func refusalsAndVerdicts(in s: Sentence) {
        let r = s.tokens
        let accept = Self.acceptVerbs
        for k in r where isIn(.refusalVerbs, k) && !inQuote(k) {
            guard k + 2 < r.upperBound, lower(k + 1) == "to", accept.contains(lower(k + 2)), let sub = subject(before: k, in: s) else { continue }
            guard let m = mentions[s.index].first(where: { $0.tokens.lowerBound > k + 2 && $0.tokens.lowerBound <= k + 5 && $0.actor != nil && $0.form != .pronoun }) else { continue }
            relate(.conflict, sub.actors, [m.actor!], cue: k..<(k + 3), s: s, rule: "refusal-object")
        }
        let upheld = Self.upheldVerdicts
        for k in r where (isIn(.upheldVerdicts, k) || isIn(.rejectedVerdicts, k)) && !inQuote(k) && k > r.lowerBound {
            guard ["been", "be", "was", "were", "is", "are"].contains(lower(k - 1)) else { continue }
            if k + 1 < r.upperBound && lower(k + 1) == "by" { continue }
            guard let p = positionContaining(k) else { continue }
            let clauseStart = (p.tokens.lowerBound..<k).last(where: { [";", ":", "(", ")"].contains(toks[$0].text) }) ?? p.tokens.lowerBound
            // The claim's owner: "the petitioner's claim", or "the decision of the Court of Appeals".
            func ownedByOf(_ m: Mention) -> Bool {
                var b = m.tokens.lowerBound - 1
                if b > clauseStart, lower(b) == "the" { b -= 1 }
                return b - 1 > clauseStart && lower(b) == "of" && Self.rulingNouns.contains(lower(b - 1))
            }
            guard let m = mentions[s.index].first(where: { ($0.possessive || ownedByOf($0)) && $0.actor != nil && $0.form != .pronoun && $0.tokens.lowerBound > clauseStart && $0.tokens.upperBound < k }) else { continue }
            let negated = (max(clauseStart, k - 4)..<k).contains { isIn(.negations, $0) }
            var kind: EdgeKind = upheld.contains(lower(k)) ? .agreement : .conflict
            if negated { kind = kind == .agreement ? .conflict : .agreement }
            relate(kind, p.holders, [m.actor!], cue: (k - 1)..<(k + 1), s: s, rule: "verdict-on-claim")
        }
    }
}
