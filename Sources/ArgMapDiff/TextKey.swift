import ArgMapGraph

/// ``StableID/normalize(_:)`` and word tokens for the diff, with a fast path for ASCII text
/// (lower case, runs of whitespace as one space, none at the ends: what `normalize` gives
/// for ASCII, byte for byte; Foundation's case and diacritic folding cost tens of
/// microseconds a string). Other text goes through `StableID.normalize`.
enum TextKey {
    /// Whether a byte is ASCII whitespace (Unicode White_Space: tab, LF, VT, FF, CR, space).
    @inline(__always)
    private static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || (b >= 0x09 && b <= 0x0D) }

    /// `StableID.normalize(s)`.
    static func normalize(_ s: String) -> String {
        var s = s
        let fast = s.withUTF8 { buf -> String? in
            for b in buf where b >= 0x80 { return nil }
            return String(unsafeUninitializedCapacity: buf.count) { out in
                var n = 0
                var lastSpace = true
                for b in buf {
                    if isSpace(b) {
                        if !lastSpace {
                            out[n] = 0x20
                            n += 1
                        }
                        lastSpace = true
                    } else {
                        out[n] = b >= 0x41 && b <= 0x5A ? b | 0x20 : b
                        n += 1
                        lastSpace = false
                    }
                }
                if n > 0 && out[n - 1] == 0x20 { n -= 1 }
                return n
            }
        }
        return fast ?? StableID.normalize(s)
    }

    /// Word tokens of normalised text: runs of letters and digits (Unicode Alphabetic, or with
    /// a numeric type).
    static func tokens(_ s: String) -> [String] {
        var s = s
        // ASCII: letters and digits are [A-Za-z0-9], and normalising only lowers their case.
        let fast = s.withUTF8 { buf -> [String]? in
            for b in buf where b >= 0x80 { return nil }
            var out: [String] = []
            var i = 0
            while i < buf.count {
                while i < buf.count && !isWordByte(buf[i]) { i += 1 }
                let start = i
                while i < buf.count && isWordByte(buf[i]) { i += 1 }
                if i > start {
                    out.append(String(unsafeUninitializedCapacity: i - start) { w in
                        for k in start..<i { w[k - start] = buf[k] >= 0x41 && buf[k] <= 0x5A ? buf[k] | 0x20 : buf[k] }
                        return i - start
                    })
                }
            }
            return out
        }
        return fast ?? scalarTokens(s)
    }

    /// ``tokens(_:)`` by Unicode scalars, for any text: the general path, and the reference
    /// the ASCII fast path is tested against.
    static func scalarTokens(_ s: String) -> [String] {
        var out: [String] = []
        var cur = String.UnicodeScalarView()
        for u in StableID.normalize(s).unicodeScalars {
            if u.properties.isAlphabetic || u.properties.numericType != nil {
                cur.append(u)
            } else if !cur.isEmpty {
                out.append(String(cur))
                cur = String.UnicodeScalarView()
            }
        }
        if !cur.isEmpty { out.append(String(cur)) }
        return out
    }

    @inline(__always)
    private static func isWordByte(_ b: UInt8) -> Bool {
        (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A) || (b >= 0x30 && b <= 0x39)
    }
}
