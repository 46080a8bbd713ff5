import ArgMapText

/// A place in the text that may refer to an actor.
///
/// (The fields are ordered so that the small ones share one word: a long text has hundreds
/// of thousands of mentions, all held until the rules are done.)
struct Mention {
    enum Form { case name, acronym, group, pronoun }
    /// Tokens of the mention.
    var tokens: Range<Int>
    /// The surface form (possessive 's and titles removed); group phrases in a normal form
    /// ("Party leaders" -> "party leadership").
    var surface: String
    /// The words as written, where they differ from ``surface`` ("Allied leaders").
    var original: String?
    var sentence: Int
    /// The actor the mention was resolved to (index into the registry).
    var actor: Int?
    var form: Form
    var category: MentionCategory
    /// Whether the mention is a possessive ("Stalin's").
    var possessive: Bool
    /// For pronouns: which sort of antecedent they take.
    var pronounClass: PronounClass?
    /// For "they" that stands for people named together ("Lyne and Howe ... They state"):
    /// the others besides ``actor``.
    var coActors: [Int]

    init(tokens: Range<Int>, surface: String, original: String? = nil, form: Form, category: MentionCategory, sentence: Int,
         possessive: Bool, pronounClass: PronounClass? = nil, actor: Int? = nil, coActors: [Int] = []) {
        self.tokens = tokens
        self.surface = surface
        self.original = original
        self.form = form
        self.category = category
        self.sentence = sentence
        self.possessive = possessive
        self.pronounClass = pronounClass
        self.actor = actor
        self.coActors = coActors
    }
}

enum MentionCategory { case person, body, group, place, unknown }
enum PronounClass { case person, plural, body }

/// Finds names, acronyms, group phrases and pronouns.
///
/// (A class: the rules call it once per sentence, and a struct of this many fields was copied
/// on every call.)
final class MentionFinder {
    let doc: Document
    let lex: Lexicon
    let notActors: WordSet
    let notActorHeads: WordSet
    let groupHeads: WordSet
    let bodyWords: WordSet
    let places: WordSet
    let titles: WordSet
    /// Adjectives of peoples and states ("Greek", "Soviet"), lower-cased.
    let demonyms: WordSet
    let lowerWords: WordSet
    /// Lower-case surnames seen after a given name (see `init`).
    let surnames: Set<String>
    /// Common words known from the lexicon (verbs in all forms, cue and view nouns): a
    /// capitalised one at the start of a sentence is not a name.
    let commonWords: WordSet
    let personPronouns: WordSet
    let pluralPronouns: WordSet
    let bodyPronouns: WordSet
    /// Per distinct token text (``TokenList/wordIndex(_:)``): whether a word token with that
    /// text may be part of a name (``isNameWord(_:)``), worked out once per text.
    private var nameWords: [Bool] = []
    /// Per distinct token text: which pronoun it is (0 none, 1 first person, 2 person,
    /// 3 plural, 4 body; the tests of ``mentions(in:)`` in their order).
    private var pronounKinds: [UInt8] = []
    /// Per distinct token text: ``isGroupHead(_:_:at:)`` of its lower-case form with the
    /// possessive stripped, bit 0 after "a"/"an", bit 1 elsewhere.
    private var groupHeadBits: [UInt8] = []
    /// Occupations written before a name like a title ("Philosopher John Lyne", "biologist
    /// Henry Howe"): not part of the name.
    static let occupations: Set<String> = [
        "philosopher", "biologist", "historian", "economist", "scientist", "physicist", "chemist", "geologist",
        "paleontologist", "palaeontologist", "sociologist", "psychologist", "linguist", "anthropologist",
        "archaeologist", "archeologist", "mathematician", "astronomer", "researcher", "journalist", "writer",
        "critic", "novelist", "lawyer", "attorney", "analyst", "expert", "activist", "engineer", "physician",
        "geneticist", "theologian", "scholar", "columnist", "commentator", "reporter", "editor", "lecturer",
        "geographer", "ecologist", "zoologist", "botanist", "naturalist", "neuroscientist", "epidemiologist",
        "virologist", "immunologist", "statistician", "demographer", "diplomat", "politician", "lawmaker",
        "legislator", "entrepreneur", "businessman", "businesswoman", "investor", "strategist", "adviser",
        "advisor", "consultant", "poet", "playwright", "essayist", "physiologist", "pathologist", "surgeon",
        "climatologist", "meteorologist", "oceanographer", "biochemist", "geophysicist", "astrophysicist",
        "primatologist", "ethologist", "entomologist", "ornithologist", "criminologist", "jurist", "cleric",
    ]
    /// An occupation word, singular or plural, or a word in "-ist" that names one
    /// ("spiritualist", "Physicists").
    /// Nouns that name a kind of work right before its title ("his novel Anna Karenina").
    static let titledWorkNouns: Set<String> = ["novel", "novels", "book", "books", "essay", "treatise", "poem", "play", "film", "pamphlet", "monograph", "memoir", "memoirs",
        "documentary", "textbook", "opera", "painting", "song", "album", "autobiography"]
    /// Words after "his"/"her" that address a person by rank ("in his Majesty's name"), not titles of works.
    static let honorifics: Set<String> = ["majesty", "majesty's", "excellency", "holiness", "highness", "lordship", "ladyship", "grace", "honour", "honor"]

    static func isOccupation(_ w: String) -> Bool {
        if occupations.contains(w) { return true }
        if w.hasSuffix("s"), occupations.contains(String(w.dropLast())) { return true }
        let base = w.hasSuffix("ists") ? String(w.dropLast()) : w
        return base.hasSuffix("ist") && base.count > 6 && !["persist", "consist", "exist", "insist", "assist", "resist", "subsist", "coexist"].contains(base)
            && !politicalIsts.contains(base)
    }
    /// Adjectives that often open a sentence ("Recent reports have revealed"): never a name there.
    static let openingAdjectives: Set<String> = [
        "recent", "new", "early", "earlier", "later", "previous", "several", "initial", "preliminary", "official",
        "local", "independent", "subsequent", "further", "additional", "numerous", "various", "similar", "conflicting",
        "unconfirmed", "anonymous", "senior", "top", "leading", "prominent", "modern", "contemporary", "current",
        "traditional", "conventional", "standard", "critical", "skeptical", "sceptical", "outside", "internal",
        "external", "unnamed", "concerned", "rival", "opposing", "fellow", "veteran", "former",
        // Adjectives of motive before a "that" clause ("Aware that ..., he resigned").
        "aware", "unaware", "certain", "sure", "confident", "fearful", "suspicious", "mindful",
        // Adverbs of time and place that open a sentence ("Up until this point he had not ...").
        "up", "down", "out", "back", "away",
        // Participles that open a sentence as prepositions ("Following Lavoisier, ...").
        "following", "according", "including", "regarding", "concerning", "considering", "citing", "using", "quoting",
        "echoing", "describing", "assuming", "excluding", "barring", "pending", "notwithstanding", "unlike", "like",
    ]
    /// Titles written short before a name ("Dr.", "Sen.").
    /// Whether `w` is a capital initial ("V." in "N. V. Churaev"), not the "v." of a case name:
    /// a case name writes it in lower case unless the whole name is in capitals.
    /// Whether the word at `i` of a name modifies a body word after it, before any "of":
    /// "Central Election Commission of Ukraine", "War Department" name bodies, while "Act of
    /// Congress" and "Treaty of Versailles" do not.
    func modifiesBody(at i: Int, in words: [String]) -> Bool {
        for w in words[(i + 1)...] {
            let l = w.lowercased()
            if l == "of" { return false }
            if isBodyWord(l) { return true }
        }
        return false
    }

    static func isInitial(_ w: String, among words: [String]) -> Bool {
        guard w.count == 2, w.last == ".", let f = w.first, f.isUppercase else { return false }
        return words.contains { $0.contains(where: \.isLowercase) }
    }

    static func isAbbreviatedTitle(_ w: String) -> Bool {
        ["mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "col", "capt", "lt", "sgt", "rev", "hon", "sir", "dame", "lord", "lady"].contains(w)
    }
    /// Words in "-ist" that name a political camp, not an occupation ("the Nationalist Party").
    static let politicalIsts: Set<String> = [
        "nationalist", "communist", "socialist", "federalist", "loyalist", "royalist", "unionist", "separatist",
        "populist", "capitalist", "marxist", "leninist", "trotskyist", "stalinist", "fascist", "anarchist",
        "imperialist", "colonialist", "zionist", "islamist", "modernist", "centrist", "leftist", "rightist",
        "extremist", "isolationist", "internationalist", "interventionist", "revisionist", "nihilist", "abolitionist",
    ]
    /// Groups named by the cause they serve or fight ("advocates of exclusion").
    static let causeRoles: Set<String> = ["advocates", "supporters", "opponents", "critics", "proponents", "defenders", "champions", "enemies", "foes", "partisans", "backers", "adherents"]
    static let connectors: Set<String> = ["of", "for", "de", "von", "van", "der", "du", "la", "le", "al", "del", "di", "da", "on"]
    static let stop: Set<String> = [
        "the", "a", "an", "this", "that", "these", "those", "in", "on", "at", "by", "for", "from", "to",
        "with", "as", "of", "and", "or", "but", "nor", "yet", "so", "if", "then", "thus", "however",
        "although", "though", "while", "when", "where", "after", "before", "because", "since", "until",
        "regarding", "despite", "during", "each", "every", "both", "either", "neither", "one", "some",
        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "several",
        "many", "most", "all", "any", "no", "not", "there", "here", "it", "its", "he", "she", "they",
        "we", "i", "you", "his", "her", "their", "our", "my", "your", "what", "which", "who", "whom",
        "whose", "whichever", "whatever", "whoever", "wherever", "whenever", "why", "how", "rather", "instead", "moreover", "furthermore", "indeed", "still",
        "also", "even", "only", "just", "yes", "eventually", "earlier", "later", "meanwhile",
        "significantly", "clearly", "convinced", "with", "without", "upon", "under", "over", "through",
        "between", "among", "against", "within", "into", "onto", "about", "above", "below", "such",
        "other", "another", "several", "few", "more", "less", "much", "very", "first", "second",
        "third", "last", "next", "now", "today", "yesterday", "once", "like", "unlike", "whether",
        "perhaps", "nevertheless", "nonetheless", "accordingly", "consequently", "hence", "therefore",
        "finally", "initially", "subsequently", "similarly", "likewise", "again", "too", "ultimately",
    ]

    init(doc: Document, lex: Lexicon) {
        self.doc = doc
        self.lex = lex
        // The lexicon's sets, made once (see LexiconTables).
        let tables = LexiconTables.of(lex)
        notActors = tables.notActors
        notActorHeads = tables.notActorHeads
        groupHeads = tables.groupHeads
        bodyWords = tables.bodyWords
        places = tables.places
        titles = tables.titles
        demonyms = tables.demonyms
        personPronouns = tables.personPronouns
        pluralPronouns = tables.pluralPronouns
        bodyPronouns = tables.bodyPronouns
        // The lower-case words of the text: each distinct word token looked at once.
        var lw: [String] = []
        var seen = [Bool](repeating: false, count: doc.tokens.wordCount)
        for i in doc.tokens.indices where doc.tokens.isWord(i) && !seen[doc.tokens.wordIndex(i)] {
            seen[doc.tokens.wordIndex(i)] = true
            let t = doc.tokens[i]
            if !t.isCapitalized { lw.append(t.lower) }
        }
        lowerWords = WordSet(lw)
        // Surnames: the second of two capitalised words that name a person somewhere in the text
        // ("Sally Wasef of ..."), so that "according to Wasef archaeologists ..." is Wasef and
        // the archaeologists, not a group called "Wasef archaeologists".
        var sn = Set<String>()
        let tk0 = doc.tokens
        for i in tk0.indices where i > 0 && i + 2 < tk0.count && tk0[i].isWord && tk0[i].isCapitalized && tk0[i + 1].isWord && tk0[i + 1].isCapitalized && !tk0[i + 1].isAcronym
            && !(tk0[i + 2].isWord && tk0[i + 2].isCapitalized) && tk0[i - 1].isWord && !tk0[i - 1].isCapitalized && tk0[i - 1].lower != "the" {
            let a = tk0[i].lower, b = tk0[i + 1].lower
            if MentionFinder.stop.contains(a) || titles.contains(a) || places.contains(a) || places.contains(b) || demonyms.contains(a) || bodyWords.contains(b) || groupHeads.contains(b) || notActors.contains(b) || notActorHeads.contains(b) { continue }
            sn.insert(b)
        }
        surnames = sn
        // Whether each distinct word text may be part of a name (its tokens' answers depend on
        // the text alone).
        var firstToken = [Int](repeating: -1, count: doc.tokens.wordCount)
        for i in doc.tokens.indices where doc.tokens.isWord(i) && firstToken[doc.tokens.wordIndex(i)] < 0 {
            firstToken[doc.tokens.wordIndex(i)] = i
        }
        commonWords = tables.commonWords
        // "the Controlled Substances Act (CSA)": an acronym for a law, treaty or the like names
        // no one, here and wherever the text uses it again.
        var things = Set<String>()
        let tk = doc.tokens
        for i in tk.indices where i > 0 && i + 2 < tk.count && tk[i].text == "(" && tk[i + 2].text == ")" && tk[i + 1].isAcronym {
            let head = tk[i - 1].lower
            if notActorHeads.contains(head), head.first == tk[i + 1].lower.last { things.insert(tk[i + 1].lower) }
        }
        notActorAcronyms = things
        nameWords = firstToken.map { $0 >= 0 && isNameWord(doc.tokens[$0]) }
        pronounKinds = firstToken.map { i -> UInt8 in
            guard i >= 0 else { return 0 }
            let t = doc.tokens[i]
            if t.text == "I" || ["we", "my", "our", "me", "us"].contains(t.lower) { return 1 }
            if personPronouns.contains(t.lower) { return 2 }
            if pluralPronouns.contains(t.lower) { return 3 }
            if bodyPronouns.contains(t.lower) { return 4 }
            return 0
        }
        groupHeadBits = firstToken.map { i -> UInt8 in
            guard i >= 0 else { return 0 }
            let t = doc.tokens[i]
            let w = MentionFinder.stripPossessive(t.lower).0
            return (isGroupHead(w, t.text, afterArticle: true) ? 1 : 0) | (isGroupHead(w, t.text, afterArticle: false) ? 2 : 0)
        }
    }

    /// Acronyms the text defines for things that are no actors (``init(doc:lex:)``).
    let notActorAcronyms: Set<String>

    /// Whether token `i` may be part of a name: ``isNameWord(_:)`` of the token, looked up by
    /// its text.
    @inline(__always)
    func isNameWord(at i: Int) -> Bool {
        doc.tokens.isWord(i) && nameWords[doc.tokens.wordIndex(i)]
    }

    /// Function words that are only ever shouted, never acronyms.
    static let shoutedWords: Set<String> = ["is", "it", "to", "of", "in", "on", "at", "be", "do", "so", "no", "we", "he", "me", "my", "or", "an",
        "as", "by", "if", "up", "the", "and", "are", "was", "not", "all", "you", "our", "but", "for", "has", "had", "can", "will", "now", "get"]

    /// Whether `w` is a word for a body, singular or plural ("Department", "Departments").
    func isBodyWord(_ w: String) -> Bool {
        bodyWords.contains(w) || (w.count > 4 && w.hasSuffix("s") && bodyWords.contains(String(w.dropLast())))
    }

    /// Whether `w` (a capitalised first word) is the plural or singular of a word the text
    /// writes in lower case ("Investigations" beside "investigation") or of a word for a piece
    /// of research: a common noun, not a name.
    func isCommonVariant(_ w: String) -> Bool {
        if MentionFinder.researchNouns.contains(w) { return true }
        guard w.count > 4 else { return false }
        if w.hasSuffix("s"), lowerWords.contains(String(w.dropLast())) { return true }
        return lowerWords.contains(w + "s")
    }

    /// Words for research and its results, never an actor alone ("Experiments showed ...").
    static let researchNouns: Set<String> = ["investigation", "investigations", "experiment", "experiments", "measurements", "studies", "analyses",
        "observations", "tests", "calculations", "results", "findings", "data", "evidence", "research", "surveys", "trials"]

    static func stripPossessive(_ s: String) -> (String, Bool) {
        if s.fastHasSuffix("'s") || s.fastHasSuffix("’s") { return (String(s.dropLast(2)), true) }
        if s.fastHasSuffix("s'") { return (String(s.dropLast()), true) }
        return (s, false)
    }

    func isNameWord(_ t: Token) -> Bool {
        guard t.isWord, t.isCapitalized || MentionFinder.particleName(t.text) else { return false }
        // Hyphenated adjectives such as "Bukharin-dominated" are not names.
        if let dash = t.text.firstIndex(of: "-") {
            let rest = t.text[t.text.index(after: dash)...]
            if let f = rest.unicodeScalars.first, f.isLowercaseLetter { return false }
        }
        // Rule "not-name-word": words with digits ("WW3"), all-caps emphasis of a common word
        // ("OVER", "YEARS"), and sentence adverbs ("Apparently") are not names.
        // ("NSC-68", "G-20": capitals, a hyphen and a number designate a document or body.)
        if t.text.unicodeScalars.contains(where: { $0.hasNumericType }) && !MentionFinder.isDesignation(t.text) { return false }
        // "THE USA IS GREAT!": a short function word in capitals is shouting, not a name.
        if t.text.count <= 3, t.isAcronym, MentionFinder.shoutedWords.contains(t.lower) { return false }
        if t.isAcronym && t.text.fastCount >= 3 && lowerWords.contains(t.lower) && !isTitleWord(t.lower) { return false }
        if t.lower.fastHasSuffix("ly") && t.lower.fastCount > 5 && MentionFinder.adverbLike(t.lower) && !t.text.dropFirst().contains(where: \.fastIsUppercase) && lowerWords.contains(String(t.lower.dropLast(2))) == false { return false }
        return true
    }

    /// Parts of a text or of a citation, not actors: "Part III", "Parts I", "II", "Ibid", "Id.".
    static func isCitationWords(_ words: [String]) -> Bool {
        let lw = words.map { String($0.lowercased().filter { $0 != "." }) }
        func roman(_ w: String) -> Bool { !w.isEmpty && w.count <= 5 && w.allSatisfy { "ivxl".contains($0) } }
        if lw.count == 1, ["ibid", "id", "supra", "infra", "passim", "cf", "op"].contains(lw[0]) { return true }
        if lw.allSatisfy(roman) && words.allSatisfy({ $0.uppercased() == $0 }) { return true }
        if lw.count >= 2, ["part", "parts", "section", "sections", "article", "articles", "chapter", "chapters", "title", "count", "counts", "clause", "book", "volume", "appendix"].contains(lw[0]),
           lw.dropFirst().allSatisfy({ roman($0) || $0.first?.isNumber == true }) { return true }
        return false
    }

    /// A surname written with a lower-case particle: Arabic with a hyphen ("al-Assadi",
    /// "el-Sisi"), French or Italian elided ("d'Arsonval").
    static func particleName(_ text: String) -> Bool {
        // Every particle starts with a, b, d, e or i, and only those letters themselves equal
        // them (most words, capitalised, are ruled out here).
        guard let f = text.utf8.first, f == 0x61 || f == 0x62 || f == 0x64 || f == 0x65 || f == 0x69 else { return false }
        // Also French and Italian elided particles: "d'Arsonval", "d’Alembert", "dell'Acqua".
        for p in ["al-", "el-", "ad-", "ar-", "as-", "ash-", "at-", "az-", "an-", "ibn-", "bin-", "abu-", "d'", "d’", "dell'", "dell’"] where text.hasPrefix(p) {
            return text.dropFirst(p.count).first?.isUppercase == true
        }
        return false
    }

    /// Sentence adverbs in "-ally", "-ently", "-ibly" ... ("Apparently", "Ironically").
    static func adverbLike(_ w: String) -> Bool {
        ["ally", "ently", "antly", "ibly", "ably", "ously", "ively", "edly", "ingly", "arly", "ctly"].contains { w.fastHasSuffix($0) }
    }

    /// Whether a lower-cased word is a personal title or office word ("justice", "sen.", "advisor").
    func isTitleWord(_ w: String) -> Bool {
        let bare = w.fastHasSuffix(".") ? String(w.dropLast()) : w
        return titles.contains(w) || titles.contains(bare) || titles.contains(bare + ".") || MentionFinder.officeWords.contains(bare)
    }
    static let officeWords: Set<String> = ["advisor", "adviser", "speaker", "sen", "rep", "gov", "deputy", "chief", "director",
                                           "secretary", "press", "vice", "leader", "whip", "ambassador", "envoy", "attorney", "mr", "mrs", "ms", "dr"]

    /// All mentions in sentence `s`, in token order.
    func mentions(in s: Sentence) -> [Mention] {
        let toks = doc.tokens
        let i = s.tokens.lowerBound
        // "See Myers, 272 U.S., at 132.", "Cf. Wiener v. United States, 357 U.S. 349": a citation
        // sentence names cases and reporters, not actors (only its parenthetical may speak of
        // someone: "(Court of Appeals emphasized that ...)").
        if s.tokens.count >= 3, MentionFinder.citationSignals.contains(toks[i].lower), toks[i].isCapitalized,
           s.tokens.contains(where: { toks[$0].text.first?.isNumber == true }) {
            var depth = 0
            var inside = Set<Int>()
            for k in s.tokens {
                if toks[k].text == "(" { depth += 1 } else if toks[k].text == ")" { depth = max(0, depth - 1) } else if depth > 0 { inside.insert(k) }
            }
            return mentionsIgnoringCitations(in: s).filter { inside.contains($0.tokens.lowerBound) }
        }
        return mentionsIgnoringCitations(in: s)
    }

    /// ``mentions(in:)`` without the test for a citation sentence.
    private func mentionsIgnoringCitations(in s: Sentence) -> [Mention] {
        let toks = doc.tokens
        var out: [Mention] = []
        var i = s.tokens.lowerBound
        let end = s.tokens.upperBound
        var covered = Set<Int>()
        while i < end {
            let t = toks[i]
            if !t.isWord { i += 1; continue }
            let pronoun = pronounKinds[toks.wordIndex(i)]
            // First person ("I", "we"): resolved later to the voice of the text.
            if pronoun == 1 {
                out.append(Mention(tokens: i..<(i + 1), surface: t.text, form: .pronoun, category: .unknown, sentence: s.index, possessive: ["my", "our"].contains(t.lower)))
                i += 1; continue
            }
            // Pronouns.
            if pronoun != 0 {
                let cls: PronounClass = pronoun == 2 ? .person : (pronoun == 3 ? .plural : .body)
                var m = Mention(tokens: i..<(i + 1), surface: t.text, form: .pronoun, category: .unknown,
                                sentence: s.index, possessive: ["his", "her", "their", "its"].contains(t.lower))
                m.pronounClass = cls
                out.append(m)
                i += 1; continue
            }
            // A handle ("@realDonaldTrump") names someone.
            if i > s.tokens.lowerBound, toks[i - 1].text == "@", !toks[i - 1].spaceBefore || toks[i - 1].spaceBefore {
                if t.text.count >= 3 {
                    out.append(Mention(tokens: i..<(i + 1), surface: t.text, form: .name, category: .person, sentence: s.index, possessive: false))
                }
                i += 1; continue
            }
            // "the British", "the French", "the Soviets": a people or state as a group.
            // ("the British and French protested": the second people shares the article.)
            if isNameWord(at: i), i > s.tokens.lowerBound, toks[i - 1].lower == "the" || (i - 2 > s.tokens.lowerBound && toks[i - 1].lower == "and"
                    && MentionFinder.collectiveDemonyms.contains(toks[i - 2].lower) && toks[i - 3].lower == "the"), MentionFinder.collectiveDemonyms.contains(t.lower),
               i + 1 >= end || !toks[i + 1].isWord || !toks[i + 1].isCapitalized && !isGroupHead(toks[i + 1].lower, toks[i + 1].text, at: i + 1) && (MentionFinder.stop.contains(toks[i + 1].lower) || commonWords.contains(toks[i + 1].lower) || toks[i + 1].lower.hasSuffix("ed") || MentionFinder.afterPeople.contains(toks[i + 1].lower)) {
                out.append(Mention(tokens: i..<(i + 1), surface: t.text, form: .group, category: .group, sentence: s.index, possessive: false))
                i += 1; continue
            }
            guard isNameWord(at: i) else { i += 1; continue }
            // A run of capitalised words, with connectors inside.
            var j = i
            var last = i
            var possessive = false
            while j < end {
                let u = toks[j]
                // An initial's full stop inside a name ("Steven E. Koonin").
                if u.text == ".", j > i, toks[j - 1].text.count == 1, toks[j - 1].isCapitalized, j + 1 < end, isNameWord(at: j + 1) {
                    j += 1; continue
                }
                if isNameWord(at: j) && (j == i || !u.spaceBefore || true) {
                    if j > i && toks[j - 1].isWord == false && toks[j - 1].text != "." { break }
                    last = j
                    let (_, poss) = MentionFinder.stripPossessive(u.text)
                    if poss { possessive = true; break }
                    j += 1
                    continue
                }
                // "Academy of Letters and Sciences of Mantua", "Department of Health and Human
                // Services": "and" inside a body's "of" phrase.
                // ("Food and Drug Administration", "Securities and Exchange Commission": "and"
                // between common words that a body's name joins.)
                // ("House Oversight and Reform Committee": a chamber's name may come first.)
                let namedBodyAnd = u.lower == "and" && j - i <= 2 && !((i..<j).contains(where: { isBodyWord(toks[$0].lower) || places.contains(toks[$0].lower) })
                        && !(j - i == 2 && ["house", "senate"].contains(toks[i].lower) && !isBodyWord(toks[j - 1].lower) && !places.contains(toks[j - 1].lower)))
                    && j + 2 < end && isNameWord(at: j + 1) && isNameWord(at: j + 2) && bodyWords.contains(toks[j + 2].lower) && !bodyWords.contains(toks[j + 1].lower)
                // ("the county's Police and Crime Commissioner Stephen Mold": "and" inside a
                // title that a person's name follows.)
                let titledAnd = u.lower == "and" && j - i <= 2 && j + 3 < end
                    && (i..<j).allSatisfy({ (commonWords.contains(toks[$0].lower) || isBodyWord(toks[$0].lower) || groupHeads.contains(toks[$0].lower) || lowerWords.contains(toks[$0].lower)) && !titles.contains(toks[$0].lower) }) && (j + 2...min(j + 3, end - 2)).contains(where: { k in
                    titles.contains(toks[k].lower) && toks[k].isCapitalized && isNameWord(at: k + 1) && !titles.contains(toks[k + 1].lower)
                        && (j + 1..<k).allSatisfy { isNameWord(at: $0) && !titles.contains(toks[$0].lower) } })
                let bodyAnd = namedBodyAnd || titledAnd || u.lower == "and" && (i..<j).contains(where: { toks[$0].lower == "of" }) && (i..<j).contains(where: { isBodyWord(toks[$0].lower) })
                if u.isWord && (MentionFinder.connectors.contains(u.lower) || bodyAnd) && j + 1 < end && isNameWord(at: j + 1) && j > i
                    // ("Crown Prince Mohammad bin Salman of Saudi Arabia": a personal name with its
                    // particle ends before "of".)
                    && !(u.lower == "of" && (i..<j).contains { ["bin", "ibn", "bint"].contains(toks[$0].lower) })
                    && (u.lower != "of" || (i..<j).contains { isBodyWord(toks[$0].lower) || groupHeads.contains(toks[$0].lower) || notActorHeads.contains(toks[$0].lower) || titles.contains(toks[$0].lower) || places.contains(toks[$0].lower) || ["state", "states", "secretary", "minister", "department", "university", "bank", "house", "republic", "kingdom", "church", "people", "duke", "earl", "king", "queen", "prince", "bishop", "director", "chairman", "president", "governor", "mayor"].contains(toks[$0].lower)
                        // ("the Horn of Africa", "the Gulf of Mexico": a place's head noun.)
                        || ["horn", "cape", "gulf", "bay", "isle", "isles", "sea", "strait", "straits", "isthmus", "peninsula", "duchy", "principality"].contains(toks[$0].lower) }) {
                    // "the League of Nations": a connector between capitalised words.
                    if j + 2 < end && toks[j + 1].lower == "the" { break }
                    // "Congress on January 8": a date, not part of the name.
                    // ("Later on Tuesday Mitsotakis" is no name before "on": the start is dropped below.)
                    if MentionFinder.calendarWords.contains(toks[j + 1].lower),
                       (i..<j).contains(where: { !MentionFinder.stop.contains(toks[$0].lower) && !MentionFinder.openingAdjectives.contains(toks[$0].lower) && !commonWords.contains(toks[$0].lower) }) { break }
                    j += 1; continue
                }
                if u.isWord && u.lower == "the" && j > i && toks[j - 1].lower == "of" { j += 1; continue }
                // "Van den Berge", "Johannes van der Waals": lower-case particles inside a name.
                if u.isWord, !u.isCapitalized, j > i, MentionFinder.nameParticles.contains(u.lower),
                   j + 1 < end && isNameWord(at: j + 1) || (j + 2 < end && MentionFinder.nameParticles.contains(toks[j + 1].lower) && !toks[j + 1].isCapitalized && isNameWord(at: j + 2)) {
                    j += 1; continue
                }
                break
            }
            var first = i
            // Leave out a capitalised first word of the sentence that is a common word.
            let atStart = i == s.tokens.lowerBound || (i > s.tokens.lowerBound && (toks[i - 1].isQuote || toks[i - 1].text == "(")) 
            while first <= last {
                let w = MentionFinder.stripPossessive(toks[first].lower).0
                // ("Court of Appeals" keeps its first word: a connector makes it one name.)
                let joined = first + 2 <= last && MentionFinder.connectors.contains(toks[first + 1].lower) && !MentionFinder.stop.contains(w)
                let commonStart = atStart && first == i && !joined && (MentionFinder.stop.contains(w) || lowerWords.contains(w) || commonWords.contains(w) || MentionFinder.openingAdjectives.contains(w)
                    || isCommonVariant(w))
                // "Later on Tuesday Mitsotakis": what is left of a stripped start that cannot
                // begin a name (a connector, a weekday or month).
                let leftover = first < last && first > i && (MentionFinder.connectors.contains(w) || MentionFinder.stop.contains(w) || MentionFinder.calendarWords.contains(w))
                // "Disappointed the Venezuelans quietly ratified", "Undeterred by ...": a
                // participle opening the sentence before an article or a preposition.
                let participleStart = atStart && first == i && first == last && w.count >= 7 && (w.hasSuffix("ed") || w.hasSuffix("ing")) && last + 1 < end
                    && ["the", "a", "an", "by", "with", "his", "her", "their", "its", "this", "these", "those", "to", "from", "at", "in", "on"].contains(toks[last + 1].lower)
                // "Dependent for their prosperity ..., they feared", "Mindful of ...": an adjective
                // opening the sentence before its preposition.
                let adjectiveStart = atStart && first == i && first == last && w.count >= 7 && last + 1 < end
                    && ["ent", "ant", "ous", "ful", "ive", "able", "ible"].contains(where: { w.hasSuffix($0) })
                    && ["for", "of", "about", "upon", "on", "to", "with", "that"].contains(toks[last + 1].lower)
                if commonStart || participleStart || adjectiveStart || MentionFinder.stop.contains(w) && first == i || leftover { first += 1; continue }
                break
            }
            // "‘Come out or we’re coming in’": a word opening a quotation, followed by a particle,
            // is a verb, not a name.
            if first == last, first > s.tokens.lowerBound, toks[first - 1].isQuote, last + 1 < end,
               ["out", "up", "down", "back", "here", "there", "now", "off", "away", "on", "in"].contains(toks[last + 1].lower) {
                i = last + 1; continue
            }
            // "save a Socialist Government": a kind of body after "a", not a named one.
            if first < last, first > s.tokens.lowerBound, ["a", "an", "any", "every", "no"].contains(toks[first - 1].lower),
               groupHeads.contains(toks[last].lower) || bodyWords.contains(toks[last].lower), !toks[first].isAcronym {
                i = last + 1; continue
            }
            // "the Alpine orogeny": one capitalised word between an article and a common word is
            // a modifier, not someone.
            if first == last, first > s.tokens.lowerBound, ["the", "a", "an"].contains(toks[first - 1].lower),
               last + 1 < end, toks[last + 1].isWord, !toks[last + 1].isCapitalized, !toks[first].isAcronym,
               !MentionFinder.stop.contains(toks[last + 1].lower), !commonWords.contains(toks[last + 1].lower),
               !isGroupHead(toks[last + 1].lower, toks[last + 1].text, at: last + 1),
               // ("on behalf of the Senate late Sunday night": a word of time after the name
               // is no noun it modifies.)
               !["late", "early", "yesterday", "today", "tonight", "later", "earlier", "alone", "too", "overnight"].contains(toks[last + 1].lower),
               // ("The French were willing": a name before an auxiliary is a subject.)
               !(MentionFinder.collectiveDemonyms.contains(toks[last].lower) && MentionFinder.afterPeople.contains(toks[last + 1].lower)),
               // ("the Senate did not": a body's name before a negated auxiliary is a subject.)
               !(bodyWords.contains(toks[last].lower) && MentionFinder.afterPeople.contains(toks[last + 1].lower)
                 && last + 2 < end && ["not", "n't", "never"].contains(toks[last + 2].lower)),
               // ("The British offered", "The French strongly objected": a people before a past
               // verb or an adverb is a subject.)
               !(MentionFinder.collectiveDemonyms.contains(toks[last].lower) && (toks[last + 1].lower.hasSuffix("ed") || toks[last + 1].lower.hasSuffix("ly"))),
               // ("The Whigs sympathized": a plural name before a past verb is a subject.)
               !(toks[last].lower.hasSuffix("s") && toks[last + 1].lower.hasSuffix("ed")),
               !MentionFinder.stripPossessive(toks[last].text).1 {
                i = last + 1; continue
            }
            // A word followed by a hyphen ("Stalin- and Bukharin-dominated") is a modifier.
            if last + 1 < end && toks[last + 1].text == "-" && !toks[last + 1].spaceBefore { i = last + 2; continue }
            if first > last { i = last + 1; continue }
            // Titles in front ("President Wilson", "Foreign Minister Chicherin") are not part of the name.
            var nameFirst = first
            var titled = false
            while nameFirst < last {
                let one = toks[nameFirst].lower
                let two = nameFirst + 1 <= last ? one + " " + toks[nameFirst + 1].lower : ""
                if titles.contains(two) && nameFirst + 1 < last { nameFirst += 2; titled = true; continue }
                // (A title before "of" is part of the name: "the Duke of Argyll", "Earl of Derby".)
                if (titles.contains(one) || titles.contains(one + ".") || MentionFinder.occupations.contains(one) || (one.hasSuffix("s") && MentionFinder.occupations.contains(String(one.dropLast()))))
                        && !MentionFinder.connectors.contains(toks[nameFirst + 1].lower)
                    || (one.count > 4 && one.hasSuffix("s") && titles.contains(String(one.dropLast())) && toks[nameFirst].isCapitalized) { nameFirst += 1; titled = true; continue }
                break
            }
            // "Secretary of the Treasury Alexander Hamilton": the run after "of the" starts with
            // the office's domain; the name is the last two words besides initials.
            if nameFirst == first, last - first >= 2, first >= s.tokens.lowerBound + 3, toks[first - 1].lower == "the", toks[first - 2].lower == "of",
               isTitleWord(toks[first - 3].lower) {
                var b = last
                var full = 0
                while b > first {
                    let initial = toks[b].text.filter(\.isLetter).count <= 1 || toks[b].text == "."
                    if !initial { if full == 2 { break }; full += 1 }
                    b -= 1
                }
                if b > first || (b == first && full == 2) { nameFirst = b + 1; titled = true }
            }
            let oldNameFirst = nameFirst
            // Rule "title-run-name": a run with a title inside ("Secretary of State Marco Rubio",
            // "Director of National Intelligence Tulsi Gabbard", "MR. JUSTICE HARLAN") keeps only the
            // trailing personal name: at most two words besides initials, stopping at a title word.
            // An office without a name ("President of the United States") is left alone.
            if first < last, (first...last).contains(where: { isTitleWord(toks[$0].lower) }), !isTitleWord(toks[last].lower) {
                nameFirst = first
                var b = last
                var full = 0
                var stoppedWell = false
                while b >= nameFirst {
                    let w = toks[b].lower
                    if isTitleWord(w) { stoppedWell = true; break }
                    if MentionFinder.connectors.contains(w) || w == "the" { break }
                    let initial = w.filter(\.isLetter).count <= 1
                    // (Three words where a title word comes right before them: "Secretary of
                    // State John Foster Dulles".)
                    if !initial {
                        if full == 2 {
                            if b - 1 >= nameFirst, isTitleWord(toks[b - 1].lower) || (b - 2 >= nameFirst && toks[b - 2].lower == "of") { b -= 1 }
                            stoppedWell = true; break
                        }
                        full += 1
                    }
                    b -= 1
                }
                if stoppedWell && b + 1 <= last && b + 1 > first { nameFirst = b + 1; titled = true }
                else { nameFirst = oldNameFirst }
            }
            // "Mr. Howard", "Sen. Eric Schmitt": an abbreviated title before the name.
            if nameFirst >= s.tokens.lowerBound + 2, toks[nameFirst - 1].text == ".",
               ["mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "col", "capt", "lt", "sgt", "rev", "hon", "sir", "dame", "lord", "lady"].contains(toks[nameFirst - 2].lower) {
                titled = true
            }
            var words = (nameFirst...last).map { toks[$0].text }
            words[words.count - 1] = MentionFinder.stripPossessive(words[words.count - 1]).0
            // Trailing connectors never end a name.
            while let w = words.last, MentionFinder.connectors.contains(w.lower()) || w.lower() == "the" { words.removeLast() }
            // An initial's full stop joins its letter ("Donald J. Trump").
            words = words.reduce(into: [String]()) { acc, w in
                if w == ".", let l = acc.last { acc[acc.count - 1] = l + "." } else { acc.append(w) }
            }
            let surface = words.joined(separator: " ")
            let lower = surface.lowercased()
            let head = words.last.map { $0.lowercased() } ?? ""
            let nextWord = last + 1 < end ? toks[last + 1] : nil
            // A capitalised adjective in front of a group noun ("Soviet diplomats") is left to
            // the group-phrase rule.
            if words.count == 1 && notActors.contains(lower), let nw = nextWord, nw.isWord, isGroupHead(MentionFinder.stripPossessive(nw.lower).0, nw.text, at: last + 1) {
                i = last + 1; continue
            }
            // "the Big Bang theory", "the steady State model": a name in front of a theory
            // names the theory, not someone who holds it.
            if let nw = nextWord, nw.isWord, !nw.isCapitalized, MentionFinder.theoryNouns.contains(nw.lower), !possessive,
               !MentionFinder.stripPossessive(toks[last].text).1 {
                i = last + 1; continue
            }
            // "his novel Anna Karenina", "In his Major Features of Evolution Simpson stated",
            // "in his The Private Science of Louis Pasteur": the title of a work, not someone.
            if first >= s.tokens.lowerBound + 2, !possessive || words.count > 1 {
                let p1 = toks[first - 1], p2 = toks[first - 2]
                let possessives: Set<String> = ["his", "her", "their", "its"]
                if (MentionFinder.titledWorkNouns.contains(p1.text) && (possessives.union(["the", "a", "an", "classic", "famous", "influential"]).contains(p2.lower) || p2.text.first?.isNumber == true))
                    || (p1.text == "The" && possessives.contains(p2.lower))
                    || (possessives.contains(p1.lower) && p2.lower == "in" && !MentionFinder.honorifics.contains(toks[first].lower)) {
                    var e = last + 1
                    // ("The Private Science of Louis Pasteur": the title runs on through "of" and
                    // the capitalised words after it; but a name may follow at once and open the
                    // clause: "... of Evolution Simpson stated".)
                    while e + 1 < end, ["of", "and", "on", "in"].contains(toks[e].lower), toks[e + 1].isCapitalized {
                        var f = e + 1
                        while f < end, toks[f].isCapitalized { f += 1 }
                        e = f - (f - e > 2 && f < end && toks[f].isWord && !toks[f].isCapitalized ? 1 : 0)
                    }
                    for k in first..<e { covered.insert(k) }
                    i = e; continue
                }
            }
            // Tokens already taken.
            for k in first...last { covered.insert(k) }
            // "The British, on the other hand, protested": a people as a group.
            if words.count == 1, MentionFinder.collectiveDemonyms.contains(lower), first > s.tokens.lowerBound, toks[first - 1].lower == "the",
               nextWord.map({ !$0.isWord || (!$0.isCapitalized && !isGroupHead($0.lower, $0.text, at: last + 1) && (MentionFinder.stop.contains($0.lower) || commonWords.contains($0.lower) || $0.lower.hasSuffix("ed") || $0.lower.hasSuffix("ly") || MentionFinder.afterPeople.contains($0.lower))) }) ?? true {
                out.append(Mention(tokens: first..<(last + 1), surface: surface, form: .group, category: .group, sentence: s.index, possessive: possessive))
                i = last + 1; continue
            }
            // "The President said", "the President's power": a role alone, after "the", is the
            // one who holds it (merged with "President Trump" where the text names one bearer),
            // as "the president" is; "the President of ..." names an office.
            if words.count <= 2, MentionFinder.singularRoles.contains(head), titles.contains(lower), first > s.tokens.lowerBound, toks[first - 1].lower == "the",
               nextWord.map({ !($0.isWord && ($0.isCapitalized || $0.lower == "of")) }) ?? true {
                out.append(groupPhrase(endingAt: last, in: s, from: first))
                i = last + 1; continue
            }
            if surface.isEmpty || notActors.contains(lower) || notActorHeads.contains(head) || notActorHeads.contains(lower) || (words.count == 1 && notActorAcronyms.contains(lower))
                || words.indices.contains(where: { notActorHeads.contains(words[$0].lowercased()) && !MentionFinder.isInitial(words[$0], among: words) && !modifiesBody(at: $0, in: words) }) || MentionFinder.isCitationWords(words)
                // "295 U.S., at 628", "55 S.Ct. 869": a reporter after its volume number.
                || (words.count == 1 && words[0].contains(".") && first > s.tokens.lowerBound && toks[first - 1].text.first?.isNumber == true) {
                i = last + 1; continue
            }
            var category: MentionCategory = .unknown
            // An all-caps surname after a title ("MR. JUSTICE HARLAN") is a person, not an acronym.
            let isAcronym = words.count == 1 && toks[last].isAcronym && !titled
            // ("President Washington": a title makes a place's name someone's.)
            if places.contains(lower) && !(titled && words.count == 1 && toks[first].isCapitalized) { category = .place }
            else if words.contains(where: { bodyWords.contains($0.lowercased()) }) || isAcronym { category = .body }
            else if titled { category = .person }
            else if words.count >= 2 && words.allSatisfy({ $0.first?.isUppercase == true || MentionFinder.particleName($0) || MentionFinder.nameParticles.contains($0) })
                && words.first?.first?.isUppercase == true && (words.last?.first?.isUppercase == true || MentionFinder.particleName(words.last!)) && !words.contains(where: { places.contains($0.lowercased()) || notActors.contains($0.lowercased()) }) {
                category = .person
            }
            if words.contains(where: { groupHeads.contains($0.lowercased()) }) && category == .unknown {
                // "Prime Minister", "Home Secretary": one person.
                category = MentionFinder.singularRoles.contains(words.last!.lowercased()) ? .person : .group
            }
            // "the California state government", "the Soviet military leadership": a name, a
            // level of government and a group noun are one body.
            if let nw = nextWord, nw.isWord, !nw.isCapitalized, MentionFinder.levelWords.contains(nw.lower), last + 2 < end,
               toks[last + 2].isWord, !toks[last + 2].isCapitalized, isGroupHead(MentionFinder.stripPossessive(toks[last + 2].lower).0, toks[last + 2].text, at: last + 2) {
                let g = groupPhrase(endingAt: last + 2, in: s, from: first)
                out.append(g)
                covered.insert(last + 1)
                covered.insert(last + 2)
                i = last + 3
                continue
            }
            // A name ending in a group noun ("Party leaders" is handled below, "English leadership" too).
            // ("Huxley's defence of Darwin" is an act, not a party.)
            if let nw = nextWord, nw.isWord, !nw.isCapitalized, isGroupHead(MentionFinder.stripPossessive(nw.lower).0, nw.text, at: last + 1),
               !MentionFinder.defenseWords.contains(MentionFinder.stripPossessive(nw.lower).0),
               !(words.count == 1 && !possessive && surnames.contains(lower)) {
                i = last + 1
                let g = groupPhrase(endingAt: last + 1, in: s, from: first)
                out.append(g)
                covered.insert(last + 1)
                i = last + 2
                continue
            }
            // "United Nations Educational, Scientific and Cultural Organization (UNESCO)": a long
            // form with commas and "and" inside, which the acronym after it spells, is one name.
            if isAcronym, first >= s.tokens.lowerBound + 2, toks[first - 1].text == "(", let lastName = out.last,
               lastName.form == .name, lastName.tokens.upperBound == first - 1 {
                let letters = String(toks[last].text.lowercased().filter(\.isLetter))
                var j = out.count - 1
                var from = lastName.tokens.lowerBound
                while j > 0, out[j - 1].form == .name, out[j - 1].tokens.upperBound < from,
                      (out[j - 1].tokens.upperBound..<from).allSatisfy({ [",", "and", "&", "of", "for", "the"].contains(toks[$0].lower) }) {
                    j -= 1
                    from = out[j].tokens.lowerBound
                    let spelled = String((from..<(first - 1)).filter { toks[$0].isWord && toks[$0].isCapitalized }.compactMap { toks[$0].lower.first })
                    if spelled == letters {
                        let written = (from..<(first - 1)).map { toks[$0].text }.joined(separator: " ").replacingOccurrences(of: " ,", with: ",")
                        out.removeSubrange(j...)
                        out.append(Mention(tokens: from..<(first - 1), surface: written, form: .name, category: .body, sentence: s.index, possessive: false))
                        break
                    }
                }
            }
            // "Queen Elizabeth II", "Prime Minister Boris Johnson": the name as written, title
            // and all, is one of the actor's names (a reader may call her "the Queen").
            var titledForm: String?
            if titled, nameFirst > first, nameFirst - first <= 3, (first..<nameFirst).allSatisfy({ toks[$0].isWord && toks[$0].isCapitalized }), (first..<nameFirst).contains(where: { isTitleWord(toks[$0].lower) || titles.contains(toks[$0].lower + " " + toks[$0 + 1].lower) }) {
                // (From the title on: "French Prime Minister Georges Clemenceau" is not "French".)
                let from = (first..<nameFirst).first(where: { isTitleWord(toks[$0].lower) || titles.contains(toks[$0].lower + " " + toks[$0 + 1].lower) })!
                titledForm = (from..<nameFirst).map { toks[$0].text }.joined(separator: " ") + " " + surface
            }
            out.append(Mention(tokens: first..<(last + 1), surface: surface, original: titledForm, form: isAcronym ? .acronym : .name,
                               category: category, sentence: s.index, possessive: possessive))
            i = last + 1
        }
        // Group phrases headed by a lower-case group noun.
        for k in s.tokens where !covered.contains(k) {
            let t = toks[k]
            guard t.isWord, !t.isCapitalized || k == s.tokens.lowerBound,
                  groupHeadBits[toks.wordIndex(k)] & (afterArticle(k) ? 1 : 2) != 0 else { continue }
            // "the defense" is a party to a case; "Huxley's defense of Darwin" is an act.
            if MentionFinder.defenseWords.contains(MentionFinder.stripPossessive(t.lower).0), !(k > s.tokens.lowerBound && toks[k - 1].lower == "the") { continue }
            // A group noun in front of another ("party leaders", "majority leadership") is a modifier.
            if k + 1 < end, toks[k + 1].isWord, isGroupHead(MentionFinder.stripPossessive(toks[k + 1].lower).0, toks[k + 1].text, at: k + 1) { continue }
            // "the leadership of the Central Committee": the named body is the actor; but "the
            // courts of the State" are courts.
            if k + 2 < end, toks[k + 1].lower == "of", MentionFinder.partHeads.contains(MentionFinder.stripPossessive(t.lower).0),
               out.contains(where: { $0.tokens.lowerBound >= k + 2 && $0.tokens.lowerBound <= k + 3 && $0.form != .pronoun }) {
                continue
            }
            // One person named by a role ("the lawyer", "a senior official"): only after a
            // determiner, and not as a title before a name ("the physicist Harold Jeffreys").
            if MentionFinder.singularRoles.contains(MentionFinder.stripPossessive(t.lower).0) {
                var d = k - 1
                // ("the Greek foreign minister": a people's adjective among the modifiers.)
                // ("a senior US official": or a short acronym.)
                while d > s.tokens.lowerBound && d >= k - 3 && toks[d].isWord && (!toks[d].isCapitalized || demonyms.contains(toks[d].lower) || (toks[d].isAcronym && toks[d].text.count <= 5)) && !MentionFinder.stop.contains(toks[d].lower) { d -= 1 }
                // (Parties to a case go without an article in court opinions: "we agree with appellant".)
                let party = MentionFinder.caseParties.contains(MentionFinder.stripPossessive(t.lower).0)
                guard party || (d >= s.tokens.lowerBound && ["the", "a", "an", "this", "that", "one", "another"].contains(toks[d].lower)) else { continue }
                if k + 1 < end, toks[k + 1].isWord, toks[k + 1].isCapitalized { continue }
                // "official" is mostly an adjective ("the official position"): a person only
                // before a verb or what ends the phrase ("a senior official said", "an official
                // who ...").
                if t.lower == "official", k + 1 < end, toks[k + 1].isWord,
                   !(MentionFinder.afterOfficial.contains(toks[k + 1].lower) || (toks[k + 1].lower.hasSuffix("ed") && toks[k + 1].lower.count > 4)) { continue }
            }
            // Verb uses of a few group nouns ("to head", "they counsel") are rare; nouns after
            // "to" are still nouns ("to the party"), so no filter here.
            var from = k
            var n = 0
            while from > s.tokens.lowerBound && n < 2 {
                let p = toks[from - 1]
                guard p.isWord else { break }
                let pl = MentionFinder.stripPossessive(p.lower).0
                if (MentionFinder.stop.contains(pl) && pl != "other") || p.text.first?.isNumber == true || pl.hasSuffix("ly") { break }
                // "did not involve officials", "to protect workers": a verb before its object.
                if from - 2 >= s.tokens.lowerBound, ["not", "to", "did", "does", "do", "will", "would", "can", "could", "may", "might", "must", "should", "shall", "never"].contains(toks[from - 2].lower) { break }
                if covered.contains(from - 1) { break }
                // "The Sea Org requires members", "which reportedly prompted punctuationists": a
                // verb between a subject and its object, not a modifier.
                if from - 2 >= s.tokens.lowerBound, !MentionFinder.stripPossessive(p.lower).1 {
                    let b = toks[from - 2]
                    if b.isWord && b.isCapitalized && from - 2 > s.tokens.lowerBound && covered.contains(from - 2) { break }
                    if pl.hasSuffix("ed") && (b.lower.hasSuffix("ly") || ["which", "who", "that"].contains(b.lower)) { break }
                }
                from -= 1; n += 1
            }
            var m = groupPhrase(endingAt: k, in: s, from: from)
            // "American and British representatives": the first people's representatives too.
            if from == k - 1, from - 2 >= s.tokens.lowerBound, toks[from].isCapitalized, demonyms.contains(toks[from].lower), toks[from - 1].lower == "and",
               toks[from - 2].isCapitalized, demonyms.contains(toks[from - 2].lower) {
                out.removeAll { $0.tokens.contains(from - 2) }
                let head = MentionFinder.stripPossessive(t.lower).0
                var other = Mention(tokens: (from - 2)..<(from - 1), surface: toks[from - 2].lower + " " + head, form: .group, category: m.category,
                                    sentence: s.index, possessive: false)
                other.original = toks[from - 2].text + " " + head
                out.append(other)
                covered.insert(from - 2)
            }
            // "many diplomats and intellectuals": a group noun and a plural noun for people
            // after "and" are one group.
            if k + 2 < end, toks[k + 1].lower == "and", !MentionFinder.stripPossessive(t.lower).1, MentionFinder.isPeoplePlural(toks[k + 2]),
               !isGroupHead(MentionFinder.stripPossessive(toks[k + 2].lower).0, toks[k + 2].text, at: k + 2), !commonWords.contains(toks[k + 2].lower) {
                let second = MentionFinder.stripPossessive(toks[k + 2].lower)
                let written = (from...(k + 2)).map { toks[$0].text }.joined(separator: " ")
                m = Mention(tokens: from..<(k + 3), surface: m.surface + " and " + second.0, form: .group, category: .group, sentence: s.index, possessive: second.1)
                m.original = MentionFinder.stripPossessive(written).0
                covered.insert(k + 1)
                covered.insert(k + 2)
            }
            // "the court below" is another court than "the Court".
            if k + 1 < end, toks[k + 1].lower == "below", ["court", "courts", "judge", "judges"].contains(m.surface) {
                m = Mention(tokens: from..<(k + 2), surface: m.surface + " below", form: .group, category: m.category, sentence: s.index, possessive: false)
                covered.insert(k + 1)
            }
            // "the courts of the State": written with its "of" phrase, as one mention.
            if k + 2 < end, toks[k + 1].lower == "of",
               let inner = out.firstIndex(where: { ($0.tokens.lowerBound == k + 2 || ($0.tokens.lowerBound == k + 3 && toks[k + 2].lower == "the")) && $0.form != .pronoun }) {
                let n = out[inner]
                let written = (from..<n.tokens.upperBound).map { toks[$0].text }.joined(separator: " ")
                m = Mention(tokens: from..<n.tokens.upperBound, surface: m.surface + " of " + n.surface.lowercased(), form: .group,
                            category: .body, sentence: s.index, possessive: n.possessive)
                m.original = MentionFinder.stripPossessive(written).0
                out.remove(at: inner)
            } else if k + 2 < end, toks[k + 1].lower == "of", MentionFinder.causeRoles.contains(t.lower) {
                // "advocates of exclusion", "opponents of the war": the cause names the camp.
                var e = k + 2
                if toks[e].lower == "the" { e += 1 }
                var content = 0
                while e < end, content < 3, toks[e].isWord, !toks[e].isCapitalized, !MentionFinder.stop.contains(toks[e].lower),
                      !toks[e].lower.hasSuffix("ed"), !commonWords.contains(toks[e].lower) || e == k + 2 || (e == k + 3 && toks[k + 2].lower == "the") {
                    e += 1; content += 1
                }
                if content >= 1, e <= end, !(e < end && (toks[e].isCapitalized || toks[e].lower == "of")) {
                    let cause = ((k + 2)..<e).map { toks[$0].lower }.joined(separator: " ")
                    let written = (from..<e).map { toks[$0].text }.joined(separator: " ")
                    m = Mention(tokens: from..<e, surface: m.surface + " of " + cause, form: .group, category: m.category,
                                sentence: s.index, possessive: MentionFinder.stripPossessive(toks[e - 1].text).1)
                    m.original = MentionFinder.stripPossessive(written).0
                }
            }
            out.append(m)
        }
        return out.sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
    }

    /// Levels of government and kinds of body between a name and its group noun ("the
    /// California state government").
    static let levelWords: Set<String> = ["state", "federal", "national", "provincial", "city", "county", "local", "military", "colonial",
        "imperial", "provisional", "municipal", "regional", "territorial", "central", "party", "naval", "foreign", "interim", "transitional"]

    /// Whether `t` is a lower-case plural noun for people by its ending ("intellectuals",
    /// "immigrants", "farmers", "liberals"), so that it may join a group noun before it.
    static func isPeoplePlural(_ t: Token) -> Bool {
        guard t.isWord, !t.isCapitalized, t.lower.count > 5 else { return false }
        let w = stripPossessive(t.lower).0
        return ["ists", "ers", "ians", "ors", "als", "ants", "ics"].contains { w.hasSuffix($0) }
    }

    /// Capitals, a hyphen and a number: "NSC-68", "G-20".
    static func isDesignation(_ text: String) -> Bool {
        guard let dash = text.firstIndex(of: "-") else { return false }
        let head = text[..<dash], tail = text[text.index(after: dash)...]
        return head.count >= 1 && head.allSatisfy { $0.isASCII && $0.isUppercase } && !tail.isEmpty && tail.allSatisfy { $0.isASCII && $0.isNumber }
    }

    /// Words that open a citation sentence in legal writing ("See", "Cf.").
    static let citationSignals: Set<String> = ["see", "cf", "accord", "compare", "contra"]

    /// Nouns for a theory that a name in front of them names ("the Big Bang theory").
    static let theoryNouns: Set<String> = ["theory", "theories", "hypothesis", "model", "models", "conjecture", "paradigm"]

    /// "defense"/"defence": a party to a case only as "the defense"; after a name it is an act
    /// ("Huxley's defence of Darwin").
    static let defenseWords: Set<String> = ["defense", "defence"]

    /// Words that follow a people named as a group ("the French were", "The British also").
    static let afterPeople: Set<String> = ["still", "also", "had", "have", "has", "were", "was", "are", "is", "would", "could", "did", "should", "might", "will", "then", "now", "soon", "again"]

    /// Lower-case particles inside a personal name ("Antoine-Laurent de Lavoisier", "Ludwig van Beethoven").
    static let nameParticles: Set<String> = ["de", "du", "des", "da", "di", "del", "della", "van", "von", "der", "den", "le", "la", "ter", "ten", "dos", "das", "y", "bin", "ibn", "bint", "ben"]

    /// Days and months, which never begin a name ("Later on Tuesday Mitsotakis").
    static let calendarWords: Set<String> = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "june", "july", "august", "september", "october", "november", "december"]

    /// Roles of one person ("the lawyer", "the senator"): actors only after a determiner.
    static let singularRoles: Set<String> = ["pope", "king", "queen", "emperor", "empress", "tsar", "czar", "kaiser", "sultan", "shah", "cardinal", "archbishop", "bishop", "prince", "duke", "admiral", "lawyer", "attorney", "magistrate", "scientist", "researcher", "physicist", "historian", "economist", "analyst", "editor", "senator", "minister", "president", "secretary", "governor", "judge", "ambassador", "chairman", "commissioner", "mayor", "chancellor", "premier", "spokesman", "spokeswoman", "spokesperson", "official", "prosecutor", "petitioner", "respondent", "defendant", "plaintiff", "appellant", "appellee", "claimant", "applicant"]

    /// Words after "official" that show it names a person ("an official said", "the official
    /// who ..."); before other words it is an adjective.
    static let afterOfficial: Set<String> = ["said", "says", "told", "tells", "added", "who", "from", "with", "in", "at", "of", "for", "and", "later", "also", "reportedly", "quoted", "speaking"]

    /// The parties to a case, named by their role with or without an article.
    static let caseParties: Set<String> = ["appellant", "appellee", "petitioner", "respondent", "plaintiff", "defendant"]

    /// Group nouns that name a part of a named body ("the leadership of X" is X).
    static let partHeads: Set<String> = ["panel", "bench", "leadership", "leaders", "leader", "majority", "minority", "members", "spokesmen", "spokesman", "representatives", "delegates", "delegation", "officials", "wing", "faction", "staff"]
    /// Names of peoples that stand for a state or nation after "the" ("the British").
    static let collectiveDemonyms: Set<String> = ["british", "english", "french", "dutch", "germans", "americans", "russians", "soviets", "italians", "japanese", "chinese", "spanish", "swiss", "irish", "scots", "welsh", "turks", "greeks", "austrians", "prussians", "israelis", "palestinians", "ukrainians", "iranians", "iraqis", "syrians", "egyptians", "indians", "pakistanis", "canadians", "mexicans", "australians", "koreans", "vietnamese", "poles", "czechs", "hungarians", "serbs", "croats", "romanians", "bulgarians", "swedes", "danes", "norwegians", "finns", "belgians", "portuguese", "brazilians", "cubans", "arabs", "allies", "confederates", "federals", "yankees", "bolsheviks", "communists", "nationalists", "republicans", "democrats", "conservatives", "liberals", "tories", "socialists"]
    static let verbsInIst: Set<String> = ["insists", "persists", "consists", "resists", "exists", "assists", "subsists", "desists", "enlists", "twists", "lists", "insist", "persist", "consist", "resist", "exist", "assist", "list", "twist", "enlist"]

    /// A noun for a group of people: the lexicon's group nouns, "-ists" ("fixists", "a fixist"
    /// after an article) and "anti-X"/"pro-X" plurals ("anti-Bolsheviks").
    func isGroupHead(_ w: String, _ text: String, at k: Int) -> Bool {
        isGroupHead(w, text, afterArticle: afterArticle(k))
    }

    /// Whether token `k` comes right after "a" or "an".
    func afterArticle(_ k: Int) -> Bool {
        k > 0 && ["a", "an"].contains(doc.tokens[k - 1].lower)
    }

    /// ``isGroupHead(_:_:at:)`` for a word that does or does not come right after "a"/"an".
    func isGroupHead(_ w: String, _ text: String, afterArticle: Bool) -> Bool {
        if groupHeads.contains(w) { return true }
        if w.fastCount > 4 && w.fastHasSuffix("s") && groupHeads.contains(String(w.dropLast())) && !bodyWords.contains(String(w.dropLast())) { return true }
        // ("the foreign oil companies": "-ies" for "-y".)
        if w.fastCount > 5 && w.fastHasSuffix("ies") && groupHeads.contains(String(w.dropLast(3)) + "y") { return true }
        // (The tests below can only succeed for words in "s" or "ist".)
        if !w.fastHasSuffix("s") && !w.fastHasSuffix("ist") { return false }
        if MentionFinder.verbsInIst.contains(w) { return false }
        if w.fastCount > 6 && w.fastHasSuffix("ists") { return true }
        if w.fastCount > 5 && w.fastHasSuffix("ist"), afterArticle { return true }
        if (w.fastHasPrefix("anti-") || w.fastHasPrefix("pro-")) && w.fastHasSuffix("s"), let dash = text.firstIndex(of: "-"),
           text[text.index(after: dash)...].first?.isUppercase == true { return true }
        return false
    }

    func groupPhrase(endingAt k: Int, in s: Sentence, from first: Int) -> Mention {
        let toks = doc.tokens
        // ("the pro-Russian Crimean faction": a hyphened modifier with a name in it belongs to
        // the group's name.)
        var from = first
        if from > s.tokens.lowerBound, toks[from - 1].isWord, !toks[from - 1].isCapitalized, let dash = toks[from - 1].text.firstIndex(of: "-"),
           toks[from - 1].text[toks[from - 1].text.index(after: dash)...].first?.isUppercase == true {
            from -= 1
        }
        var words: [String] = []
        var possessive = false
        for x in from...k {
            let (w, p) = MentionFinder.stripPossessive(toks[x].lower)
            if x == k { possessive = p }
            words.append(w)
        }
        var head = words.removeLast()
        if head == "leaders" || head == "leader" && !words.isEmpty { head = "leadership" }
        // "a fixist" is one of "the fixists".
        if head.hasSuffix("ist") && head.count > 5 { head += "s" }
        let surface = (words + [head]).joined(separator: " ")
        let cat: MentionCategory = bodyWords.contains(head) ? .body : (MentionFinder.singularRoles.contains(head) ? .person : .group)
        var written = (from...k).map { toks[$0].text }
        written[written.count - 1] = MentionFinder.stripPossessive(written[written.count - 1]).0
        var m = Mention(tokens: from..<(k + 1), surface: surface, form: .group, category: cat,
                        sentence: s.index, possessive: possessive)
        let w = written.joined(separator: " ")
        if w != surface, !MentionFinder.stop.contains(w.lowercased()) { m.original = w }
        return m
    }
}

extension String {
    func lower() -> String { lowercased() }
}
