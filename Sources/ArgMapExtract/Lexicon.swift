import Foundation
import Synchronization
import Yams

/// The words and phrases extraction relies on: reporting and stance verbs, cue phrases for
/// agreement and conflict, group nouns, words that are never actors. The built-in lexicon is
/// the package resource `lexicon.json`; a user lexicon (`--lexicon FILE`) is merged over it.
public struct Lexicon: Codable, Sendable {
    public var reportingVerbs: [String]
    public var stanceVerbs: [String]
    public var infinitiveStanceVerbs: [String]
    public var conflictVerbs: [String]
    public var agreementVerbs: [String]
    public var conflictPhrases: [String]
    public var agreementPhrases: [String]
    public var conflictNouns: [String]
    public var agreementNouns: [String]
    public var agreementPredicates: [String]
    public var contrastOpeners: [String]
    public var comparativeAttitudes: [String]
    public var authorContradictionCues: [String]
    public var authorJudgementCues: [String]
    public var perspectiveMarkers: [String]
    public var viewNouns: [String]
    public var groupHeads: [String]
    public var bodyWords: [String]
    public var notActorHeads: [String]
    public var notActors: [String]
    public var titles: [String]
    public var places: [String]
    public var personPronouns: [String]
    public var pluralPronouns: [String]
    public var bodyPronouns: [String]
    /// Words that praise what a claim names ("thank", "proud", "leadership").
    public var praiseWords: [String]?
    /// Words that fault what a claim names ("wrong", "refuses", "implausible").
    public var faultWords: [String]?
    /// Adjectives of stance after a copula ("were unwilling to", "remained interested in").
    public var stanceAdjectives: [String]
    /// Stance adjectives that side with their object ("sympathetic to X").
    public var agreementAdjectives: [String]
    /// Stance adjectives that set against their object ("hostile to X").
    public var conflictAdjectives: [String]
    /// Nouns that state a stance of their owner ("the refusal of X to", "X's insistence that").
    public var stanceNouns: [String]
    /// Nouns of opposition ("French opposition", "X's objections").
    public var oppositionNouns: [String]
    /// Nouns of assent ("House's assent", "the backing of X").
    public var assentNouns: [String]
    /// Adjectives and plurals of peoples, states and camps ("French", "the Allies").
    public var demonyms: [String]
    /// Adverbs by which the author approves an actor's act ("correctly equated").
    public var agreementAdverbs: [String]
    /// Adverbs by which the author faults an actor's act ("wrongly assumed").
    public var conflictAdverbs: [String]
    /// Adverbs that mark the author's own evaluation.
    public var authorAdverbs: [String]
    /// Sentence openings in the author's own voice ("It is now known that").
    public var authorOpeners: [String]
    /// Openings of enumerated grounds ("First,", "Second,").
    public var ordinalOpeners: [String]
    /// Phrases that announce a list of grounds ("on the following grounds").
    public var groundsCues: [String]
    /// Linking verbs before a stance adjective.
    public var copulas: [String]
    /// Nouns that name an idea someone holds ("the theory of X", "the idea of X").
    public var ideaNouns: [String]
    /// Actors the user names: canonical name, aliases and category.
    public var actors: [UserActor]?

    /// An actor declared in a user lexicon.
    public struct UserActor: Codable, Sendable, Hashable {
        public var name: String
        public var aliases: [String]?
        public var kind: String?
    }

    /// The lexicon shipped with argmap (`Resources/lexicon.json`, compiled into the program;
    /// see LexiconDecoding.swift).
    public static let builtIn: Lexicon = {
        guard let lex = try? LexiconJSONDecoder.decode(Lexicon.self, from: PackageResources.lexicon_json) else {
            fatalError("argmap: the built-in lexicon resource is missing or invalid")
        }
        return lex
    }()

    // MARK: Derived look-up tables

    /// Inflected verb form -> lemma, for a list of lemmas.
    static func forms(_ lemmas: [String]) -> [String: String] {
        // Each extraction asks for the forms of the same lists several times: made once. A list
        // whose storage is one already seen (the cache keeps it alive, so it is the same list)
        // is found without hashing its words.
        let base = lemmas.withUnsafeBufferPointer { $0.baseAddress }
        if let known = formsMade.withLock({ made -> [String: String]? in
            if let base, let seen = made.byStorage.first(where: { $0.lemmas.count == lemmas.count && $0.lemmas.withUnsafeBufferPointer { $0.baseAddress } == base }) {
                return seen.forms
            }
            return made.byList[lemmas]
        }) { return known }
        // Each form goes to the first lemma that makes it: the lemmas in reverse, later ones
        // overwritten (one hash look-up per form).
        var out: [String: String] = Dictionary(minimumCapacity: lemmas.count * 4)
        for l in lemmas.reversed() {
            for f in inflections(l) { out[f] = l }
        }
        formsMade.withLock {
            if $0.byList[lemmas] == nil { $0.byStorage.append((lemmas, out)) }
            $0.byList[lemmas] = out
        }
        return out
    }

    /// ``forms(_:)`` already made, by list of lemmas, and the lists they were made for.
    private struct FormsMade {
        var byList: [[String]: [String: String]] = [:]
        var byStorage: [(lemmas: [String], forms: [String: String])] = []
    }
    private static let formsMade = Mutex<FormsMade>(FormsMade())

    static let irregular: [String: [String]] = [
        "say": ["says", "said", "saying"], "think": ["thinks", "thought", "thinking"],
        "hold": ["holds", "held", "holding"], "write": ["writes", "wrote", "written", "writing"],
        "find": ["finds", "found", "finding"], "tell": ["tells", "told", "telling"],
        "feel": ["feels", "felt", "feeling"], "see": ["sees", "saw", "seen", "seeing"],
        "foresee": ["foresees", "foresaw", "foreseen", "foreseeing"], "fight": ["fights", "fought", "fighting"],
        "mean": ["means", "meant", "meaning"], "seek": ["seeks", "sought", "seeking"],
        "break": ["breaks", "broke", "broken", "breaking"], "take": ["takes", "took", "taken", "taking"],
        "give": ["gives", "gave", "given", "giving"], "speak": ["speaks", "spoke", "spoken", "speaking"],
        "know": ["knows", "knew", "known", "knowing"], "rebut": ["rebuts", "rebutted", "rebutting"],
        "admit": ["admits", "admitted", "admitting"], "prefer": ["prefers", "preferred", "preferring"],
        "plan": ["plans", "planned", "planning"], "regret": ["regrets", "regretted", "regretting"],
        "commit": ["commits", "committed", "committing"], "abet": ["abets", "abetted", "abetting"],
        "upheld": [], "uphold": ["upholds", "upheld", "upholding"], "withhold": ["withholds", "withheld"],
        "overrule": ["overrules", "overruled", "overruling"], "label": ["labels", "labelled", "labeled", "labelling", "labeling"],
        "counsel": ["counsels", "counselled", "counseled"], "dispel": ["dispels", "dispelled"],
        "forbid": ["forbids", "forbade", "forbidden"], "foretell": ["foretells", "foretold"],
        "swear": ["swears", "swore", "sworn"], "put": ["puts", "putting"], "show": ["shows", "showed", "shown", "showing"], "prove": ["proves", "proved", "proven", "proving"], "understand": ["understands", "understood", "understanding"],
        "foreshadow": ["foreshadows", "foreshadowed"], "forecast": ["forecasts", "forecasting"], "set": ["sets", "setting"],
        "choose": ["chooses", "chose", "chosen", "choosing"], "expel": ["expels", "expelled", "expelling"],
    ]

    private static let vowels = Set("aeiou")

    static func inflections(_ lemma: String) -> [String] {
        let w = lemma.lowercased()
        if let irr = irregular[w] { return [w] + irr }
        if let ascii = asciiInflections(w) { return ascii }
        let vowels = Self.vowels
        let last = w.last ?? " "
        let beforeLast = w.dropLast().last ?? " "
        var s: String, ed: String, ing: String
        if w.fastHasSuffix("s") || w.fastHasSuffix("sh") || w.fastHasSuffix("ch") || w.fastHasSuffix("x") || w.fastHasSuffix("z") {
            s = w + "es"
        } else if last == "y" && !vowels.contains(beforeLast) {
            s = String(w.dropLast()) + "ies"
        } else { s = w + "s" }
        if last == "e" {
            ed = w + "d"
            ing = w.fastHasSuffix("ee") ? w + "ing" : String(w.dropLast()) + "ing"
        } else if last == "y" && !vowels.contains(beforeLast) {
            ed = String(w.dropLast()) + "ied"; ing = w + "ing"
        } else {
            ed = w + "ed"; ing = w + "ing"
        }
        return [w, s, ed, ing]
    }

    /// The regular forms ``inflections(_:)`` makes of `w`, worked out on the bytes when `w` is
    /// ASCII without a carriage return (each character one byte); else nil.
    static func asciiInflections(_ w: String) -> [String]? {
        var w = w
        return w.withUTF8 { b -> [String]? in
            for c in b where c >= 0x80 || c == 0x0D { return nil }
            let n = b.count
            let last: UInt8 = n > 0 ? b[n - 1] : 0x20
            let beforeLast: UInt8 = n > 1 ? b[n - 2] : 0x20
            func isVowel(_ c: UInt8) -> Bool { c == 0x61 || c == 0x65 || c == 0x69 || c == 0x6F || c == 0x75 }
            func str(_ count: Int, _ suffix: String) -> String {
                String(decoding: UnsafeBufferPointer(rebasing: b[0..<count]), as: UTF8.self) + suffix
            }
            let whole = String(decoding: b, as: UTF8.self)
            let y = UInt8(ascii: "y"), e = UInt8(ascii: "e")
            let sibilant = last == UInt8(ascii: "s") || last == UInt8(ascii: "x") || last == UInt8(ascii: "z")
                || (n >= 2 && last == UInt8(ascii: "h") && (beforeLast == UInt8(ascii: "s") || beforeLast == UInt8(ascii: "c")))
            let s: String, ed: String, ing: String
            if sibilant { s = whole + "es" }
            else if last == y && !isVowel(beforeLast) { s = str(n - 1, "ies") }
            else { s = whole + "s" }
            if last == e {
                ed = whole + "d"
                ing = n >= 2 && beforeLast == e ? whole + "ing" : str(n - 1, "ing")
            } else if last == y && !isVowel(beforeLast) {
                ed = str(n - 1, "ied"); ing = whole + "ing"
            } else {
                ed = whole + "ed"; ing = whole + "ing"
            }
            return [whole, s, ed, ing]
        }
    }

    /// Merges `other` over this lexicon: lists are joined (duplicates dropped); user actors added.
    public func merged(with other: PartialLexicon) -> Lexicon {
        var l = self
        func join(_ a: inout [String], _ b: [String]?) {
            guard let b else { return }
            var seen = Set(a.map { $0.lowercased() })
            for x in b where seen.insert(x.lowercased()).inserted { a.append(x) }
        }
        join(&l.reportingVerbs, other.reportingVerbs)
        join(&l.stanceVerbs, other.stanceVerbs)
        join(&l.conflictVerbs, other.conflictVerbs)
        join(&l.agreementVerbs, other.agreementVerbs)
        join(&l.conflictPhrases, other.conflictPhrases)
        join(&l.agreementPhrases, other.agreementPhrases)
        join(&l.notActors, other.notActors)
        join(&l.groupHeads, other.groupHeads)
        if let a = other.actors { l.actors = (l.actors ?? []) + a }
        return l
    }
}

/// A user lexicon (`--lexicon FILE`): every field optional, merged over the built-in one.
public struct PartialLexicon: Codable, Sendable {
    public var reportingVerbs: [String]?
    public var stanceVerbs: [String]?
    public var conflictVerbs: [String]?
    public var agreementVerbs: [String]?
    public var conflictPhrases: [String]?
    public var agreementPhrases: [String]?
    public var notActors: [String]?
    public var groupHeads: [String]?
    public var actors: [Lexicon.UserActor]?

    /// Reads a user lexicon from YAML (the same fields as the JSON form).
    public static func decode(yaml text: String) throws(LexiconError) -> PartialLexicon {
        let value: Any?
        do { value = try Yams.load(yaml: text) } catch { throw .malformed("invalid YAML") }
        guard let value, JSONSerialization.isValidJSONObject(value),
              let data = try? JSONSerialization.data(withJSONObject: value, options: [.sortedKeys]) else {
            throw .malformed("the top level is not a mapping of lists")
        }
        return try decode(json: data)
    }

    /// Reads a user lexicon from JSON, rejecting unknown fields and empty entries.
    public static func decode(json data: Data) throws(LexiconError) -> PartialLexicon {
        let top: Any
        do { top = try JSONSerialization.jsonObject(with: data) } catch { throw .malformed("invalid JSON") }
        guard let obj = top as? [String: Any] else { throw .malformed("the top level is not an object") }
        let known: Set<String> = ["reportingVerbs", "stanceVerbs", "conflictVerbs", "agreementVerbs",
                                  "conflictPhrases", "agreementPhrases", "notActors", "groupHeads", "actors"]
        if let bad = obj.keys.sorted().first(where: { !known.contains($0) }) {
            throw .malformed("unknown field \"\(bad)\" (known: \(known.sorted().joined(separator: ", ")))")
        }
        let lex: PartialLexicon
        do { lex = try JSONDecoder().decode(PartialLexicon.self, from: data) } catch {
            throw .malformed("fields must be lists of strings; actors a list of {name, aliases, kind}")
        }
        for a in lex.actors ?? [] {
            if a.name.trimmingCharacters(in: .whitespaces).isEmpty { throw .malformed("an actor has an empty name") }
            if let k = a.kind, !["person", "body", "group"].contains(k) {
                throw .malformed("actor \"\(a.name)\": kind must be person, body or group")
            }
        }
        return lex
    }
}

/// Why a user lexicon could not be used.
public enum LexiconError: Error, Equatable, CustomStringConvertible, Sendable {
    case malformed(String)
    public var description: String {
        switch self { case .malformed(let why): return "not a valid lexicon: \(why)" }
    }
}
