import Foundation
import ArgMapDiff
import ArgMapRender

/// A failure while exporting or importing a map in one of the interchange formats.
public enum ExportError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Graphviz could not draw the map; the text is its message.
    case render(String)
    /// PNG or PDF was asked for but Graphviz's pango/cairo plugin is not there. `format` is
    /// the format asked for, `package` the Debian package that provides the plugin.
    case missingCairo(format: String, package: String)
    /// The bytes are not an AIF document argmap can read; the text says why.
    case invalidAIF(String)

    /// One line for users.
    public var description: String {
        switch self {
        case .render(let m): return "Graphviz could not draw the map: \(m)"
        case .missingCairo(let f, let p):
            return "\(f) output needs Graphviz's pango/cairo plugin (libgvplugin_pango), which could not be loaded: install the Debian package \(p) (apt-get install \(p))"
        case .invalidAIF(let m): return "not an AIF document: \(m)"
        }
    }
}

/// Escaping of input text for each output syntax. Every exporter in this module goes
/// through these functions, and nothing from the input is written anywhere else.
public enum ExportEscape {
    /// Text with characters XML 1.0 cannot hold removed (C0 controls except tab and newline,
    /// C1 controls, U+FFFE, U+FFFF); carriage returns and CR LF become newlines.
    public static func cleaned(_ s: String) -> String { TextEscaping.cleaned(s, keepTabs: true) }

    /// Escapes text for XML (and HTML) character data and quoted attribute values:
    /// `& < > " '` become entities, and characters XML cannot hold are dropped (see
    /// ``cleaned(_:)``). `]]>` and `<script>` therefore come out as plain text.
    public static func xml(_ s: String) -> String { TextEscaping.xml(s) }

    /// Escapes text for HTML: the same as ``xml(_:)``.
    public static func html(_ s: String) -> String { xml(s) }

    /// Escapes text for a GitHub-flavoured Markdown table cell (pipes, backslashes, emphasis
    /// and link characters get a backslash; `& < >` become entities; line breaks `<br>`).
    public static func markdownCell(_ s: String) -> String {
        GraphDiff.markdownEscape(cleaned(s))
    }

    /// Escapes text for a quoted Mermaid label (`id["…"]`) or edge label (`|"…"|`).
    ///
    /// Mermaid reads `#name;` and `#123;` entity codes in labels: `"` becomes `#quot;`, and
    /// `# & < > [ ] ( ) { } | ; `` ` `` become numeric codes, so no character of the input
    /// can end the label, open a shape, start a directive or become HTML. Newlines and tabs
    /// become spaces.
    public static func mermaid(_ s: String) -> String {
        var out = ""
        for u in cleaned(s).unicodeScalars {
            switch u {
            case "\"": out += "#quot;"
            case "#": out += "#35;"
            case "&": out += "#38;"
            case "<": out += "#60;"
            case ">": out += "#62;"
            case "[": out += "#91;"
            case "]": out += "#93;"
            case "(": out += "#40;"
            case ")": out += "#41;"
            case "{": out += "#123;"
            case "}": out += "#125;"
            case "|": out += "#124;"
            case ";": out += "#59;"
            case "`": out += "#96;"
            case "\n", "\t": out += " "
            default: out.unicodeScalars.append(u)
            }
        }
        return out
    }

    /// Percent-encodes a file name for a Markdown or HTML link target (RFC 3986 unreserved
    /// characters and `/` are kept).
    public static func urlPath(_ s: String) -> String {
        var allowed = CharacterSet(charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~/")
        allowed.remove(charactersIn: "")
        return s.addingPercentEncoding(withAllowedCharacters: allowed) ?? "map.svg"
    }

    /// Shortens `s` to at most `limit` characters at a word boundary, with an ellipsis.
    public static func shorten(_ s: String, to limit: Int = 80) -> String {
        let t = s.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        guard t.count > limit else { return t }
        var cut = String(t.prefix(limit))
        if let sp = cut.lastIndex(of: " "), cut.distance(from: cut.startIndex, to: sp) > limit / 2 {
            cut = String(cut[..<sp])
        }
        return cut + "\u{2026}"
    }
}
