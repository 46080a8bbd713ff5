import Foundation

/// A sentence of a document.
public struct Sentence: Sendable, Equatable {
    /// Position of the sentence in the document (0-based).
    public let index: Int
    /// The paragraph the sentence belongs to (0-based).
    public let paragraph: Int
    /// The sentence's tokens, as indices into ``Document/tokens``.
    public let tokens: Range<Int>
    /// UTF-8 byte offset of the sentence's first byte.
    public let start: Int
    /// UTF-8 byte offset after the sentence's last byte.
    public let end: Int
}

/// A pair of matching quotation marks and the words between them.
public struct Quotation: Sendable, Equatable {
    /// Index of the opening mark in ``Document/tokens``.
    public let open: Int
    /// Index of the closing mark in ``Document/tokens``.
    public let close: Int
    /// Whether the marks are double (`"` `“` `”`) rather than single.
    public let double: Bool
    /// The tokens inside the marks.
    public var inner: Range<Int> { (open + 1)..<close }
}

/// A text made ready for extraction: its prose lines tokenized, split into paragraphs and
/// sentences, with the quotations paired. Lines that are not prose (page numbers, running heads
/// that repeat, headings, a citation line) are left out, but every offset still points into the
/// original bytes.
public struct Document: Sendable {
    public let source: SourceText
    public let tokens: [Token]
    public let sentences: [Sentence]
    public let quotations: [Quotation]
    /// Byte ranges of the lines that were judged not to be prose and skipped.
    public let skippedLines: [Range<Int>]
    /// Per token: how many quotations hold it inside their marks (see ``isQuoted(token:)``).
    private let quoteDepth: [UInt8]

    /// Splits `source` into paragraphs, sentences and tokens.
    public init(_ source: SourceText) {
        self.source = source
        let lines = Document.lines(source)
        let keep = Document.classify(lines, source)
        var skipped: [Range<Int>] = []
        var toks: [Token] = []
        var paragraphBreak = true
        for (i, line) in lines.enumerated() {
            if line.blank { paragraphBreak = true; continue }
            if !keep[i] { skipped.append(line.range); paragraphBreak = true; continue }
            Tokenizer.tokenize(source.bytes, line.range, into: &toks, paragraphStart: paragraphBreak)
            paragraphBreak = false
        }
        // A page break in the middle of a sentence ("...they expected / 173 / foreign
        // relations") is not a paragraph break: join when the next part starts in lower case.
        for i in toks.indices where toks[i].paragraphStart && i > 0 {
            let prev = toks[i - 1]
            let terminal = [".", "?", "!", "...", ":"].contains(prev.text) || prev.isQuote || prev.text == ")"
            if !terminal, let f = toks[i].text.unicodeScalars.first, f.properties.isLowercase {
                toks[i] = Token(text: toks[i].text, lower: toks[i].lower, kind: toks[i].kind, start: toks[i].start,
                                end: toks[i].end, spaceBefore: true, paragraphStart: false)
            }
        }
        self.tokens = toks
        self.skippedLines = skipped
        self.quotations = Document.pairQuotes(toks)
        self.sentences = Document.split(toks, quotes: self.quotations)
        var delta = [Int](repeating: 0, count: toks.count + 1)
        for q in quotations where q.open + 1 < q.close {
            delta[q.open + 1] += 1
            delta[q.close] -= 1
        }
        var depth = 0
        var marks = [UInt8](repeating: 0, count: toks.count)
        for k in 0..<toks.count {
            depth += delta[k]
            marks[k] = UInt8(min(depth, 255))
        }
        self.quoteDepth = marks
    }

    /// Whether token `t` lies inside a pair of quotation marks (in the ``Quotation/inner``
    /// range of some quotation). Constant time: the same answer as
    /// `quotations.contains { $0.inner.contains(t) }`, which is linear in the quotations.
    public func isQuoted(token t: Int) -> Bool {
        t >= 0 && t < quoteDepth.count && quoteDepth[t] > 0
    }

    /// The input text of a byte range, white space folded to single spaces.
    public func text(_ start: Int, _ end: Int) -> String {
        Document.fold(source.text(start, end))
    }

    /// The text of a range of tokens, white space folded.
    /// Skipped lines (page numbers, running heads) inside the range are left out.
    public func text(tokens r: Range<Int>) -> String {
        var out = ""
        for k in r {
            if k > r.lowerBound && tokens[k].spaceBefore { out.append(" ") }
            out.append(source.text(tokens[k].start, tokens[k].end))
        }
        return out
    }

    /// The text of a sentence, white space folded, skipped lines left out.
    public func text(of s: Sentence) -> String { text(tokens: s.tokens) }

    /// Index of the sentence holding token `t`.
    public func sentenceIndex(ofToken t: Int) -> Int {
        var lo = 0, hi = sentences.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if sentences[mid].tokens.lowerBound <= t { lo = mid } else { hi = mid - 1 }
        }
        return lo
    }

    /// Folds runs of white space (including non-breaking spaces and line breaks) into one space.
    public static func fold(_ s: String) -> String {
        if let ascii = foldASCII(s) { return ascii }
        var out = ""
        out.reserveCapacity(s.utf8.count)
        var space = false
        for u in s.unicodeScalars {
            if u.properties.isWhitespace || u == "\u{00A0}" {
                space = !out.isEmpty
            } else {
                if space { out.append(" "); space = false }
                out.unicodeScalars.append(u)
            }
        }
        return out
    }

    /// ``fold(_:)`` for ASCII text, on bytes (the same result); nil when `s` is not ASCII.
    static func foldASCII(_ s: String) -> String? {
        var s = s
        return s.withUTF8 { b -> String? in
            var clean = true
            var prevSpace = true
            for c in b {
                if c >= 0x80 { return nil }
                let space = c == 0x20 || (c >= 0x09 && c <= 0x0D)
                if space && (c != 0x20 || prevSpace) { clean = false }
                prevSpace = space
            }
            if clean && !prevSpace { return String(decoding: b, as: UTF8.self) }
            if clean && b.isEmpty { return "" }
            var out = [UInt8]()
            out.reserveCapacity(b.count)
            var space = false
            for c in b {
                if c == 0x20 || (c >= 0x09 && c <= 0x0D) {
                    space = !out.isEmpty
                } else {
                    if space { out.append(0x20); space = false }
                    out.append(c)
                }
            }
            return String(decoding: out, as: UTF8.self)
        }
    }

    // MARK: Lines

    struct Line { let range: Range<Int>; let blank: Bool; let content: String }

    static func lines(_ src: SourceText) -> [Line] {
        var out: [Line] = []
        let b = src.bytes
        var i = src.textStart
        while i < b.count {
            var j = i
            while j < b.count && b[j] != 0x0A { j += 1 }
            var e = j
            if e > i && b[e - 1] == 0x0D { e -= 1 }
            let content = b.withUnsafeBufferPointer { fold(String(decoding: UnsafeBufferPointer(rebasing: $0[i..<e]), as: UTF8.self)) }
            out.append(Line(range: i..<e, blank: content.isEmpty, content: content))
            i = j + 1
        }
        return out
    }

    /// Which lines are prose. Skipped: page numbers, short lines that repeat (running heads),
    /// citation lines, and headings (a short line standing alone with no closing punctuation).
    static func classify(_ lines: [Line], _ src: SourceText) -> [Bool] {
        var counts: [String: Int] = [:]
        for l in lines where !l.blank { counts[l.content, default: 0] += 1 }
        return lines.indices.map { i in
            let l = lines[i]
            if l.blank { return false }
            let c = l.content
            if c.allSatisfy({ $0.isNumber || $0 == " " || $0 == "-" || $0 == "." || $0 == "[" || $0 == "]" }) { return false }
            let lower = c.lowercased()
            if lower.hasPrefix("page"), let n = Int(c.split(separator: " ").last ?? ""), n >= 0 { return false }
            if counts[c, default: 0] > 1 && c.count < 300 { return false }
            if lower.hasPrefix("preferred citation:") || lower.hasPrefix("http://") || lower.hasPrefix("https://") { return false }
            let aloneBefore = i == 0 || lines[i - 1].blank
            let aloneAfter = i == lines.count - 1 || lines[i + 1].blank
            guard aloneBefore && aloneAfter, let last = c.unicodeScalars.last,
                  !".!?:;\"”’')]…".unicodeScalars.contains(last),
                  let first = c.unicodeScalars.first, !first.properties.isLowercase else { return true }
            // A heading: at most 14 words, mostly capitalised (counted only for lines that
            // could be one).
            var words = 0
            for _ in c.split(separator: " ", maxSplits: 15) { words += 1 }
            if words > 14 { return true }
            let long = c.split(separator: " ").filter { $0.count > 3 }
            let titleCase = !long.isEmpty && long.filter { $0.first?.isUppercase == true }.count * 5 >= long.count * 3
            return !titleCase
        }
    }

    // MARK: Quotations

    static func pairQuotes(_ toks: [Token]) -> [Quotation] {
        var out: [Quotation] = []
        var openDouble: Int? = nil
        var openSingle: Int? = nil
        for (i, t) in toks.enumerated() {
            if t.paragraphStart { openDouble = nil; openSingle = nil }
            guard case .quote(let side) = t.kind else { continue }
            let double = t.text == "\"" || t.text == "\u{201C}" || t.text == "\u{201D}"
            if double {
                if let o = openDouble, side != .open {
                    if o + 1 < i { out.append(Quotation(open: o, close: i, double: true)) }
                    openDouble = nil
                    openSingle = nil
                } else if side != .close {
                    openDouble = i
                }
            } else {
                if let o = openSingle, side != .open {
                    if o + 1 < i { out.append(Quotation(open: o, close: i, double: false)) }
                    openSingle = nil
                } else if side != .close {
                    openSingle = i
                }
            }
        }
        return out.sorted { $0.open < $1.open }
    }

    // MARK: Sentences

    static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "prof", "st", "gen", "col", "lt", "sgt", "capt", "gov", "sen", "rep",
        "rev", "hon", "jr", "sr", "vs", "etc", "e.g", "i.e", "cf", "al", "no", "nos", "vol", "pp", "p",
        "ch", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "inc",
        "co", "ltd", "corp", "mt", "ft", "approx", "ca", "c", "fig", "eq", "art", "sec", "para", "ed",
        "eds", "op", "cit", "ibid", "viz", "esp", "adm", "gens", "messrs", "supt", "u.s", "u.k", "v",
    ]

    static func split(_ toks: [Token], quotes: [Quotation]) -> [Sentence] {
        var out: [Sentence] = []
        var start = 0
        var paragraph = -1
        func close(_ end: Int) {
            guard end > start else { return }
            out.append(Sentence(index: out.count, paragraph: paragraph, tokens: start..<end,
                                start: toks[start].start, end: toks[end - 1].end))
            start = end
        }
        var i = 0
        while i < toks.count {
            if toks[i].paragraphStart {
                close(i)
                paragraph += 1
            }
            let t = toks[i]
            if t.kind == .punct && [".", "?", "!", "..."].contains(t.text) {
                // Swallow closing quotes, brackets and footnote marks such as [55].
                var j = i + 1
                while j < toks.count && !toks[j].paragraphStart {
                    if case .quote(let side) = toks[j].kind, side != .open { j += 1; continue }
                    if toks[j].text == ")" { j += 1; continue }
                    if toks[j].text == "[", j + 2 < toks.count, toks[j + 2].text == "]",
                       toks[j + 1].text.allSatisfy(\.isNumber) { j += 3; continue }
                    break
                }
                if j >= toks.count || toks[j].paragraphStart {
                    i = j; continue
                }
                let next = toks[j]
                var breaks = next.isCapitalized || next.text.first?.isNumber == true || next.isQuote || next.text == "("
                if t.text == "." && i > 0 && toks[i - 1].isWord && toks[i - 1].end == t.start {
                    let w = toks[i - 1].lower
                    if abbreviations.contains(w) { breaks = false }
                    if w.count == 1 && toks[i - 1].isCapitalized { breaks = false }
                }
                if t.text == "..." && !next.isCapitalized { breaks = false }
                if breaks { close(j) }
                i = j
                continue
            }
            i += 1
        }
        close(toks.count)
        return out
    }
}
