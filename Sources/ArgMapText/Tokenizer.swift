/// Splits prose lines into tokens with UTF-8 byte offsets.
enum Tokenizer {
    /// Common top-level domains, for names such as "Znak.com".
    static let domains: [[Unicode.Scalar]] = ["com", "org", "net", "gov", "edu", "info", "io", "eu", "ru", "uk"].map { Array($0.unicodeScalars) }

    /// Where a top-level domain that starts at `from` ends, when it ends the word there.
    static func domainEnd<L: ScalarLine>(_ line: L, from: Int, count n: Int) -> Int? {
        for d in domains where from + d.count <= n {
            var ok = true
            for (o, c) in d.enumerated() where line.scalar(from + o) != c { ok = false; break }
            guard ok else { continue }
            let end = from + d.count
            if end == n || !isWordScalar(line.scalar(end)) { return end }
        }
        return nil
    }

    static func isWordScalar(_ u: Unicode.Scalar) -> Bool {
        // ASCII: letters and digits only (the same answer as the properties, without a lookup).
        if u.value < 0x80 {
            let v = u.value | 0x20
            return (v >= 0x61 && v <= 0x7A) || (u.value >= 0x30 && u.value <= 0x39)
        }
        return u.properties.isAlphabetic || u.properties.numericType != nil || u.properties.generalCategory == .nonspacingMark
    }

    static func isSpace(_ u: Unicode.Scalar) -> Bool {
        if u.value < 0x80 { return u.value == 0x20 || (u.value >= 0x09 && u.value <= 0x0D) }
        return u.properties.isWhitespace || u == "\u{00A0}" || u == "\u{200B}" || u == "\u{FEFF}"
    }

    /// Whether `u` has a numeric type (in ASCII only the digits do; the same answer as the
    /// property, without a lookup).
    static func isNumeric(_ u: Unicode.Scalar) -> Bool {
        if u.value < 0x80 { return u.value >= 0x30 && u.value <= 0x39 }
        return u.properties.numericType != nil
    }

    /// Tokenizes the line `range` of `bytes` into `out`.
    static func tokenize(_ bytes: [UInt8], _ range: Range<Int>, into out: inout TokenBuilder, paragraphStart: Bool) {
        bytes.withUnsafeBufferPointer { buf in
            let line = UnsafeBufferPointer(rebasing: buf[range])
            if !line.contains(where: { $0 >= 0x80 }) {
                // Most lines are ASCII: one scalar per byte, no decoding.
                tokenize(ASCIILine(bytes: line, start: range.lowerBound), bytes: buf, end: range.upperBound, into: &out, paragraphStart: paragraphStart)
                return
            }
            // Decode the line into scalars with their byte offsets.
            out.scalars.removeAll(keepingCapacity: true)
            out.scalars.reserveCapacity(range.count)
            var it = line.makeIterator()
            var decoder = UTF8()
            var offset = range.lowerBound
            loop: while true {
                switch decoder.decode(&it) {
                case .scalarValue(let u):
                    out.scalars.append((u, offset))
                    offset += UTF8.width(u)
                case .emptyInput: break loop
                case .error: offset += 1
                }
            }
            let scalars = out.scalars
            tokenize(DecodedLine(scalars: scalars), bytes: buf, end: range.upperBound, into: &out, paragraphStart: paragraphStart)
        }
    }

    static func tokenize<L: ScalarLine>(_ line: L, bytes: UnsafeBufferPointer<UInt8>, end lineEnd: Int, into out: inout TokenBuilder, paragraphStart: Bool) {
        let n = line.count
        func end(_ k: Int) -> Int { k < n ? line.offset(k) : lineEnd }
        var first = paragraphStart
        var space = true
        var i = 0
        func emit(_ a: Int, _ b: Int, _ kind: TokenKind) {
            // ASCII tokens (most of them): text and lower case straight from the bytes.
            let start = line.offset(a), stop = end(b)
            if stop - start == b - a {
                out.append(ascii: UnsafeBufferPointer(rebasing: bytes[start..<stop]), kind: kind, start: start, end: stop,
                           spaceBefore: space, paragraphStart: first)
                first = false
                space = false
                return
            }
            var s = ""
            for k in a..<b {
                let u = line.scalar(k)
                s.unicodeScalars.append(u == "\u{2019}" && kind == .word ? "'" : u)
            }
            out.append(text: s, kind: kind, start: start, end: stop, spaceBefore: space, paragraphStart: first)
            first = false
            space = false
        }
        while i < n {
            let u = line.scalar(i)
            if isSpace(u) { space = true; i += 1; continue }
            if isWordScalar(u) {
                var j = i + 1
                while j < n {
                    let c = line.scalar(j)
                    if isWordScalar(c) { j += 1; continue }
                    let nextIsWord = j + 1 < n && isWordScalar(line.scalar(j + 1))
                    if (c == "'" || c == "\u{2019}" || c == "-" || c == "\u{2010}" || c == "\u{2011}" || c == "&") && nextIsWord { j += 1; continue }
                    // Abbreviation dots: "U.S.", "e.g.", and decimals "3.5".
                    if c == ".", nextIsWord, j - 1 >= i, (j - i == 1 || (j >= 2 && line.scalar(j - 2) == ".")) || (isNumeric(line.scalar(j - 1)) && isNumeric(line.scalar(j + 1))) {
                        j += 1; continue
                    }
                    if c == ".", j >= 2, line.scalar(j - 2) == ".", j - 1 >= i { j += 1; continue }
                    // A web address's name: "Znak.com", "Politico.eu" (a common top-level domain
                    // right after the dot, then the end of the word).
                    if c == ".", nextIsWord, let k = Self.domainEnd(line, from: j + 1, count: n) { j = k; continue }
                    break
                }
                emit(i, j, .word)
                i = j
                continue
            }
            if u == "." && i + 2 < n && line.scalar(i + 1) == "." && line.scalar(i + 2) == "." {
                var j = i + 3
                while j < n && line.scalar(j) == "." { j += 1 }
                emit(i, j, .punct); i = j; continue
            }
            if u == "\u{2026}" { emit(i, i + 1, .punct); i += 1; continue }
            switch u {
            case "\"", "\u{201C}", "\u{201D}", "'", "\u{2018}", "\u{2019}", "\u{00AB}", "\u{00BB}":
                let before = i == 0 || isSpace(line.scalar(i - 1)) || "([{—–-/".unicodeScalars.contains(line.scalar(i - 1))
                let after = i + 1 >= n || isSpace(line.scalar(i + 1)) || ".,;:!?)]}—–".unicodeScalars.contains(line.scalar(i + 1))
                var side: QuoteMark = .ambiguous
                if u == "\u{201C}" || u == "\u{2018}" || u == "\u{00AB}" { side = .open }
                else if u == "\u{201D}" || u == "\u{00BB}" { side = .close }
                else if u == "\u{2019}" { side = .close }
                else if before && !after { side = .open }
                else if after && !before { side = .close }
                if (u == "'" || u == "\u{2019}") && side == .close && !after { side = .ambiguous }
                emit(i, i + 1, .quote(side))
                i += 1
            default:
                emit(i, i + 1, .punct)
                i += 1
            }
        }
    }
}

/// The scalars of one line with their byte offsets.
protocol ScalarLine {
    var count: Int { get }
    func scalar(_ k: Int) -> Unicode.Scalar
    func offset(_ k: Int) -> Int
}

/// An ASCII line: scalar `k` is byte `k`.
struct ASCIILine: ScalarLine {
    let bytes: UnsafeBufferPointer<UInt8>
    let start: Int
    var count: Int { bytes.count }
    @inline(__always) func scalar(_ k: Int) -> Unicode.Scalar { Unicode.Scalar(bytes[k]) }
    @inline(__always) func offset(_ k: Int) -> Int { start + k }
}

/// A line decoded into scalars.
struct DecodedLine: ScalarLine {
    let scalars: [(Unicode.Scalar, Int)]
    var count: Int { scalars.count }
    @inline(__always) func scalar(_ k: Int) -> Unicode.Scalar { scalars[k].0 }
    @inline(__always) func offset(_ k: Int) -> Int { scalars[k].1 }
}

/// Collects token records and the table of distinct token texts (see ``TokenStorage``).
struct TokenBuilder {
    /// Per token: word index << 32 | start (see ``TokenStorage``).
    var wordStart: [UInt64] = []
    /// Per token: ``TokenRecord/meta``.
    var meta: [UInt8] = []
    /// Ends of the tokens whose end is not start + text length (see ``TokenStorage/oddEnds``).
    var oddEnds: [Int: Int] = [:]
    var texts: [String] = []
    /// Per word index: the byte count of its text.
    var wordBytes: [Int32] = []
    var lowers: [String] = []
    /// Scratch space for decoding non-ASCII lines.
    var scalars: [(Unicode.Scalar, Int)] = []
    /// Open addressing: word index + 1, or 0 for an empty slot.
    private var slots: [UInt32] = Array(repeating: 0, count: 1024)
    /// Per word: its hash, and where its UTF-8 bytes lie in `arena`.
    private var hashes: [UInt64] = []
    private var spans: [(start: Int, count: Int)] = []
    private var arena: [UInt8] = []

    init(expectedTokens: Int = 0) {
        wordStart.reserveCapacity(expectedTokens)
        meta.reserveCapacity(expectedTokens)
    }

    static func hash(_ b: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for c in b { h = (h ^ UInt64(c)) &* 0x0000_0100_0000_01B3 }
        return h ^ (h >> 29)
    }

    /// The word index of `b`, added (with the strings `make` returns) if new.
    private mutating func intern(_ b: UnsafeBufferPointer<UInt8>, _ make: () -> (String, String)) -> UInt32 {
        let h = Self.hash(b)
        var mask = slots.count - 1
        var i = Int(truncatingIfNeeded: h) & mask
        while true {
            let s = slots[i]
            if s == 0 { break }
            let w = Int(s - 1)
            if hashes[w] == h {
                let sp = spans[w]
                if sp.count == b.count {
                    var same = true
                    for k in 0..<b.count where arena[sp.start + k] != b[k] { same = false; break }
                    if same { return UInt32(w) }
                }
            }
            i = (i + 1) & mask
        }
        let w = texts.count
        let (text, lower) = make()
        texts.append(text)
        lowers.append(lower)
        wordBytes.append(Int32(b.count))
        hashes.append(h)
        spans.append((arena.count, b.count))
        arena.append(contentsOf: b)
        if (w + 1) * 2 > slots.count {
            // Grow to keep the table at most half full.
            var bigger = [UInt32](repeating: 0, count: slots.count * 2)
            mask = bigger.count - 1
            for k in 0...w {
                var j = Int(truncatingIfNeeded: hashes[k]) & mask
                while bigger[j] != 0 { j = (j + 1) & mask }
                bigger[j] = UInt32(k + 1)
            }
            slots = bigger
        } else {
            slots[i] = UInt32(w + 1)
        }
        return UInt32(w)
    }

    private mutating func add(_ word: UInt32, _ kind: TokenKind, _ start: Int, _ end: Int, _ spaceBefore: Bool, _ paragraphStart: Bool) {
        var m = TokenRecord.code(kind) | (spaceBefore ? 0x08 : 0) | (paragraphStart ? 0x10 : 0)
        if end - start != Int(wordBytes[Int(word)]) {
            oddEnds[meta.count] = end
            m |= 0x20
        }
        wordStart.append(UInt64(word) << 32 | UInt64(UInt32(start)))
        meta.append(m)
    }

    var count: Int { meta.count }

    /// The record of token `i` (see ``TokenStorage/record(_:)``).
    func record(_ i: Int) -> TokenRecord {
        TokenRecord(word: UInt32(truncatingIfNeeded: wordStart[i] >> 32), start: UInt32(truncatingIfNeeded: wordStart[i]), meta: meta[i])
    }

    /// Makes token `i` follow a space and start no paragraph.
    mutating func joinParagraph(at i: Int) {
        meta[i] = (meta[i] & ~0x18) | 0x08
    }

    /// Adds a token whose text is the ASCII bytes `b`.
    mutating func append(ascii b: UnsafeBufferPointer<UInt8>, kind: TokenKind, start: Int, end: Int, spaceBefore: Bool, paragraphStart: Bool) {
        let w = intern(b) {
            let text = String(decoding: b, as: UTF8.self)
            guard b.contains(where: { $0 >= 0x41 && $0 <= 0x5A }) else { return (text, text) }
            return (text, String(unsafeUninitializedCapacity: b.count) { out in
                for (k, c) in b.enumerated() { out[k] = (c >= 0x41 && c <= 0x5A) ? c | 0x20 : c }
                return b.count
            })
        }
        add(w, kind, start, end, spaceBefore, paragraphStart)
    }

    /// Adds a token with the text `s`.
    mutating func append(text s: String, kind: TokenKind, start: Int, end: Int, spaceBefore: Bool, paragraphStart: Bool) {
        var bytes = s
        let w = bytes.withUTF8 { b in intern(b) { (s, s.lowercased()) } }
        add(w, kind, start, end, spaceBefore, paragraphStart)
    }

    func storage() -> TokenStorage {
        TokenStorage(wordStart: wordStart, meta: meta, texts: texts, lowers: lowers, wordBytes: wordBytes, oddEnds: oddEnds)
    }
}
