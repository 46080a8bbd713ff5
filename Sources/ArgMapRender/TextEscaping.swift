/// Escaping shared by every output that carries input text (DOT, SVG, and the exporters built
/// on this module).
///
/// The functions work on UTF-8 bytes: every character they change or drop is ASCII, a C1
/// control (`C2 80`...`C2 9F`) or U+FFFE/U+FFFF (`EF BF BE`/`EF BF BF`); all other scalars are
/// copied as they are.
public enum TextEscaping {
    /// Text with characters XML 1.0 cannot hold removed (C0 controls except tab and newline,
    /// DEL, C1 controls, U+FFFE, U+FFFF); carriage returns and CR LF become newlines, and tabs
    /// become spaces unless `keepTabs`.
    public static func cleaned(_ s: String, keepTabs: Bool = false) -> String {
        String(decoding: cleanedBytes(s, keepTabs: keepTabs), as: UTF8.self)
    }

    /// The UTF-8 bytes of ``cleaned(_:keepTabs:)``.
    static func cleanedBytes(_ s: String, keepTabs: Bool) -> [UInt8] {
        var s = s
        return s.withUTF8 { b in
            // Most text has nothing to clean (no control character but newline, no C1
            // control, U+FFFE or U+FFFF; tabs only when kept): its bytes as they are.
            var clean = true
            var k = 0
            let m = b.count
            while k < m {
                let c = b[k]
                if c < 0x20 {
                    if c != 0x0A && !(c == 0x09 && keepTabs) { clean = false; break }
                } else if c == 0x7F || (c == 0xC2 && k + 1 < m && b[k + 1] < 0xA0) || (c == 0xEF && k + 2 < m && b[k + 1] == 0xBF && b[k + 2] >= 0xBE) {
                    clean = false
                    break
                }
                k += 1
            }
            if clean { return Array(b) }
            // Never longer than the input: written straight into the array's storage.
            return [UInt8](unsafeUninitializedCapacity: b.count) { out, count in
                var j = 0
                var lastCR = false
                var i = 0
                let n = b.count
                while i < n {
                    let c = b[i]
                    if c < 0x80 {
                        switch c {
                        case 0x0A: if !lastCR { out[j] = 0x0A; j += 1 }
                        case 0x0D: out[j] = 0x0A; j += 1
                        case 0x09: out[j] = keepTabs ? 0x09 : 0x20; j += 1
                        case 0x00..<0x20, 0x7F: break
                        default: out[j] = c; j += 1
                        }
                        lastCR = c == 0x0D
                        i += 1
                        continue
                    }
                    let len = c >= 0xF0 ? 4 : (c >= 0xE0 ? 3 : 2)
                    let end = min(n, i + len)
                    let c1 = i + 1 < n ? b[i + 1] : 0
                    let c2 = i + 2 < n ? b[i + 2] : 0
                    let drop = (c == 0xC2 && c1 < 0xA0) || (c == 0xEF && c1 == 0xBF && (c2 == 0xBE || c2 == 0xBF))
                    if !drop {
                        for k in i..<end { out[j] = b[k]; j += 1 }
                    }
                    lastCR = false
                    i = end
                }
                count = j
            }
        }
    }

    /// Escapes text for XML (and HTML) character data and quoted attribute values:
    /// `& < > " '` become entities, after ``cleaned(_:keepTabs:)`` (tabs kept).
    public static func xml(_ s: String) -> String {
        var out: [UInt8] = []
        let clean = cleanedBytes(s, keepTabs: true)
        out.reserveCapacity(clean.count + 16)
        for c in clean {
            switch c {
            case UInt8(ascii: "&"): out.append(contentsOf: "&amp;".utf8)
            case UInt8(ascii: "<"): out.append(contentsOf: "&lt;".utf8)
            case UInt8(ascii: ">"): out.append(contentsOf: "&gt;".utf8)
            case UInt8(ascii: "\""): out.append(contentsOf: "&quot;".utf8)
            case UInt8(ascii: "'"): out.append(contentsOf: "&#39;".utf8)
            default: out.append(c)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
