import Foundation

/// Makes Graphviz SVG ready to inline in an HTML page.
public enum SVGEmbed {
    /// SVG text for inlining: the XML prolog, DOCTYPE and all comments removed; the root
    /// `<svg>` keeps (or gains) its `viewBox`, loses its fixed `width` and `height`, and gets
    /// `role="img"`, `aria-labelledby` and a first child `<title>` holding `title` (escaped).
    /// Every `id` in the document is prefixed with `idPrefix` and `-`, and references to
    /// them (`url(#…)`, `href="#…"`, `xlink:href="#…"`) follow, so that two maps inlined in
    /// one page never share an id.
    ///
    /// - Parameters:
    ///   - svg: SVG text as Graphviz writes it.
    ///   - idPrefix: the prefix; it is passed through ``sanitizePrefix(_:)`` first.
    ///   - title: the accessible title of the picture (plain text).
    public static func embed(_ svg: String, idPrefix: String, title: String) -> String {
        let prefix = sanitizePrefix(idPrefix)
        var s = stripMarkupDeclarations(svg)
        s = prefixIDs(s, prefix: prefix)
        guard let open = rootTagRange(s) else { return s.trimmingCharacters(in: .whitespacesAndNewlines) }
        let rootTag = String(s[open])
        let newRoot = rewriteRoot(rootTag, titleID: "\(prefix)-title")
        let titleElement = "\n<title id=\"\(prefix)-title\">\(escapeXML(title))</title>"
        s.replaceSubrange(open, with: newRoot + titleElement)
        return s.trimmingCharacters(in: .whitespacesAndNewlines) + "\n"
    }

    /// A prefix that is a safe XML name (and CSS identifier) made from a file name: the last
    /// path component without its extension, diacritics folded, lower-cased, every run of
    /// characters other than ASCII letters, digits, `-` and `_` turned into one `-`, trimmed,
    /// starting with a letter (`m-` is put in front otherwise). Empty input gives `map`.
    public static func sanitizePrefix(_ s: String) -> String {
        var base = s
        if let slash = base.lastIndex(where: { $0 == "/" || $0 == "\\" }) { base = String(base[base.index(after: slash)...]) }
        if let dot = base.lastIndex(of: "."), dot != base.startIndex { base = String(base[..<dot]) }
        let folded = base.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).lowercased()
        var out = ""
        var dash = false
        for u in folded.unicodeScalars {
            if (u >= "a" && u <= "z") || (u >= "0" && u <= "9") || u == "_" {
                out.unicodeScalars.append(u)
                dash = false
            } else if !dash {
                out += "-"
                dash = true
            }
        }
        while out.hasPrefix("-") { out.removeFirst() }
        while out.hasSuffix("-") { out.removeLast() }
        if out.isEmpty { return "map" }
        if let f = out.unicodeScalars.first, !(f >= "a" && f <= "z") { out = "m-" + out }
        return out
    }

    // MARK: - Pieces

    /// Removes `<?...?>` processing instructions, `<!DOCTYPE ...>` and `<!-- ... -->`.
    static func stripMarkupDeclarations(_ svg: String) -> String {
        var out = ""
        out.reserveCapacity(svg.utf8.count)
        var i = svg.startIndex
        while i < svg.endIndex {
            let rest = svg[i...]
            if rest.hasPrefix("<!--") {
                if let end = rest.range(of: "-->") { i = end.upperBound } else { i = svg.endIndex }
                continue
            }
            if rest.hasPrefix("<?") {
                if let end = rest.range(of: "?>") { i = end.upperBound } else { i = svg.endIndex }
                continue
            }
            if rest.hasPrefix("<!DOCTYPE") || rest.hasPrefix("<!doctype") {
                // Skip to the closing '>', past any quoted strings and an internal subset.
                var j = rest.index(rest.startIndex, offsetBy: 9)
                var quote: Character? = nil
                var depth = 0
                while j < svg.endIndex {
                    let c = svg[j]
                    if let q = quote { if c == q { quote = nil } }
                    else if c == "\"" || c == "'" { quote = c }
                    else if c == "[" { depth += 1 }
                    else if c == "]" { depth -= 1 }
                    else if c == ">" && depth <= 0 { break }
                    j = svg.index(after: j)
                }
                i = j < svg.endIndex ? svg.index(after: j) : j
                continue
            }
            // Copy up to the next '<' (text and tags without declarations).
            let next = svg[svg.index(after: i)...].firstIndex(of: "<") ?? svg.endIndex
            out += svg[i..<next]
            i = next
        }
        // Drop blank lines left behind.
        return out.split(separator: "\n", omittingEmptySubsequences: true)
            .filter { !$0.allSatisfy(\.isWhitespace) }
            .joined(separator: "\n")
    }

    /// Prefixes every `id="…"` value and every `url(#…)` / `href="#…"` reference.
    static func prefixIDs(_ s: String, prefix: String) -> String {
        var r = s
        let idPattern = try! Regex(#"(\s)id="([^"]*)""#)
        r = r.replacing(idPattern) { m in
            let ws = m.output[1].substring ?? " "
            let v = m.output[2].substring ?? ""
            return "\(ws)id=\"\(prefix)-\(v)\""
        }
        let urlPattern = try! Regex(#"url\(\s*#([^)\s]*)\s*\)"#)
        r = r.replacing(urlPattern) { m in "url(#\(prefix)-\(m.output[1].substring ?? ""))" }
        let hrefPattern = try! Regex(##"(\s(?:xlink:)?href)="#([^"]*)""##)
        r = r.replacing(hrefPattern) { m in
            "\(m.output[1].substring ?? " href")=\"#\(prefix)-\(m.output[2].substring ?? "")\""
        }
        return r
    }

    /// The range of the root `<svg …>` start tag.
    static func rootTagRange(_ s: String) -> Range<String.Index>? {
        guard let start = s.range(of: "<svg") else { return nil }
        var j = start.upperBound
        var quote: Character? = nil
        while j < s.endIndex {
            let c = s[j]
            if let q = quote { if c == q { quote = nil } }
            else if c == "\"" || c == "'" { quote = c }
            else if c == ">" { return start.lowerBound..<s.index(after: j) }
            j = s.index(after: j)
        }
        return nil
    }

    /// The root start tag without width/height, with a viewBox, role and aria-labelledby.
    static func rewriteRoot(_ tag: String, titleID: String) -> String {
        let attrPattern = try! Regex(#"\s+([A-Za-z_:][-A-Za-z0-9_:.]*)\s*=\s*("[^"]*"|'[^']*')"#)
        var attrs: [(String, String)] = []
        for m in tag.matches(of: attrPattern) {
            let name = String(m.output[1].substring ?? "")
            var value = String(m.output[2].substring ?? "\"\"")
            value = String(value.dropFirst().dropLast())
            attrs.append((name, value))
        }
        func number(_ v: String) -> Double? {
            Double(v.trimmingCharacters(in: .letters.union(.whitespaces)))
        }
        let width = attrs.first { $0.0 == "width" }?.1
        let height = attrs.first { $0.0 == "height" }?.1
        attrs.removeAll { ["width", "height", "role", "aria-labelledby"].contains($0.0) }
        if !attrs.contains(where: { $0.0 == "viewBox" }), let w = width.flatMap(number), let h = height.flatMap(number) {
            attrs.insert(("viewBox", "0 0 \(w) \(h)"), at: 0)
        }
        attrs.append(("role", "img"))
        attrs.append(("aria-labelledby", titleID))
        return "<svg " + attrs.map { "\($0.0)=\"\($0.1)\"" }.joined(separator: " ") + ">"
    }

    /// Escapes text for XML character data and attribute values.
    static func escapeXML(_ s: String) -> String { TextEscaping.xml(s) }
}
