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
    public let tokens: TokenList
    public let sentences: [Sentence]
    public let quotations: [Quotation]
    /// Byte ranges of the lines that were judged not to be prose and skipped.
    public let skippedLines: [Range<Int>]
    /// Per token, one bit: whether a quotation holds it inside its marks (see
    /// ``isQuoted(token:)``).
    private let quoted: [UInt64]

    /// Splits `source` into paragraphs, sentences and tokens.
    public init(_ source: SourceText) {
        self.source = source
        let lines = Document.lines(source)
        let keep = Document.classify(lines, source)
        var skipped: [Range<Int>] = []
        // English prose has about one token per 6 or 7 bytes; reserving for one per 5 avoids
        // regrowing the array (capacity that is never written is never touched).
        var builder = TokenBuilder(expectedTokens: source.bytes.count / 5 + 16)
        var paragraphBreak = true
        for (i, line) in lines.enumerated() {
            if line.blank { paragraphBreak = true; continue }
            if !keep[i] { skipped.append(line.range); paragraphBreak = true; continue }
            Tokenizer.tokenize(source.bytes, line.range, into: &builder, paragraphStart: paragraphBreak)
            paragraphBreak = false
        }
        // A page break in the middle of a sentence ("...they expected / 173 / foreign
        // relations") is not a paragraph break: join when the next part starts in lower case.
        for i in 0..<builder.count where builder.record(i).paragraphStart && i > 0 {
            let prev = builder.record(i - 1)
            let prevText = builder.texts[Int(prev.word)]
            let terminal = [".", "?", "!", "...", ":"].contains(prevText) || prev.isQuote || prevText == ")"
            if !terminal, let f = builder.texts[Int(builder.record(i).word)].unicodeScalars.first, f.properties.isLowercase {
                builder.joinParagraph(at: i)  // space before, no paragraph start
            }
        }
        let storage = builder.storage()
        builder = TokenBuilder()
        let toks = TokenList(storage)
        self.tokens = toks
        self.skippedLines = skipped
        self.quotations = Document.pairQuotes(toks)
        self.sentences = Document.split(toks, quotes: self.quotations)
        var delta = [Int32](repeating: 0, count: toks.count + 1)
        for q in quotations where q.open + 1 < q.close {
            delta[q.open + 1] += 1
            delta[q.close] -= 1
        }
        var depth = 0
        var marks = [UInt64](repeating: 0, count: (toks.count + 63) / 64)
        for k in 0..<toks.count {
            depth += Int(delta[k])
            if depth > 0 { marks[k >> 6] |= 1 << UInt64(k & 63) }
        }
        self.quoted = marks
    }

    /// Whether token `t` lies inside a pair of quotation marks (in the ``Quotation/inner``
    /// range of some quotation). Constant time: the same answer as
    /// `quotations.contains { $0.inner.contains(t) }`, which is linear in the quotations.
    public func isQuoted(token t: Int) -> Bool {
        t >= 0 && t < tokens.count && quoted[t >> 6] & (1 << UInt64(t & 63)) != 0
    }

    /// The input text of a byte range, white space folded to single spaces.
    public func text(_ start: Int, _ end: Int) -> String {
        Document.fold(source.text(start, end))
    }

    /// The text of a range of tokens, white space folded.
    /// Skipped lines (page numbers, running heads) inside the range are left out.
    public func text(tokens r: Range<Int>) -> String {
        let storage = tokens.storage
        // The tokens' bytes with their spaces, decoded once: the same string as appending the
        // tokens' texts one by one when every token starts and ends between characters of
        // the (valid UTF-8) input, as tokens do; else the texts are appended one by one.
        let bytes = source.bytes
        var buffer: [UInt8] = []
        var whole = true
        for k in r {
            let t = storage.record(k)
            let s = max(source.textStart, min(Int(t.start), bytes.count))
            let e = max(s, min(storage.end(k, t), bytes.count))
            if (s < bytes.count && bytes[s] & 0xC0 == 0x80) || (e < bytes.count && bytes[e] & 0xC0 == 0x80) {
                whole = false
                break
            }
            if k > r.lowerBound && t.spaceBefore { buffer.append(0x20) }
            buffer.append(contentsOf: bytes[s..<e])
        }
        if whole { return String(decoding: buffer, as: UTF8.self) }
        var out = ""
        for k in r {
            let t = storage.record(k)
            if k > r.lowerBound && t.spaceBefore { out.append(" ") }
            out.append(source.text(Int(t.start), storage.end(k, t)))
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
        if let folded = s.utf8.withContiguousStorageIfAvailable({ foldUTF8($0) }) { return folded }
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

    /// ``fold(_:)`` of valid UTF-8 bytes, on bytes (the same result): ASCII bytes are tested
    /// directly (tab, the line and form feeds, carriage return and space are its white space),
    /// other scalars by their properties.
    static func foldUTF8(_ b: UnsafeBufferPointer<UInt8>) -> String {
        var out = [UInt8]()
        out.reserveCapacity(b.count)
        var space = false
        var i = 0
        let n = b.count
        while i < n {
            let c = b[i]
            if c < 0x80 {
                if c == 0x20 || (c >= 0x09 && c <= 0x0D) {
                    space = !out.isEmpty
                } else {
                    if space { out.append(0x20); space = false }
                    out.append(c)
                }
                i += 1
                continue
            }
            // A multi-byte scalar (the input is valid UTF-8).
            var len = 2
            var v = UInt32(c & 0x1F)
            if c >= 0xF0 { len = 4; v = UInt32(c & 0x07) } else if c >= 0xE0 { len = 3; v = UInt32(c & 0x0F) }
            len = min(len, n - i)
            for k in 1..<len { v = v << 6 | UInt32(b[i + k] & 0x3F) }
            let white = v == 0xA0 || (Unicode.Scalar(v)?.properties.isWhitespace ?? false)
            if white {
                space = !out.isEmpty
            } else {
                if space { out.append(0x20); space = false }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: b[i..<(i + len)]))
            }
            i += len
        }
        return String(decoding: out, as: UTF8.self)
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

    struct Line {
        let range: Range<Int>
        let blank: Bool
        let content: String
        /// Whether the line is ASCII (then so is its content, one byte per character).
        var ascii = false
    }

    static func lines(_ src: SourceText) -> [Line] {
        var out: [Line] = []
        let b = src.bytes
        var i = src.textStart
        b.withUnsafeBufferPointer { buf in
            while i < buf.count {
                var j = i
                while j < buf.count && buf[j] != 0x0A { j += 1 }
                var e = j
                if e > i && buf[e - 1] == 0x0D { e -= 1 }
                let line = UnsafeBufferPointer(rebasing: buf[i..<e])
                let ascii = !line.contains { $0 >= 0x80 }
                let content = ascii ? foldASCIIBytes(line) : foldUTF8(line)
                out.append(Line(range: i..<e, blank: content.isEmpty, content: content, ascii: ascii))
                i = j + 1
            }
        }
        return out
    }

    /// ``fold(_:)`` of ASCII bytes (the same result as ``foldASCII(_:)``).
    static func foldASCIIBytes(_ b: UnsafeBufferPointer<UInt8>) -> String {
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

    /// Which lines are prose. Skipped: page numbers, short lines that repeat (running heads),
    /// citation lines, and headings (a short line standing alone with no closing punctuation).
    static func classify(_ lines: [Line], _ src: SourceText) -> [Bool] {
        var counts: [String: Int] = [:]
        for l in lines where !l.blank { counts[l.content, default: 0] += 1 }
        return lines.indices.map { i in
            if lines[i].blank { return false }
            return lines[i].ascii ? classifyASCII(lines, i, counts: counts) : classifyGeneral(lines, i, counts: counts)
        }
    }

    /// ``classify(_:_:)`` of the line `i` (not blank).
    static func classifyGeneral(_ lines: [Line], _ i: Int, counts: [String: Int]) -> Bool {
        let c = lines[i].content
        if c.allSatisfy({ $0.isNumber || $0 == " " || $0 == "-" || $0 == "." || $0 == "[" || $0 == "]" }) { return false }
        // Only the start of the line is tested lower-cased ("page", "http://", at most 19
        // characters); lower-casing maps each scalar on its own, so the first 64 scalars
        // lower-cased start as the whole line lower-cased does.
        let lower = String(c.unicodeScalars.prefix(64)).lowercased()
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

    /// ``classify(_:_:)`` of the ASCII line `i` (not blank), on bytes: the same tests, where
    /// each character is one byte, the digits are the only numbers, and a-z and A-Z the only
    /// lower- and upper-case letters. Its folded content has single spaces between words and
    /// none at either end.
    static func classifyASCII(_ lines: [Line], _ i: Int, counts: [String: Int]) -> Bool {
        var c = lines[i].content
        let n = c.utf8.count
        @inline(__always) func lowered(_ x: UInt8) -> UInt8 { x >= 0x41 && x <= 0x5A ? x | 0x20 : x }
        let verdict: Bool? = c.withUTF8 { b -> Bool? in
            @inline(__always) func lowerPrefix(_ p: StaticString) -> Bool {
                let m = p.utf8CodeUnitCount
                guard n >= m else { return false }
                let q = p.utf8Start
                for k in 0..<m where lowered(b[k]) != q[k] { return false }
                return true
            }
            if b.allSatisfy({ ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x20 || $0 == 0x2D || $0 == 0x2E || $0 == 0x5B || $0 == 0x5D }) { return false }
            if lowerPrefix("page") { return nil }  // the page-number test below, as written
            return lowerPrefix("preferred citation:") || lowerPrefix("http://") || lowerPrefix("https://") ? false : true
        }
        if let v = verdict, !v { return false }
        if verdict == nil {
            if let num = Int(c.split(separator: " ").last ?? ""), num >= 0 { return false }
        }
        if counts[c, default: 0] > 1 && n < 300 { return false }
        if verdict == nil {
            let lower = c.lowercased()
            if lower.hasPrefix("preferred citation:") || lower.hasPrefix("http://") || lower.hasPrefix("https://") { return false }
        }
        let aloneBefore = i == 0 || lines[i - 1].blank
        let aloneAfter = i == lines.count - 1 || lines[i + 1].blank
        guard aloneBefore && aloneAfter else { return true }
        return c.withUTF8 { b -> Bool in
            let last = b[n - 1], first = b[0]
            if ".!?:;\")]'".utf8.contains(last) || (first >= 0x61 && first <= 0x7A) { return true }
            // A heading: at most 14 words, mostly capitalised.
            var spaces = 0
            for x in b where x == 0x20 { spaces += 1 }
            if spaces + 1 > 14 { return true }
            var long = 0, upper = 0
            var start = 0
            for k in 0...n where k == n || b[k] == 0x20 {
                if k - start > 3 {
                    long += 1
                    if b[start] >= 0x41 && b[start] <= 0x5A { upper += 1 }
                }
                start = k + 1
            }
            let titleCase = long > 0 && upper * 5 >= long * 3
            return !titleCase
        }
    }

    // MARK: Quotations

    static func pairQuotes(_ toks: TokenList) -> [Quotation] {
        var out: [Quotation] = []
        var openDouble: Int? = nil
        var openSingle: Int? = nil
        let storage = toks.storage
        for i in 0..<storage.count {
            let r = storage.record(i)
            if r.paragraphStart { openDouble = nil; openSingle = nil }
            guard r.isQuote, case .quote(let side) = r.kind else { continue }
            let text = toks.storage.texts[Int(r.word)]
            let double = text == "\"" || text == "\u{201C}" || text == "\u{201D}"
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

    static func split(_ toks: TokenList, quotes: [Quotation]) -> [Sentence] {
        var out: [Sentence] = []
        let storage = toks.storage
        let texts = toks.storage.texts
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
            if storage.record(i).paragraphStart {
                close(i)
                paragraph += 1
            }
            if storage.record(i).kindCode == 1 && [".", "?", "!", "..."].contains(texts[storage.word(i)]) {
                let t = toks[i]
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
