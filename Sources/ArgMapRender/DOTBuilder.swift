import Foundation
import ArgMapGraph

/// How to draw an argument map.
public struct RenderOptions: Sendable, Equatable {
    /// The Graphviz layout engine.
    public var layout: LayoutEngine
    /// Draw actors joined by agreement (and the graph's camps) inside `cluster_campN` boxes.
    public var camps: Bool
    /// The DOT graph name. Only ASCII letters, digits and `_` are kept (others become `_`),
    /// so the name is always a plain DOT identifier; empty becomes `argmap`.
    public var graphName: String

    /// Options with the given values; the defaults draw a `dot` layout without camps.
    public init(layout: LayoutEngine = .dot, camps: Bool = false, graphName: String = "argmap") {
        self.layout = layout
        self.camps = camps
        self.graphName = graphName
    }
}

/// Colours for drawing a diff: the union graph of two maps, each node and edge marked.
public struct Highlight: Sendable, Equatable {
    /// What happened to a node or edge between the old and the new map.
    public enum Status: String, Sendable, CaseIterable {
        /// Only in the new map: green.
        case added
        /// Only in the old map: red and dashed.
        case removed
        /// In both, with different content: orange.
        case changed
        /// In both, the same: grey.
        case unchanged
    }

    /// Status by node id. Nodes not listed count as ``Status/unchanged``.
    public var nodes: [String: Status]
    /// Status by edge id. Edges not listed count as ``Status/unchanged``.
    public var edges: [String: Status]
    /// Whether to draw a legend cluster explaining the colours.
    public var legend: Bool

    /// A highlight with these statuses.
    public init(nodes: [String: Status] = [:], edges: [String: Status] = [:], legend: Bool = true) {
        self.nodes = nodes
        self.edges = edges
        self.legend = legend
    }
}

/// Turns an ``ArgumentGraph`` into DOT text for Graphviz.
///
/// The DOT uses internal ASCII ids only: nodes are `n0`, `n1`, ... and edges `e0`, `e1`, ...
/// in the graph's canonical order (see `ArgumentGraph.canonicalize()`); these are also the
/// `id`s of the node and edge groups in the SVG. Text from the input appears only in `label`
/// and `tooltip` values, escaped so that it shows literally (Graphviz's `\N`-style
/// substitutions, entities such as `&amp;`, quotes and backslashes included). No URL, href or
/// target attribute is ever written. The same graph and options always give the same bytes.
public enum DOTBuilder {
    /// Spring layouts (neato, fdp, sfdp) draw straight edges for maps of more nodes than this.
    public static let straightEdgesAbove = 300
    /// Spring layouts let nodes overlap in maps of more nodes than this.
    public static let overlapAbove = 2_000

    /// Labels of positions are wrapped at about this many characters.
    public static let wrapWidth = 32

    /// DOT text for `graph`.
    ///
    /// - Parameters:
    ///   - graph: the map; it need not be canonical (a canonical copy is drawn). Edges whose
    ///     ends are missing are left out.
    ///   - options: layout, camps and graph name. `options.layout` picks engine-specific graph
    ///     attributes (`rankdir=LR` for dot, `overlap=false` for the others); the engine itself
    ///     is chosen when rendering, so pass the same value to ``GraphvizRenderer``.
    ///   - highlight: statuses for a diff's union graph, or `nil` for a plain map.
    public static func dot(for graph: ArgumentGraph, options: RenderOptions = .init(), highlight: Highlight? = nil) -> String {
        var g = graph
        g.canonicalize()
        var out = DOTWriter()
        let name = sanitizeGraphName(options.graphName)
        out.line("digraph \(name) {")
        out.indent += 1
        var graphAttrs: [(String, String)] = [
            ("class", highlight == nil ? "argmap" : "argmap diff"),
            ("fontname", fontName), ("fontsize", "10"),
            ("bgcolor", "white"), ("pad", "0.2"),
            ("nodesep", "0.25"), ("ranksep", "0.5"),
        ]
        switch options.layout {
        case .dot: graphAttrs += [("rankdir", "LR"), ("newrank", "true")]
        case .neato, .fdp, .sfdp:
            // Big maps: spline routing and overlap removal dominate (sfdp, synthetic maps:
            // 1,000 nodes >60 s with splines, 1.2 s without; 10,000 nodes 39 s without overlaps,
            // 2.8 s with).
            graphAttrs += [("overlap", g.nodes.count > overlapAbove ? "true" : "false"), ("sep", "+8"),
                           ("splines", g.nodes.count > straightEdgesAbove ? "false" : "true")]
        case .circo, .twopi: graphAttrs += [("overlap", "false")]
        }
        out.line("graph " + attrList(graphAttrs) + ";")
        out.line("node " + attrList([("fontname", fontName), ("fontsize", "11"), ("margin", "0.2,0.07")]) + ";")
        out.line("edge " + attrList([("fontname", fontName), ("fontsize", "9"), ("arrowsize", "0.7")]) + ";")

        // Internal ids in canonical order.
        var internalID: [String: String] = [:]
        for (i, n) in g.nodes.enumerated() where internalID[n.id] == nil { internalID[n.id] = "n\(i)" }

        // Camps: components over actor-actor agreement plus the graph's camps.
        var clustered: [[Int]] = []
        if options.camps { clustered = camps(of: g) }
        var inCluster = Set<Int>()
        for (ci, members) in clustered.enumerated() {
            out.line("subgraph cluster_camp\(ci) {")
            out.indent += 1
            out.line("graph " + attrList([
                ("id", "camp\(ci)"), ("class", "camp"), ("label", ""),
                ("style", "rounded,dashed"), ("color", "#8fa6bf"), ("penwidth", "1"),
            ]) + ";")
            for i in members {
                inCluster.insert(i)
                out.line(nodeStatement(g.nodes[i], index: i, highlight: highlight))
            }
            out.indent -= 1
            out.line("}")
        }
        for (i, n) in g.nodes.enumerated() where !inCluster.contains(i) {
            out.line(nodeStatement(n, index: i, highlight: highlight))
        }

        let byID = g.nodesByID
        var e = 0
        for edge in g.edges {
            guard let s = internalID[edge.source], let t = internalID[edge.target],
                  let sn = byID[edge.source], let tn = byID[edge.target] else { continue }
            out.line("\(s) -> \(t) " + edgeAttrs(edge, index: e, source: sn, target: tn, highlight: highlight) + ";")
            e += 1
        }

        if let highlight, highlight.legend { legend(&out) }
        out.indent -= 1
        out.line("}")
        return out.text
    }

    // MARK: - Escaping

    /// Escapes user text for a DOT `label` value so that it shows literally: `\` -> `\\`,
    /// `"` -> `\"`, `&` -> `&amp;` (Graphviz reads entities in labels), newlines -> `\n`,
    /// tabs -> spaces, other control characters dropped.
    public static func escapeLabel(_ s: String) -> String { escape(s, backslash: "\\\\") }

    /// Escapes user text for a DOT `tooltip` value so that it shows literally. Graphviz 2.42
    /// unescapes tooltips twice (`\\` -> `\` for line breaks, then again for `\N`-style
    /// substitutions), so a backslash becomes four; `"` -> `\"`, `&` -> `&amp;`, newline -> `\n`.
    public static func escapeTooltip(_ s: String) -> String { escape(s, backslash: "\\\\\\\\") }

    /// The escaping both share: `backslash` stands for each `\`.
    static func escape(_ s: String, backslash: String) -> String {
        if !needsEscaping(s) { return s }
        // On the bytes of the cleaned text (every character replaced here is ASCII), written
        // straight into the new string's storage (no per-byte array appends).
        let clean = TextEscaping.cleanedBytes(s, keepTabs: false)
        let bs = Array(backslash.utf8)
        let capacity = clean.count * Swift.max(5, bs.count)
        return clean.withUnsafeBufferPointer { b in
            String(unsafeUninitializedCapacity: Swift.max(capacity, 1)) { out in
                var j = 0
                for c in b {
                    switch c {
                    case UInt8(ascii: "\\"):
                        for x in bs { out[j] = x; j += 1 }
                    case UInt8(ascii: "\""):
                        out[j] = UInt8(ascii: "\\"); out[j + 1] = c; j += 2
                    case UInt8(ascii: "&"):
                        out[j] = UInt8(ascii: "&"); out[j + 1] = UInt8(ascii: "a"); out[j + 2] = UInt8(ascii: "m")
                        out[j + 3] = UInt8(ascii: "p"); out[j + 4] = UInt8(ascii: ";"); j += 5
                    case 0x0A:
                        out[j] = UInt8(ascii: "\\"); out[j + 1] = UInt8(ascii: "n"); j += 2
                    default:
                        out[j] = c; j += 1
                    }
                }
                return j
            }
        }
    }

    /// Whether ``escapeLabel(_:)`` or ``escapeTooltip(_:)`` would change `s`: it holds a
    /// backslash, quote, ampersand, a C0 or C1 control character, DEL, U+FFFE or U+FFFF.
    /// Most labels hold none, and are then used as they are (a scan of the UTF-8 bytes).
    static func needsEscaping(_ s: String) -> Bool {
        var s = s
        return s.withUTF8 { b in
            var i = 0
            let n = b.count
            while i < n {
                let c = b[i]
                if c < 0x20 || c == 0x22 || c == 0x26 || c == 0x5C || c == 0x7F { return true }
                // U+0080...U+009F are C2 80...C2 9F; U+FFFE and U+FFFF are EF BF BE/BF.
                if c == 0xC2, i + 1 < n, b[i + 1] < 0xA0 { return true }
                if c == 0xEF, i + 2 < n, b[i + 1] == 0xBF, b[i + 2] >= 0xBE { return true }
                i += 1
            }
            return false
        }
    }

    /// Text with characters XML cannot hold removed; tabs as spaces (see ``TextEscaping``).
    static func cleaned(_ s: String) -> String { TextEscaping.cleaned(s) }

    /// Greedy word wrap at `width` characters; longer words are cut.
    public static func wrap(_ s: String, width: Int = wrapWidth) -> [String] {
        let clean = cleaned(s)
        if let ascii = wrapASCII(clean, width: width) { return ascii }
        if let simple = wrapScalars(clean, width: width) { return simple }
        return wrapCharacters(clean, width: width)
    }

    /// ``wrap(_:width:)`` of cleaned text, counting characters (grapheme clusters).
    static func wrapCharacters(_ clean: String, width: Int) -> [String] {
        var lines: [String] = []
        for paragraph in clean.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            for word in paragraph.split(separator: " ") {
                var w = Substring(word)
                while w.count > width {
                    if !line.isEmpty { lines.append(line); line = "" }
                    lines.append(String(w.prefix(width)))
                    w = w.dropFirst(width)
                }
                if w.isEmpty { continue }
                if line.isEmpty { line = String(w) }
                else if line.count + 1 + w.count <= width { line += " " + w }
                else { lines.append(line); line = String(w) }
            }
            lines.append(line)
        }
        while lines.count > 1, lines.last?.isEmpty == true { lines.removeLast() }
        return lines
    }

    /// Whether `v` is a scalar that is a character of its own wherever it stands: neither it nor
    /// its neighbours join it into a longer grapheme cluster (no combining marks, joiners,
    /// prepended or spacing marks, Hangul jamo or regional indicators in these ranges: Latin
    /// letters and their accents precomposed, general punctuation such as typographic quotes,
    /// dashes and the ellipsis, currency signs). Carriage returns are left out (CR LF is one
    /// character).
    @inline(__always)
    static func isLoneCharacter(_ v: UInt32) -> Bool {
        (v < 0x300 && v != 0x0D) || (v >= 0x2010 && v <= 0x2027) || (v >= 0x2030 && v <= 0x205E) || (v >= 0x20A0 && v <= 0x20C0)
    }

    /// ``wrapCharacters(_:width:)`` of cleaned text whose scalars are each a character
    /// (``isLoneCharacter(_:)``), on its scalars: lengths in scalars are lengths in
    /// characters. Nil for other text.
    static func wrapScalars(_ clean: String, width: Int) -> [String]? {
        var clean = clean
        return clean.withUTF8 { b -> [String]? in
            // The byte offset of each scalar (and the end): a run of scalars is a run of bytes.
            var starts: [Int] = []
            starts.reserveCapacity(b.count + 1)
            var i = 0
            while i < b.count {
                let c = b[i]
                let v: UInt32, len: Int
                if c < 0x80 { v = UInt32(c); len = 1 }
                else if c < 0xE0 { v = UInt32(c & 0x1F) << 6 | UInt32(b[i + 1] & 0x3F); len = 2 }
                else if c < 0xF0 { v = UInt32(c & 0x0F) << 12 | UInt32(b[i + 1] & 0x3F) << 6 | UInt32(b[i + 2] & 0x3F); len = 3 }
                else { return nil }
                guard isLoneCharacter(v) else { return nil }
                starts.append(i)
                i += len
            }
            starts.append(b.count)
            let n = starts.count - 1
            // Newlines and spaces are one byte; the first byte of a longer scalar is neither.
            func at(_ k: Int) -> UInt8 { b[starts[k]] }
            func bytes(_ lo: Int, _ hi: Int) -> UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(rebasing: b[starts[lo]..<starts[hi]]) }
            var lines: [String] = []
            var p = 0
            while p <= n {
                var pe = p
                while pe < n && at(pe) != 0x0A { pe += 1 }
                // The words of the paragraph p..<pe, split at spaces; `count` scalars in `line`.
                var line: [UInt8] = []
                var count = 0
                var started = false
                var k = p
                while k < pe {
                    if at(k) == 0x20 { k += 1; continue }
                    var we = k
                    while we < pe && at(we) != 0x20 { we += 1 }
                    var ws = k
                    while we - ws > width {
                        if started { lines.append(String(decoding: line, as: UTF8.self)); line = []; count = 0; started = false }
                        lines.append(String(decoding: bytes(ws, ws + width), as: UTF8.self))
                        ws += width
                    }
                    if ws < we {
                        if !started { line = Array(bytes(ws, we)); count = we - ws; started = true }
                        else if count + 1 + (we - ws) <= width { line.append(0x20); line.append(contentsOf: bytes(ws, we)); count += 1 + we - ws }
                        else { lines.append(String(decoding: line, as: UTF8.self)); line = Array(bytes(ws, we)); count = we - ws }
                    }
                    k = we
                }
                lines.append(String(decoding: line, as: UTF8.self))
                p = pe + 1
            }
            while lines.count > 1, lines.last?.isEmpty == true { lines.removeLast() }
            return lines
        }
    }

    /// ``wrap(_:width:)`` of cleaned ASCII text (no carriage returns), on bytes: each character
    /// is one byte, so lengths add up. Nil when `clean` is not ASCII.
    static func wrapASCII(_ clean: String, width: Int) -> [String]? {
        var clean = clean
        return clean.withUTF8 { b -> [String]? in
            if b.contains(where: { $0 >= 0x80 || $0 == 0x0D }) { return nil }
            var lines: [String] = []
            func str(_ r: Range<Int>) -> String { String(decoding: UnsafeBufferPointer(rebasing: b[r]), as: UTF8.self) }
            var p = 0
            while p <= b.count {
                var pe = p
                while pe < b.count && b[pe] != 0x0A { pe += 1 }
                // The words of the paragraph p..<pe, split at spaces.
                var line: [UInt8] = []
                var started = false
                var k = p
                while k < pe {
                    if b[k] == 0x20 { k += 1; continue }
                    var we = k
                    while we < pe && b[we] != 0x20 { we += 1 }
                    var ws = k
                    while we - ws > width {
                        if started { lines.append(String(decoding: line, as: UTF8.self)); line = []; started = false }
                        lines.append(str(ws..<(ws + width)))
                        ws += width
                    }
                    if ws < we {
                        if !started { line = Array(b[ws..<we]); started = true }
                        else if line.count + 1 + (we - ws) <= width { line.append(0x20); line.append(contentsOf: b[ws..<we]) }
                        else { lines.append(String(decoding: line, as: UTF8.self)); line = Array(b[ws..<we]) }
                    }
                    k = we
                }
                lines.append(String(decoding: line, as: UTF8.self))
                p = pe + 1
            }
            while lines.count > 1, lines.last?.isEmpty == true { lines.removeLast() }
            return lines
        }
    }

    // MARK: - Pieces

    static let fontName = "Helvetica"

    static func sanitizeGraphName(_ s: String) -> String {
        var out = ""
        for u in s.unicodeScalars {
            if (u >= "a" && u <= "z") || (u >= "A" && u <= "Z") || (u >= "0" && u <= "9") || u == "_" {
                out.unicodeScalars.append(u)
            } else {
                out += "_"
            }
        }
        if out.isEmpty { return "argmap" }
        if let f = out.unicodeScalars.first, f >= "0" && f <= "9" { out = "_" + out }
        // DOT keywords cannot name a graph without quotes.
        if ["graph", "digraph", "subgraph", "node", "edge", "strict"].contains(out.lowercased()) { out = "_" + out }
        return out
    }

    /// `[a="x", b="y"]` with values quoted; values are already escaped (or are constants).
    static func attrList(_ attrs: [(String, String)]) -> String {
        // The bytes copied into the new string's storage (no String appends).
        let capacity = attrs.reduce(2) { $0 + $1.0.utf8.count + $1.1.utf8.count + 5 }
        return String(unsafeUninitializedCapacity: capacity) { out in
            var j = 0
            func put(_ s: String) {
                var s = s
                s.withUTF8 { b in
                    if let base = b.baseAddress { (out.baseAddress! + j).update(from: base, count: b.count) }
                    j += b.count
                }
            }
            out[j] = UInt8(ascii: "["); j += 1
            for (i, (k, v)) in attrs.enumerated() {
                if i > 0 { out[j] = UInt8(ascii: ","); out[j + 1] = UInt8(ascii: " "); j += 2 }
                put(k)
                out[j] = UInt8(ascii: "="); out[j + 1] = UInt8(ascii: "\""); j += 2
                put(v)
                out[j] = UInt8(ascii: "\""); j += 1
            }
            out[j] = UInt8(ascii: "]"); j += 1
            return j
        }
    }

    /// Escaped label of wrapped lines, with `\l` (left-justified) or `\n` (centred) breaks.
    static func wrappedLabel(_ s: String, leftJustified: Bool) -> String {
        let lines = wrap(s).map(escapeLabel)
        if leftJustified { return lines.map { $0 + "\\l" }.joined() }
        return lines.joined(separator: "\\n")
    }

    /// The first one or two evidence sentences, each cut to about 300 characters.
    static func evidenceText(_ evidence: [Evidence]) -> [String] {
        var seen = Set<String>()
        var out: [String] = []
        for e in evidence {
            guard let s = e.sentence.map(trimmed), !s.isEmpty,
                  !seen.contains(s) else { continue }
            seen.insert(s)
            // (At most 300 bytes is at most 300 characters: no need to count them.)
            out.append(s.utf8.count > 300 && s.count > 300 ? String(s.prefix(299)) + "\u{2026}" : s)
            if out.count == 2 { break }
        }
        return out
    }

    /// `s.trimmingCharacters(in: .whitespacesAndNewlines)`; text that starts and ends with a
    /// visible ASCII character (nearly all) has nothing to trim.
    static func trimmed(_ s: String) -> String {
        if let f = s.utf8.first, let l = s.utf8.last, f > 0x20 && f < 0x7F, l > 0x20 && l < 0x7F { return s }
        return s.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    struct Palette {
        var fill: String, border: String, font: String
    }

    static func statusPalette(_ s: Highlight.Status) -> Palette {
        switch s {
        case .added: return Palette(fill: "#e3f4e4", border: "#2e7d32", font: "#1b4d1e")
        case .removed: return Palette(fill: "#fde8e8", border: "#c62828", font: "#7f1d1d")
        case .changed: return Palette(fill: "#fff0dc", border: "#e07000", font: "#6b3a00")
        case .unchanged: return Palette(fill: "#f4f4f4", border: "#9e9e9e", font: "#555555")
        }
    }

    static func actorFill(_ c: ActorCategory?) -> String {
        switch c {
        case .person?: return "#dce9f7"
        case .body?: return "#e8e1f4"
        case .group?: return "#def0e6"
        case .author?: return "#ececec"
        case nil: return "#dce9f7"
        }
    }

    static func nodeStatement(_ n: Node, index i: Int, highlight: Highlight?) -> String {
        let status = highlight.map { $0.nodes[n.id] ?? .unchanged }
        var classes: [String] = [n.kind.rawValue]
        var attrs: [(String, String)] = [("id", "n\(i)")]
        var tip: [String] = []
        switch n.kind {
        case .actor:
            let cat = n.category ?? .person
            classes.append(cat.rawValue)
            attrs += [("shape", "box"), ("style", "bold,filled"), ("fillcolor", actorFill(n.category)),
                      ("color", "#3d5a80"), ("fontcolor", "#1d2b3a"), ("fontsize", "12")]
            attrs.append(("label", wrappedLabel(n.label, leftJustified: false)))
            tip.append(n.label)
        case .position:
            if n.quoted == true { classes.append("quoted") }
            attrs += [("shape", "note"), ("style", "filled"), ("fillcolor", "#fffbe8"),
                      ("color", "#b9a65c"), ("fontcolor", "#2b2b2b")]
            if n.quoted == true { attrs.append(("fontname", "Helvetica-Oblique")) }
            attrs.append(("label", wrappedLabel(n.label, leftJustified: false)))
            let full = n.text ?? n.label
            tip.append(full)
        }
        let ev = evidenceText(n.evidence).filter { !tip.contains($0) }
        tip += ev
        if let status {
            classes.append(status.rawValue)
            let p = statusPalette(status)
            attrs = attrs.map { kv in
                switch kv.0 {
                case "fillcolor": return (kv.0, p.fill)
                case "color": return (kv.0, p.border)
                case "fontcolor": return (kv.0, p.font)
                case "style" where status == .removed: return (kv.0, kv.1 + ",dashed")
                default: return kv
                }
            }
            if status == .added || status == .removed || status == .changed { attrs.append(("penwidth", "2")) }
            tip.insert("[\(status.rawValue)]", at: 0)
        }
        attrs.insert(("class", classes.joined(separator: " ")), at: 1)
        attrs.append(("tooltip", escapeTooltip(tip.joined(separator: "\n"))))
        return "n\(i) " + attrList(attrs) + ";"
    }

    static func edgeAttrs(_ e: Edge, index i: Int, source: Node, target: Node, highlight: Highlight?) -> String {
        let status = highlight.map { $0.edges[e.id] ?? .unchanged }
        let betweenActors = source.kind == .actor && target.kind == .actor
        var classes = [e.kind.rawValue]
        var attrs: [(String, String)] = [("id", "e\(i)")]
        var color: String
        var style: String
        var penwidth = "1"
        switch e.kind {
        case .holds:
            color = "#9a9a9a"; style = "solid"
            attrs += [("arrowsize", "0.5")]
        case .conflict:
            color = "#c0392b"; style = "bold"; penwidth = "2"
            attrs += [("dir", "both"), ("arrowhead", "tee"), ("arrowtail", "tee"), ("arrowsize", "0.6")]
        case .agreement:
            color = "#2e8b57"; style = "dashed"; penwidth = "1.5"
            attrs += [("dir", "none")]
        case .support:
            color = "#2c6fbb"; style = "solid"; penwidth = "1.3"
        }
        if betweenActors && e.kind != .holds {
            classes.append("actors")
            attrs.append(("constraint", "false"))
        }
        var tip: [String] = []
        if let status {
            classes.append(status.rawValue)
            color = statusPalette(status).border
            if e.kind == .agreement { style = "dotted" }
            if status == .removed { style = e.kind == .conflict ? "bold,dashed" : "dashed" }
            if status == .unchanged && e.kind == .holds { color = "#c4c4c4" }
            tip.append("[\(status.rawValue)]")
        }
        attrs += [("class", classes.joined(separator: " ")), ("color", color), ("style", style), ("penwidth", penwidth)]
        tip.append("\(source.label) \u{2014} \(e.kind.rawValue) \u{2192} \(target.label)")
        if let cue = e.cue, !cue.isEmpty { tip.append("cue: \u{201C}\(cue)\u{201D}") }
        tip += evidenceText(e.evidence)
        attrs.append(("tooltip", escapeTooltip(tip.joined(separator: "\n"))))
        // Move class right after id for readability.
        let cls = attrs.remove(at: attrs.firstIndex { $0.0 == "class" }!)
        attrs.insert(cls, at: 1)
        return attrList(attrs)
    }

    /// Groups of actor indices (size >= 2) joined by agreement edges between actors or
    /// listed together in the graph's camps, ordered by their first member.
    static func camps(of g: ArgumentGraph) -> [[Int]] {
        var index: [String: Int] = [:]
        for (i, n) in g.nodes.enumerated() where n.kind == .actor && index[n.id] == nil { index[n.id] = i }
        var parent = Array(0..<g.nodes.count)
        func find(_ x: Int) -> Int {
            var x = x
            while parent[x] != x { parent[x] = parent[parent[x]]; x = parent[x] }
            return x
        }
        func union(_ a: Int, _ b: Int) {
            let ra = find(a), rb = find(b)
            if ra != rb { parent[max(ra, rb)] = min(ra, rb) }
        }
        for e in g.edges where e.kind == .agreement {
            if let a = index[e.source], let b = index[e.target] { union(a, b) }
        }
        for c in g.camps ?? [] {
            let ms = c.members.compactMap { index[$0] }
            for m in ms.dropFirst() { union(ms[0], m) }
        }
        var groups: [Int: [Int]] = [:]
        for i in index.values.sorted() { groups[find(i), default: []].append(i) }
        return groups.values.filter { $0.count > 1 }.sorted { $0[0] < $1[0] }
    }

    static func legend(_ out: inout DOTWriter) {
        out.line("subgraph cluster_legend {")
        out.indent += 1
        out.line("graph " + attrList([("id", "legend"), ("class", "legend"), ("label", "Changes"),
                                      ("style", "rounded"), ("color", "#bbbbbb"), ("fontsize", "10")]) + ";")
        let statuses = Highlight.Status.allCases
        for (i, s) in statuses.enumerated() {
            let p = statusPalette(s)
            var style = "filled"
            if s == .removed { style += ",dashed" }
            out.line("legend\(i) " + attrList([
                ("id", "legend\(i)"), ("class", "legend \(s.rawValue)"), ("label", s.rawValue),
                ("shape", "box"), ("style", style), ("fillcolor", p.fill), ("color", p.border),
                ("fontcolor", p.font), ("fontsize", "9"), ("width", "0.9"), ("height", "0.25"),
                ("penwidth", s == .unchanged ? "1" : "2"), ("tooltip", s.rawValue),
            ]) + ";")
        }
        out.indent -= 1
        out.line("}")
    }
}

/// Accumulates indented DOT lines.
struct DOTWriter {
    var text = ""
    var indent = 0
    mutating func line(_ s: String) {
        for _ in 0..<indent { text += "  " }
        text += s
        text += "\n"
    }
}
