/// Splits prose lines into tokens with UTF-8 byte offsets.
enum Tokenizer {
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

    static func tokenize(_ bytes: [UInt8], _ range: Range<Int>, into toks: inout [Token], paragraphStart: Bool) {
        // Decode the line into scalars with their byte offsets.
        var scalars: [(Unicode.Scalar, Int)] = []
        scalars.reserveCapacity(range.count)
        var it = bytes[range].makeIterator()
        var decoder = UTF8()
        var offset = range.lowerBound
        loop: while true {
            switch decoder.decode(&it) {
            case .scalarValue(let u):
                scalars.append((u, offset))
                offset += UTF8.width(u)
            case .emptyInput: break loop
            case .error: offset += 1
            }
        }
        let n = scalars.count
        func end(_ k: Int) -> Int { k < n ? scalars[k].1 : range.upperBound }
        var first = paragraphStart
        var space = true
        var i = 0
        func emit(_ a: Int, _ b: Int, _ kind: TokenKind) {
            // ASCII tokens (most of them): text and lower case straight from the bytes.
            let start = scalars[a].1, stop = end(b)
            if stop - start == b - a {
                let (text, lower) = bytes.withUnsafeBufferPointer { buf -> (String, String) in
                    let slice = UnsafeBufferPointer(rebasing: buf[start..<stop])
                    let text = String(decoding: slice, as: UTF8.self)
                    guard slice.contains(where: { $0 >= 0x41 && $0 <= 0x5A }) else { return (text, text) }
                    return (text, String(unsafeUninitializedCapacity: slice.count) { out in
                        for (k, c) in slice.enumerated() { out[k] = (c >= 0x41 && c <= 0x5A) ? c | 0x20 : c }
                        return slice.count
                    })
                }
                toks.append(Token(text: text, lower: lower, kind: kind, start: start, end: stop,
                                  spaceBefore: space, paragraphStart: first))
                first = false
                space = false
                return
            }
            var s = ""
            for k in a..<b {
                let u = scalars[k].0
                s.unicodeScalars.append(u == "\u{2019}" && kind == .word ? "'" : u)
            }
            toks.append(Token(text: s, lower: s.lowercased(), kind: kind, start: scalars[a].1, end: end(b),
                              spaceBefore: space, paragraphStart: first))
            first = false
            space = false
        }
        while i < n {
            let u = scalars[i].0
            if isSpace(u) { space = true; i += 1; continue }
            if isWordScalar(u) {
                var j = i + 1
                while j < n {
                    let c = scalars[j].0
                    if isWordScalar(c) { j += 1; continue }
                    let nextIsWord = j + 1 < n && isWordScalar(scalars[j + 1].0)
                    if (c == "'" || c == "\u{2019}" || c == "-" || c == "\u{2010}" || c == "\u{2011}" || c == "&") && nextIsWord { j += 1; continue }
                    // Abbreviation dots: "U.S.", "e.g.", and decimals "3.5".
                    if c == ".", nextIsWord, j - 1 >= i, (j - i == 1 || (j >= 2 && scalars[j - 2].0 == ".")) || (scalars[j - 1].0.properties.numericType != nil && scalars[j + 1].0.properties.numericType != nil) {
                        j += 1; continue
                    }
                    if c == ".", j >= 2, scalars[j - 2].0 == ".", j - 1 >= i { j += 1; continue }
                    break
                }
                emit(i, j, .word)
                i = j
                continue
            }
            if u == "." && i + 2 < n && scalars[i + 1].0 == "." && scalars[i + 2].0 == "." {
                var j = i + 3
                while j < n && scalars[j].0 == "." { j += 1 }
                emit(i, j, .punct); i = j; continue
            }
            if u == "\u{2026}" { emit(i, i + 1, .punct); i += 1; continue }
            switch u {
            case "\"", "\u{201C}", "\u{201D}", "'", "\u{2018}", "\u{2019}", "\u{00AB}", "\u{00BB}":
                let before = i == 0 || isSpace(scalars[i - 1].0) || "([{—–-/".unicodeScalars.contains(scalars[i - 1].0)
                let after = i + 1 >= n || isSpace(scalars[i + 1].0) || ".,;:!?)]}—–".unicodeScalars.contains(scalars[i + 1].0)
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
