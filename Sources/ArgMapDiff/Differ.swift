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

private struct EdgeKey: Hashable {
    var kind: EdgeKind
    var a: String
    var b: String

    init(_ kind: EdgeKind, _ s: String, _ t: String) {
        self.kind = kind
        if kind == .agreement || kind == .conflict, t < s {
            a = t
            b = s
        } else {
            a = s
            b = t
        }
    }
}

private struct Differ {
    let old: ArgumentGraph
    let new: ArgumentGraph
    let options: DiffOptions
    let oldNodes: [String: Node]
    let newNodes: [String: Node]
    let oldHolders: [String: [String]]
    let newHolders: [String: [String]]
    var changes: [Change] = []
    var changedNodes = Set<String>()
    var changedEdges = Set<String>()

    init(old: ArgumentGraph, new: ArgumentGraph, options: DiffOptions) {
        self.old = old
        self.new = new
        self.options = options
        oldNodes = Dictionary(old.nodes.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        newNodes = Dictionary(new.nodes.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        oldHolders = Self.holders(old)
        newHolders = Self.holders(new)
    }

    static func holders(_ g: ArgumentGraph) -> [String: [String]] {
        var h: [String: [String]] = [:]
        for e in g.edges where e.kind == .holds { h[e.target, default: []].append(e.source) }
        for k in h.keys { h[k] = Array(Set(h[k]!)).sorted() }
        return h
    }

    // MARK: Snapshots

    func evidence(_ ev: [Evidence]) -> [Evidence]? {
        options.compareEvidence ? Array(Set(ev)).sorted() : nil
    }

    func holderLabels(_ ids: [String], _ nodes: [String: Node]) -> [String] {
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
        let edgeMap = diffEdges(m.oldToNew)
        if old.camps != nil || new.camps != nil { diffCamps(m.oldToNew) }
        let sorted = changes.map { ($0, sortKey($0)) }.sorted { a, b in
            let (x, y) = (a.0, b.0)
            if x.subject != y.subject { return x.subject < y.subject }
            if x.status != y.status { return x.status < y.status }
            if x.kind != y.kind { return x.kind < y.kind }
            if a.1 != b.1 { return a.1 < b.1 }
            if x.id != y.id { return x.id < y.id }
            return (x.oldId ?? "") < (y.oldId ?? "")
        }.map(\.0)
        return GraphDiff(old: old, new: new, options: options, changes: sorted, nodeMap: m.oldToNew,
                         edgeMap: edgeMap, changedNodes: changedNodes, changedEdges: changedEdges)
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
        var seen = Set<String>()
        for o in old.nodes where seen.insert(o.id).inserted {
            guard let nid = m.oldToNew[o.id], let n = newNodes[nid] else {
                add(o.kind == .actor ? .actorRemoved : .positionRemoved, o, nil)
                continue
            }
            switch o.kind {
            case .actor:
                if o.label != n.label {
                    add(.actorRenamed, o, n)
                } else if Set(o.aliases ?? []) != Set(n.aliases ?? []) || o.id != n.id {
                    add(.actorAliasesChanged, o, n)
                }
                if o.category != n.category { add(.actorCategoryChanged, o, n) }
                if options.compareEvidence && Set(o.evidence) != Set(n.evidence) { add(.actorEvidenceChanged, o, n) }
            case .position:
                if o.label != n.label || o.text != n.text {
                    let s = m.similarity[n.id].map { ($0 * 1000).rounded() / 1000 }
                    add(.positionReworded, o, n, similarity: s)
                }
                let oh = Set((oldHolders[o.id] ?? []).map { m.oldToNew[$0] ?? "\u{0}" + $0 })
                if oh != Set(newHolders[n.id] ?? []) { add(.positionReattributed, o, n) }
                if (o.quoted ?? false) != (n.quoted ?? false) { add(.positionQuotedChanged, o, n) }
                if options.compareEvidence && Set(o.evidence) != Set(n.evidence) {
                    add(.positionEvidenceChanged, o, n)
                }
            }
        }
        seen = []
        for n in new.nodes where seen.insert(n.id).inserted && m.newToOld[n.id] == nil {
            add(n.kind == .actor ? .actorAdded : .positionAdded, nil, n)
        }
    }

    mutating func edgeChange(_ kind: ChangeKind, _ o: Edge?, _ n: Edge?) {
        changes.append(Change(kind: kind, oldId: o?.id, newId: n?.id, old: o.map { value($0, old: true) },
                              new: n.map { value($0, old: false) }))
        if let n, o != nil { changedEdges.insert(n.id) }
    }

    /// Matches edges and records their changes; returns old edge id -> new edge id.
    mutating func diffEdges(_ nodeMap: [String: String]) -> [String: String] {
        var newByKey: [EdgeKey: [Int]] = [:]
        for (j, e) in new.edges.enumerated() { newByKey[EdgeKey(e.kind, e.source, e.target), default: []].append(j) }
        for k in newByKey.keys { newByKey[k]!.sort { new.edges[$0].id < new.edges[$1].id } }
        var taken = Set<Int>()
        var edgeMap: [String: String] = [:]
        var leftOld: [Edge] = []
        var pairs: [(Edge, Edge)] = []
        func take(_ key: EdgeKey) -> Int? {
            guard let list = newByKey[key] else { return nil }
            return list.first { !taken.contains($0) }
        }
        // Walk old edges in id order (indices are sorted, not the edges, to avoid copying them).
        for oi in old.edges.indices.sorted(by: { old.edges[$0].id < old.edges[$1].id }) {
            let o = old.edges[oi]
            guard let s = nodeMap[o.source], let t = nodeMap[o.target] else {
                leftOld.append(o)
                continue
            }
            if let j = take(EdgeKey(o.kind, s, t)) {
                taken.insert(j)
                pairs.append((o, new.edges[j]))
            } else {
                leftOld.append(o)
            }
        }
        var removed: [Edge] = []
        for o in leftOld {
            if o.kind == .agreement || o.kind == .conflict, let s = nodeMap[o.source], let t = nodeMap[o.target],
               let j = take(EdgeKey(o.kind == .agreement ? .conflict : .agreement, s, t)) {
                taken.insert(j)
                edgeMap[o.id] = new.edges[j].id
                edgeChange(.relationFlipped, o, new.edges[j])
            } else {
                removed.append(o)
            }
        }
        for (o, n) in pairs {
            edgeMap[o.id] = n.id
            if o.kind != .holds && o.cue != n.cue { edgeChange(.relationCueChanged, o, n) }
            if options.compareEvidence && Set(o.evidence) != Set(n.evidence) {
                edgeChange(.relationEvidenceChanged, o, n)
            }
        }
        for o in removed where o.kind != .holds { edgeChange(.relationRemoved, o, nil) }
        for (j, n) in new.edges.enumerated() where !taken.contains(j) && n.kind != .holds {
            edgeChange(.relationAdded, nil, n)
        }
        return edgeMap
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
        func value(_ c: Camp, _ nodes: [String: Node]) -> ChangeValue {
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
