import ArgMapGraph
@testable import ArgMapRender
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing

// MARK: - Helpers

func svgString(_ g: ArgumentGraph, options: RenderOptions = .init(), highlight: Highlight? = nil) throws -> String {
    let dot = DOTBuilder.dot(for: g, options: options, highlight: highlight)
    let data = try GraphvizRenderer.render(dot: dot, layout: options.layout)
    return String(decoding: data, as: UTF8.self)
}

func parseXML(_ s: String) throws -> XMLDocument {
    try XMLDocument(data: Data(s.utf8), options: [])
}

/// Every element in document order.
func allElements(_ doc: XMLDocument) -> [XMLElement] {
    var out: [XMLElement] = []
    func walk(_ n: XMLNode) {
        if let e = n as? XMLElement { out.append(e) }
        for c in n.children ?? [] { walk(c) }
    }
    walk(doc)
    return out
}

func attr(_ e: XMLElement, _ name: String) -> String? {
    e.attributes?.first { $0.name == name || $0.localName == name }?.stringValue
}

// MARK: - DOT escaping

@Suite("DOT text")
struct DOTTests {
    @Test func labelEscaping() {
        #expect(DOTBuilder.escapeLabel(#"a"b"#) == #"a\"b"#)
        #expect(DOTBuilder.escapeLabel(#"a\b"#) == #"a\\b"#)
        #expect(DOTBuilder.escapeLabel("a\nb") == #"a\nb"#)
        #expect(DOTBuilder.escapeLabel(#"\N"#) == #"\\N"#)
        #expect(DOTBuilder.escapeLabel("&amp;") == "&amp;amp;")
        #expect(DOTBuilder.escapeLabel("<script>alert(1)</script>") == "<script>alert(1)</script>")
        #expect(DOTBuilder.escapeLabel("a\u{0}b\u{7}c\td") == "abc d")
    }

    @Test func tooltipEscapingDoublesBackslashesTwice() {
        #expect(DOTBuilder.escapeTooltip(#"\N"#) == #"\\\\N"#)
        #expect(DOTBuilder.escapeTooltip(#"x"y"#) == #"x\"y"#)
        #expect(DOTBuilder.escapeTooltip("&lt;") == "&amp;lt;")
        #expect(DOTBuilder.escapeTooltip("a\r\nb") == #"a\nb"#)
    }

    @Test func wrapping() {
        let lines = DOTBuilder.wrap("Recognition by Britain must come before any trade concessions are offered")
        #expect(lines.count == 3)
        #expect(lines.allSatisfy { $0.count <= DOTBuilder.wrapWidth })
        #expect(lines.joined(separator: " ") == "Recognition by Britain must come before any trade concessions are offered")
        let long = DOTBuilder.wrap(String(repeating: "x", count: 70))
        #expect(long.map(\.count) == [32, 32, 6])
    }

    @Test func idsAreInternalAndNoURLs() {
        let g = SampleGraphs.hostile()
        let dot = DOTBuilder.dot(for: g)
        #expect(dot.hasPrefix("digraph argmap {\n"))
        // Every statement starts with an internal id, a keyword or a brace.
        for line in dot.split(separator: "\n").map({ $0.trimmingCharacters(in: .whitespaces) }) {
            let ok = line.range(of: #"^(n\d+( -> n\d+)? \[|graph \[|node \[|edge \[|digraph argmap \{|\}$)"#, options: .regularExpression) != nil
            #expect(ok, "unexpected statement: \(line)")
        }
        for forbidden in ["URL=", "href=", "target=", "labeljust=", "gradientangle", "radial"] {
            #expect(!dot.lowercased().contains(forbidden.lowercased()))
        }
        // User text only ever inside label/tooltip values: node ids are n0...
        for n in g.nodes { #expect(!dot.contains("\(n.id) ")) }
    }

    @Test func classesAndTooltips() {
        let g = SampleGraphs.realistic()
        let dot = DOTBuilder.dot(for: g)
        #expect(dot.contains(#"class="actor person""#))
        #expect(dot.contains(#"class="actor body""#))
        #expect(dot.contains(#"class="actor group""#))
        #expect(dot.contains(#"class="actor author""#))
        #expect(dot.contains(#"class="position quoted""#))
        #expect(dot.contains(#"class="position""#))
        #expect(dot.contains(#"class="holds""#))
        #expect(dot.contains(#"class="conflict actors""#))
        #expect(dot.contains(#"class="agreement actors""#))
        #expect(dot.contains(#"class="conflict""#))
        #expect(dot.contains(#"class="support""#))
        #expect(dot.contains("cue: \u{201C}differed sharply\u{201D}"))
        #expect(dot.contains("Chicherin and Litvinov differed sharply over Genoa."))
        #expect(!dot.contains("cluster"))
    }

    @Test func deterministicAndOrderIndependent() {
        var g = SampleGraphs.realistic()
        let a = DOTBuilder.dot(for: g)
        g.nodes.shuffle()
        g.edges.shuffle()
        #expect(DOTBuilder.dot(for: g) == a)
        g.canonicalize()
        #expect(DOTBuilder.dot(for: g) == a)
        // n0 is the first node in canonical order.
        let first = g.nodes[0]
        #expect(a.contains("n0 [id=\"n0\", class=\"\(first.kind.rawValue)"))
    }

    @Test func campsAsClusters() throws {
        let g = SampleGraphs.realistic()
        let dot = DOTBuilder.dot(for: g, options: RenderOptions(camps: true))
        // Litvinov - Central Committee - party leadership agree: one camp of three.
        #expect(dot.contains("subgraph cluster_camp0 {"))
        #expect(!dot.contains("cluster_camp1"))
        let camps = DOTBuilder.camps(of: {
            var c = g
            c.canonicalize()
            return c
        }())
        #expect(camps.count == 1)
        #expect(camps[0].count == 3)
        // Camps listed in the graph join actors too.
        var h = g
        let chicherin = StableID.actor("Chicherin"), author = StableID.actor("Author")
        h.camps = [Camp(id: StableID.camp([chicherin, author]), members: [chicherin, author])]
        let dot2 = DOTBuilder.dot(for: h, options: RenderOptions(camps: true))
        #expect(dot2.contains("cluster_camp1"))
        let svg = try svgString(h, options: RenderOptions(camps: true))
        #expect(svg.contains(#"class="cluster camp""#))
    }

    @Test func graphName() {
        let g = SampleGraphs.realistic()
        #expect(DOTBuilder.dot(for: g, options: RenderOptions(graphName: "my map\"]")).hasPrefix("digraph my_map__ {"))
        #expect(DOTBuilder.dot(for: g, options: RenderOptions(graphName: "")).hasPrefix("digraph argmap {"))
        #expect(DOTBuilder.dot(for: g, options: RenderOptions(graphName: "graph")).hasPrefix("digraph _graph {"))
    }
}

// MARK: - Rendering

@Suite("Graphviz rendering")
struct RenderingTests {
    @Test func builtinPluginsWhenAvailable() {
        let dirs = ["/usr/lib/x86_64-linux-gnu/graphviz", "/usr/lib/aarch64-linux-gnu/graphviz"]
        let present = dirs.contains { FileManager.default.fileExists(atPath: $0 + "/libgvplugin_dot_layout.so.6") }
        if present { #expect(GraphvizRenderer.usesBuiltinPlugins) }
    }

    @Test func hostileTextIsLiteralAndSafe() throws {
        let svg = try svgString(SampleGraphs.hostile())
        let doc = try parseXML(svg)
        #expect(!svg.contains("<script"))
        #expect(!svg.contains("]]>"))
        let elements = allElements(doc)
        for e in elements {
            #expect(e.localName != "script")
            for a in e.attributes ?? [] {
                let name = (a.localName ?? a.name ?? "").lowercased()
                #expect(!name.hasPrefix("on"), "event attribute \(name)")
                #expect(!["href", "src", "action", "formaction", "style"].contains(name), "\(name) attribute")
                // User text may only reach tooltips (xlink:title) and text, never a link.
                if name != "title" {
                    #expect(!(a.stringValue ?? "").lowercased().contains("javascript:"), "\(name)")
                }
            }
        }
        // Labels show the text literally (lines are wrapped; compare without breaks).
        let text = elements.filter { $0.localName == "text" }.compactMap(\.stringValue).joined(separator: " ")
        for piece in [#"\N"#, #"\G"#, #"\L"#, "&amp;", "&lt;", "<<x>>", "<script>alert(1)</script>", "]]>", "javascript:alert(1)", #"Say "hi" \ back"#, #"\n"#] {
            #expect(text.contains(piece), "label lost \(piece)")
        }
        #expect(text.contains(#"O'Brien "the" <b>bold</b> & \N"#))
        // Tooltips carry the evidence sentence exactly, newlines included.
        let titles = elements.compactMap { attr($0, "title") }
        let evil = SampleGraphs.hostile().nodes[0].evidence[0].sentence!
        #expect(titles.contains { $0.contains(evil) })
        #expect(titles.contains { $0.contains("cue: \u{201C}\"]]>&amp;\\N\u{201D}") })
    }

    @Test func everyNodeAndEdgeHasItsClass() throws {
        var g = SampleGraphs.realistic()
        g.canonicalize()
        let doc = try parseXML(try svgString(g))
        let groups = allElements(doc).filter { $0.localName == "g" }
        let nodes = groups.filter { (attr($0, "class") ?? "").hasPrefix("node") }
        let edges = groups.filter { (attr($0, "class") ?? "").hasPrefix("edge") }
        #expect(nodes.count == g.nodes.count)
        #expect(edges.count == g.edges.count)
        for (i, n) in g.nodes.enumerated() {
            let e = nodes.first { attr($0, "id") == "n\(i)" }
            #expect(e != nil)
            let cls = (attr(e!, "class") ?? "").split(separator: " ").map(String.init)
            #expect(cls.contains(n.kind.rawValue))
            if n.kind == .actor { #expect(cls.contains(n.category!.rawValue)) }
            if n.quoted == true { #expect(cls.contains("quoted")) }
        }
        for (i, ed) in g.edges.enumerated() {
            let e = edges.first { attr($0, "id") == "e\(i)" }
            #expect(e != nil)
            #expect((attr(e!, "class") ?? "").split(separator: " ").contains { $0 == ed.kind.rawValue })
        }
    }

    @Test func highlightClassesAndLegend() throws {
        var g = SampleGraphs.realistic()
        g.canonicalize()
        let hl = Highlight(nodes: [g.nodes[0].id: .added, g.nodes[1].id: .removed, g.nodes[2].id: .changed],
                           edges: [g.edges[0].id: .removed, g.edges[1].id: .added], legend: true)
        let dot = DOTBuilder.dot(for: g, highlight: hl)
        #expect(dot.contains("subgraph cluster_legend {"))
        let svg = try svgString(g, highlight: hl)
        let groups = allElements(try parseXML(svg)).filter { $0.localName == "g" }
        func cls(_ id: String) -> [String] {
            (groups.first { attr($0, "id") == id }.flatMap { attr($0, "class") } ?? "").split(separator: " ").map(String.init)
        }
        #expect(cls("n0").contains("added"))
        #expect(cls("n1").contains("removed"))
        #expect(cls("n2").contains("changed"))
        #expect(cls("n3").contains("unchanged"))
        #expect(cls("e0").contains("removed"))
        #expect(cls("e1").contains("added"))
        #expect(cls("e2").contains("unchanged"))
        #expect(svg.contains(#"stroke-dasharray"#))
        #expect(groups.contains { attr($0, "class") == "cluster legend" })
        for s in Highlight.Status.allCases { #expect(groups.contains { (attr($0, "class") ?? "") == "node legend \(s.rawValue)" }) }
        let noLegend = DOTBuilder.dot(for: g, highlight: Highlight(nodes: [:], edges: [:], legend: false))
        #expect(!noLegend.contains("legend"))
    }

    @Test func deterministicBytes() throws {
        let g = SampleGraphs.realistic()
        let a = try svgString(g)
        let b = try svgString(g)
        #expect(a == b)
        #expect(!a.contains("l_0") && !a.contains("Gradient"))
    }

    @Test(arguments: LayoutEngine.allCases)
    func everyLayoutEngine(_ engine: LayoutEngine) throws {
        let svg = try svgString(SampleGraphs.realistic(), options: RenderOptions(layout: engine, camps: true))
        _ = try parseXML(svg)
        #expect(svg.contains(#"class="node actor person""#))
    }

    @Test func badDOTThrowsAndStickyErrorIsReset() throws {
        do {
            _ = try GraphvizRenderer.render(dot: "digraph bad { a -> ; }", layout: .dot)
            Issue.record("expected a syntax error")
        } catch {
            guard case .syntax(let message) = error else { Issue.record("wrong error \(error)"); return }
            #expect(message.contains("syntax error"))
            #expect(message.contains("line 1"))
        }
        // The error level is reset: a good graph renders afterwards, twice.
        for _ in 0..<2 {
            let ok = try GraphvizRenderer.render(dot: "digraph good { a -> b; }", layout: .dot)
            #expect(String(decoding: ok, as: UTF8.self).contains("<svg"))
        }
        // A second error reports its own line, not a stale one.
        #expect(throws: RenderError.self) {
            try GraphvizRenderer.render(dot: "digraph bad2 {\n\n\n a -> b ]\n}", layout: .dot)
        }
        do {
            _ = try GraphvizRenderer.render(dot: "digraph bad2 {\n\n\n a -> b ]\n}", layout: .dot)
        } catch {
            #expect(error.description.contains("line 4"))
        }
    }

    @Test func noStaleInputBetweenRenders() throws {
        // agmemread reads one graph; what follows must not leak into the next render.
        _ = try GraphvizRenderer.render(dot: "digraph first {x} digraph leftover {y}\n\n\n", layout: .dot)
        let s = String(decoding: try GraphvizRenderer.render(dot: "digraph second {z}", layout: .dot), as: UTF8.self)
        #expect(s.contains("<title>second</title>"))
        #expect(!s.contains("leftover"))
        // Trailing newlines of the previous input do not shift line numbers.
        _ = try GraphvizRenderer.render(dot: DOTBuilder.dot(for: SampleGraphs.realistic()) + "\n\n", layout: .dot)
        #expect {
            try GraphvizRenderer.render(dot: "digraph bad { a -> ] }", layout: .dot)
        } throws: { error in
            guard let e = error as? RenderError, case .syntax(let m) = e else { return false }
            return m.contains("line 1")
        }
    }

    @Test func emptyInputAndWarnings() throws {
        #expect(throws: RenderError.self) { try GraphvizRenderer.render(dot: "", layout: .dot) }
        // Warnings (an unknown shape) do not fail the render.
        let svg = try GraphvizRenderer.render(dot: "digraph w { a [shape=nosuchshape] }", layout: .dot)
        #expect(String(decoding: svg, as: UTF8.self).contains("<title>a</title>"))
    }

    @Test func unsupportedFormat() {
        do {
            _ = try GraphvizRenderer.render(dot: "digraph g { a }", layout: .dot, format: "bmp")
            Issue.record("expected unsupportedFormat")
        } catch {
            guard case .unsupportedFormat(let m) = error else { Issue.record("wrong error \(error)"); return }
            #expect(m.contains("bmp"))
        }
    }

    @Test func pngWhenCairoIsThere() throws {
        let before = try svgString(SampleGraphs.realistic())
        do {
            let png = try GraphvizRenderer.render(dot: DOTBuilder.dot(for: SampleGraphs.realistic()), layout: .dot, format: "png")
            #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]))
            // SVG afterwards still comes from the font-independent context: same bytes.
            #expect(try svgString(SampleGraphs.realistic()) == before)
        } catch {
            guard let re = error as? RenderError, case .unsupportedFormat(let m) = re else { throw error }
            #expect(m.contains("pango"))
        }
    }

    @Test func concurrentRenders() async throws {
        let dot = DOTBuilder.dot(for: SampleGraphs.realistic(), options: RenderOptions(camps: true))
        let expected = try GraphvizRenderer.render(dot: dot, layout: .dot)
        let results = try await withThrowingTaskGroup(of: [Data].self) { group in
            for t in 0..<4 {
                group.addTask {
                    var out: [Data] = []
                    for i in 0..<20 {
                        if (i + t) % 7 == 0 {
                            // Errors from other tasks must not leak into this one.
                            _ = try? GraphvizRenderer.render(dot: "digraph x { ] }", layout: .dot)
                        }
                        out.append(try GraphvizRenderer.render(dot: dot, layout: .dot))
                    }
                    return out
                }
            }
            var all: [Data] = []
            for try await r in group { all += r }
            return all
        }
        #expect(results.count == 80)
        #expect(results.allSatisfy { $0 == expected })
    }
}

// MARK: - Embedding

@Suite("SVG embedding")
struct EmbedTests {
    @Test func embedIsInlineReady() throws {
        let svg = try svgString(SampleGraphs.realistic(), options: RenderOptions(camps: true))
        #expect(svg.hasPrefix("<?xml"))
        let e = SVGEmbed.embed(svg, idPrefix: "first", title: "Map of <\"a\" & b>")
        #expect(e.hasPrefix("<svg "))
        #expect(!e.contains("<?xml"))
        #expect(!e.contains("<!DOCTYPE"))
        #expect(!e.contains("<!--"))
        let doc = try parseXML(e)
        let root = try #require(doc.rootElement())
        #expect(root.localName == "svg")
        #expect(attr(root, "viewBox") != nil)
        #expect(attr(root, "width") == nil)
        #expect(attr(root, "height") == nil)
        #expect(attr(root, "role") == "img")
        let firstChild = try #require(root.children?.first { $0.kind == .element } as? XMLElement)
        #expect(firstChild.localName == "title")
        #expect(firstChild.stringValue == "Map of <\"a\" & b>")
        #expect(attr(root, "aria-labelledby") == attr(firstChild, "id"))
        let ids = allElements(doc).compactMap { attr($0, "id") }
        #expect(ids.count > 20)
        #expect(ids.allSatisfy { $0.hasPrefix("first-") })
        #expect(Set(ids).count == ids.count)
    }

    @Test func twoEmbedsShareNoID() throws {
        let svg = try svgString(SampleGraphs.realistic(), options: RenderOptions(camps: true))
        let a = allElements(try parseXML(SVGEmbed.embed(svg, idPrefix: "a.txt", title: "A"))).compactMap { attr($0, "id") }
        let b = allElements(try parseXML(SVGEmbed.embed(svg, idPrefix: "b.txt", title: "B"))).compactMap { attr($0, "id") }
        #expect(!a.isEmpty && a.count == b.count)
        #expect(Set(a).isDisjoint(with: Set(b)))
    }

    @Test func referencesFollowIDs() {
        let svg = """
        <?xml version="1.0"?>
        <!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN"
         "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">
        <!-- comment -->
        <svg width="10pt" height="20pt" xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">
        <defs><linearGradient id="g1"/></defs>
        <rect id="r" fill="url(#g1)"/><use xlink:href="#r"/><use href="#r"/><a xlink:title="id=&quot;x&quot;"/>
        </svg>
        """
        let e = SVGEmbed.embed(svg, idPrefix: "M", title: "t")
        #expect(e.contains(#"id="m-g1""#))
        #expect(e.contains("url(#m-g1)"))
        #expect(e.contains(##"xlink:href="#m-r""##))
        #expect(e.contains(##" href="#m-r""##))
        #expect(e.contains(#"viewBox="0 0 10.0 20.0""#))
        #expect(e.contains(#"xlink:title="id=&quot;x&quot;""#))
        #expect(!e.contains("comment"))
    }

    @Test func prefixes() {
        #expect(SVGEmbed.sanitizePrefix("essays/My Essay (v2).txt") == "my-essay-v2")
        #expect(SVGEmbed.sanitizePrefix("2024-report.md") == "m-2024-report")
        #expect(SVGEmbed.sanitizePrefix("Čičerin.txt") == "cicerin")
        #expect(SVGEmbed.sanitizePrefix("\"><script>.txt") == "script")
        #expect(SVGEmbed.sanitizePrefix("") == "map")
        #expect(SVGEmbed.sanitizePrefix("-") == "map")
        #expect(SVGEmbed.sanitizePrefix(".hidden") == "hidden")
        for s in ["a b", "x/y/z.q", "<>&\"'", "日本語.txt", "_under"] {
            let p = SVGEmbed.sanitizePrefix(s)
            #expect(p.range(of: "^[a-z_][a-z0-9_-]*$", options: .regularExpression) != nil, "\(s) -> \(p)")
        }
    }
}

// MARK: - Pictures for eyeballing (set ARGMAP_RENDER_SAMPLES to a directory)

@Test func writeSamplePictures() throws {
    guard let dir = ProcessInfo.processInfo.environment["ARGMAP_RENDER_SAMPLES"] else { return }
    var g = SampleGraphs.realistic()
    g.canonicalize()
    let hl = Highlight(nodes: [g.nodes[0].id: .added, g.nodes[6].id: .removed, g.nodes[7].id: .changed],
                       edges: [g.edges[12].id: .removed, g.edges[1].id: .added, g.edges[14].id: .changed], legend: true)
    let samples: [(String, String)] = [
        ("plain", try svgString(g)),
        ("camps", try svgString(g, options: RenderOptions(camps: true))),
        ("diff", try svgString(g, highlight: hl)),
        ("neato", try svgString(g, options: RenderOptions(layout: .neato))),
        ("hostile", try svgString(SampleGraphs.hostile())),
    ]
    if let png = try? GraphvizRenderer.render(dot: DOTBuilder.dot(for: g), layout: .dot, format: "png") {
        try png.write(to: URL(fileURLWithPath: dir + "/cairo.png"))
    }
    try SVGEmbed.embed(samples[1].1, idPrefix: "sample.txt", title: "Sample map").write(toFile: dir + "/embed.svg", atomically: true, encoding: .utf8)
    for (name, svg) in samples {
        try svg.write(toFile: dir + "/\(name).svg", atomically: true, encoding: .utf8)
        try DOTBuilder.dot(for: g).write(toFile: dir + "/plain.dot", atomically: true, encoding: .utf8)
    }
}

@Suite struct EscapeFastPathTests {
    /// The fast path (text used as it is) must agree with the full escaping.
    @Test func needsEscapingAgreesWithEscaping() {
        let samples = ["plain", "Chicherin", "“quoted” — dash", "a\\b", "say \"x\"", "A&B", "tab\there", "nl\nx", "\u{7F}", "c1\u{85}x", "\u{9F}",
                       "\u{A0}nbsp", "\u{FFFE}", "\u{FFFF}", "\u{FFFD}ok", "\u{FFBE}ok", "é", "日本語", "", "\r\n", "\u{1}"]
        for s in samples {
            let changes = DOTBuilder.escapeLabel(s) != s || DOTBuilder.escapeTooltip(s) != s
            #expect(DOTBuilder.needsEscaping(s) == changes || (DOTBuilder.needsEscaping(s) && !changes), "\(s.debugDescription)")
            if !DOTBuilder.needsEscaping(s) { #expect(!changes, "\(s.debugDescription)") }
        }
    }
}

/// The byte-level escaping gives the results of the scalar-by-scalar code it replaced.
@Suite struct ByteEscapingTests {
    static func cleanedReference(_ s: String, keepTabs: Bool = false) -> String {
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

    static func escapeReference(_ s: String, backslash: String) -> String {
        var out = ""
        for u in cleanedReference(s).unicodeScalars {
            switch u {
            case "\\": out += backslash
            case "\"": out += "\\\""
            case "&": out += "&amp;"
            case "\n": out += "\\n"
            default: out.unicodeScalars.append(u)
            }
        }
        return out
    }

    static func xmlReference(_ s: String) -> String {
        var out = ""
        for u in cleanedReference(s, keepTabs: true).unicodeScalars {
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

    static let samples = ["plain", "“quoted” — dash", "a\\b", "say \"x\"", "A&B <i>'x'</i>", "tab\there", "nl\nx", "cr\rx", "crlf\r\nx",
                          "\r\r\n\n", "\u{7F}", "c1\u{85}x\u{9F}", "\u{A0}nbsp", "\u{FFFE}\u{FFFF}\u{FFFD}\u{FFBE}\u{EFBF}", "é 日本語 😀 e\u{301}",
                          "", "\u{1}\u{8}\u{1F}", "\\N \\G \\L ]]> <![CDATA[", "\u{202E}rtl\u{200B}"]

    @Test func cleanedEscapeAndXMLMatchTheReference() {
        for s in Self.samples {
            for tabs in [false, true] {
                #expect(TextEscaping.cleaned(s, keepTabs: tabs) == Self.cleanedReference(s, keepTabs: tabs), "\(s.debugDescription)")
            }
            #expect(TextEscaping.xml(s) == Self.xmlReference(s), "\(s.debugDescription)")
            #expect(DOTBuilder.escapeLabel(s) == (DOTBuilder.needsEscaping(s) ? Self.escapeReference(s, backslash: "\\\\") : s))
            #expect(DOTBuilder.escapeTooltip(s) == (DOTBuilder.needsEscaping(s) ? Self.escapeReference(s, backslash: "\\\\\\\\") : s))
            #expect(DOTBuilder.trimmed(s) == s.trimmingCharacters(in: .whitespacesAndNewlines))
            #expect(DOTBuilder.trimmed(" " + s + "\n") == (" " + s + "\n").trimmingCharacters(in: .whitespacesAndNewlines))
        }
        // Pairs: text with nothing to clean next to text with something (the copy-as-is path).
        for a in Self.samples {
            for b in Self.samples {
                for tabs in [false, true] {
                    #expect(TextEscaping.cleaned(a + b, keepTabs: tabs) == Self.cleanedReference(a + b, keepTabs: tabs), "\((a + b).debugDescription)")
                }
            }
        }
    }
}

@Suite struct WrapFastPathTests {
    /// The general word wrap, as it was (characters counted), for ASCII labels.
    static func wrapReference(_ s: String, width: Int = DOTBuilder.wrapWidth) -> [String] {
        var lines: [String] = []
        for paragraph in TextEscaping.cleaned(s).split(separator: "\n", omittingEmptySubsequences: false) {
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

    @Test func asciiWrapMatchesTheCharacterWrap() {
        let samples = ["", " ", "a", "no reasons for panic", "The Allied leaders were unwilling to accept the offer of the Soviet government",
                       String(repeating: "x", count: 70) + " tail", "a\nb\n\nc  d\t e\n", "\n\n", "word " + String(repeating: "y", count: 32),
                       String(repeating: "z", count: 64), "one two three four five six seven eight nine ten eleven twelve"]
        for s in samples {
            for width in [32, 5, 1] {
                #expect(DOTBuilder.wrap(s, width: width) == Self.wrapReference(s, width: width), "\(s.debugDescription) \(width)")
            }
        }
        #expect(DOTBuilder.wrap("é \u{301}x") == Self.wrapReference("é \u{301}x"))
    }

    @Test func scalarWrapMatchesTheCharacterWrap() {
        let alphabet = ["a", "b", "é", "É", "ß", "—", "–", "“", "”", "’", "…", "€", "ŷ", " ", " ", " ", "\n", "\t", "xyz", "\u{A0}"]
        var state: UInt64 = 0x2545_F491_4F6C_DD1D
        func next() -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int(truncatingIfNeeded: state >> 33)
        }
        for _ in 0..<1500 {
            let s = (0..<(next() % 90)).map { _ in alphabet[next() % alphabet.count] }.joined()
            #expect(DOTBuilder.wrapScalars(TextEscaping.cleaned(s), width: 32) != nil)
            for width in [32, 5, 1] {
                #expect(DOTBuilder.wrap(s, width: width) == Self.wrapReference(s, width: width), "\(s.debugDescription) \(width)")
            }
        }
        // Text with combining marks or other joining scalars keeps the character wrap.
        #expect(DOTBuilder.wrapScalars("e\u{301} x", width: 32) == nil)
        #expect(DOTBuilder.wrapScalars("a\u{200D}b", width: 32) == nil)
    }
}
