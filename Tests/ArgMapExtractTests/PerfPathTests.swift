import Foundation
import Testing
import ArgMapText
@testable import ArgMapExtract

/// The fast paths of perf changes against what they replace.
@Suite struct PerfPathTests {
    /// Deterministic strings over `alphabet` (a simple LCG).
    static func samples(_ alphabet: [String], count: Int, maxLength: Int) -> [String] {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next() -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int(truncatingIfNeeded: state >> 33)
        }
        return (0..<count).map { _ in
            (0..<(next() % (maxLength + 1))).map { _ in alphabet[next() % alphabet.count] }.joined()
        }
    }

    @Test func labelTrimAnswersAsFoundation() {
        let alphabet = [" ", ",", ".", ";", ":", "\"", "“", "”", "'", "‘", "’", "a", "é", "e\u{301}", "\u{301}", "😀", "\n", "x y"]
        for s in Self.samples(alphabet, count: 3000, maxLength: 8) + ["", " ", "..", "“a”", "a", " \u{301}a", "a,\u{301}"] {
            #expect(ExtractionRun.trim(s, ExtractionRun.labelEnds, ExtractionRun.labelEndScalars) == s.trimmingCharacters(in: ExtractionRun.labelEnds), "\(s.debugDescription)")
            #expect(ExtractionRun.trim(s, ExtractionRun.cutEnds, ExtractionRun.cutEndScalars) == s.trimmingCharacters(in: ExtractionRun.cutEnds), "\(s.debugDescription)")
        }
    }

    /// ``Lexicon/inflections(_:)``'s regular forms on characters, as they were worked out
    /// before the ASCII path.
    static func referenceInflections(_ w: String) -> [String] {
        let vowels = Set("aeiou")
        let last = w.last ?? " "
        let beforeLast = w.dropLast().last ?? " "
        var s: String, ed: String, ing: String
        if w.hasSuffix("s") || w.hasSuffix("sh") || w.hasSuffix("ch") || w.hasSuffix("x") || w.hasSuffix("z") {
            s = w + "es"
        } else if last == "y" && !vowels.contains(beforeLast) {
            s = String(w.dropLast()) + "ies"
        } else { s = w + "s" }
        if last == "e" {
            ed = w + "d"
            ing = w.hasSuffix("ee") ? w + "ing" : String(w.dropLast()) + "ing"
        } else if last == "y" && !vowels.contains(beforeLast) {
            ed = String(w.dropLast()) + "ied"; ing = w + "ing"
        } else {
            ed = w + "ed"; ing = w + "ing"
        }
        return [w, s, ed, ing]
    }

    @Test func asciiInflectionsAreTheCharacterOnes() {
        let lex = Lexicon.builtIn
        let words = lex.reportingVerbs + lex.stanceVerbs + lex.infinitiveStanceVerbs + lex.conflictVerbs + lex.agreementVerbs
            + ["", "e", "y", "ay", "ee", "see", "s", "sh", "ch", "h", "bash", "coach", "fix", "buzz", "play", "cry", "agree", "x y", "a\te"]
            + Self.samples(["a", "e", "y", "s", "h", "c", "x", "z", "o", " ", "-"], count: 2000, maxLength: 5)
        for w in words {
            let l = w.lowercased()
            #expect(Lexicon.asciiInflections(l) == Self.referenceInflections(l), "\(l.debugDescription)")
        }
        #expect(Lexicon.asciiInflections("café") == nil)
        #expect(Lexicon.asciiInflections("a\r\n") == nil)
    }

    @Test func lexiconTablesAreTheLexiconsForms() {
        let lex = Lexicon.builtIn
        let t = LexiconTables.of(lex)
        for (list, map) in [(lex.reportingVerbs, t.reportForms), (lex.stanceVerbs, t.stanceForms), (lex.conflictVerbs, t.conflictForms)] {
            // The first lemma that makes a form is its lemma.
            var expected: [String: String] = [:]
            for l in list { for f in Lexicon.inflections(l) where expected[f] == nil { expected[f] = l } }
            #expect(Set(map.keys) == Set(expected.keys))
            for (f, l) in expected { #expect(map[f] == l) }
            #expect(Lexicon.forms(list) == expected)
            #expect(Lexicon.forms(Array(list)) == expected)
        }
        #expect(t.commonWords.contains("said") && t.commonWords.contains(lex.viewNouns[0]))
    }
}
