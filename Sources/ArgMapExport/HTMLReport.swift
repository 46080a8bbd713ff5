import Foundation
import ArgMapGraph
import ArgMapRender
import ArgMapDiff

/// One map in an HTML report.
public struct ReportMap: Sendable {
    /// The map.
    public var graph: ArgumentGraph
    /// The prose the map was extracted from (the input bytes, which the evidence offsets
    /// point into), or nil for a saved graph.
    public var source: Data?

    /// A map, with its source text when it came from prose.
    public init(graph: ArgumentGraph, source: Data? = nil) {
        self.graph = graph
        self.source = source
    }
}

/// Self-contained HTML reports: one file with styles inline, the maps as inline SVG, tables
/// and the source text with its evidence highlighted. The page makes no request of its own
/// (a `Content-Security-Policy` of `default-src 'none'` says so to the browser too), needs no
/// JavaScript, follows the reader's light or dark theme (`prefers-color-scheme`; the SVG's
/// colours are set by CSS on its classes), prints legibly and fits a 375 px wide screen.
///
/// Input text is only ever written HTML-escaped (``ExportEscape/html(_:)``); every `id` and
/// `href` in the page is generated here from indices, never from input text.
public enum HTMLReport {
    /// A report of `maps`, one section each.
    /// - Throws: ``ExportError/render(_:)`` when Graphviz cannot draw a map.
    public static func document(maps: [ReportMap], title: String = "Argument map report",
                                options: RenderOptions = .init()) throws(ExportError) -> String {
        var body = "<header><h1>\(h(title))</h1>\n"
        if maps.count > 1 {
            body += "<nav aria-label=\"Maps\"><ol>"
            for (i, m) in maps.enumerated() { body += "<li><a href=\"#m\(i + 1)\">\(h(m.graph.source.name))</a></li>" }
            body += "</ol></nav>\n"
        }
        body += "</header>\n<main>\n"
        for (i, m) in maps.enumerated() {
            body += try mapSection(m, prefix: "m\(i + 1)", options: options, heading: maps.count == 1 ? "The map" : nil)
        }
        body += "</main>\n"
        return page(title: title, body: body)
    }

    /// A report of a diff: the union graph drawn with added, removed and changed items marked,
    /// the summary and the list of changes.
    /// - Throws: ``ExportError/render(_:)`` when Graphviz cannot draw the picture.
    public static func diffDocument(_ diff: GraphDiff, title: String? = nil,
                                    options: RenderOptions = .init(graphName: "argmapdiff")) throws(ExportError) -> String {
        let title = title ?? "Changes from \(diff.old.source.name) to \(diff.new.source.name)"
        let union = diff.unionGraph()
        var hl = Highlight(nodes: [:], edges: [:], legend: true)
        for (k, v) in union.nodeStatus { hl.nodes[k] = Highlight.Status(rawValue: v.rawValue) }
        for (k, v) in union.edgeStatus { hl.edges[k] = Highlight.Status(rawValue: v.rawValue) }
        let svg = try drawn(union.graph, prefix: "d1", title: title, options: options, highlight: hl)
        var body = "<header><h1>\(h(title))</h1>\n<p class=\"summary\">\(h(diff.summary.line))</p></header>\n<main>\n"
        body += "<section id=\"d1\" aria-labelledby=\"d1-h\"><h2 id=\"d1-h\">Picture</h2>\n"
        body += "<p class=\"legend-note\">Added items are green, removed red and dashed, changed orange, unchanged grey.</p>\n"
        body += "<figure class=\"map-figure diff\">\(svg)</figure>\n</section>\n"
        body += "<section id=\"d1-changes\" aria-labelledby=\"d1-ch\"><h2 id=\"d1-ch\">Changes</h2>\n"
        if diff.changes.isEmpty {
            body += "<p>No changes.</p>\n"
        } else {
            body += "<div class=\"scroll\"><table class=\"changes\"><thead><tr><th scope=\"col\">Status</th><th scope=\"col\">Subject</th><th scope=\"col\">Change</th><th scope=\"col\">Before</th><th scope=\"col\">After</th></tr></thead><tbody>\n"
            for c in diff.changes {
                let sign = switch c.status { case .added: "+"; case .removed: "\u{2212}"; default: "~" }
                body += "<tr class=\"\(c.status.rawValue)\"><td><span class=\"badge \(c.status.rawValue)\">\(sign) \(c.status.rawValue)</span></td>"
                body += "<td>\(c.subject.rawValue)</td><td>\(h(c.kind.rawValue))</td>"
                body += "<td>\(describe(c.old))</td><td>\(describe(c.new))</td></tr>\n"
            }
            body += "</tbody></table></div>\n"
        }
        body += "</section>\n</main>\n"
        return page(title: title, body: body)
    }

    // MARK: - Sections

    static func h(_ s: String) -> String { ExportEscape.html(s) }

    static func mapSection(_ m: ReportMap, prefix p: String, options: RenderOptions, heading: String? = nil) throws(ExportError) -> String {
        let g = ExportGraph.canonical(m.graph)
        let name = g.source.name
        let spans = m.source.map { evidenceSpans(g, source: $0, prefix: p) } ?? []
        let withEvidence = Set(spans.compactMap { $0.first ? $0.owner : nil })
        var svg = try drawn(g, prefix: p, title: "Argument map of \(name)", options: options, highlight: nil)
        // Link every node to its first evidence span (or its table row), every relation edge
        // to its table row. Targets are generated ids only.
        for (i, n) in g.nodes.enumerated() {
            let target = withEvidence.contains("n\(i)") ? "\(p)-ev-n\(i)" : "\(p)-row-n\(i)"
            svg = addHref(svg, groupID: "\(p)-a_n\(i)", target: target, label: "\(n.kind.rawValue) \(n.label)")
        }
        for (k, e) in g.edges.enumerated() where e.kind != .holds {
            svg = addHref(svg, groupID: "\(p)-a_e\(k)", target: "\(p)-rel-e\(k)", label: "\(e.kind.rawValue) relation")
        }
        let byID = g.nodesByID
        var index: [String: Int] = [:]
        for (i, n) in g.nodes.enumerated() where index[n.id] == nil { index[n.id] = i }
        func nodeLink(_ id: String) -> String {
            guard let i = index[id], let n = byID[id] else { return "" }
            return "<a href=\"#\(p)-row-n\(i)\">\(h(n.label))</a>"
        }
        func evLink(_ owner: String, _ text: String) -> String {
            withEvidence.contains(owner) ? "<a class=\"evlink\" href=\"#\(p)-ev-\(owner)\">\(text)</a>" : text
        }

        var out = "<section class=\"map\" id=\"\(p)\" aria-labelledby=\"\(p)-h\">\n<h2 id=\"\(p)-h\">\(heading.map(h) ?? "Argument map of " + h(name))</h2>\n"
        let actors = g.nodes.enumerated().filter { $0.element.kind == .actor }
        let positions = g.nodes.enumerated().filter { $0.element.kind == .position }
        let relations = g.edges.enumerated().filter { $0.element.kind != .holds }
        out += "<p class=\"counts\">\(actors.count) actors, \(positions.count) positions, \(relations.count) relations."
        if m.source != nil { out += " Click a node to see its evidence in the text; click highlighted text to see its node." }
        out += "</p>\n<figure class=\"map-figure\">\(svg)</figure>\n"

        out += "<h3>Actors</h3>\n"
        if actors.isEmpty { out += "<p>None.</p>\n" } else {
            out += "<div class=\"scroll\"><table><thead><tr><th scope=\"col\">Actor</th><th scope=\"col\">Category</th><th scope=\"col\">Aliases</th></tr></thead><tbody>\n"
            for (i, a) in actors {
                let aliases = (a.aliases ?? []).filter { $0 != a.label }.map(h).joined(separator: ", ")
                out += "<tr id=\"\(p)-row-n\(i)\"><td><a href=\"#\(p)-n\(i)\">\(h(a.label))</a>\(withEvidence.contains("n\(i)") ? " " + evLink("n\(i)", "\u{00A7}") : "")</td><td>\(a.category?.rawValue ?? "")</td><td>\(aliases)</td></tr>\n"
            }
            out += "</tbody></table></div>\n"
        }
        out += "<h3>Positions</h3>\n"
        if positions.isEmpty { out += "<p>None.</p>\n" } else {
            out += "<div class=\"scroll\"><table><thead><tr><th scope=\"col\">Held by</th><th scope=\"col\">Position</th><th scope=\"col\">Evidence</th></tr></thead><tbody>\n"
            for (i, n) in positions {
                let holders = g.holders(of: n.id).map(nodeLink).joined(separator: ", ")
                let quote = ExportGraph.sentence(n.evidence).map { "<q>\(h($0))</q>" } ?? ""
                out += "<tr id=\"\(p)-row-n\(i)\"><td>\(holders)</td><td><a href=\"#\(p)-n\(i)\">\(h(n.label))</a>\(n.quoted == true ? " <span class=\"tag\">quoted</span>" : "")</td><td>\(evLink("n\(i)", quote.isEmpty ? "" : quote))</td></tr>\n"
            }
            out += "</tbody></table></div>\n"
        }
        out += "<h3>Relations</h3>\n"
        if relations.isEmpty { out += "<p>None.</p>\n" } else {
            out += "<div class=\"scroll\"><table><thead><tr><th scope=\"col\">Kind</th><th scope=\"col\">From</th><th scope=\"col\">To</th><th scope=\"col\">Cue</th><th scope=\"col\">Evidence</th></tr></thead><tbody>\n"
            for (k, e) in relations {
                let sentence = ExportGraph.sentence(e.evidence).map { "<q>\(h($0))</q>" } ?? ""
                out += "<tr id=\"\(p)-rel-e\(k)\"><td><span class=\"badge \(e.kind.rawValue)\">\(e.kind.rawValue)</span></td><td>\(nodeLink(e.source))</td><td>\(nodeLink(e.target))</td><td>\(e.cue.map(h) ?? "")</td><td>\(evLink("e\(k)", sentence))</td></tr>\n"
            }
            out += "</tbody></table></div>\n"
        }
        if let source = m.source {
            out += "<h3>Source text</h3>\n<div class=\"source\" lang=\"\">\(highlighted(source, spans: spans))</div>\n"
        }
        out += "</section>\n"
        return out
    }

    /// Draws `g` and makes it ready to inline, with ids prefixed by `prefix`.
    static func drawn(_ g: ArgumentGraph, prefix: String, title: String, options: RenderOptions, highlight: Highlight?) throws(ExportError) -> String {
        let dot = DOTBuilder.dot(for: g, options: options, highlight: highlight)
        let data: Data
        do { data = try GraphvizRenderer.render(dot: dot, layout: options.layout, format: "svg") } catch { throw .render(error.description) }
        return naturalWidth(SVGEmbed.embed(String(decoding: data, as: UTF8.self), idPrefix: prefix, title: title))
    }

    /// Caps the embedded SVG's width at its drawn size (the viewBox width in points), so a
    /// small or tall map is not blown up or squeezed; narrower screens scale it down.
    static func naturalWidth(_ svg: String) -> String {
        guard let r = svg.range(of: "<svg "), let vb = svg.range(of: "viewBox=\"", range: r.upperBound..<svg.endIndex),
              let end = svg[vb.upperBound...].firstIndex(of: "\"") else { return svg }
        let parts = svg[vb.upperBound..<end].split(separator: " ").compactMap { Double($0) }
        guard parts.count == 4, parts[2] > 0 else { return svg }
        var s = svg
        s.replaceSubrange(r, with: "<svg style=\"max-width: \(Int(parts[2].rounded(.up)))pt\" ")
        return s
    }

    /// Adds `href="#target"` and an `aria-label` to the `<a>` Graphviz writes inside the
    /// group `groupID` (it carries the tooltip and has no href).
    static func addHref(_ svg: String, groupID: String, target: String, label: String) -> String {
        let open = "<g id=\"\(groupID)\"><a "
        guard let r = svg.range(of: open) else { return svg }
        var s = svg
        s.replaceSubrange(r, with: open + "href=\"#\(target)\" aria-label=\"\(h(label))\" ")
        return s
    }

    // MARK: - Evidence in the source text

    struct Span {
        var start: Int, end: Int
        /// `nK` or `eK`: what the span backs.
        var owner: String
        /// The span's own id (`P-ev-nK` for the first span of an owner, `P-ev-nK-J` after).
        var anchor: String
        /// Where a click on it goes.
        var target: String
        var kind: String
        var first: Bool
    }

    static func evidenceSpans(_ g: ArgumentGraph, source: Data, prefix p: String) -> [Span] {
        var spans: [Span] = []
        let n = source.count
        func add(_ evidence: [Evidence], owner: String, target: String, kind: String) {
            var j = 0
            for e in evidence where e.document == nil || e.document == g.source.name {
                let s = max(0, min(e.start, n)), t = max(s, min(e.end, n))
                guard t > s else { continue }
                spans.append(Span(start: s, end: t, owner: owner, anchor: j == 0 ? "\(p)-ev-\(owner)" : "\(p)-ev-\(owner)-\(j)",
                                  target: target, kind: kind, first: j == 0))
                j += 1
            }
        }
        for (i, node) in g.nodes.enumerated() {
            add(node.evidence.sorted(), owner: "n\(i)", target: "\(p)-n\(i)", kind: node.kind.rawValue)
        }
        for (k, e) in g.edges.enumerated() where e.kind != .holds {
            add(e.evidence.sorted(), owner: "e\(k)", target: "\(p)-rel-e\(k)", kind: e.kind.rawValue)
        }
        return spans
    }

    /// The source text, HTML-escaped, with every evidence span a link to what it backs.
    static func highlighted(_ source: Data, spans: [Span]) -> String {
        let bytes = [UInt8](source)
        var start = 0
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { start = 3 }
        func boundary(_ i: Int) -> Int {
            var i = max(start, min(i, bytes.count))
            while i < bytes.count, bytes[i] & 0xC0 == 0x80 { i += 1 }
            return i
        }
        let spans = spans.map { s -> Span in var s = s; s.start = boundary(s.start); s.end = boundary(s.end); return s }.filter { $0.end > $0.start }
        var cuts = Set([start, bytes.count])
        for s in spans { cuts.insert(s.start); cuts.insert(s.end) }
        let points = cuts.sorted()
        var startsAt: [Int: [Int]] = [:]
        for (i, s) in spans.enumerated() { startsAt[s.start, default: []].append(i) }
        var out = ""
        for (a, b) in zip(points, points.dropFirst()) where b > a {
            let text = h(String(decoding: bytes[a..<b], as: UTF8.self))
            let covering = spans.indices.filter { spans[$0].start <= a && spans[$0].end >= b }
            guard !covering.isEmpty else { out += text; continue }
            // The innermost span decides the link; nodes win over relations on ties.
            let inner = covering.min { x, y in
                let lx = spans[x].end - spans[x].start, ly = spans[y].end - spans[y].start
                if lx != ly { return lx < ly }
                return spans[x].owner.hasPrefix("n") && !spans[y].owner.hasPrefix("n")
            }!
            let starting = startsAt[a] ?? []
            var idAttr = ""
            for i in starting {
                if i == inner { idAttr = " id=\"\(spans[i].anchor)\"" } else { out += "<span class=\"anchor\" id=\"\(spans[i].anchor)\"></span>" }
            }
            let depth = min(covering.count, 3)
            out += "<a class=\"ev \(spans[inner].kind) d\(depth)\"\(idAttr) href=\"#\(spans[inner].target)\">\(text)</a>"
        }
        return out
    }

    // MARK: - Diff rows

    static func describe(_ v: ChangeValue?) -> String {
        guard let v else { return "" }
        var parts: [String] = []
        if let r = v.relation {
            parts.append("\(h(v.source ?? "?")) <span class=\"badge \(r.rawValue)\">\(r.rawValue)</span> \(h(v.target ?? "?"))")
            if let c = v.cue { parts.append("cue: <q>\(h(c))</q>") }
        } else if let m = v.members {
            parts.append(m.map(h).joined(separator: ", "))
        } else {
            if let t = v.text ?? v.label { parts.append(h(t)) }
            if let hs = v.holders, !hs.isEmpty { parts.append("held by \(hs.map(h).joined(separator: ", "))") }
            if let a = v.aliases, !a.isEmpty { parts.append("aliases: \(a.map(h).joined(separator: ", "))") }
            if let c = v.category { parts.append(c.rawValue) }
            if v.quoted == true { parts.append("quoted") }
        }
        if let ev = v.evidence, !ev.isEmpty { parts.append("evidence: " + ev.map { "\($0.start)\u{2013}\($0.end)" }.joined(separator: ", ")) }
        return parts.joined(separator: "<br/>")
    }

    // MARK: - Page

    static func page(title: String, body: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="en" xmlns="http://www.w3.org/1999/xhtml">
        <head>
        <meta charset="utf-8"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:"/>
        <meta name="color-scheme" content="light dark"/>
        <meta name="generator" content="argmap"/>
        <title>\(h(title))</title>
        <style>
        \(css)
        </style>
        </head>
        <body>
        \(body)<footer><p>Made by argmap. Every label and quotation comes from the input text.</p></footer>
        </body>
        </html>

        """
    }

    static let lightVariables = """
      --bg: #ffffff; --fg: #1d2430; --muted: #5b6472; --card: #f5f6f8; --border: #d5dae1; --link: #1f5fbf;
      --actor-fill: #dce9f7; --actor-stroke: #3d5a80; --actor-text: #1d2b3a;
      --pos-fill: #fffbe8; --pos-stroke: #b9a65c; --pos-text: #2b2b2b;
      --holds: #9a9a9a; --conflict: #c0392b; --agreement: #2e8b57; --support: #2c6fbb;
      --added: #2e7d32; --added-fill: #e3f4e4; --removed: #c62828; --removed-fill: #fde8e8;
      --changed: #c26100; --changed-fill: #fff0dc; --unchanged: #9e9e9e; --unchanged-fill: #f4f4f4;
      --mark-actor: #d3e3f8; --mark-position: #fff1b8; --mark-relation: #f3dcef; --target: #ff9800;
    """

    static let darkVariables = """
      --bg: #16191e; --fg: #e3e6ea; --muted: #a2aab5; --card: #1f242b; --border: #39414c; --link: #8ab4f8;
      --actor-fill: #1e3350; --actor-stroke: #8fb3e0; --actor-text: #e6effa;
      --pos-fill: #3a3420; --pos-stroke: #c9b870; --pos-text: #f3ecd2;
      --holds: #8a8f96; --conflict: #ff6b5e; --agreement: #5fd08f; --support: #6ea8ff;
      --added: #5fd08f; --added-fill: #173a22; --removed: #ff6b5e; --removed-fill: #441c1c;
      --changed: #ffae4d; --changed-fill: #45300f; --unchanged: #8a8f96; --unchanged-fill: #262a30;
      --mark-actor: #27456b; --mark-position: #5a4b12; --mark-relation: #4f2a4a; --target: #ffb74d;
    """

    static let css = """
    :root {
    \(lightVariables)
      color-scheme: light dark;
    }
    @media (prefers-color-scheme: dark) { :root {
    \(darkVariables)
    } }
    * { box-sizing: border-box; }
    html { -webkit-text-size-adjust: 100%; }
    body { margin: 0 auto; max-width: 75rem; padding: 0 1rem 2rem; background: var(--bg); color: var(--fg);
      font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
    h1 { font-size: 1.6rem; margin: 1rem 0 .5rem; line-height: 1.25; overflow-wrap: anywhere; }
    h2 { font-size: 1.3rem; margin: 2rem 0 .5rem; border-bottom: 1px solid var(--border); padding-bottom: .25rem; overflow-wrap: anywhere; }
    h3 { font-size: 1.05rem; margin: 1.5rem 0 .5rem; }
    a { color: var(--link); }
    nav ol { padding-left: 1.25rem; margin: .25rem 0; }
    .counts, .summary, .legend-note, footer { color: var(--muted); }
    footer { margin-top: 3rem; font-size: .85rem; border-top: 1px solid var(--border); }
    .map-figure { margin: .5rem 0 1rem; padding: .25rem; overflow-x: auto; background: var(--bg);
      border: 1px solid var(--border); border-radius: 6px; }
    .map-figure svg { display: block; width: 100%; min-width: 18rem; height: auto; margin: 0 auto; }
    .map-figure svg a[href] { cursor: pointer; }
    .map-figure svg text { font-family: Helvetica, Arial, sans-serif; }
    /* Theme the Graphviz drawing through its classes (these beat its presentation attributes). */
    .map-figure g.graph > polygon { fill: var(--bg); stroke: none; }
    .map-figure g.node text, .map-figure g.edge text, .map-figure g.cluster text { fill: var(--fg); }
    .map-figure g.node.actor polygon { fill: var(--actor-fill); stroke: var(--actor-stroke); }
    .map-figure g.node.actor text { fill: var(--actor-text); }
    .map-figure g.node.position polygon { fill: var(--pos-fill); stroke: var(--pos-stroke); }
    .map-figure g.node.position polyline { stroke: var(--pos-stroke); }
    .map-figure g.node.position text { fill: var(--pos-text); }
    .map-figure g.edge.holds path { stroke: var(--holds); }
    .map-figure g.edge.holds polygon { fill: var(--holds); stroke: var(--holds); }
    .map-figure g.edge.conflict path { stroke: var(--conflict); }
    .map-figure g.edge.conflict polygon, .map-figure g.edge.conflict polyline { fill: var(--conflict); stroke: var(--conflict); }
    .map-figure g.edge.agreement path { stroke: var(--agreement); }
    .map-figure g.edge.agreement polygon { fill: var(--agreement); stroke: var(--agreement); }
    .map-figure g.edge.support path { stroke: var(--support); }
    .map-figure g.edge.support polygon { fill: var(--support); stroke: var(--support); }
    .map-figure g.cluster polygon { fill: none; stroke: var(--border); }
    .map-figure g.node.added polygon { fill: var(--added-fill); stroke: var(--added); }
    .map-figure g.node.removed polygon { fill: var(--removed-fill); stroke: var(--removed); }
    .map-figure g.node.changed polygon { fill: var(--changed-fill); stroke: var(--changed); }
    .map-figure g.node.unchanged polygon { fill: var(--unchanged-fill); stroke: var(--unchanged); }
    .map-figure g.node.added polyline { stroke: var(--added); }
    .map-figure g.node.removed polyline { stroke: var(--removed); }
    .map-figure g.node.changed polyline { stroke: var(--changed); }
    .map-figure g.node.unchanged polyline { stroke: var(--unchanged); }
    .map-figure g.node.added text, .map-figure g.node.removed text, .map-figure g.node.changed text, .map-figure g.node.unchanged text { fill: var(--fg); }
    .map-figure g.edge.added path { stroke: var(--added); } .map-figure g.edge.added polygon { fill: var(--added); stroke: var(--added); }
    .map-figure g.edge.removed path { stroke: var(--removed); } .map-figure g.edge.removed polygon { fill: var(--removed); stroke: var(--removed); }
    .map-figure g.edge.changed path { stroke: var(--changed); } .map-figure g.edge.changed polygon { fill: var(--changed); stroke: var(--changed); }
    .map-figure g.edge.unchanged path { stroke: var(--unchanged); } .map-figure g.edge.unchanged polygon { fill: var(--unchanged); stroke: var(--unchanged); }
    .map-figure g.node:target polygon { stroke: var(--target); stroke-width: 4px; }
    .scroll { overflow-x: auto; -webkit-overflow-scrolling: touch; }
    table { border-collapse: collapse; width: 100%; font-size: .92rem; }
    th, td { text-align: left; vertical-align: top; padding: .35rem .5rem; border-bottom: 1px solid var(--border); overflow-wrap: break-word; }
    td:first-child { min-width: 6rem; }
    th { background: var(--card); font-weight: 600; }
    tr:target td { background: var(--mark-position); }
    q { quotes: "\\201C" "\\201D"; }
    .tag, .badge { display: inline-block; font-size: .78rem; padding: 0 .4rem; border-radius: 999px; border: 1px solid var(--border); white-space: nowrap; }
    .badge.conflict { color: var(--conflict); border-color: var(--conflict); }
    .badge.agreement { color: var(--agreement); border-color: var(--agreement); }
    .badge.support { color: var(--support); border-color: var(--support); }
    .badge.holds { color: var(--holds); border-color: var(--holds); }
    .badge.added { color: var(--added); border-color: var(--added); }
    .badge.removed { color: var(--removed); border-color: var(--removed); }
    .badge.changed { color: var(--changed); border-color: var(--changed); }
    .evlink { color: inherit; }
    .source { white-space: pre-wrap; overflow-wrap: anywhere; font-family: Georgia, "Times New Roman", serif; line-height: 1.6;
      background: var(--card); border: 1px solid var(--border); border-radius: 6px; padding: .75rem 1rem; max-height: 75vh; overflow-y: auto; }
    .source a.ev { color: inherit; text-decoration: none; border-radius: 2px; }
    .source a.ev.actor { background: var(--mark-actor); }
    .source a.ev.position { background: var(--mark-position); }
    .source a.ev.conflict, .source a.ev.agreement, .source a.ev.support { background: var(--mark-relation); }
    .source a.ev.conflict { box-shadow: inset 0 -2px 0 var(--conflict); }
    .source a.ev.agreement { box-shadow: inset 0 -2px 0 var(--agreement); }
    .source a.ev.support { box-shadow: inset 0 -2px 0 var(--support); }
    .source a.ev:hover, .source a.ev:focus { outline: 2px solid var(--target); }
    .source a.ev:target { outline: 3px solid var(--target); }
    a:focus-visible { outline: 3px solid var(--target); outline-offset: 1px; }
    @media (max-width: 40rem) {
      body { padding: 0 .6rem 1.5rem; font-size: 15px; }
      h1 { font-size: 1.3rem; }
      table { font-size: .85rem; }
      th, td { padding: .3rem .35rem; }
      .source { padding: .5rem .6rem; }
    }
    @media print {
      :root {
    \(lightVariables)
        color-scheme: light;
      }
      body { max-width: none; padding: 0; font-size: 10.5pt; background: #fff; color: #000; }
      nav, .counts { display: none; }
      a { color: inherit; text-decoration: none; }
      .map-figure { overflow: visible; border: none; break-inside: avoid; }
      .map-figure svg { min-width: 0; max-height: 24cm; }
      .scroll { overflow: visible; }
      table { font-size: 9pt; }
      tr { break-inside: avoid; }
      h2, h3 { break-after: avoid; }
      .source { max-height: none; overflow: visible; border: none; background: none; padding: 0; }
      .source a.ev { background: none; text-decoration: underline; text-decoration-color: #999; }
    }
    """
}
