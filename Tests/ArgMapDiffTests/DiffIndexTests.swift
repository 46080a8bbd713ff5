import Testing
import ArgMapGraph
@testable import ArgMapDiff

// The pieces under the diff's interned ids: the id table, the ASCII fast paths of
// normalisation, and diffs whose ids are not ASCII (the table's slower mode).

@Test func idTableNumbersStringsInOrderAndFindsThem() {
    for mode in [IDTable.Mode.fast, .swift] {
        var t = IDTable(capacity: 4, mode: mode)  // grows several times
        let strings = (0..<5_000).map { "id-\($0)-" + String(repeating: "x", count: $0 % 40) }
        for (i, s) in strings.enumerated() { #expect(t.intern(s) == i) }
        #expect(t.count == strings.count)
        for (i, s) in strings.enumerated() {
            #expect(t.find(s) == i)
            #expect(t.intern(s) == i)
            // A copy with its own storage is the same string.
            #expect(t.find(String(decoding: Array(s.utf8), as: UTF8.self)) == i)
        }
        #expect(t.count == strings.count)
        #expect(t.find("absent") == IDTable.notFound)
        #expect(t.find("") == IDTable.notFound)
        #expect(t.intern("") == strings.count)
    }
}

@Test func idTableFastModeTakesOnlyASCII() {
    var fast = IDTable(capacity: 8, mode: .fast)
    #expect(fast.intern("a-caf\u{E9}") == IDTable.failed)
    #expect(fast.find("a-caf\u{E9}") == IDTable.failed)
    // The standard library's mode takes any string, with String's equality: canonically
    // equivalent spellings are one string.
    var t = IDTable(capacity: 8, mode: .swift)
    let cafe = t.intern("a-caf\u{E9}")
    #expect(t.find("a-cafe\u{301}") == cafe)
    let k = t.intern("K")
    #expect((t.find("\u{212A}") == k) == ("\u{212A}" == "K"))
}

@Test func textKeyNormalizeIsStableIDNormalize() {
    var samples: [String] = []
    for a in 0..<128 {
        let c = String(UnicodeScalar(UInt8(a)))
        samples += [c, "x\(c)y", " \(c) ", "A\(c)\(c)", "\(c)e"]
    }
    samples += ["  Mixed   Case\tand\nlines  ", "", " ", "Chicherin's \u{2018}views\u{2019}", "Caf\u{E9} CR\u{C8}ME",
                "\u{201C}Quoted\u{201D} \u{2014} dash", "a\u{1}b", "\u{212A}elvin"]
    for s in samples { #expect(TextKey.normalize(s) == StableID.normalize(s), "\(Array(s.utf8))") }
}

@Test func textKeyTokensAreWordRunsOfNormalizedText() {
    var samples = ["The Soviet Union must seek a lasting settlement", "  x1 y2-z3 ", "", "...", "a_b c'd",
                   "Caf\u{E9} au lait, 3\u{BD} cups", "\u{201C}Quoted\u{201D}"]
    for a in 0..<128 { samples.append("w\(String(UnicodeScalar(UInt8(a))))v") }
    for s in samples { #expect(TextKey.tokens(s) == TextKey.scalarTokens(s), "\(s)") }
}

@Test func idsThatAreNotASCIIAreMatchedAsStringsAre() {
    // The same ids, spelled in composed form in the old graph and decomposed in the new
    // (equal Strings): no changes.
    func graph(_ e: String) -> ArgumentGraph {
        let a = Node(id: "a-caf\(e)", kind: .actor, label: "Caf\(e)", aliases: ["Caf\(e)"], category: .person, evidence: [])
        let b = G.litvinov
        let p = Node(id: "p-cr\(e)me", kind: .position, label: "Cr\(e)me", text: "Cr\(e)me", quoted: false, evidence: [])
        return G.graph([a, b, p], [
            Edge(id: "e-1", kind: .holds, source: a.id, target: p.id, evidence: []),
            Edge(id: "e-2", kind: .conflict, source: a.id, target: b.id, evidence: []),
        ])
    }
    let d = GraphDiffer.diff(old: graph("\u{E9}"), new: graph("e\u{301}"))
    #expect(d.isEmpty)
    #expect(d.matchedNodes.count == 3)
    // And a change among them is found as among ASCII ids.
    var changed = graph("e\u{301}")
    changed.edges[1].kind = .agreement
    let f = GraphDiffer.diff(old: graph("\u{E9}"), new: changed)
    #expect(f.changes.map(\.kind) == [.relationFlipped])
}

@Test func aHubWithManyEdgesMatchesEachEdge() {
    // More than 16 edges from one node (the edge index sorts such groups), some written both ways.
    let hub = G.actor("Hub")
    let others = (0..<40).map { G.actor("Other \($0)") }
    var edges: [Edge] = []
    for (k, o) in others.enumerated() {
        edges.append(G.edge(k % 2 == 0 ? .agreement : .conflict, hub, o, cue: "c\(k)"))
        if k % 5 == 0 { edges.append(G.edge(k % 2 == 0 ? .agreement : .conflict, o, hub, cue: "back")) }
    }
    let old = G.graph([hub] + others, edges)
    var new = old
    new.edges.reverse()
    #expect(GraphDiffer.diff(old: old, new: new).isEmpty)
    new.edges[0].cue = "other cue"  // the last edge of `old`
    new.edges.removeLast()  // the first
    let d = GraphDiffer.diff(old: old, new: new)
    #expect(d.changes.map(\.kind) == [.relationRemoved, .relationCueChanged])
    #expect(d.changes.first?.oldId == edges[0].id)
    #expect(d.changes.last?.oldId == edges.last?.id)
}
