import Foundation

/// Stable ids for nodes and edges, made from normalised content only (never from the order
/// of things in a file), so that editing one paragraph leaves every other id unchanged.
///
/// Ids are ASCII: `a-<slug>-<hash6>` for actors, `p-<hash12>` for positions and
/// `e-<kind>-<hash12>` for edges, where the hash is 64-bit FNV-1a of the normalised content.
public enum StableID {
    /// The id of an actor with this canonical name.
    public static func actor(_ canonicalName: String) -> String {
        let key = normalize(canonicalName)
        let slug = String(slugify(key).prefix(32))
        let h = hex(fnv1a(key), digits: 6)
        return slug.isEmpty ? "a-\(h)" : "a-\(slug)-\(h)"
    }

    /// The id of a position with this claim text.
    public static func position(_ claimText: String) -> String {
        "p-" + hex(fnv1a(normalize(claimText)), digits: 12)
    }

    /// The id of an edge of this kind between these nodes.
    public static func edge(_ kind: EdgeKind, _ source: String, _ target: String) -> String {
        "e-\(kind.rawValue)-" + hex(fnv1a("\(kind.rawValue)|\(source)|\(target)"), digits: 12)
    }

    /// The id of a camp with these members.
    public static func camp(_ members: [String]) -> String {
        "c-" + hex(fnv1a(members.sorted().joined(separator: "|")), digits: 12)
    }

    /// Case-folded, diacritic-folded text with runs of whitespace and typographic quotes
    /// made plain: the form ids are made from.
    public static func normalize(_ s: String) -> String {
        normalizeASCII(s) ?? normalizePunctuated(s) ?? normalizeGeneral(s)
    }

    /// Non-ASCII punctuation that lower-casing and diacritic folding leave as it is (checked
    /// against Foundation's `folding`): typographic quotes, dashes, the ellipsis, the
    /// no-break space, section and degree signs, currency signs and the like.
    static func isPlainPunctuation(_ v: UInt32) -> Bool {
        switch v {
        case 0xA0...0xBF, 0xD7, 0xF7, 0x02BC, 0x2010...0x2027, 0x2030...0x205E, 0x20AC, 0x2122, 0x2212: return true
        default: return false
        }
    }

    /// ``normalize(_:)`` for text of ASCII and ``isPlainPunctuation(_:)`` characters (most
    /// claims with typographic quotes), without Foundation's folding: it changes none of them,
    /// so this is ``normalizeGeneral(_:)`` with ASCII lower-cased directly. Nil for other text.
    static func normalizePunctuated(_ s: String) -> String? {
        var out: [UInt8] = []
        out.reserveCapacity(s.utf8.count)
        var lastSpace = true
        for u in s.unicodeScalars {
            var c = u
            let space: Bool
            if u.value < 0x80 {
                // ASCII white space is tab, the line and form feeds, carriage return and space.
                let b = UInt8(u.value)
                space = b == 0x20 || (b >= 0x09 && b <= 0x0D)
                if b >= 0x41 && b <= 0x5A { c = Unicode.Scalar(b | 0x20) }
            } else if isPlainPunctuation(u.value) {
                switch c {
                case "\u{2018}", "\u{2019}", "\u{02BC}": c = "'"
                case "\u{201C}", "\u{201D}": c = "\""
                case "\u{2013}", "\u{2014}": c = "-"
                default: break
                }
                space = c.properties.isWhitespace
            } else {
                return nil
            }
            if space {
                if !lastSpace { out.append(0x20) }
                lastSpace = true
            } else {
                UTF8.encode(c) { out.append($0) }
                lastSpace = false
            }
        }
        if out.last == 0x20 { out.removeLast() }
        return String(decoding: out, as: UTF8.self)
    }

    /// ``normalize(_:)`` for any text.
    static func normalizeGeneral(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        var lastSpace = true
        for ch in s.lowercased().folding(options: [.diacriticInsensitive], locale: nil).unicodeScalars {
            var c = ch
            switch c {
            case "\u{2018}", "\u{2019}", "\u{02BC}": c = "'"
            case "\u{201C}", "\u{201D}": c = "\""
            case "\u{2013}", "\u{2014}": c = "-"
            default: break
            }
            if c.properties.isWhitespace {
                if !lastSpace { out.append(" ") }
                lastSpace = true
            } else {
                out.unicodeScalars.append(c)
                lastSpace = false
            }
        }
        if out.hasSuffix(" ") { out.removeLast() }
        return out
    }

    /// ``normalize(_:)`` for ASCII text, on bytes (the same result: ASCII has no diacritics
    /// or typographic quotes, and its white space is tab, the line and form feeds, carriage
    /// return and space); nil when `s` is not ASCII.
    static func normalizeASCII(_ s: String) -> String? {
        var s = s
        return s.withUTF8 { b -> String? in
            var out = [UInt8]()
            out.reserveCapacity(b.count)
            var lastSpace = true
            for c in b {
                if c >= 0x80 { return nil }
                if c == 0x20 || (c >= 0x09 && c <= 0x0D) {
                    if !lastSpace { out.append(0x20) }
                    lastSpace = true
                } else {
                    out.append(c >= 0x41 && c <= 0x5A ? c | 0x20 : c)
                    lastSpace = false
                }
            }
            if out.last == 0x20 { out.removeLast() }
            return String(decoding: out, as: UTF8.self)
        }
    }

    static func slugify(_ s: String) -> String {
        var out = ""
        var dash = false
        for u in s.unicodeScalars {
            if (u >= "a" && u <= "z") || (u >= "0" && u <= "9") {
                out.unicodeScalars.append(u)
                dash = false
            } else if !dash && !out.isEmpty {
                out.append("-")
                dash = true
            }
        }
        while out.hasSuffix("-") { out.removeLast() }
        return out
    }

    /// 64-bit FNV-1a over the UTF-8 bytes of `s`.
    public static func fnv1a(_ s: String) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in s.utf8 {
            h ^= UInt64(b)
            h = h &* 0x0000_0100_0000_01b3
        }
        return h
    }

    static func hex(_ v: UInt64, digits: Int) -> String {
        let s = String(v, radix: 16)
        let full = String(repeating: "0", count: max(0, 16 - s.count)) + s
        return String(full.prefix(digits))
    }
}
