import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
import ArgMap

let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
let seedPath = packageRoot.appendingPathComponent("seeds/000_09d0b328bf90c93b.txt").path
let ovaFixture = packageRoot.appendingPathComponent("Tests/Fixtures/aif/ova-example.json").path

/// Text that tries to break every syntax we write.
let hostile = "<script>alert(1)</script> \"dq\" 'sq' a|b ]]> javascript:alert(2) back\\slash\nnew line [x](y) {z} #1; `tick` & &amp; <!-- --> @user"

/// A small graph whose every text field is hostile.
func hostileGraph() -> ArgumentGraph {
    let a = Node(id: StableID.actor("A" + hostile), kind: .actor, label: "A " + hostile, aliases: ["A " + hostile, "alias " + hostile], category: .person,
                 evidence: [Evidence(start: 0, end: 5, sentence: "S " + hostile)])
    let b = Node(id: StableID.actor("B"), kind: .actor, label: "B", category: .body)
    let p = Node(id: StableID.position("P" + hostile), kind: .position, label: "P " + hostile, text: "P text " + hostile, quoted: true,
                 evidence: [Evidence(start: 6, end: 20, sentence: "S2 " + hostile)])
    let q = Node(id: StableID.position("Q"), kind: .position, label: "Q", text: "Q")
    let edges = [
        Edge(id: StableID.edge(.holds, a.id, p.id), kind: .holds, source: a.id, target: p.id),
        Edge(id: StableID.edge(.holds, b.id, q.id), kind: .holds, source: b.id, target: q.id),
        Edge(id: StableID.edge(.conflict, a.id, b.id), kind: .conflict, source: a.id, target: b.id, cue: "cue " + hostile,
             evidence: [Evidence(start: 0, end: 30, sentence: "S3 " + hostile)]),
        Edge(id: StableID.edge(.support, q.id, p.id), kind: .support, source: q.id, target: p.id),
    ]
    return ArgumentGraph(source: SourceInfo(name: "evil<\"'>.txt", sha256: "0", bytes: 40), nodes: [a, b, p, q], edges: edges)
}

func parseXML(_ s: String) throws -> XMLDocument {
    try XMLDocument(data: Data(s.utf8), options: [])
}

@Suite struct EscapingTests {
    @Test func graphMLIsWellFormedAndKeepsTheText() throws {
        let xml = GraphMLExport.document(hostileGraph())
        let doc = try parseXML(xml)
        let texts = try doc.nodes(forXPath: "//*[local-name()='data'][@key='ntext']").compactMap(\.stringValue)
        #expect(texts.contains("P text " + hostile))
        #expect(!xml.contains("<script"))
        #expect(try doc.nodes(forXPath: "//*[local-name()='node']").count == 4)
        #expect(try doc.nodes(forXPath: "//*[local-name()='edge']").count == 4)
    }

    @Test func aifIsJSONAndKeepsTheText() throws {
        let data = AIFExport.encode(hostileGraph())
        let obj = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let nodes = try #require(obj["nodes"] as? [[String: Any]])
        #expect(nodes.contains { ($0["text"] as? String) == "P text " + hostile && ($0["type"] as? String) == "I" })
        #expect(nodes.contains { ($0["text"] as? String) == "Disagreeing" })
    }

    @Test func mermaidLabelsCannotBreakOut() {
        let m = MermaidExport.flowchart(hostileGraph())
        for line in m.split(separator: "\n").dropFirst(3) where line.contains("\"") {
            // Exactly two quotes per label: the ones we wrote.
            #expect(line.filter { $0 == "\"" }.count == 2, "\(line)")
            let inner = String(line.split(separator: "\"", omittingEmptySubsequences: false)[1])
                .replacing(try! Regex("#[a-z0-9]+;"), with: "")
            #expect(!inner.contains(where: { "[]()<>{}|;`\n#".contains($0) }), "\(inner)")
        }
        #expect(!m.contains("<script"))
        #expect(m.contains("#quot;dq#quot;"))
        #expect(m.contains("x==x|\"cue "))
        #expect(m.split(separator: "\n").count == 3 + 4 + 4 + 3)
    }

    @Test func markdownTablesKeepTheirColumns() {
        let md = MarkdownExport.summary(hostileGraph(), svgLink: "my map (1).svg")
        #expect(!md.contains("<script"))
        #expect(md.contains("](my%20map%20%281%29.svg)"))
        for line in md.split(separator: "\n") where line.hasPrefix("|") {
            // Count pipes not preceded by a backslash.
            var n = 0
            var prev: Character = " "
            for c in line { if c == "|" && prev != "\\" { n += 1 }; prev = c }
            let expected = line.hasPrefix("| Actor") || line.hasPrefix("|---|---|---|\n") ? 4 : n
            #expect(n == expected)
            #expect([4, 5, 6].contains(n), "\(line)")
        }
    }

    @Test func htmlReportIsWellFormedAndInert() throws {
        var g = hostileGraph()
        g.source.name = "evil<\"'>.txt"
        let source = Data(("0123456789" + hostile + String(repeating: " x", count: 20)).utf8)
        let html = try HTMLReport.document(maps: [ReportMap(graph: g, source: source)], title: "T " + hostile)
        let doc = try parseXML(html)
        #expect(html.lowercased().components(separatedBy: "<script").count == 1)
        // Every link is to a fragment we generated, and every fragment exists.
        let hrefs = try doc.nodes(forXPath: "//@href").compactMap(\.stringValue)
        #expect(!hrefs.isEmpty)
        let ids = Set(try doc.nodes(forXPath: "//@id").compactMap(\.stringValue))
        for h in hrefs {
            #expect(h.hasPrefix("#"), "\(h)")
            #expect(ids.contains(String(h.dropFirst())), "dangling \(h)")
        }
        // No attribute of any element carries input text as an event handler.
        #expect(try doc.nodes(forXPath: "//@*[starts-with(local-name(), 'on')]").isEmpty)
        #expect(!html.contains("src="))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
    }
}

@Suite struct AIFTests {
    func labels(_ g: ArgumentGraph) -> (actors: Set<String>, positions: Set<String>, holds: Set<String>, relations: Set<String>) {
        let byID = g.nodesByID
        func name(_ id: String) -> String { byID[id].map { $0.kind == .actor ? $0.label : ($0.text ?? $0.label) } ?? "?" }
        let actors = Set(g.nodes.filter { $0.kind == .actor }.map(\.label))
        let positions = Set(g.nodes.filter { $0.kind == .position }.map { $0.text ?? $0.label })
        let holds = Set(g.edges.filter { $0.kind == .holds }.map { name($0.source) + " => " + name($0.target) })
        let relations = Set(g.edges.filter { $0.kind != .holds }.map { "\($0.kind.rawValue): \(name($0.source)) -> \(name($0.target))" })
        return (actors, positions, holds, relations)
    }

    @Test func roundTripKeepsActorsPositionsHoldersRelations() throws {
        for graph in [try ArgMapPipeline.loadGraph(seedPath), hostileGraph()] {
            let back = try AIFImport.graph(from: AIFExport.encode(graph), source: graph.source)
            try back.validate()
            let a = labels(graph), b = labels(back)
            let cleaned = { (s: Set<String>) in Set(s.map { ExportEscape.cleaned($0).trimmingCharacters(in: .whitespacesAndNewlines) }) }
            #expect(cleaned(a.actors) == b.actors)
            #expect(cleaned(a.positions) == b.positions)
            #expect(cleaned(a.holds) == cleaned(b.holds))
            #expect(cleaned(a.relations) == cleaned(b.relations))
            #expect(!a.relations.isEmpty)
        }
    }

    @Test func readsTheOVAExample() throws {
        let g = try ArgMapPipeline.loadGraph(ovaFixture)
        try g.validate()
        let l = labels(g)
        #expect(l.actors == ["Participant Rachel"])
        #expect(l.positions == ["A", "B"])
        #expect(l.holds == ["Participant Rachel => A", "Participant Rachel => B"])
        #expect(l.relations == ["support: B -> A"])
        #expect(g.source.name == "ova-example.json")
    }

    @Test func detectsAIFByShape() {
        #expect(AIFImport.looksLikeAIF(Data(#"{"nodes":[{"nodeID":"1","text":"x","type":"I"}],"edges":[]}"#.utf8)))
        #expect(AIFImport.looksLikeAIF(Data(#"{"AIF":{"nodes":[{"nodeID":1}],"edges":[]}}"#.utf8)))
        #expect(!AIFImport.looksLikeAIF(Data(#"{"schema":"argmap/1","nodes":[{"nodeID":"1"}]}"#.utf8)))
        #expect(!AIFImport.looksLikeAIF(Data(#"{"nodes":[{"id":"1"}]}"#.utf8)))
        #expect(!AIFImport.looksLikeAIF(Data("not json".utf8)))
    }

    @Test func agreementAndDisagreementBetweenSpeakers() throws {
        let json = #"""
        {"nodes":[{"nodeID":"1","text":"Ann : x","type":"L"},{"nodeID":"2","text":"Bob : y","type":"L"},
          {"nodeID":"3","text":"Disagreeing","type":"YA"},{"nodeID":"4","text":"x","type":"I"},
          {"nodeID":"5","text":"Asserting","type":"YA"},{"nodeID":"6","text":"Default Transition","type":"TA"},
          {"nodeID":"7","text":"Agreeing","type":"YA"},{"nodeID":"8","text":"Cy : z","type":"L"},
          {"nodeID":"9","text":"Pure Questioning","type":"YA"}],
         "edges":[{"edgeID":"1","fromID":"1","toID":"3"},{"edgeID":"2","fromID":"3","toID":"2"},
          {"edgeID":"3","fromID":"1","toID":"5"},{"edgeID":"4","fromID":"5","toID":"4"},
          {"edgeID":"5","fromID":"2","toID":"6"},{"edgeID":"6","fromID":"6","toID":"8"},
          {"edgeID":"7","fromID":"6","toID":"7"},{"edgeID":"8","fromID":"7","toID":"4"},
          {"edgeID":"9","fromID":"8","toID":"9"},{"edgeID":"10","fromID":"9","toID":"4"}],
         "locutions":[],"participants":[]}
        """#
        let g = try AIFImport.graph(from: Data(json.utf8), source: SourceInfo(name: "t.json", sha256: "0", bytes: 1))
        let l = labels(g)
        #expect(l.holds == ["Ann => x"])
        #expect(l.relations == ["conflict: Ann -> Bob", "agreement: Cy -> Bob"])
    }

    @Test func badAIFGivesATypedError() {
        #expect(throws: ExportError.self) {
            try AIFImport.graph(from: Data(#"{"nodes":[{"text":"no id"}]}"#.utf8), source: SourceInfo(name: "x", sha256: "0", bytes: 1))
        }
    }
}

@Suite(.serialized) struct RasterAndReportTests {
    @Test func pngAndPDFHaveTheirMagic() throws {
        let g = try ArgMapPipeline.loadGraph(seedPath)
        let png = Result { () throws(ExportError) -> Data in try RasterExport.render(g, format: "png") }
        let pdf = Result { () throws(ExportError) -> Data in try RasterExport.render(g, format: "pdf") }
        switch (png, pdf) {
        case (.success(let png), .success(let pdf)):
            #expect(Array(png.prefix(8)) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
            #expect(String(decoding: pdf.prefix(5), as: UTF8.self) == "%PDF-")
        case (.failure(let e), _), (_, .failure(let e)):
            // Only acceptable failure: the plugin is missing, and the message names the package.
            #expect(e == .missingCairo(format: "PNG", package: "libgvc6") || e == .missingCairo(format: "PDF", package: "libgvc6"))
            #expect(e.description.contains("libgvc6"))
        }
    }

    @Test func seedReportLinksNodesAndEvidenceBothWays() throws {
        let data = try ArgMapPipeline.readInput(seedPath)
        let g = try ArgMapPipeline.extract(data, name: "seed.txt")
        let html = try HTMLReport.document(maps: [ReportMap(graph: g, source: data), ReportMap(graph: g)])
        let doc = try parseXML(html)
        let svgs = try doc.nodes(forXPath: "//*[local-name()='svg']")
        #expect(svgs.count == 2)
        let ids = try doc.nodes(forXPath: "//@id").compactMap(\.stringValue)
        #expect(ids.count == Set(ids).count, "duplicate ids")
        let nodeLinks = try doc.nodes(forXPath: "//*[local-name()='g'][starts-with(@id,'m1-a_n')]/*[local-name()='a']/@href").compactMap(\.stringValue)
        #expect(nodeLinks.count == g.nodes.count)
        #expect(nodeLinks.allSatisfy { $0.hasPrefix("#m1-ev-n") || $0.hasPrefix("#m1-row-n") })
        #expect(nodeLinks.filter { $0.hasPrefix("#m1-ev-n") }.count >= g.nodes.count - 2)
        let marks = try doc.nodes(forXPath: "//*[@class and contains(@class,'ev ')]/@href").compactMap(\.stringValue)
        #expect(marks.contains { $0.hasPrefix("#m1-n") })
        let idSet = Set(ids)
        for h in try doc.nodes(forXPath: "//@href").compactMap(\.stringValue) { #expect(idSet.contains(String(h.dropFirst())), "\(h)") }
        // The second map came from a saved graph: no source text, links go to table rows.
        let second = try doc.nodes(forXPath: "//*[local-name()='g'][starts-with(@id,'m2-a_n')]/*[local-name()='a']/@href").compactMap(\.stringValue)
        #expect(second.allSatisfy { $0.hasPrefix("#m2-row-n") })
        for needle in ["prefers-color-scheme: dark", "@media print", "Content-Security-Policy"] { #expect(html.contains(needle)) }
        // Nothing is loaded from anywhere: no attribute holds a URL, no CSS url() or @import.
        #expect(try doc.nodes(forXPath: "//@*[contains(., '://')]").isEmpty)
        #expect(!html.contains("url(") && !html.contains("@import") && !html.contains("<link"))
    }

    @Test func diffReportHasThePictureAndTheChanges() throws {
        let old = try ArgMapPipeline.extract(Data("Chicherin maintained that world politics were in flux. Stalin concluded that the powers were arming. Chicherin's views differed sharply from those of Stalin.".utf8), name: "old.txt")
        let new = try ArgMapPipeline.extract(Data("Chicherin maintained that world politics were in flux. Litvinov argued that peace was possible.".utf8), name: "new.txt")
        let d = GraphDiffer.diff(old: old, new: new)
        let html = try HTMLReport.diffDocument(d)
        let doc = try parseXML(html)
        #expect(try doc.nodes(forXPath: "//*[local-name()='svg']").count == 1)
        #expect(html.contains("class=\"node actor added\"") || html.contains("added"))
        #expect(try doc.nodes(forXPath: "//*[local-name()='table'][@class='changes']//*[local-name()='tr']").count == d.changes.count + 1)
    }
}
