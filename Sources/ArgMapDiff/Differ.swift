import ArgMapGraph

/// Compares two argument graphs.
///
/// Matching, in order:
/// 1. Nodes with equal ids (and kinds) are the same node.
/// 2. Of the actors left over, a removed and an added actor whose names (label and aliases,
///    compared case-insensitively after ``StableID/normalize(_:)``) overlap are one *renamed*
///    actor; the largest overlap (Jaccard) is paired first.
/// 3. Of the positions left over, a removed and an added position whose word tokens have a
///    Dice similarity of at least ``DiffOptions/similarity`` are one *reworded* position; the
///    most similar are paired first, and between equals, a pair that shares a holder.
/// 4. Edges are matched by kind and mapped ends (`agreement` and `conflict` are undirected); an
///    agreement and a conflict left over between the same matched ends are one *flipped* relation.
/// 5. Camps are matched by equal mapped members, then by overlapping members.
///
/// Candidates in steps 2 and 3 come from inverted indexes, never from all pairs, so a diff is
/// near linear in the size of the graphs. Ties are broken by id, so the result is deterministic.
///
/// Not compared: the `rule` fields, evidence (unless ``DiffOptions/compareEvidence``), the
/// order of things, and the `holds` edges' cues.
public enum GraphDiffer {
    /// The changes that turn `old` into `new`.
    public static func diff(old: ArgumentGraph, new: ArgumentGraph, options: DiffOptions = .init()) -> GraphDiff {
        var d = Differ(old: old, new: new, options: options)
        return d.run()
    }
}

/// An edge's kind and ends (as indices of new-graph nodes) packed into one integer, for
/// matching edges: hashing two id strings per edge, in tables of 300,000 string pairs, was
/// most of a large diff's time. `agreement` and `conflict` are undirected: ends in order.
private typealias EdgeKey = UInt64

private func edgeKey(_ kind: EdgeKind, _ s: Int, _ t: Int) -> EdgeKey {
    let (a, b) = (kind == .agreement || kind == .conflict) && t < s ? (t, s) : (s, t)
    let code: UInt64 = switch kind { case .holds: 0; case .agreement: 1; case .conflict: 2; case .support: 3 }
    return code << 62 | UInt64(a) << 31 | UInt64(b)
}

/// A graph's nodes by id: an index into the node array (copying whole nodes into a
/// dictionary retains every string in them, which at 100,000 nodes cost more than the rest).
private struct NodeTable {
    let nodes: [Node]
    let index: [String: Int]

    init(_ nodes: [Node]) {
        self.nodes = nodes
        var index: [String: Int] = [:]
        index.reserveCapacity(nodes.count)
        for i in nodes.indices where index[nodes[i].id] == nil { index[nodes[i].id] = i }
        self.index = index
    }

    subscript(id: String) -> Node? { index[id].map { nodes[$0] } }
}

private struct Differ {
    let old: ArgumentGraph
    let new: ArgumentGraph
    let options: DiffOptions
    let oldNodes: NodeTable
    let newNodes: NodeTable
    let oldHolders: [String: [String]]
    let newHolders: [String: [String]]
    var changes: [Change] = []
    var changedNodes = Set<String>()
    var changedEdges = Set<String>()

    init(old: ArgumentGraph, new: ArgumentGraph, options: DiffOptions) {
        self.old = old
        self.new = new
        self.options = options
        oldNodes = NodeTable(old.nodes)
        newNodes = NodeTable(new.nodes)
        oldHolders = Self.holders(old)
        newHolders = Self.holders(new)
    }

    static func holders(_ g: ArgumentGraph) -> [String: [String]] {
        var h: [String: [String]] = [:]
        h.reserveCapacity(g.nodes.count)
        for e in g.edges where e.kind == .holds { h[e.target, default: []].append(e.source) }
        // Most positions have one holder: sort (and drop repeats) only where there are more.
        return h.mapValues { $0.count > 1 ? Array(Set($0)).sorted() : $0 }
    }

    // MARK: Snapshots

    func evidence(_ ev: [Evidence]) -> [Evidence]? {
        options.compareEvidence ? Array(Set(ev)).sorted() : nil
    }

    func holderLabels(_ ids: [String], _ nodes: NodeTable) -> [String] {
        ids.map { (nodes[$0]?.label ?? $0, $0) }.sorted { $0 < $1 }.map(\.0)
    }

    func value(_ n: Node, old isOld: Bool) -> ChangeValue {
        switch n.kind {
        case .actor:
            return ChangeValue(label: n.label, aliases: Array(Set(n.aliases ?? [])).sorted(), category: n.category,
                               evidence: evidence(n.evidence))
        case .position:
            let ids = (isOld ? oldHolders : newHolders)[n.id] ?? []
            return ChangeValue(label: n.label, text: n.text, quoted: n.quoted,
                               holders: holderLabels(ids, isOld ? oldNodes : newNodes),
                               evidence: evidence(n.evidence))
        }
    }

    func value(_ e: Edge, old isOld: Bool) -> ChangeValue {
        let nodes = isOld ? oldNodes : newNodes
        return ChangeValue(relation: e.kind, source: nodes[e.source]?.label ?? e.source, sourceId: e.source,
                           target: nodes[e.target]?.label ?? e.target, targetId: e.target, cue: e.cue,
                           evidence: evidence(e.evidence))
    }

    // MARK: Run

    mutating func run() -> GraphDiff {
        let m = NodeMatcher.match(old: old, new: new, oldHolders: oldHolders, newHolders: newHolders,
                                  options: options)
        diffNodes(m)
        let edgeMatch = diffEdges(m.oldToNew)
        if old.camps != nil || new.camps != nil { diffCamps(m.oldToNew) }
        // Sort keys made once per change: (subject, status, kind) as one number, then the label key.
        let sorted = changes.map { c in
            (c, (c.subject.ordinal * 8 + c.status.ordinal) * 64 + c.kind.ordinal, sortKey(c))
        }.sorted { a, b in
            if a.1 != b.1 { return a.1 < b.1 }
            if a.2 != b.2 { return a.2 < b.2 }
            if a.0.id != b.0.id { return a.0.id < b.0.id }
            return (a.0.oldId ?? "") < (b.0.oldId ?? "")
        }.map(\.0)
        return GraphDiff(old: old, new: new, options: options, changes: sorted, nodeMap: m.oldToNew,
                         edgeMatch: edgeMatch, changedNodes: changedNodes, changedEdges: changedEdges)
    }

    func sortKey(_ c: Change) -> String {
        let v = c.new ?? c.old
        switch c.subject {
        case .relation:
            return StableID.normalize((v?.source ?? "") + "\u{1}" + (v?.target ?? ""))
        case .camp:
            return StableID.normalize((v?.members ?? []).joined(separator: "\u{1}"))
        default:
            return StableID.normalize(v?.label ?? "")
        }
    }

    mutating func add(_ kind: ChangeKind, _ o: Node?, _ n: Node?, similarity: Double? = nil) {
        changes.append(Change(kind: kind, oldId: o?.id, newId: n?.id, old: o.map { value($0, old: true) },
                              new: n.map { value($0, old: false) }, similarity: similarity))
        if let n, o != nil { changedNodes.insert(n.id) }
    }

    mutating func diffNodes(_ m: NodeMatcher.Result) {
        // Each id once (the first node with it), as in the tables.
        for (i, o) in old.nodes.enumerated() where oldNodes.index[o.id] == i {
            guard let nid = m.oldToNew[o.id], let n = newNodes[nid] else {
                add(o.kind == .actor ? .actorRemoved : .positionRemoved, o, nil)
                continue
            }
            switch o.kind {
            case .actor:
                if o.label != n.label {
                    add(.actorRenamed, o, n)
                } else if o.id != n.id || (o.aliases != n.aliases && Set(o.aliases ?? []) != Set(n.aliases ?? [])) {
                    add(.actorAliasesChanged, o, n)
                }
                if o.category != n.category { add(.actorCategoryChanged, o, n) }
                if options.compareEvidence && Set(o.evidence) != Set(n.evidence) { add(.actorEvidenceChanged, o, n) }
            case .position:
                if o.label != n.label || o.text != n.text {
                    let s = m.similarity[n.id].map { ($0 * 1000).rounded() / 1000 }
                    add(.positionReworded, o, n, similarity: s)
                }
                // Both lists are sorted and without repeats; the mapping keeps old ones distinct.
                let oh = (oldHolders[o.id] ?? []).map { m.oldToNew[$0] ?? "\u{0}" + $0 }
                if (oh.count > 1 ? oh.sorted() : oh) != (newHolders[n.id] ?? []) { add(.positionReattributed, o, n) }
                if (o.quoted ?? false) != (n.quoted ?? false) { add(.positionQuotedChanged, o, n) }
                if options.compareEvidence && Set(o.evidence) != Set(n.evidence) {
                    add(.positionEvidenceChanged, o, n)
                }
            }
        }
        for (j, n) in new.nodes.enumerated() where newNodes.index[n.id] == j && m.newToOld[n.id] == nil {
            add(n.kind == .actor ? .actorAdded : .positionAdded, nil, n)
        }
    }

    mutating func edgeChange(_ kind: ChangeKind, _ o: Edge?, _ n: Edge?) {
        changes.append(Change(kind: kind, oldId: o?.id, newId: n?.id, old: o.map { value($0, old: true) },
                              new: n.map { value($0, old: false) }))
        if let n, o != nil { changedEdges.insert(n.id) }
    }

    /// Matches edges and records their changes; returns, for each new edge, the index of the
    /// old edge matched with it, or -1.
    ///
    /// An old edge pairs with a new edge of the same kind between the matched ends. Where
    /// several old or new edges share such a key (an undirected relation written both ways,
    /// or hand-made ids), they pair in id order; everywhere else the pairing is unique, so
    /// the edges need not be sorted (sorting 300,000 ids was most of the cost of a large diff).
    mutating func diffEdges(_ nodeMap: [String: String]) -> [Int] {
        let oldEdges = old.edges, newEdges = new.edges
        // Old node index -> the index of its match in the new graph, or -1.
        var oldToNew = [Int](repeating: -1, count: old.nodes.count)
        for i in old.nodes.indices {
            if let nid = nodeMap[old.nodes[i].id], let j = newNodes.index[nid] { oldToNew[i] = j }
        }
        // (The loops below read edges' fields by index: copying whole edges retained every
        // string and array in them, a large share of the time on big graphs.)
        /// The key of old edge `e` between matched ends, as `kind` (nil if an end is unmatched).
        func oldKey(_ e: Int, _ kind: EdgeKind) -> EdgeKey? {
            guard let i = oldNodes.index[oldEdges[e].source], let j = oldNodes.index[oldEdges[e].target],
                  oldToNew[i] >= 0, oldToNew[j] >= 0 else { return nil }
            return edgeKey(kind, oldToNew[i], oldToNew[j])
        }
        // Key -> the first new edge with that key; later ones (rare) in `newMore`.
        var newByKey: [EdgeKey: Int] = [:]
        newByKey.reserveCapacity(newEdges.count)
        var newMore: [EdgeKey: [Int]] = [:]
        for j in newEdges.indices {
            // An edge to a missing node (not valid argmap/1) matches nothing.
            guard let s = newNodes.index[newEdges[j].source], let t = newNodes.index[newEdges[j].target] else { continue }
            let k = edgeKey(newEdges[j].kind, s, t)
            if let first = newByKey[k] {
                newMore[k, default: [first]].append(j)
            } else {
                newByKey[k] = j
            }
        }
        for k in newMore.keys { newMore[k]!.sort { newEdges[$0].id < newEdges[$1].id } }
        /// The new edges with key `k`, in id order.
        func candidates(_ k: EdgeKey) -> [Int] {
            if !newMore.isEmpty, let more = newMore[k] { return more }
            return newByKey[k].map { [$0] } ?? []
        }

        // takenBy[j]: the old edge paired with new edge j, or -1.
        var takenBy = [Int](repeating: -1, count: newEdges.count)
        var leftOld: [Int] = []
        // Old edges whose key several old or new edges share: paired afterwards, in id order.
        var contested: [EdgeKey: [Int]] = [:]
        for i in oldEdges.indices {
            guard let k = oldKey(i, oldEdges[i].kind), let j = newByKey[k] else {
                leftOld.append(i)
                continue
            }
            // (The two side tables are nearly always empty: skip hashing the key for them.)
            if (!contested.isEmpty && contested[k] != nil) || (!newMore.isEmpty && newMore[k] != nil) {
                contested[k, default: []].append(i)
            } else if takenBy[j] >= 0 {
                // A second old edge with this key: both wait for the id-ordered pairing.
                contested[k] = [takenBy[j], i]
                takenBy[j] = -1
            } else {
                takenBy[j] = i
            }
        }
        for (k, olds) in contested {
            let sortedOld = olds.sorted { oldEdges[$0].id < oldEdges[$1].id }
            let news = candidates(k)
            for (n, i) in sortedOld.enumerated() {
                if n < news.count { takenBy[news[n]] = i } else { leftOld.append(i) }
            }
        }

        // Agreements and conflicts left over between matched ends: flipped, in old id order.
        var removed: [Int] = []
        for i in leftOld.sorted(by: { oldEdges[$0].id < oldEdges[$1].id }) {
            let o = oldEdges[i]
            if o.kind == .agreement || o.kind == .conflict, let k = oldKey(i, o.kind == .agreement ? .conflict : .agreement),
               let j = candidates(k).first(where: { takenBy[$0] < 0 }) {
                takenBy[j] = i
                edgeChange(.relationFlipped, o, newEdges[j])
            } else {
                removed.append(i)
            }
        }
        for j in newEdges.indices {
            let i = takenBy[j]
            if i < 0 {
                if newEdges[j].kind != .holds { edgeChange(.relationAdded, nil, newEdges[j]) }
                continue
            }
            let kind = newEdges[j].kind
            if oldEdges[i].kind != kind { continue }  // flipped: recorded above
            if kind != .holds && oldEdges[i].cue != newEdges[j].cue {
                edgeChange(.relationCueChanged, oldEdges[i], newEdges[j])
            }
            if options.compareEvidence && Set(oldEdges[i].evidence) != Set(newEdges[j].evidence) {
                edgeChange(.relationEvidenceChanged, oldEdges[i], newEdges[j])
            }
        }
        for i in removed where oldEdges[i].kind != .holds { edgeChange(.relationRemoved, oldEdges[i], nil) }
        return takenBy
    }

    mutating func diffCamps(_ nodeMap: [String: String]) {
        let oc = (old.camps ?? []).sorted { $0.id < $1.id }
        let nc = (new.camps ?? []).sorted { $0.id < $1.id }
        let oSets = oc.map { Set($0.members.map { nodeMap[$0] ?? "\u{0}" + $0 }) }
        let nSets = nc.map { Set($0.members) }
        var exact: [Set<String>: [Int]] = [:]
        for (j, s) in nSets.enumerated() { exact[s, default: []].append(j) }
        var oFree: [Int] = [], nTaken = Set<Int>()
        for (i, s) in oSets.enumerated() {
            if let j = exact[s]?.first(where: { !nTaken.contains($0) }) { nTaken.insert(j) } else { oFree.append(i) }
        }
        var index: [String: [Int]] = [:]
        for (j, s) in nSets.enumerated() where !nTaken.contains(j) { for m in s { index[m, default: []].append(j) } }
        var cands: [(Double, Bool, String, String)] = []
        var nIndexByID: [String: Int] = [:]
        for i in oFree {
            var seen = Set<Int>()
            for m in oSets[i] {
                for j in index[m] ?? [] where seen.insert(j).inserted {
                    nIndexByID[nc[j].id] = j
                    let shared = oSets[i].intersection(nSets[j]).count
                    cands.append((Double(shared) / Double(oSets[i].count + nSets[j].count - shared), false,
                                  oc[i].id, nc[j].id))
                }
            }
        }
        var r = NodeMatcher.Result()
        NodeMatcher.greedy(cands, into: &r, record: false)
        func value(_ c: Camp, _ nodes: NodeTable) -> ChangeValue {
            ChangeValue(members: holderLabels(c.members, nodes), memberIds: c.members.sorted())
        }
        for i in oFree {
            if let nid = r.oldToNew[oc[i].id], let j = nIndexByID[nid] {
                nTaken.insert(j)
                changes.append(Change(kind: .campMembershipChanged, oldId: oc[i].id, newId: nid,
                                      old: value(oc[i], oldNodes), new: value(nc[j], newNodes)))
            } else {
                changes.append(Change(kind: .campRemoved, oldId: oc[i].id, newId: nil, old: value(oc[i], oldNodes),
                                      new: nil))
            }
        }
        for (j, c) in nc.enumerated() where !nTaken.contains(j) {
            changes.append(Change(kind: .campAdded, oldId: nil, newId: c.id, old: nil, new: value(c, newNodes)))
        }
    }
}
