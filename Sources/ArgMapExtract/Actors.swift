import Foundation
import ArgMapText

/// An actor found in the text: the merged set of its mentions.
struct ActorRecord {
    var canonical: String
    var aliases: [String: Int]  // surface -> count
    var category: MentionCategory
    /// Where it is mentioned: sentence index and byte span, 12 bytes each (a long text has
    /// hundreds of thousands of mentions; byte offsets fit in 32 bits as in ``TokenList``).
    var mentions: [(sentence: Int32, start: UInt32, end: UInt32)]
    var author = false
    /// Whether every mention is a bare plural ("diplomats"): no article, no modifier.
    var bare = false
}

/// Merges mentions into actors: possessives, surnames with full names, acronyms with their
/// long forms, names that start with an acronym ("NKID Collegium"), and user lexicon aliases.
struct ActorRegistry {
    var actors: [ActorRecord] = []
    private var byKey: [String: Int] = [:]

    /// Head nouns of bodies that, alone ("the commission"), stand for the one body named with
    /// them in the text. ("court", "government", "state" and "house" are left out: "the Court"
    /// of an opinion is not the "District Court" it reviews.)
    static let mergeableHeads: Set<String> = ["commission", "committee", "council", "agency", "corporation", "bureau", "department", "ministry",
        "board", "tribunal", "panel", "academy", "society", "institute", "university", "association", "federation", "foundation", "embassy", "office"]

    /// Nouns by which a report names the organization it is about ("the network").
    static let organizationDescriptors: Set<String> = ["network", "company", "firm", "broadcaster", "newspaper", "airline", "publisher", "corporation"]
    /// Words of public bodies' names, which "the company" never stands for.
    static let publicBodyWords: Set<String> = ["government", "commission", "court", "senate", "congress", "ministry", "department", "party", "parliament",
        "house", "council", "committee", "agency", "administration", "state", "states", "nations", "union", "army", "police", "office", "bureau"]

    static func key(_ surface: String) -> String {
        let lower = surface.lowercased()
        // Most keys are plain ASCII: no need to search or fold with Foundation.
        guard lower.utf8.contains(where: { $0 >= 0x80 }) else { return lower }
        // "Erdoğan" and "Erdogan", "Genêt" and "Genet": one name with or without its accents.
        let folded = lower.replacingOccurrences(of: "’", with: "'").folding(options: .diacriticInsensitive, locale: nil)
        return folded
    }

    mutating func build(_ mentions: inout [[Mention]], doc: Document, lex: Lexicon) {
        // Collect distinct keys with their forms.
        var surfaces: [String: (surface: String, form: Mention.Form, cat: MentionCategory, count: Int)] = [:]
        var order: [String] = []
        var written: [String: [String: Int]] = [:]
        for s in mentions {
            for m in s where m.form != .pronoun {
                let k = Self.key(m.surface)
                if let o = m.original { written[k, default: [:]][o, default: 0] += 1 }
                if var e = surfaces[k] {
                    e.count += 1
                    if e.cat == .unknown { e.cat = m.category }
                    surfaces[k] = e
                } else {
                    surfaces[k] = (m.surface, m.form, m.category, 1)
                    order.append(k)
                }
            }
        }
        // Union-find over keys.
        var parent: [String: String] = [:]
        for k in order { parent[k] = k }
        func find(_ k: String) -> String {
            var r = k
            while let p = parent[r], p != r { r = p }
            return r
        }
        func union(_ a: String, _ b: String) {
            let ra = find(a), rb = find(b)
            if ra != rb { parent[max(ra, rb)] = min(ra, rb) }
        }
        // User actors.
        for ua in lex.actors ?? [] {
            let names = [ua.name] + (ua.aliases ?? [])
            let present = names.map(Self.key).filter { parent[$0] != nil }
            for p in present.dropFirst() { union(present[0], p) }
        }
        let words: [String: [String]] = Dictionary(uniqueKeysWithValues: order.map { ($0, $0.split(separator: " ").map(String.init)) })
        let acronyms = order.filter { surfaces[$0]!.form == .acronym }
        let acronymLetters = acronyms.map { ($0, Array($0.filter(\.isLetter))) }
        // Look-up tables for the loops over pairs of keys below (same answers, each computed
        // once): the keys of several words that name a person, by their last word; and the
        // names that are not places, with their letters and word counts, in key order.
        var personsByLastWord: [String: [String]] = [:]
        for o in order {
            let ow = words[o]!
            if ow.count >= 2 && surfaces[o]!.cat == .person { personsByLastWord[ow.last!, default: []].append(o) }
        }
        // The same last words by their first four letters (for slips of the pen).
        var lastWordsByPrefix: [String: [String]] = [:]
        for last in personsByLastWord.keys.sorted() where last.count >= 6 { lastWordsByPrefix[String(last.prefix(4)), default: []].append(last) }
        var groupsByLastWord: [String: [String]] = [:]
        for o in order where surfaces[o]!.form == .group && surfaces[o]!.cat != .place { groupsByLastWord[words[o]!.last!, default: []].append(o) }
        var groupsByHead: [String: [String]] = [:]
        for o in order where surfaces[o]!.form == .group {
            let ow = words[o]!
            if ow.count == 2, surfaces[o]!.cat != .place { groupsByHead[ow.last!, default: []].append(o) }
        }
        var nameKeys: [(key: String, squeezed: String, squeezedCount: Int, wordCount: Int)] = []
        // The same names by their letters (keys with equal letters, in key order).
        var nameKeysBySqueezed: [String: [String]] = [:]
        for o in order where surfaces[o]!.form == .name && surfaces[o]!.cat != .place {
            let os = o.filter { $0.isLetter }
            nameKeys.append((o, os, os.count, words[o]!.count))
            nameKeysBySqueezed[os, default: []].append(o)
        }
        for k in order {
            let w = words[k]!
            let e = surfaces[k]!
            // Surname with full name: "Chicherin" and "Georgy Chicherin".
            if w.count == 1 && e.form == .name && e.cat != .place && e.cat != .body {
                var full = personsByLastWord[w[0]] ?? []
                // ("Pierliusi", a slip for the "Pedro Pierluisi" of the text.)
                if full.isEmpty, w[0].count >= 6 {
                    full = (lastWordsByPrefix[String(w[0].prefix(4))] ?? []).filter { Self.editDistanceAtMostOne($0, w[0]) }.flatMap { personsByLastWord[$0]! }.sorted()
                }
                if full.count == 1 { union(k, full[0]) }
            }
            // "the Supreme Court of Florida" is "the Florida Supreme Court", "the Government
            // of India" "the India Government": a body of a place, said either way round.
            if w.count >= 3, let of = w.firstIndex(of: "of"), of >= 1, of < w.count - 1, of <= 3 {
                let turned = (w[(of + 1)...] + w[..<of]).joined(separator: " ")
                if parent[turned] != nil { union(k, turned) }
            }
            // "the Adams administration" is President Adams's: a head of government's
            // administration speaks for them (where the text names one person so).
            if w.count == 2 && w[1] == "administration" {
                let named = (personsByLastWord[w[0]] ?? []) + (parent[w[0]] != nil && surfaces[w[0]]!.form == .name && surfaces[w[0]]!.cat != .place ? [w[0]] : [])
                if Set(named.map(find)).count == 1 { union(k, named[0]) }
            }
            // "the interim government" and "the interim Ukrainian government": a group named
            // with fewer of the same words is the one group named more fully (where there is one).
            if w.count >= 2 && e.form == .group {
                let fuller = (groupsByLastWord[w.last!] ?? []).filter { o in o != k && words[o]!.count > w.count && Set(w).isSubset(of: Set(words[o]!)) }
                if fuller.count == 1 { union(k, fuller[0]) }
            }
            // "The team" after "an international team of scientists": a bare group noun is the
            // one group of that kind the text has named more fully (only where there is one).
            if w.count == 1 && e.form == .group && !k.hasSuffix("s") {
                let fuller = groupsByHead[w[0]] ?? []
                if fuller.count == 1 { union(k, fuller[0]) }
            }
            // Spelling variants of one name ("Zelensky", "Zelenskyy") and the same name run
            // together ("JDVance", "JD Vance").
            if e.form == .name && e.cat != .place && w.count >= 2 {
                // Of the tests below, only equal letters can hold for a name of several words.
                for o in nameKeysBySqueezed[k.filter { $0.isLetter }] ?? [] where o != k { union(k, o) }
            } else if e.form == .name && e.cat != .place {
                let squeezed = k.filter { $0.isLetter }
                let squeezedCount = squeezed.count
                for (o, os, osCount, oWords) in nameKeys where o != k {
                    let handle = w.count == 1 && oWords >= 2 && squeezedCount > osCount && squeezed.fastContains(os)
                    if squeezed == os || handle || (w.count == 1 && oWords == 1 && squeezedCount >= 6 && abs(squeezedCount - osCount) <= 1 && squeezed.prefix(4) == os.prefix(4) && Self.editDistanceAtMostOne(squeezed, os)) {
                        union(k, o)
                    }
                }
            }
            // A people with its state: "the British" with "Great Britain"/"Britain", "the French"
            // with "France" (same first four letters).
            if e.form == .group && w.count == 1, MentionFinder.collectiveDemonyms.contains(k) {
                let stem = String(k.prefix(4))
                if let state = order.first(where: { o in o != k && surfaces[o]!.form == .name && surfaces[o]!.cat == .place && words[o]!.contains { $0.hasPrefix(stem) } }) {
                    union(k, state)
                }
            }
            // A regnal number: "Elizabeth II" is "Elizabeth" (the "Queen Elizabeth" of a headline).
            if w.count >= 2, e.form == .name, let last = w.last, last.count <= 4, last.allSatisfy({ "ivx".contains($0) }) {
                let base = w.dropLast().joined(separator: " ")
                if parent[base] != nil { union(k, base) }
            }
            // A name that starts with an acronym: "NKID Collegium".
            if w.count >= 2, acronyms.contains(w[0]) { union(k, w[0]) }
            // Acronym with its long form.
            if e.form != .acronym && e.form != .pronoun && !acronymLetters.isEmpty {
                let longForm = LongForm(w)
                for (a, letters) in acronymLetters where longForm.fits(letters) { union(k, a) }
            }
        }
        // A role with the one named person who bears it as a title: "the senator" is "Senator
        // Ruiz", "the foreign minister" is "Foreign Minister Chicherin" (only where one person
        // bears the title in the text).
        var bearers: [String: Set<String>] = [:]
        let demonyms = LexiconTables.of(lex).demonyms
        let titleWords = Set(lex.titles.flatMap { $0.lowercased().split(separator: " ").map(String.init) })
            .union(MentionFinder.singularRoles).union(["vice", "deputy", "chief", "foreign", "prime", "home", "general", "state", "attorney"])
        for s in mentions {
            for m in s where m.form == .name && m.category != .place {
                let start = doc.sentences[m.sentence].tokens.lowerBound
                // The first token of the name itself (the mention may hold its title).
                let nameWords = m.surface.split(separator: " ").count
                var first = m.tokens.upperBound
                var seen = 0
                while first > start && seen < nameWords { first -= 1; if doc.tokens[first].isWord { seen += 1 } }
                // The run of title words right before it ("Senator", "Foreign Minister"), which
                // must not itself follow a capitalised word ("Deputy Soviet Foreign Minister").
                var t = first
                // ("Secretary of State Cordell Hull", "Secretary of the Treasury": an "of" phrase
                // inside the title.)
                while t > start && doc.tokens[t - 1].isWord && first - t < 5 && (titleWords.contains(doc.tokens[t - 1].lower)
                    || (["of", "the"].contains(doc.tokens[t - 1].lower) && t - 2 > start && t < first && (titleWords.contains(doc.tokens[t - 2].lower) || doc.tokens[t - 2].lower == "of"))) { t -= 1 }
                while t < first && ["of", "the"].contains(doc.tokens[t].lower) { t += 1 }
                guard t < first else { continue }
                let title = doc.tokens[t..<first].map(\.lower).joined(separator: " ")
                // "the Secretary" for "Secretary of State Cordell Hull": the title's head noun.
                if let of = title.range(of: " of ") {
                    let head = String(title[..<of.lowerBound])
                    if !head.contains(" ") { bearers[head, default: []].insert(find(Self.key(m.surface))) }
                }
                // ("former Philippine President Ferdinand Marcos": no longer bears the title.)
                let lead = t > start && doc.tokens[t - 1].isCapitalized && t - 1 > start ? t - 2 : t - 1
                if lead >= start, ["former", "late", "then", "ex"].contains(doc.tokens[lead].lower) { continue }
                if t > start, doc.tokens[t - 1].isWord, doc.tokens[t - 1].isCapitalized, !["the", "a", "an"].contains(doc.tokens[t - 1].lower) {
                    // "Greek Foreign Minister George Katrougalos" is "the Greek foreign minister"
                    // (and "the foreign minister"), unless more capitals come before the people's
                    // adjective ("Deputy Soviet Foreign Minister").
                    let adjective = doc.tokens[t - 1].lower
                    // ("This Wednesday Greek Foreign Minister ...": a day before it is no title.)
                    guard demonyms.contains(adjective),
                          t - 1 == start || !doc.tokens[t - 2].isWord || !doc.tokens[t - 2].isCapitalized || ["the", "a", "an"].contains(doc.tokens[t - 2].lower)
                            || MentionFinder.calendarWords.contains(doc.tokens[t - 2].lower) else { continue }
                    bearers[adjective + " " + title, default: []].insert(find(Self.key(m.surface)))
                }
                bearers[title, default: []].insert(find(Self.key(m.surface)))
            }
        }
        for k in order where surfaces[k]!.form != .pronoun && words[k]!.count <= 3 {
            if let b = bearers[k], b.count == 1, find(k) != b.first! { union(k, b.first!) }
        }
        // A body's head noun alone is the one named body with that head: "the commission" is
        // the "National Telecommunications Commission" (only where one such body is named).
        for k in order where surfaces[k]!.form == .group && Self.mergeableHeads.contains(k) {
            let named = Set(order.filter { o in
                let e = surfaces[o]!
                return e.form == .name && e.cat != .person && e.cat != .place && words[o]!.count >= 2 && words[o]!.last == k
            }.map(find))
            if named.count == 1, find(k) != named.first! { union(k, named.first!) }
        }
        // "the network", "the company": the organization the text names most often (where one
        // stands out), as a reader takes it in a report about that organization.
        let organizations = order.filter { o in
            let e = surfaces[o]!
            return (e.form == .name || e.form == .acronym) && e.cat != .person && e.cat != .place && e.count >= 2
                && !words[o]!.contains(where: { Self.publicBodyWords.contains($0) })
        }
        var mentionsByRoot: [String: Int] = [:]
        for o in organizations { mentionsByRoot[find(o), default: 0] += surfaces[o]!.count }
        let ranked = mentionsByRoot.sorted { ($0.value, $1.key) > ($1.value, $0.key) }
        if let top = ranked.first, ranked.count == 1 || ranked[1].value < top.value {
            for k in order where surfaces[k]!.form == .group && Self.organizationDescriptors.contains(k) && find(k) == k { union(k, top.key) }
        }
        // Build records.
        var groups: [String: [String]] = [:]
        for k in order { groups[find(k), default: []].append(k) }
        let roots = order.filter { find($0) == $0 }
        for r in roots {
            let members = groups[r]!
            var aliases: [String: Int] = [:]
            var cat: MentionCategory = .unknown
            for m in members {
                let e = surfaces[m]!
                aliases[e.surface, default: 0] += e.count
                for (o, c) in written[m] ?? [:] { aliases[o, default: 0] += c }
                cat = Self.stronger(cat, e.cat)
                if e.form == .acronym { cat = .body }
            }
            // User canonical name wins; else the most frequent surface, longer on ties.
            // Group phrases are named as most often written ("Allied leaders"), others by surface.
            // A role merged with the person who bears it is named by the person's name.
            let named = members.contains { surfaces[$0]!.form == .name } && members.contains { surfaces[$0]!.form == .group }
            var counts = Dictionary(members.filter { !named || surfaces[$0]!.form != .group }.map { (surfaces[$0]!.surface, surfaces[$0]!.count) }, uniquingKeysWith: +)
            for m in members where surfaces[m]!.form == .group && !named {
                if let (w, c) = written[m]?.max(by: { ($0.value, $1.key) < ($1.value, $0.key) }), c * 2 >= surfaces[m]!.count {
                    counts[surfaces[m]!.surface] = nil
                    counts[w, default: 0] += surfaces[m]!.count
                }
            }
            var canonical = counts.sorted { ($0.value, $0.key.count, $1.key) > ($1.value, $1.key.count, $0.key) }.first!.key
            for ua in lex.actors ?? [] where ([ua.name] + (ua.aliases ?? [])).map(Self.key).contains(where: members.contains) {
                canonical = ua.name
                if let k = ua.kind { cat = k == "person" ? .person : (k == "body" ? .body : .group) }
            }
            if cat == .person || cat == .unknown {
                // Prefer the full name for people.
                // (Not a role merged with them: "the Greek foreign minister" is George Katrougalos.)
                let nameSurfaces = Set(members.filter { surfaces[$0]!.form != .group }.map { surfaces[$0]!.surface })
                // (A form written with its title, "Senator Ruiz", names the person but is not the
                // name: the label stays "Ruiz".)
                let titledForms = Set(members.filter { surfaces[$0]!.form == .name }.flatMap { m in (written[m] ?? [:]).keys.filter { $0 != surfaces[m]!.surface } })
                if let full = aliases.keys.filter({ $0.split(separator: " ").count >= 2 && (!named || nameSurfaces.contains($0)) && (!titledForms.contains($0) || nameSurfaces.contains($0)) }).max(by: { ($0.count, $1) < ($1.count, $0) }), cat == .person {
                    canonical = full
                }
            }
            let idx = actors.count
            actors.append(ActorRecord(canonical: canonical, aliases: aliases, category: cat, mentions: []))
            for m in members { byKey[m] = idx }
        }
        for si in mentions.indices {
            for mi in mentions[si].indices where mentions[si][mi].form != .pronoun {
                let m = mentions[si][mi]
                if let a = byKey[Self.key(m.surface)] {
                    mentions[si][mi].actor = a
                    let isBare = m.form == .group && !m.surface.contains(" ") && m.surface.hasSuffix("s") &&
                        (m.tokens.lowerBound == 0 || !["the", "these", "those", "such", "their", "its", "his", "her", "our"].contains(doc.tokens[m.tokens.lowerBound - 1].lower))
                    actors[a].bare = actors[a].mentions.isEmpty ? isBare : (actors[a].bare && isBare)
                    let toks = doc.tokens
                    actors[a].mentions.append((Int32(m.sentence), UInt32(toks[m.tokens.lowerBound].start), UInt32(toks[m.tokens.upperBound - 1].end)))
                    // "the Court", "this Court": a one-word body is written with its determiner,
                    // which is how readers (and gold maps) name it.
                    if m.tokens.count == 1, toks[m.tokens.lowerBound].isCapitalized, !toks[m.tokens.lowerBound].isAcronym, m.tokens.lowerBound > doc.sentences[m.sentence].tokens.lowerBound,
                       ["the", "this"].contains(toks[m.tokens.lowerBound - 1].lower), m.form == .group || actors[a].category == .body {
                        let det = toks[m.tokens.lowerBound - 1].lower
                        actors[a].aliases[det + " " + MentionFinder.stripPossessive(toks[m.tokens.lowerBound].text).0, default: 0] += 1
                    }
                    // "Some scholars have suggested", "Most historians", "The authors": a group
                    // named with its quantifier or article is how readers (and gold maps) name it.
                    if m.form == .group, m.tokens.lowerBound > doc.sentences[m.sentence].tokens.lowerBound,
                       ["some", "many", "several", "most", "other", "few", "numerous", "the"].contains(toks[m.tokens.lowerBound - 1].lower) {
                        let written = (m.tokens.lowerBound - 1..<m.tokens.upperBound).map { toks[$0].text }.joined(separator: " ")
                        actors[a].aliases[MentionFinder.stripPossessive(written).0, default: 0] += 1
                    }
                    // "THE CHIEF JUSTICE": a title set in capitals with its article is how a
                    // court opinion names that judge.
                    if m.tokens.lowerBound > doc.sentences[m.sentence].tokens.lowerBound, toks[m.tokens.lowerBound - 1].text == "THE",
                       m.tokens.allSatisfy({ !toks[$0].isWord || toks[$0].text.uppercased() == toks[$0].text }) {
                        actors[a].aliases["THE " + MentionFinder.stripPossessive(m.surface).0, default: 0] += 1
                    }
                }
            }
        }
    }

    /// The actor a surface form ("Lindqvist") stands for, if any of its mentions had that form.
    func actor(forSurface surface: String) -> Int? {
        byKey[Self.key(surface)]
    }

    /// Whether two strings differ by at most one inserted, deleted or changed character, or one
    /// pair of neighbouring characters swapped.
    static func editDistanceAtMostOne(_ a: String, _ b: String) -> Bool {
        let x = Array(a), y = Array(b)
        if abs(x.count - y.count) > 1 { return false }
        var i = 0, j = 0, edits = 0
        while i < x.count && j < y.count {
            if x[i] == y[j] { i += 1; j += 1; continue }
            edits += 1
            if edits > 1 { return false }
            // Two letters swapped ("Pierliusi" for "Pierluisi") is one slip of the pen.
            if x.count == y.count, i + 1 < x.count, x[i] == y[j + 1], x[i + 1] == y[j] { i += 2; j += 2; continue }
            if x.count > y.count { i += 1 } else if y.count > x.count { j += 1 } else { i += 1; j += 1 }
        }
        return edits + (x.count - i) + (y.count - j) <= 1
    }

    static func stronger(_ a: MentionCategory, _ b: MentionCategory) -> MentionCategory {
        func rank(_ c: MentionCategory) -> Int {
            switch c { case .unknown: 0; case .group: 1; case .place: 2; case .person: 3; case .body: 4 }
        }
        return rank(b) > rank(a) ? b : a
    }

    /// Whether acronym `a` ("nkid", lower-cased) fits the words `w` of a long form: the initials of
    /// its content words, or, for one long word, its letters in order ("Narkomindel").
    static func acronymFits(_ a: String, _ w: [String]) -> Bool {
        acronymFits(letters: Array(a.filter(\.isLetter)), w)
    }

    private static let minorWords: Set<String> = ["of", "the", "for", "and", "de", "on", "in", "&"]

    /// ``acronymFits(_:_:)`` with the acronym's letters made already.
    static func acronymFits(letters: [Character], _ w: [String]) -> Bool {
        LongForm(w).fits(letters)
    }

    /// The words of a possible long form, made ready to test many acronyms against
    /// (``acronymFits(_:_:)``).
    struct LongForm {
        /// The number of content words (not ``ActorRegistry/minorWords``).
        let contentCount: Int
        /// The initials of the content words, and of all words.
        let initials: [Character]
        let allInitials: [Character]
        /// The letters of the only content word, when there is one.
        let word: [Character]

        init(_ w: [String]) {
            let minor = ActorRegistry.minorWords
            let content = w.filter { !minor.contains($0) }
            contentCount = content.count
            initials = content.count >= 2 ? content.compactMap(\.first) : []
            allInitials = content.count >= 2 ? w.compactMap(\.first) : []
            word = content.count == 1 ? Array(content[0]) : []
        }

        /// Whether an acronym with these letters fits.
        func fits(_ letters: [Character]) -> Bool {
            guard letters.count >= 2 else { return false }
            if contentCount >= 2 {
                if initials == letters { return true }
                return allInitials == letters
            }
            if contentCount == 1, letters.count >= 3 {
                guard word.first == letters.first, word.count > letters.count + 2 else { return false }
                var i = 0
                for c in word where i < letters.count && c == letters[i] { i += 1 }
                return i == letters.count
            }
            return false
        }
    }
}
