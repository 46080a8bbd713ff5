import Foundation
import Testing
import ArgMapGraph
import ArgMapDiff

private func kinds(_ d: GraphDiff) -> [ChangeKind] { d.changes.map(\.kind) }

@Test func identicalGraphsHaveNoChanges() {
    let d = GraphDiffer.diff(old: G.base, new: G.base)
    #expect(d.isEmpty)
    #expect(d.changes.isEmpty)
    #expect(d.summary == DiffSummary())
    #expect(d.statReport() == "0 actors (+0 -0 ~0), 0 positions (+0 -0 ~0), 0 relations (+0 -0 ~0)\n")
    #expect(d.textReport(color: false).hasPrefix("No changes.\n"))
}

@Test func nodeOrderDoesNotMatter() {
    var shuffled = G.base
    shuffled.nodes.reverse()
    shuffled.edges.reverse()
    #expect(GraphDiffer.diff(old: G.base, new: shuffled).isEmpty)
}

@Test func addedAndRemovedActor() {
    var new = G.base
    new.nodes.removeAll { $0.id == G.litvinov.id }
    new.edges.removeAll { $0.source == G.litvinov.id || $0.target == G.litvinov.id }
    new.nodes.append(G.stalin)
    new.edges.append(G.edge(.holds, G.stalin, G.p2))
    let d = GraphDiffer.diff(old: G.base, new: new)
    #expect(d.changes.contains { $0.kind == .actorAdded && $0.new?.label == "Stalin" })
    #expect(d.changes.contains { $0.kind == .actorRemoved && $0.old?.label == "Litvinov" })
    // p2 is now held by Stalin instead of Litvinov.
    let re = d.changes.first { $0.kind == .positionReattributed }
    #expect(re?.old?.holders == ["Litvinov"])
    #expect(re?.new?.holders == ["Stalin"])
    #expect(d.changes.contains { $0.kind == .relationRemoved && $0.old?.relation == .conflict })
    #expect(d.summary.actors == ChangeCounts(added: 1, removed: 1, changed: 0))
    #expect(d.summary.positions == ChangeCounts(added: 0, removed: 0, changed: 1))
    #expect(d.summary.relations == ChangeCounts(added: 0, removed: 1, changed: 0))
}

@Test func addedAndRemovedPosition() {
    let p4 = G.position("Disarmament conferences are a bourgeois trap")
    var new = G.base
    new.nodes.removeAll { $0.id == G.p2.id }
    new.edges.removeAll { $0.target == G.p2.id }
    new.nodes.append(p4)
    new.edges.append(G.edge(.holds, G.litvinov, p4))
    let d = GraphDiffer.diff(old: G.base, new: new)
    #expect(kinds(d) == [.positionAdded, .positionRemoved])
    #expect(d.changes[0].new?.holders == ["Litvinov"])
    #expect(d.changes[1].old?.label == G.p2.label)
    let text = d.textReport(color: false)
    #expect(text.contains("Positions\n  + \"Disarmament conferences are a bourgeois trap\" (held by Litvinov)\n"))
    #expect(text.contains("  - \"Britain is the chief enemy of the revolution\" (held by Litvinov)\n"))
    #expect(text.hasSuffix("0 actors (+0 -0 ~0), 2 positions (+1 -1 ~0), 0 relations (+0 -0 ~0)\n"))
}

/// Replaces node `old` by `new` everywhere in `g` (ids in edges too).
private func replacing(_ g: ArgumentGraph, _ old: Node, with new: Node) -> ArgumentGraph {
    var g = g
    g.nodes = g.nodes.map { $0.id == old.id ? new : $0 }
    g.edges = g.edges.map { e in
        var e = e
        if e.source == old.id { e.source = new.id }
        if e.target == old.id { e.target = new.id }
        e.id = StableID.edge(e.kind, e.source, e.target)
        return e
    }
    return g
}

@Test func rewordedPositionIsMatched() {
    let p1b = G.position("The Soviet Union should seek a lasting settlement with Germany")
    let d = GraphDiffer.diff(old: G.base, new: replacing(G.base, G.p1, with: p1b))
    #expect(kinds(d) == [.positionReworded])
    let c = d.changes[0]
    #expect(c.oldId == G.p1.id && c.newId == p1b.id && c.id == p1b.id)
    #expect(c.old?.text == G.p1.text && c.new?.text == p1b.text)
    #expect((c.similarity ?? 0) > 0.8)
    // The edges to it follow it: no relation changes.
    #expect(d.summary.relations.total == 0)
    #expect(d.textReport(color: false).contains(
        "~ \"The Soviet Union must seek a lasting settlement with Germany\" -> \"The Soviet Union should seek a lasting settlement with Germany\""))
}

@Test func veryDifferentTextIsNotMatched() {
    let other = G.position("Germany will betray the Soviet Union at Locarno")
    let d = GraphDiffer.diff(old: G.base, new: replacing(G.base, G.p1, with: other))
    #expect(d.changes.filter { $0.subject == .position }.map(\.kind) == [.positionAdded, .positionRemoved])
    #expect(!kinds(d).contains(.positionReworded))
}

@Test func similarityThresholdIsConfigurable() {
    let p1b = G.position("The Soviet Union must seek a settlement with Weimar Germany soon")
    let new = replacing(G.base, G.p1, with: p1b)
    #expect(kinds(GraphDiffer.diff(old: G.base, new: new)).contains(.positionReworded))
    let strict = GraphDiffer.diff(old: G.base, new: new, options: DiffOptions(similarity: 0.95))
    #expect(!kinds(strict).contains(.positionReworded))
    #expect(kinds(strict).contains(.positionAdded))
}

@Test func reattributedPosition() {
    var new = G.base
    new.edges.removeAll { $0.kind == .holds && $0.target == G.p3.id }
    new.edges.append(G.edge(.holds, G.litvinov, G.p3))
    new.edges.append(G.edge(.holds, G.chicherin, G.p3))
    let d = GraphDiffer.diff(old: G.base, new: new)
    #expect(kinds(d) == [.positionReattributed])
    #expect(d.changes[0].old?.holders == ["NKID"])
    #expect(d.changes[0].new?.holders == ["Chicherin", "Litvinov"])
    #expect(d.textReport(color: false).contains(": held by NKID -> Chicherin, Litvinov"))
}

@Test func flippedRelation() {
    var new = G.base
    new.edges.removeAll { $0.kind == .conflict }
    // Agreement, and written the other way round: agreement and conflict are undirected.
    new.edges.append(G.edge(.agreement, G.litvinov, G.chicherin, cue: "differed sharply"))
    let d = GraphDiffer.diff(old: G.base, new: new)
    #expect(kinds(d) == [.relationFlipped])
    #expect(d.changes[0].old?.relation == .conflict)
    #expect(d.changes[0].new?.relation == .agreement)
    #expect(d.summary.relations == ChangeCounts(added: 0, removed: 0, changed: 1))
    #expect(d.textReport(color: false).contains("~ Litvinov / Chicherin: conflict -> agreement\n"))
    // A flip with new cue words shows both cues.
    new.edges[new.edges.count - 1].cue = "sided with"
    let e = GraphDiffer.diff(old: G.base, new: new)
    #expect(kinds(e) == [.relationFlipped])
    #expect(e.textReport(color: false).contains("~ Litvinov / Chicherin: conflict -> agreement, cue \"differed sharply\" -> \"sided with\"\n"))
}

@Test func cueChange() {
    var new = G.base
    new.edges = new.edges.map { var e = $0; if e.kind == .conflict { e.cue = "clashed" }; return e }
    let d = GraphDiffer.diff(old: G.base, new: new)
    #expect(kinds(d) == [.relationCueChanged])
    #expect(d.changes[0].old?.cue == "differed sharply" && d.changes[0].new?.cue == "clashed")
}

@Test func renamedActorByAliasOverlap() {
    let renamed = G.actor("People's Commissariat", aliases: ["Narkomindel", "People's Commissariat"], category: .body)
    let d = GraphDiffer.diff(old: G.base, new: replacing(G.base, G.nkid, with: renamed))
    #expect(kinds(d) == [.actorRenamed])
    #expect(d.changes[0].oldId == G.nkid.id && d.changes[0].newId == renamed.id)
    #expect(d.textReport(color: false).contains("~ NKID -> People's Commissariat: renamed"))
    // Its position's holders are the same actor: not re-attributed.
    #expect(d.summary.positions.total == 0)
}

@Test func unrelatedActorIsNotRenamed() {
    let other = G.actor("Comintern", aliases: ["Comintern", "ECCI"], category: .body)
    let d = GraphDiffer.diff(old: G.base, new: replacing(G.base, G.nkid, with: other))
    #expect(kinds(d).contains(.actorAdded) && kinds(d).contains(.actorRemoved))
}

@Test func aliasesChanged() {
    var nkid = G.nkid
    nkid.aliases = ["NKID", "Narkomindel", "NKID Collegium"]
    let d = GraphDiffer.diff(old: G.base, new: replacing(G.base, G.nkid, with: nkid))
    #expect(kinds(d) == [.actorAliasesChanged])
    #expect(d.textReport(color: false).contains("~ NKID: aliases NKID, Narkomindel -> NKID, NKID Collegium, Narkomindel"))
}

@Test func evidenceOnlyChangeIgnoredByDefault() {
    var new = G.base
    for i in new.nodes.indices { new.nodes[i].evidence = [Evidence(start: 100 + i, end: 200)] }
    for i in new.edges.indices { new.edges[i].evidence = [Evidence(start: 300 + i, end: 400)] }
    #expect(GraphDiffer.diff(old: G.base, new: new).isEmpty)
    let d = GraphDiffer.diff(old: G.base, new: new, options: DiffOptions(compareEvidence: true))
    #expect(d.changes.filter { $0.kind == .actorEvidenceChanged }.count == 3)
    #expect(d.changes.filter { $0.kind == .positionEvidenceChanged }.count == 3)
    #expect(d.changes.filter { $0.kind == .relationEvidenceChanged }.count == 6)
    #expect(d.changes.allSatisfy { $0.old?.evidence != nil && $0.new?.evidence != nil })
}

@Test func campMembership() {
    let before = [Camp(id: StableID.camp([G.chicherin.id, G.nkid.id]), members: [G.chicherin.id, G.nkid.id].sorted())]
    let members = [G.chicherin.id, G.nkid.id, G.litvinov.id].sorted()
    let after = [Camp(id: StableID.camp(members), members: members)]
    var old = G.base, new = G.base
    old.camps = before
    new.camps = after
    let d = GraphDiffer.diff(old: old, new: new)
    #expect(kinds(d) == [.campMembershipChanged])
    #expect(d.changes[0].new?.members == ["Chicherin", "Litvinov", "NKID"])
    #expect(d.statReport().hasSuffix(", 1 camp (+0 -0 ~1)\n"))
    #expect(GraphDiffer.diff(old: old, new: old).isEmpty)
}

@Test func unionGraphValidatesWithStatuses() throws {
    let p1b = G.position("The Soviet Union should seek a lasting settlement with Germany")
    let p4 = G.position("Disarmament conferences are a bourgeois trap")
    var new = replacing(G.base, G.p1, with: p1b)
    new.nodes.removeAll { $0.id == G.p2.id }
    new.edges.removeAll { $0.target == G.p2.id }
    new.nodes.append(contentsOf: [p4, G.stalin])
    new.edges.append(G.edge(.holds, G.stalin, p4))
    new.edges.removeAll { $0.kind == .conflict }
    new.edges.append(G.edge(.agreement, G.chicherin, G.litvinov))
    let d = GraphDiffer.diff(old: G.base, new: new)
    let u = d.unionGraph()
    try u.graph.validate()
    #expect(u.graph.nodes.count == 8)
    #expect(u.nodeStatus[p1b.id] == .changed)
    #expect(u.nodeStatus[G.p1.id] == nil)
    #expect(u.nodeStatus[G.p2.id] == .removed)
    #expect(u.nodeStatus[p4.id] == .added)
    #expect(u.nodeStatus[G.stalin.id] == .added)
    #expect(u.nodeStatus[G.chicherin.id] == .unchanged)
    #expect(u.edgeStatus[StableID.edge(.agreement, G.chicherin.id, G.litvinov.id)] == .changed)
    #expect(u.edgeStatus[StableID.edge(.holds, G.litvinov.id, G.p2.id)] == .removed)
    #expect(u.edgeStatus[StableID.edge(.holds, G.stalin.id, p4.id)] == .added)
    #expect(u.edgeStatus[StableID.edge(.holds, G.chicherin.id, p1b.id)] == .unchanged)
    #expect(Set(u.nodeStatus.keys) == Set(u.graph.nodes.map(\.id)))
    #expect(Set(u.edgeStatus.keys) == Set(u.graph.edges.map(\.id)))
    // Identical graphs: everything unchanged.
    let same = GraphDiffer.diff(old: G.base, new: G.base).unionGraph()
    #expect(same.nodeStatus.values.allSatisfy { $0 == .unchanged })
    #expect(same.edgeStatus.values.allSatisfy { $0 == .unchanged })
}

@Test func unionGraphRemovedEdgeToRenamedActor() throws {
    // A removed edge whose end was renamed points at the new id of that end.
    let renamed = G.actor("People's Commissariat", aliases: ["Narkomindel"], category: .body)
    var new = replacing(G.base, G.nkid, with: renamed)
    new.edges.removeAll { $0.source == renamed.id }
    let u = GraphDiffer.diff(old: G.base, new: new).unionGraph()
    try u.graph.validate()
    let removed = u.graph.edges.filter { u.edgeStatus[$0.id] == .removed }
    #expect(removed.map(\.source) == [renamed.id])
}

@Test func jsonReportIsDeterministic() throws {
    let p1b = G.position("The Soviet Union should seek a lasting settlement with Germany")
    var new = replacing(G.base, G.p1, with: p1b)
    new.nodes.append(G.stalin)
    var shuffled = new
    shuffled.nodes.reverse()
    shuffled.edges.reverse()
    let a = GraphDiffer.diff(old: G.base, new: new).jsonReport()
    let b = GraphDiffer.diff(old: G.base, new: shuffled).jsonReport()
    #expect(a == b)
    let obj = try #require(try JSONSerialization.jsonObject(with: a) as? [String: Any])
    #expect(obj["schema"] as? String == "argmap-diff/1")
    #expect((obj["old"] as? [String: Any])?["name"] as? String == "t.txt")
    let changes = try #require(obj["changes"] as? [[String: Any]])
    #expect(changes.map { $0["kind"] as? String } == ["actor-added", "position-reworded"])
    #expect((changes[1]["old"] as? [String: Any])?["text"] as? String == G.p1.text)
    let summary = try #require(obj["summary"] as? [String: [String: Int]])
    #expect(summary["positions"] == ["added": 0, "removed": 0, "changed": 1, "total": 1])
    // Keys are sorted.
    let s = String(decoding: a, as: UTF8.self)
    #expect(s.range(of: "\"changes\"")!.lowerBound < s.range(of: "\"new\"")!.lowerBound)
    #expect(s.hasSuffix("}\n"))
}

@Test func changeKindNamesAreStable() {
    #expect(ChangeKind.allCases.map(\.rawValue) == [
        "actor-added", "actor-removed", "actor-renamed", "actor-aliases-changed", "actor-category-changed",
        "actor-evidence-changed", "position-added", "position-removed", "position-reworded",
        "position-reattributed", "position-quoted-changed", "position-evidence-changed", "relation-added",
        "relation-removed", "relation-flipped", "relation-cue-changed", "relation-evidence-changed",
        "camp-added", "camp-removed", "camp-membership-changed",
    ])
}

@Test func markdownEscapesTableBreakersAndHTML() {
    let evil = G.position("a | b <script>alert(1)</script> `x` *y* _z_ [l](u)\nnext @here")
    var new = G.base
    new.nodes.append(evil)
    new.edges.append(G.edge(.holds, G.stalin, evil))
    new.nodes.append(G.stalin)
    let md = GraphDiffer.diff(old: G.base, new: new).markdownReport()
    #expect(!md.contains("<script>"))
    #expect(md.contains("&lt;script&gt;"))
    #expect(md.contains("a \\| b"))
    #expect(md.contains("\\`x\\`"))
    #expect(md.contains("\\*y\\*") && md.contains("\\_z\\_") && md.contains("\\[l\\]"))
    #expect(md.contains("<br>next"))
    #expect(!md.contains("@here"))
    // Every table row has exactly four unescaped pipes.
    for line in md.split(separator: "\n") where line.hasPrefix("|") {
        let pipes = line.replacingOccurrences(of: "\\|", with: "").filter { $0 == "|" }.count
        #expect(pipes == 4, "\(line)")
    }
    #expect(GraphDiff.markdownEscape("a|b") == "a\\|b")
}

@Test func markdownShowsOldAndNew() {
    let renamed = G.actor("People's Commissariat", aliases: ["Narkomindel", "People's Commissariat"], category: .body)
    let md = GraphDiffer.diff(old: G.base, new: replacing(G.base, G.nkid, with: renamed)).markdownReport()
    #expect(md.contains("| ~ | NKID → People's Commissariat | renamed |"))
    #expect(md.contains("**1 actor (+0 -0 ~1), 0 positions (+0 -0 ~0), 0 relations (+0 -0 ~0)**"))
    #expect(GraphDiffer.diff(old: G.base, new: G.base).markdownReport().contains("No changes."))
}

@Test func colorReport() {
    var new = G.base
    new.nodes.append(G.stalin)
    let text = GraphDiffer.diff(old: G.base, new: new).textReport(color: true)
    #expect(text.contains("\u{1B}[32m  + Stalin\u{1B}[0m"))
    // No escapes without colour, and control characters in labels are neutralised.
    var evil = G.stalin
    evil.label = "St\u{1B}[2Jalin"
    var new2 = G.base
    new2.nodes.append(evil)
    #expect(!GraphDiffer.diff(old: G.base, new: new2).textReport(color: false).contains("\u{1B}"))
}

@Test func blockingKeepsLargeUnrelatedDiffsTractable() {
    // 2,000 removed and 2,000 added positions with unrelated wording, all held by one actor.
    var rng = SplitMix64(seed: 42)
    func sentence(_ prefix: String) -> String {
        (0..<10).map { _ in "\(prefix)\(rng.next() % 5000)" }.joined(separator: " ")
    }
    let a = G.actor("Author", category: .author)
    var oldNodes = [a], newNodes = [a]
    var oldEdges: [Edge] = [], newEdges: [Edge] = []
    for _ in 0..<2000 {
        let o = G.position(sentence("w")), n = G.position(sentence("v"))
        oldNodes.append(o)
        newNodes.append(n)
        oldEdges.append(G.edge(.holds, a, o))
        newEdges.append(G.edge(.holds, a, n))
    }
    let d = GraphDiffer.diff(old: G.graph(oldNodes, oldEdges), new: G.graph(newNodes, newEdges))
    #expect(d.summary.positions == ChangeCounts(added: 2000, removed: 2000, changed: 0))
}

@Test func deterministicTieBreaking() {
    // Two removed positions equally similar to one added one: the smaller old id wins.
    let x = G.position("alpha beta gamma delta epsilon one")
    let y = G.position("alpha beta gamma delta epsilon two")
    let z = G.position("alpha beta gamma delta epsilon three")
    let d = GraphDiffer.diff(old: G.graph([x, y]), new: G.graph([z]))
    let reworded = d.changes.filter { $0.kind == .positionReworded }
    #expect(reworded.count == 1)
    #expect(reworded.first?.oldId == min(x.id, y.id))
}

@Test func syntheticPairIsValidAndDeterministic() throws {
    let (a, b) = GraphDiffer.syntheticPair(nodes: 2000, edges: 6000, changeFraction: 0.05, seed: 7)
    try a.validate()
    try b.validate()
    #expect(a.nodes.count == 2000)
    #expect(a.edges.count == 6000)
    let (a2, b2) = GraphDiffer.syntheticPair(nodes: 2000, edges: 6000, changeFraction: 0.05, seed: 7)
    #expect(a == a2 && b == b2)
    let d = GraphDiffer.diff(old: a, new: b)
    let k = Set(d.changes.map(\.kind))
    for kind in [ChangeKind.positionReworded, .positionAdded, .positionRemoved, .positionReattributed,
                 .actorRenamed, .relationFlipped, .relationAdded, .relationRemoved] {
        #expect(k.contains(kind), "\(kind)")
    }
    // Reworded positions are matched, not added and removed: 100 changes, about 12 of each sort.
    #expect(d.summary.positions.added < 30)
    try d.unionGraph().graph.validate()
    if ProcessInfo.processInfo.environment["ARGMAP_DIFF_DUMP"] != nil {
        print(d.textReport(color: false).split(separator: "\n").prefix(40).joined(separator: "\n"))
        print(d.statReport())
        print(d.markdownReport(maxRowsPerSection: 5))
        print(String(decoding: d.jsonReport(), as: UTF8.self).prefix(3000))
    }
}

@Test func edgesSharingAKeyPairInIdOrderWhateverTheirOrder() {
    // An undirected conflict written both ways (two ids, one key) in the old graph, once with
    // another cue in the new: the old edge with the smaller id is matched, the other removed,
    // however the edges are ordered.
    let a = G.chicherin, b = G.litvinov
    let ab = G.edge(.conflict, a, b, cue: "clashed with"), ba = G.edge(.conflict, b, a, cue: "differed from")
    let newEdge = G.edge(.conflict, a, b, cue: "took issue with")
    let first = ab.id < ba.id ? ab : ba, second = ab.id < ba.id ? ba : ab
    for oldEdges in [[ab, ba], [ba, ab]] {
        for newEdges in [[newEdge], [G.edge(.agreement, a, b), newEdge]] {
            let d = GraphDiffer.diff(old: G.graph([a, b], oldEdges), new: G.graph([a, b], newEdges))
            let cue = d.changes.filter { $0.kind == .relationCueChanged }
            #expect(cue.count == 1)
            #expect(cue.first?.oldId == first.id)
            #expect(cue.first?.newId == newEdge.id)
            // The second old conflict, left over, flips into the new agreement where there is one.
            if newEdges.count == 2 {
                #expect(d.changes.filter { $0.kind == .relationFlipped }.map(\.oldId) == [second.id])
                #expect(!d.changes.contains { $0.kind == .relationRemoved || $0.kind == .relationAdded })
            } else {
                #expect(d.changes.filter { $0.kind == .relationRemoved }.map(\.oldId) == [second.id])
            }
            #expect(d.matchedNodes.count == 2)
        }
    }
    // Two new edges with one key and one old: the old pairs with the smaller new id.
    let n1 = G.edge(.agreement, a, b, cue: "sided with"), n2 = G.edge(.agreement, b, a, cue: "agreed with")
    for newEdges in [[n1, n2], [n2, n1]] {
        let d = GraphDiffer.diff(old: G.graph([a, b], [G.edge(.agreement, a, b, cue: "sided with")]),
                                 new: G.graph([a, b], newEdges))
        let added = d.changes.filter { $0.kind == .relationAdded }.map(\.newId)
        #expect(added == [max(n1.id, n2.id)])
    }
}

@Test func unionOfASyntheticPairAgreesWithTheChanges() throws {
    let (a, b) = GraphDiffer.syntheticPair(nodes: 3_000, edges: 9_000, changeFraction: 0.05, seed: 7)
    let d = GraphDiffer.diff(old: a, new: b)
    let u = d.unionGraph()
    try u.graph.validate()
    let kinds = Dictionary(u.graph.edges.map { ($0.id, $0.kind) }, uniquingKeysWith: { x, _ in x })
    func count(_ s: ChangeStatus) -> Int { u.edgeStatus.filter { $0.value == s && kinds[$0.key] != .holds }.count }
    #expect(count(.added) == d.summary.relations.added)
    #expect(count(.removed) == d.summary.relations.removed)
    #expect(count(.changed) == d.summary.relations.changed)
    #expect(d.summary.relations.added > 0 && d.summary.relations.removed > 0 && d.summary.relations.changed > 0)
    // Every new edge once; every old edge either matched to one of them or drawn as removed.
    let removedEdges = u.edgeStatus.values.filter { $0 == .removed }.count
    #expect(u.graph.edges.count == b.edges.count + removedEdges)
    #expect(b.edges.count - u.edgeStatus.values.filter { $0 == .added }.count == a.edges.count - removedEdges)
}
