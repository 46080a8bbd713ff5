import Foundation
import Testing
@testable import ArgMapText

private func doc(_ s: String) throws -> Document {
    Document(try SourceText(name: "t.txt", bytes: Array(s.utf8)))
}

private func sentences(_ s: String) throws -> [String] {
    let d = try doc(s)
    return d.sentences.map { d.text(of: $0) }
}

@Suite struct SourceTextTests {
    @Test func invalidUTF8IsRejectedWithItsOffset() {
        #expect(throws: InputError.invalidUTF8(offset: 3)) { try SourceText(name: "x", bytes: [0x41, 0x42, 0x43, 0xFF, 0x44]) }
        #expect(throws: InputError.invalidUTF8(offset: 1)) { try SourceText(name: "x", bytes: [0x41, 0xC3]) }
    }

    @Test func emptyAndBinaryInputsAreRejected() {
        #expect(throws: InputError.empty) { try SourceText(name: "x", bytes: []) }
        #expect(throws: InputError.empty) { try SourceText(name: "x", bytes: Array(" \n\t\r\n".utf8)) }
        #expect(throws: InputError.binary(offset: 1)) { try SourceText(name: "x", bytes: [0x41, 0x00, 0x42]) }
    }

    @Test func sha256OfKnownInput() throws {
        let s = try SourceText(name: "x", bytes: Array("abc".utf8))
        #expect(s.sha256 == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }
}

@Suite struct DocumentTests {
    @Test func bomAndCRLFKeepOffsetsIntoTheOriginalBytes() throws {
        let text = "\u{FEFF}Smith said that rain falls.\r\nJones denied it.\r\n"
        let d = try doc(text)
        #expect(d.sentences.count == 2)
        let bytes = Array(text.utf8)
        let s1 = d.sentences[1]
        #expect(String(decoding: bytes[s1.start..<s1.end], as: UTF8.self) == "Jones denied it.")
        #expect(d.tokens[0].text == "Smith")
        #expect(d.tokens[0].start == 3)
    }

    @Test func abbreviationsInitialsAndEllipsesDoNotEndSentences() throws {
        #expect(try sentences("Mr. Smith met Dr. J. R. Jones in St. Louis. They talked.") ==
                ["Mr. Smith met Dr. J. R. Jones in St. Louis.", "They talked."])
        #expect(try sentences("He wanted a deal,... and more. Then he left.") == ["He wanted a deal,... and more.", "Then he left."])
        #expect(try sentences("The U.S. delegation agreed. It left.").count == 2)
    }

    @Test func quotationsWithFullStopsStayInOneSentence() throws {
        let s = try sentences("He said \"no reasons for panic.\" Then he added, \"Wait. Go.\" she said.")
        #expect(s.first == "He said \"no reasons for panic.\"")
    }

    @Test func footnoteMarksAndClosingQuotesBelongToTheSentence() throws {
        #expect(try sentences("They denounced it.[55] In December they met.") == ["They denounced it.[55]", "In December they met."])
    }

    @Test func pageNumbersRunningHeadsAndHeadingsAreSkipped() throws {
        let text = """
        Running Head Of The Book

        Chapter Title Line

        The party leaders said that the treaty


        173

        was a threat. Stalin agreed.

        Running Head Of The Book
        """
        let d = try doc(text)
        let s = d.sentences.map { d.text(of: $0) }
        #expect(s == ["The party leaders said that the treaty was a threat.", "Stalin agreed."])
        #expect(d.skippedLines.count == 4)
    }

    @Test func emDashesAndNonBreakingSpaces() throws {
        let d = try doc("Locarno was no threat\u{2014}largely because Chicherin\u{00A0}acted.")
        #expect(d.tokens.map(\.text) == ["Locarno", "was", "no", "threat", "\u{2014}", "largely", "because", "Chicherin", "acted", "."])
    }

    @Test func quotationsArePaired() throws {
        let d = try doc("He called it the \u{201C}phony noise\u{201D} and said \"no 'guarantee pacts' now\".")
        let q = d.quotations.map { d.text(tokens: $0.inner) }
        #expect(q == ["phony noise", "no 'guarantee pacts' now", "guarantee pacts"])
    }

    @Test func possessivesAndHyphenatedWordsAreOneToken() throws {
        let d = try doc("Stalin's anti-Soviet foes' views.")
        #expect(d.tokens.map(\.text).prefix(2) == ["Stalin's", "anti-Soviet"])
    }
}

@Suite struct DocumentLookupTests {
    @Test func isQuotedMatchesTheQuotations() throws {
        let text = #"Smith said "war is 'near' now" and Jones said "no." Then 'peace' came, "and "so" on"#
        let doc = Document(try SourceText(name: "q.txt", bytes: Array(text.utf8)))
        for t in -1...(doc.tokens.count) {
            #expect(doc.isQuoted(token: t) == doc.quotations.contains { $0.inner.contains(t) }, "token \(t)")
        }
        #expect(doc.tokens.indices.contains { doc.isQuoted(token: $0) })
    }

    @Test func foldASCIIFastPathMatchesTheGeneralFold() {
        for s in ["", " ", "a", " a ", "a  b", "a\tb\r\nc", "\u{0B}x\u{0C}", "x ", "plain words here", "a\u{1C}b"] {
            var general = ""
            var space = false
            for u in s.unicodeScalars {
                if u.properties.isWhitespace || u == "\u{00A0}" { space = !general.isEmpty }
                else { if space { general.append(" "); space = false }; general.unicodeScalars.append(u) }
            }
            #expect(Document.fold(s) == general, "\(s.debugDescription)")
        }
    }
}

/// The fast paths of the text layer give the answers of the general code they stand in for.
@Suite struct FastPathTests {
    private let texts: [String] = [
        "Mr. Smith said \"no reasons for panic.\" Then he added, 'Wait.' U.S. e.g. 3.5 ... and... 'tis rock'n'roll.",
        "Stalin's anti-Soviet foes' views [55] (page 12) A&B co-op -- x - y / z {w}",
        "CHAPTER ONE\n\nRunning Head Of The Book\n\n173\n\nPage 12\n\nhttp://example.com\n\nPreferred citation: X\n\nA Title Of Some Length Here\n\nthe end.",
        "1 2 3\n\n- 4 -\n\n[12]\n\nShort line\nnext line\n\nWhat? Yes! No: maybe; \"quoted\" 'single' )",
    ]

    @Test func asciiTokenizerMatchesTheDecodedPath() throws {
        for t in texts {
            let bytes = Array(t.utf8)
            var fast = TokenBuilder(), slow = TokenBuilder()
            bytes.withUnsafeBufferPointer { buf in
                var i = 0
                while i <= bytes.count {
                    var j = i
                    while j < bytes.count && bytes[j] != 0x0A { j += 1 }
                    Tokenizer.tokenize(ASCIILine(bytes: UnsafeBufferPointer(rebasing: buf[i..<j]), start: i), bytes: buf, end: j, into: &fast, paragraphStart: true)
                    let scalars = (i..<j).map { (Unicode.Scalar(bytes[$0]), $0) }
                    Tokenizer.tokenize(DecodedLine(scalars: scalars), bytes: buf, end: j, into: &slow, paragraphStart: true)
                    i = j + 1
                }
            }
            let a = TokenList(fast.storage()), b = TokenList(slow.storage())
            #expect(Array(a) == Array(b))
            #expect(!a.isEmpty)
        }
    }

    @Test func tokenListAccessorsMatchTheTokens() throws {
        let d = Document(try SourceText(name: "t", bytes: Array((texts.joined(separator: "\n\n") + " The the THE Ünïcödé ÜNÏCÖDÉ don’t don't").utf8)))
        let toks = d.tokens
        for i in toks.indices {
            #expect(toks.lower(i) == toks[i].lower)
            #expect(toks.text(i) == toks[i].text)
            #expect(toks.isWord(i) == toks[i].isWord)
            #expect(toks.lowerID(of: toks[i].lower) == toks.lowerID(i))
        }
        for i in toks.indices { for j in toks.indices where j > i && j < i + 40 {
            #expect((toks.lowerID(i) == toks.lowerID(j)) == (toks[i].lower == toks[j].lower))
            #expect((toks.wordIndex(i) == toks.wordIndex(j)) == (toks[i].text == toks[j].text))
        } }
        #expect(toks.lowerID(of: "no-such-word") == nil)
    }

    @Test func asciiLineClassificationMatchesTheGeneralOne() throws {
        for t in texts {
            let src = try SourceText(name: "t", bytes: Array(t.utf8))
            let lines = Document.lines(src)
            var counts: [String: Int] = [:]
            for l in lines where !l.blank { counts[l.content, default: 0] += 1 }
            for i in lines.indices where !lines[i].blank {
                #expect(lines[i].ascii)
                #expect(Document.classifyASCII(lines, i, counts: counts) == Document.classifyGeneral(lines, i, counts: counts), "\(lines[i].content)")
            }
        }
    }

    @Test func utf8FoldMatchesTheScalarFold() {
        for s in ["", " a ", "a\u{00A0}b", "a\u{2003}\u{2003}b", "\u{3000}x\u{85}y\u{2028}", "é  ü\t\u{1F600} ", "a\u{200B}b", "x\u{1680}"] {
            var general = ""
            var space = false
            for u in s.unicodeScalars {
                if u.properties.isWhitespace || u == "\u{00A0}" { space = !general.isEmpty }
                else { if space { general.append(" "); space = false }; general.unicodeScalars.append(u) }
            }
            let fast = Array(s.utf8).withUnsafeBufferPointer { Document.foldUTF8($0) }
            #expect(fast == general, "\(s.debugDescription)")
            #expect(Document.fold(s) == general)
        }
    }

    @Test func wordIndexAnswersAsADictionary() {
        let keys = ["the", "K", "caf\u{E9}", "cafe\u{301}", "", "\u{212B}", ";", "said", "x y"]
        let index = WordIndex(keys)
        var dict: [String: Int] = [:]
        for k in keys where dict[k] == nil { dict[k] = dict.count }
        for q in keys + ["\u{212A}", "k", "caf\u{E9}", "\u{C5}", "A\u{30A}", "\u{37E}", "the ", "Said", "x y", "nope"] {
            #expect(index.index(of: q) == dict[q], "\(q.debugDescription)")
        }
        // Keys that are not ASCII but equal an ASCII string (their canonical form is ASCII).
        let odd = WordIndex(["\u{212A}", "\u{37E}", "\u{1FEF}x"])
        #expect(odd.index(of: "K") == 0 && odd.index(of: ";") == 1 && odd.index(of: "`x") == 2 && odd.index(of: "k") == nil)
        let set: WordSet = ["alpha", "beta"]
        #expect(set.contains("alpha") && !set.contains("gamma"))
        let map = WordMap(["said": "say", "says": "say"])
        #expect(map["said"] == "say" && map["x"] == nil)
    }
}

@Suite struct WebNameTokenTests {
    /// "Znak.com" is one word; "Moscow. Then" is still two sentences.
    @Test func aWebNameIsOneWord() throws {
        let d = Document(try SourceText(name: "t.txt", bytes: Array("Znak.com reported it. He went to Moscow. Then he left.".utf8)))
        #expect(d.tokens[0].text == "Znak.com")
        #expect(d.sentences.count == 3)
    }
}
