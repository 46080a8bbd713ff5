/// Escaping shared by every output that carries input text (DOT, SVG, and the exporters built
/// on this module).
public enum TextEscaping {
    /// Text with characters XML 1.0 cannot hold removed (C0 controls except tab and newline,
    /// DEL, C1 controls, U+FFFE, U+FFFF); carriage returns and CR LF become newlines, and tabs
    /// become spaces unless `keepTabs`.
    public static func cleaned(_ s: String, keepTabs: Bool = false) -> String {
        var out = String.UnicodeScalarView()
        var lastCR = false
        for u in s.unicodeScalars {
            defer { lastCR = (u == "\r") }
            switch u.value {
            case 0x0A: if !lastCR { out.append("\n") }
            case 0x0D: out.append("\n")
            case 0x09: out.append(keepTabs ? u : " ")
            case 0x00..<0x20, 0x7F, 0x80..<0xA0, 0xFFFE, 0xFFFF: continue
            default: out.append(u)
            }
        }
        return String(out)
    }

    /// Escapes text for XML (and HTML) character data and quoted attribute values:
    /// `& < > " '` become entities, after ``cleaned(_:keepTabs:)`` (tabs kept).
    public static func xml(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count + 16)
        for u in cleaned(s, keepTabs: true).unicodeScalars {
            switch u {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(u)
            }
        }
        return out
    }
}
