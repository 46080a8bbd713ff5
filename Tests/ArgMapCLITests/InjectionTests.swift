import ArgMap
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing

/// The payloads of Tests/Fixtures/injection/payloads.txt, escapes decoded.
let injectionPayloads: [String] = {
    let url = packageRoot.appendingPathComponent("Tests/Fixtures/injection/payloads.txt")
    let text = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
    return text.split(separator: "\n", omittingEmptySubsequences: true)
        .filter { !$0.hasPrefix("# ") }
        .map { decodePayload(String($0)) }
}()

/// Decodes `{U+XXXX}` and `{LONG:N:c}` in a payload line.
func decodePayload(_ line: String) -> String {
    var out = ""
    var rest = Substring(line)
    while let open = rest.firstIndex(of: "{") {
        out += rest[..<open]
        let tail = rest[open...]
        if tail.hasPrefix("{U+"), let close = tail.firstIndex(of: "}"),
           let v = UInt32(tail[tail.index(open, offsetBy: 3)..<close], radix: 16), let u = Unicode.Scalar(v) {
            out.unicodeScalars.append(u)
            rest = tail[tail.index(after: close)...]
        } else if tail.hasPrefix("{LONG:"), let close = tail.firstIndex(of: "}") {
            let parts = tail[tail.index(open, offsetBy: 6)..<close].split(separator: ":", maxSplits: 1)
            if parts.count == 2, let n = Int(parts[0]) { out += String(repeating: String(parts[1]), count: n) }
            rest = tail[tail.index(after: close)...]
        } else {
            out.append("{")
            rest = tail.dropFirst()
        }
    }
    return out + rest
}

/// An output format of argmap and how to check it. A new format is one more entry in
/// ``InjectionTests/outputs``.
struct OutputCheck: Sendable, CustomStringConvertible {
    /// Name in test messages.
    let name: String
    /// The argmap arguments, given the old and new input paths.
    let args: @Sendable (_ old: String, _ new: String) -> [String]
    /// Exit statuses that count as success.
    let ok: Set<Int32>
    /// Checks the output bytes; throws or records issues.
    let check: @Sendable (Data) throws -> Void
    var description: String { name }
}

/// Elements and attributes that can run code or fetch things in an SVG shown by a browser.
func checkInertSVG(_ data: Data) throws {
    let xml = try XMLDocument(data: data, options: [])
    var stack: [XMLNode] = [try #require(xml.rootElement())]
    while let n = stack.popLast() {
        if let e = n as? XMLElement {
            let name = (e.name ?? "").lowercased()
            #expect(!["script", "foreignobject", "iframe", "object", "embed", "use", "animate", "set", "image", "style"].contains(name), "element <\(name)>")
            for a in e.attributes ?? [] {
                let an = (a.name ?? "").lowercased()
                #expect(!an.hasPrefix("on"), "event attribute \(an)")
                #expect(!an.hasSuffix("href"), "link attribute \(an)=\(a.stringValue ?? "")")
                if an == "style" { #expect(!(a.stringValue ?? "").lowercased().contains("url(")) }
            }
        }
        if n.kind == .processingInstruction { Issue.record("processing instruction \(n.name ?? "")") }
        stack.append(contentsOf: n.children ?? [])
    }
    let s = String(decoding: data, as: UTF8.self).lowercased()
    #expect(!s.contains("<script"))
    #expect(!s.contains("<!entity"))
}

/// DOT must parse and render again, and carry no URL or href attributes.
func checkDOT(_ data: Data) throws {
    let dot = String(decoding: data, as: UTF8.self)
    let svg = try GraphvizRenderer.render(dot: dot, layout: .dot, format: "svg")
    try checkInertSVG(svg)
    // Attribute names outside quoted strings: never URL, href or target.
    var bare = ""
    var inString = false, escaped = false
    for ch in dot {
        if inString {
            if escaped { escaped = false } else if ch == "\\" { escaped = true } else if ch == "\"" { inString = false }
            continue
        }
        if ch == "\"" { inString = true; bare += "\"\"" } else { bare.append(ch) }
    }
    for attr in ["URL=", "href=", "target="] { #expect(!bare.contains(attr), "\(attr) in DOT") }
    #expect(bare.hasPrefix("digraph ") && bare.hasSuffix("}\n"))
}

func checkJSON(_ data: Data) throws {
    _ = try JSONSerialization.jsonObject(with: data)
}

/// Text for a terminal or a Markdown page: valid UTF-8, no terminal escapes, no raw HTML tags.
func checkPlainText(_ data: Data, markdown: Bool) throws {
    let s = try #require(String(data: data, encoding: .utf8))
    #expect(!s.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x9B || $0.value == 0 }, "terminal escape or NUL in text")
    if markdown {
        let lower = s.lowercased()
        for tag in ["<script", "<img", "<svg", "<a ", "<style", "<iframe"] {
            #expect(!lower.contains(tag), "raw \(tag) in Markdown")
        }
        // A link needs an unescaped `](`.
        #expect(lower.range(of: #"(^|[^\\])\]\((javascript|data):"#, options: .regularExpression) == nil, "a javascript: or data: link in Markdown")
    }
}

@Suite(.serialized) struct InjectionTests {
    /// Every output argmap writes. Diff outputs compare a clean map with the hostile one.
    static let outputs: [OutputCheck] = [
        OutputCheck(name: "render svg", args: { _, n in ["render", n, "-f", "svg"] }, ok: [0], check: checkInertSVG),
        OutputCheck(name: "render --embed", args: { _, n in ["render", n, "-f", "svg", "--embed"] }, ok: [0], check: checkInertSVG),
        OutputCheck(name: "render --camps svg", args: { _, n in ["render", n, "-f", "svg", "--camps"] }, ok: [0], check: checkInertSVG),
        OutputCheck(name: "render dot", args: { _, n in ["render", n, "-f", "dot"] }, ok: [0], check: checkDOT),
        OutputCheck(name: "render json", args: { _, n in ["render", n, "-f", "json"] }, ok: [0], check: {
            try checkJSON($0); _ = try ArgumentGraph.decode(json: $0)
        }),
        OutputCheck(name: "extract", args: { _, n in ["extract", n] }, ok: [0], check: checkJSON),
        OutputCheck(name: "diff text", args: { o, n in ["diff", o, n, "--color", "never"] }, ok: [1], check: { try checkPlainText($0, markdown: false) }),
        OutputCheck(name: "diff text --color always", args: { o, n in ["diff", o, n, "--color", "always"] }, ok: [1], check: { d in
            // Colour codes are argmap's own; the payloads' escapes must not get through.
            let s = String(decoding: d, as: UTF8.self).replacingOccurrences(of: #"\u{1B}\[[0-9;]*m"#, with: "", options: .regularExpression)
            try checkPlainText(Data(s.utf8), markdown: false)
        }),
        OutputCheck(name: "diff json", args: { o, n in ["diff", o, n, "--format", "json"] }, ok: [1], check: checkJSON),
        OutputCheck(name: "diff md", args: { o, n in ["diff", o, n, "--format", "md"] }, ok: [1], check: { try checkPlainText($0, markdown: true) }),
        OutputCheck(name: "diff svg", args: { o, n in ["diff", o, n, "--format", "svg"] }, ok: [1], check: checkInertSVG),
        OutputCheck(name: "diff svg --embed", args: { o, n in ["diff", o, n, "--format", "svg", "--embed"] }, ok: [1], check: checkInertSVG),
        OutputCheck(name: "diff dot", args: { o, n in ["diff", o, n, "--format", "dot"] }, ok: [1], check: checkDOT),
        OutputCheck(name: "explain", args: { _, n in ["explain", n] }, ok: [0], check: { try checkPlainText($0, markdown: false) }),
    ]

    /// A map whose every text field holds a payload: per payload an actor (label, alias,
    /// evidence sentence and document), a position (label, text), a holds edge and a conflict
    /// edge with the payload as cue.
    static func hostileGraph() -> ArgumentGraph {
        var nodes: [Node] = [], edges: [Edge] = []
        for (i, p) in injectionPayloads.enumerated() {
            let ev = [Evidence(start: i, end: i + 1, sentence: p, document: p)]
            let label = String(p.prefix(ArgumentGraph.maxLabelLength))
            let a = Node(id: "a-\(i)", kind: .actor, label: label, aliases: [p, "alias \(i)"], category: .person, evidence: ev, rule: p)
            let q = Node(id: "p-\(i)", kind: .position, label: label, text: p, quoted: i % 2 == 0, evidence: ev, rule: p)
            nodes += [a, q]
            edges.append(Edge(id: "e-h-\(i)", kind: .holds, source: a.id, target: q.id, evidence: ev, rule: p))
            if i > 0 { edges.append(Edge(id: "e-c-\(i)", kind: i % 2 == 0 ? .conflict : .agreement, source: "a-\(i - 1)", target: a.id, cue: p, evidence: ev)) }
        }
        return ArgumentGraph(source: SourceInfo(name: injectionPayloads[0], sha256: "0", bytes: 1), nodes: nodes, edges: edges,
                             camps: [Camp(id: "c-0", members: ["a-0", "a-1"])])
    }

    /// A text with every short payload (not those with NUL, which a text may not hold) as
    /// quoted and reported claims and as names. The very long ones are in ``longText()``.
    static func hostileText() -> String {
        injectionPayloads.enumerated().filter { !$0.element.contains("\u{0}") && $0.element.count < 1_000 }.map { i, p in
            "Minister \(p) said that \"\(p)\" was \(p). Chicherin argued that \(p) could not stand. Chicherin's views differed sharply from those of Stalin \(i)."
        }.joined(separator: "\n\n")
    }

    @Test func thereAreAtLeast50Payloads() {
        #expect(injectionPayloads.count >= 50)
        #expect(injectionPayloads.contains { $0.contains("\u{0}") })
        #expect(injectionPayloads.contains { $0.count >= 100_000 })
    }

    @Test(arguments: InjectionTests.outputs)
    func payloadsInJSONLabelsStayInert(_ output: OutputCheck) throws {
        let d = try tempDir(); defer { try? FileManager.default.removeItem(at: d) }
        let clean = d.appendingPathComponent("clean.json"), hostile = d.appendingPathComponent("hostile.json")
        let seedJSON = packageRoot.appendingPathComponent("graphs/000_09d0b328bf90c93b.json")
        try FileManager.default.copyItem(at: seedJSON, to: clean)
        try Self.hostileGraph().encodedJSON().write(to: hostile)
        let r = try run(argmapBinary, output.args(clean.path, hostile.path))
        #expect(output.ok.contains(r.status), "\(output): status \(r.status): \(r.stderr)")
        try output.check(r.stdout)
    }

    @Test(arguments: InjectionTests.outputs)
    func payloadsInInputTextStayInert(_ output: OutputCheck) throws {
        let d = try tempDir(); defer { try? FileManager.default.removeItem(at: d) }
        let clean = d.appendingPathComponent("clean.txt"), hostile = d.appendingPathComponent("hostile.txt")
        try Data(sampleText.utf8).write(to: clean)
        try Data(Self.hostileText().utf8).write(to: hostile)
        let r = try run(argmapBinary, output.args(clean.path, hostile.path))
        #expect(output.ok.contains(r.status), "\(output): status \(r.status): \(r.stderr)")
        try output.check(r.stdout)
    }

    /// The very long payloads, each once in a quoted claim (a debug build takes seconds to
    /// extract them, so they go through fewer outputs).
    static func longText() -> String {
        injectionPayloads.filter { $0.count >= 1_000 }.map { "Smith said that \"\($0)\" was true." }.joined(separator: "\n\n")
    }

    @Test func longPayloadsInInputTextStayInert() throws {
        let d = try tempDir(); defer { try? FileManager.default.removeItem(at: d) }
        let hostile = d.appendingPathComponent("long.txt")
        try Data(Self.longText().utf8).write(to: hostile)
        for output in Self.outputs where ["render svg", "render dot", "extract"].contains(output.name) {
            let r = try run(argmapBinary, output.args(hostile.path, hostile.path))
            #expect(output.ok.contains(r.status), "\(output): status \(r.status): \(r.stderr)")
            try output.check(r.stdout)
        }
    }

    @Test func nulInTextIsAnErrorByDesign() throws {
        let r = try argmap("extract", "-", stdin: Data("Smith said that nul\u{0}byte was fine.".utf8))
        #expect(r.status == 2)
        #expect(r.stderr.contains("binary"))
    }
}
