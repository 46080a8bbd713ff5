import Foundation
import Testing
@testable import ArgMapGraph

private func sample() -> ArgumentGraph {
    let a = StableID.actor("Chicherin"), b = StableID.actor("Stalin"), p = StableID.position("no reasons for panic")
    return ArgumentGraph(
        source: SourceInfo(name: "t.txt", sha256: String(repeating: "0", count: 64), bytes: 10),
        nodes: [
            Node(id: p, kind: .position, label: "no reasons for panic", text: "there were \"no reasons for panic\"", quoted: true, evidence: [Evidence(start: 5, end: 9)]),
            Node(id: b, kind: .actor, label: "Stalin", aliases: ["Stalin"], category: .person),
            Node(id: a, kind: .actor, label: "Chicherin", aliases: ["Chicherin"], category: .person, evidence: [Evidence(start: 0, end: 9)]),
        ],
        edges: [
            Edge(id: StableID.edge(.holds, a, p), kind: .holds, source: a, target: p),
            Edge(id: StableID.edge(.conflict, a, b), kind: .conflict, source: a, target: b, cue: "differed sharply"),
        ])
}

@Suite struct StableIDTests {
    @Test func sameContentSameID() {
        #expect(StableID.actor("Chicherin") == StableID.actor("  chicherin "))
        #expect(StableID.position("There were  “no reasons”") == StableID.position("there were \"no reasons\""))
        #expect(StableID.actor("Chicherin") != StableID.actor("Stalin"))
        #expect(StableID.position("a") != StableID.position("b"))
    }

    @Test func idsAreASCIIAndReadable() {
        let id = StableID.actor("Fourteenth Party Congress")
        #expect(id.hasPrefix("a-fourteenth-party-congress-"))
        #expect(StableID.actor("Мюллер").allSatisfy { $0.isASCII })
        #expect(StableID.position("x").hasPrefix("p-"))
        #expect(StableID.edge(.conflict, "a", "b").hasPrefix("e-conflict-"))
    }

    @Test func fnvMatchesReferenceVector() {
        // FNV-1a 64 of "a" is af63dc4c8601ec8c.
        #expect(StableID.fnv1a("a") == 0xaf63dc4c8601ec8c)
    }
}

@Suite struct GraphJSONTests {
    @Test func roundTrip() throws {
        let g = sample()
        let back = try ArgumentGraph.decode(json: g.encodedJSON())
        var canon = g
        canon.canonicalize()
        #expect(back == canon)
    }

    @Test func encodingIsDeterministicWhateverTheOrder() {
        var g = sample()
        let first = g.encodedJSON()
        g.nodes.reverse()
        g.edges.reverse()
        #expect(g.encodedJSON() == first)
        let text = String(decoding: first, as: UTF8.self)
        #expect(text.contains("\"schema\" : \"argmap/1\""))
        #expect(text.hasSuffix("\n"))
    }

    @Test func wrongSchemaIsRejected() {
        let json = #"{"schema":"argmap/9","source":{"name":"x","sha256":"","bytes":0},"nodes":[],"edges":[]}"#
        #expect(throws: GraphError.wrongSchema("argmap/9")) { try ArgumentGraph.decode(json: Data(json.utf8)) }
    }

    @Test func duplicateIDsAreRejected() {
        var g = sample()
        g.nodes.append(g.nodes[0])
        #expect(throws: GraphError.duplicateID(g.nodes[0].id)) { try ArgumentGraph.decode(json: g.encodedJSON()) }
    }

    @Test func danglingEdgeIsRejected() {
        var g = sample()
        g.edges.append(Edge(id: "e-x", kind: .conflict, source: g.nodes[1].id, target: "a-missing"))
        #expect(throws: GraphError.danglingEdge(edge: "e-x", missingNode: "a-missing")) { try ArgumentGraph.decode(json: g.encodedJSON()) }
    }

    @Test func holdsMustRunActorToPosition() {
        var g = sample()
        let p = g.nodes.first { $0.kind == .position }!.id, a = g.nodes.first { $0.kind == .actor }!.id
        g.edges.append(Edge(id: "e-bad", kind: .holds, source: p, target: a))
        #expect(throws: GraphError.self) { try ArgumentGraph.decode(json: g.encodedJSON()) }
    }

    @Test func malformedInputGivesClearErrors() {
        #expect(throws: GraphError.malformedJSON("invalid JSON")) { try ArgumentGraph.decode(json: Data("{nope".utf8)) }
        #expect(throws: GraphError.malformedJSON("the top level is not an object")) { try ArgumentGraph.decode(json: Data("[1]".utf8)) }
        #expect(throws: GraphError.malformedJSON("no \"schema\" field")) { try ArgumentGraph.decode(json: Data("{}".utf8)) }
        let missing = #"{"schema":"argmap/1","source":{"name":"x","sha256":"","bytes":0},"nodes":[{"id":"a","label":"x","evidence":[]}],"edges":[]}"#
        #expect(throws: GraphError.malformedJSON("missing field \"kind\" at nodes[0]")) { try ArgumentGraph.decode(json: Data(missing.utf8)) }
    }
}

@Suite struct OutputFileTests {
    @Test func writesAtomicallyAndLeavesNoTemporaryFile() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("argmap-out-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("x.json").path
        try OutputFile.write(Data("one".utf8), to: path)
        try OutputFile.write(Data("two".utf8), to: path)
        #expect(String(decoding: FileManager.default.contents(atPath: path)!, as: UTF8.self) == "two")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["x.json"])
    }

    @Test func missingDirectoryIsAnError() {
        #expect(throws: OutputError.self) { try OutputFile.write(Data(), to: "/nonexistent-dir-argmap/x.json") }
    }
}

@Suite struct OutlineTests {
    @Test func oneSortedLinePerThingWithoutIdsOrOffsets() {
        var g = sample()
        let nkid = StableID.actor("NKID"), p2 = StableID.position("Germany must stay neutral")
        let long = "the events of 1924 represented a decisive turning point in international history"
        let p3 = StableID.position(long)
        g.nodes.append(Node(id: nkid, kind: .actor, label: "NKID", aliases: ["Narkomindel", "NKID", "NKID Collegium"], category: .body))
        g.nodes.append(Node(id: p2, kind: .position, label: "Germany must stay neutral", text: "Germany must stay neutral"))
        g.nodes.append(Node(id: p3, kind: .position, label: "the events of 1924 represented a decisive…", text: long))
        let a = StableID.actor("Chicherin"), p = StableID.position("no reasons for panic")
        g.edges.append(Edge(id: StableID.edge(.holds, nkid, p), kind: .holds, source: nkid, target: p))
        g.edges.append(Edge(id: StableID.edge(.support, p2, p), kind: .support, source: p2, target: p))
        g.edges.append(Edge(id: StableID.edge(.holds, a, p3), kind: .holds, source: a, target: p3))
        g.camps = [Camp(id: StableID.camp([nkid, a]), members: [nkid, a])]
        #expect(g.outline() == """
            actor Chicherin (person)
            actor NKID (body) aka Narkomindel, NKID Collegium
            actor Stalin (person)

            position (none) -> "Germany must stay neutral"
            position Chicherin -> "the events of 1924 represented a decisive turning point in international history"
            position Chicherin, NKID -> "no reasons for panic" = "there were \\"no reasons for panic\\"" (quoted)

            conflict Chicherin <-> Stalin cue "differed sharply"
            support "Germany must stay neutral" -> "no reasons for panic"

            camp Chicherin, NKID

            """)
        for id in g.nodes.map(\.id) + g.edges.map(\.id) { #expect(!g.outline().contains(id)) }
    }

    @Test func orderIdsEvidenceAndDirectionOfUndirectedEdgesDoNotMatter() {
        let g = sample()
        var h = g
        h.nodes.reverse()
        h.edges.reverse()
        for i in h.nodes.indices { h.nodes[i].evidence = [Evidence(start: 100 + i, end: 200, sentence: "moved")] }
        // The conflict written the other way round, with another id: the same relation.
        let conflict = h.edges.firstIndex { $0.kind == .conflict }!
        (h.edges[conflict].source, h.edges[conflict].target) = (h.edges[conflict].target, h.edges[conflict].source)
        h.edges[conflict].id = "e-conflict-other"
        h.source = SourceInfo(name: "other.txt", sha256: String(repeating: "1", count: 64), bytes: 99)
        #expect(h.outline() == g.outline())
        // A change of wording shows.
        h.nodes[h.nodes.firstIndex { $0.kind == .position }!].label = "some reasons for panic"
        #expect(h.outline() != g.outline())
    }

    @Test func everyItemIsOneLine() {
        var g = sample()
        g.nodes[0].label = "two\nlines\u{1B}[31m and a \\ backslash"
        g.nodes[2].label = "Chich\r\nerin"
        let lines = g.outline().split(separator: "\n", omittingEmptySubsequences: true)
        #expect(lines.count == 4)
        #expect(g.outline().contains("\"two\\nlines\\u{1b}[31m and a \\\\ backslash\""))
        #expect(g.outline().contains("actor Chich\\r\\nerin (person)"))
        #expect(!g.outline().contains("\u{1B}"))
    }

    @Test func emptyGraphHasAnEmptyOutline() {
        #expect(ArgumentGraph(source: SourceInfo(name: "e", sha256: "", bytes: 0)).outline() == "")
    }
}

@Suite struct DirectJSONWriterTests {
    /// Graphs that use every field, every escape and empty and missing containers.
    private func graphs() -> [ArgumentGraph] {
        var full = sample()
        let tricky = "quote \" backslash \\ slash / tab \t nl \n cr \r bs \u{08} ff \u{0C} nul \u{00} us \u{1F} del \u{7F} é “curly” 😀 e\u{301}"
        full.nodes[0].rule = "reporting-verb"
        full.nodes[0].evidence = [Evidence(start: 1, end: 2, sentence: tricky, document: "doc/a.txt"), Evidence(start: -3, end: 0), Evidence(start: 7, end: Int.max)]
        full.nodes[1].aliases = []
        full.nodes[1].label = tricky
        full.nodes[2].category = .author
        full.nodes[2].quoted = false
        full.edges[0].cue = ""
        full.edges[1].evidence = []
        full.edges[1].rule = tricky
        full.camps = [Camp(id: "c-1", members: []), Camp(id: "c-0", members: ["b", "a", tricky])]
        var emptyCamps = sample()
        emptyCamps.camps = []
        let empty = ArgumentGraph(source: SourceInfo(name: "", sha256: "", bytes: 0))
        return [sample(), full, emptyCamps, empty]
    }

    @Test func sameBytesAsJSONEncoder() {
        for g in graphs() {
            #expect(g.encodedJSON() == g.encodedJSONWithEncoder())
        }
    }

    /// A field added to a graph type must be added to the direct writer too.
    @Test func writerKnowsEveryField() {
        let g = graphs()[1]
        func fields(_ x: Any) -> Set<String> { Set(Mirror(reflecting: x).children.compactMap(\.label)) }
        #expect(fields(g) == GraphJSONWriter.knownFields["ArgumentGraph"])
        #expect(fields(g.source) == GraphJSONWriter.knownFields["SourceInfo"])
        #expect(fields(g.camps![0]) == GraphJSONWriter.knownFields["Camp"])
        #expect(fields(g.nodes[0]) == GraphJSONWriter.knownFields["Node"])
        #expect(fields(g.edges[0]) == GraphJSONWriter.knownFields["Edge"])
        #expect(fields(g.nodes[0].evidence[0]) == GraphJSONWriter.knownFields["Evidence"])
    }

    /// An already canonical graph is left as it is; a shuffled one is put in the same order.
    @Test func canonicalizeIsIdempotentAndOrderFree() {
        var a = graphs()[1]
        a.canonicalize()
        var b = a
        b.canonicalize()
        #expect(a == b)
        var c = a
        c.nodes.reverse()
        for i in c.nodes.indices { c.nodes[i].evidence.reverse() }
        c.canonicalize()
        #expect(c.encodedJSON() == a.encodedJSON())
    }
}

@Suite struct NormalizeFastPathTests {
    @Test func asciiNormalizeMatchesTheGeneralOne() {
        for s in ["", " ", "Chicherin", "  chicherin ", "There were  \"no reasons\"", "a\tb\nc\u{0B}d\u{0C}e\rf", "A-B_C.D", "x\u{1C}y\u{1F}z", "UPPER lower 123 !@#"] {
            #expect(StableID.normalizeASCII(s) == StableID.normalizeGeneral(s), "\(s.debugDescription)")
        }
        #expect(StableID.normalizeASCII("caf\u{E9}") == nil)
    }

    @Test func punctuatedNormalizeMatchesTheGeneralOne() {
        var samples = ["The \u{201C}Court\u{201D} said it\u{2019}s \u{2018}wrong\u{2019}", "A \u{2014} B \u{2013} C\u{2026}", "x\u{A0}\u{A0}y\u{A0}",
                       "\u{A0}Lead and trail\u{A0}", "\u{A7} 12, 30\u{B0}, \u{A3}5, \u{20AC}6, 3\u{D7}4\u{2212}1", "Don\u{02BC}T \u{AB}Quote\u{BB}"]
        // Every punctuation character the fast path takes, alone and between letters.
        for v in UInt32(0x80)...0x2212 where StableID.isPlainPunctuation(v) {
            let c = String(Character(Unicode.Scalar(v)!))
            samples += [c, "A\(c)b", "\(c)X \(c)", "x\(c)\u{2019}\(c)Y"]
        }
        for s in samples {
            #expect(StableID.normalizePunctuated(s) == StableID.normalizeGeneral(s), "\(s.debugDescription)")
            #expect(StableID.normalizePunctuated(s).map { Array($0.unicodeScalars) } == Array(StableID.normalizeGeneral(s).unicodeScalars), "\(s.debugDescription)")
        }
        #expect(StableID.normalizePunctuated("caf\u{E9}") == nil)
    }
}
