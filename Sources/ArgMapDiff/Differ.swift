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
/// Ids are interned to numbers once (``DiffIndex``); the rest works on integer arrays.
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

/// The key of an edge of kind `code` (``DiffIndex/kindCode(_:)-swift.type.method``: 1 and 2 are
/// agreement and conflict) between new-graph nodes `s` and `t`.
@inline(__always)
private func edgeKey(_ code: UInt8, _ s: Int, _ t: Int) -> EdgeKey {
    let (a, b) = (code == 1 || code == 2) && t < s ? (t, s) : (s, t)
    return UInt64(code) << 62 | UInt64(a) << 31 | UInt64(b)
}

/// The first node of an edge key (the source, or the smaller end of an undirected relation).
@inline(__always)
private func keyHead(_ k: EdgeKey) -> Int { Int(truncatingIfNeeded: (k >> 31) & 0x7FFF_FFFF) }

/// The new graph's edges by key, for matching: grouped by the key's first node (counting sort
/// into one array; each group in edge order, or, past 16 edges, sorted by key then edge).
/// Finding a key reads one short run of a small array, where a hash table of 300,000 keys
/// missed the cache on nearly every look-up (and a `Dictionary` added SipHash on top).
private struct NewEdgeIndex {
    /// By node: where its group starts in ``key`` and ``edge`` (and ends, at the next node's).
    private var start: [Int32]
    /// By position: the key, and the new edge with it.
    private(set) var key: [EdgeKey]
    private(set) var edge: [Int32]
    /// By position: whether another new edge has the same key.
    private(set) var shared: [Bool]
    static let longGroup = 16

    /// The index of new edges with these keys (`noKey`: none); keys' nodes are below `nodes`.
    init(keys: [EdgeKey], nodes: Int, noKey: EdgeKey) {
        start = [Int32](repeating: 0, count: nodes + 1)
        for k in keys where k != noKey { start[keyHead(k) + 1] += 1 }
        for a in 0..<nodes { start[a + 1] += start[a] }
        var next = start
        let total = Int(start[nodes])
        key = [EdgeKey](repeating: 0, count: total)
        edge = [Int32](repeating: 0, count: total)
        shared = [Bool](repeating: false, count: total)
        for j in keys.indices where keys[j] != noKey {
            let a = keyHead(keys[j]), p = Int(next[a])
            key[p] = keys[j]
            edge[p] = Int32(truncatingIfNeeded: j)
            next[a] += 1
        }
        for a in 0..<nodes {
            let lo = Int(start[a]), hi = Int(start[a + 1])
            if hi - lo < 2 { continue }
            if hi - lo > Self.longGroup {
                let run = (lo..<hi).map { (key[$0], edge[$0]) }.sorted { $0 < $1 }
                for (n, (k, j)) in run.enumerated() {
                    key[lo + n] = k
                    edge[lo + n] = j
                }
                for p in (lo + 1)..<hi where key[p] == key[p - 1] {
                    shared[p] = true
                    shared[p - 1] = true
                }
            } else {
                for p in (lo + 1)..<hi {
                    for q in lo..<p where key[q] == key[p] {
                        shared[p] = true
                        shared[q] = true
                    }
                }
            }
        }
    }

    /// The position of the first new edge (in edge order) with key `k`, or -1.
    @inline(__always)
    func find(_ k: EdgeKey) -> Int {
        let a = keyHead(k)
        var lo = Int(start[a]), hi = Int(start[a + 1])
        if hi - lo > Self.longGroup {
            // Sorted by key, then edge: the first position with a key not below `k`.
            while lo < hi {
                let mid = (lo + hi) / 2
                if key[mid] < k { lo = mid + 1 } else { hi = mid }
            }
            return lo < Int(start[a + 1]) && key[lo] == k ? lo : -1
        }
        while lo < hi {
            if key[lo] == k { return lo }
            lo += 1
        }
        return -1
    }

    /// The new edges with the key at position `p`, in edge order.
    func edges(sharingKeyAt p: Int) -> [Int] {
        let k = key[p], a = keyHead(k)
        return (Int(start[a])..<Int(start[a + 1])).filter { key[$0] == k }.map { Int(edge[$0]) }
    }
}

/// A change found, kept small until all are sorted: its kind, and the old and new node or
/// edge by index (-1: none), or the change itself, made whole (camps), in ``Differ/made``.
private struct Found {
    var kind: ChangeKind
    var isEdge: Bool
    var old: Int32
    var new: Int32
    var similarity: Double? = nil
    var made: Int32 = -1
}

private struct Differ {
    let old: ArgumentGraph
    let new: ArgumentGraph
    let options: DiffOptions
    let x: DiffIndex
    /// The changes found, kept small (made into `Change`s once sorted).
    var found: [Found] = []
    /// Changes made whole when found (camps), by ``Found/made``.
    var made: [Change] = []
    var changedNodes = Set<String>()
    var changedEdges = Set<String>()

    init(old: ArgumentGraph, new: ArgumentGraph, options: DiffOptions) {
        self.old = old
        self.new = new
        self.options = options
        x = DiffIndex(old: old, new: new)
    }

    // MARK: Snapshots (made only for the things that changed)

    func evidence(_ ev: [Evidence]) -> [Evidence]? {
        options.compareEvidence ? Array(Set(ev)).sorted() : nil
    }

    /// The labels of a position's holders (the node's label, or the id where no node has it),
    /// sorted by label, then id.
    func holderLabels(_ node: Int, old isOld: Bool) -> [String] {
        let g = isOld ? old : new, h = isOld ? x.oldHolders : x.newHolders
        return h.range(node).map { r -> (String, String) in
            let id = g.edges[Int(h.edge[r])].source
            let n = isOld ? x.oldNode(h.source[r]) : x.newNode(h.source[r])
            return (n >= 0 ? g.nodes[n].label : id, id)
        }.sorted { $0 < $1 }.map(\.0)
    }

    /// Camp members' labels, sorted by label, then id.
    func memberLabels(_ ids: [String], _ nodes: [String: Int], _ g: ArgumentGraph) -> [String] {
        ids.map { (nodes[$0].map { g.nodes[$0].label } ?? $0, $0) }.sorted { $0 < $1 }.map(\.0)
    }

    /// Node `i` of the old (new) graph as it appears in a change.
    func value(_ i: Int, old isOld: Bool) -> ChangeValue {
        let n = (isOld ? old : new).nodes[i]
        switch n.kind {
        case .actor:
            return ChangeValue(label: n.label, aliases: Array(Set(n.aliases ?? [])).sorted(), category: n.category,
                               evidence: evidence(n.evidence))
        case .position:
            return ChangeValue(label: n.label, text: n.text, quoted: n.quoted,
                               holders: holderLabels(i, old: isOld), evidence: evidence(n.evidence))
        }
    }

    /// Edge `e` of the old (new) graph as it appears in a change.
    func edgeValue(_ e: Int, old isOld: Bool) -> ChangeValue {
        let g = isOld ? old : new
        let s = Int((isOld ? x.oldSource : x.newSource)[e]), t = Int((isOld ? x.oldTarget : x.newTarget)[e])
        let edge = g.edges[e]
        return ChangeValue(relation: edge.kind, source: s >= 0 ? g.nodes[s].label : edge.source, sourceId: edge.source,
                           target: t >= 0 ? g.nodes[t].label : edge.target, targetId: edge.target, cue: edge.cue,
                           evidence: evidence(edge.evidence))
    }

    // MARK: Run

    mutating func run() -> GraphDiff {
        let m = NodeMatcher.match(old: old, new: new, index: x, options: options)
        // Old node index -> the index of its match in the new graph, or -1.
        var nodeMatch = [Int32](repeating: -1, count: old.nodes.count)
        for i in old.nodes.indices {
            let n = m.oldToNew[Int(x.oldNodeID[i])]
            if n >= 0 { nodeMatch[i] = Int32(x.newNode(n)) }
        }
        diffNodes(m, nodeMatch)
        let edgeMatch = diffEdges(nodeMatch)
        if old.camps != nil || new.camps != nil {
            diffCamps(GraphDiff.nodeMap(old: old, new: new, nodeMatch: nodeMatch, oldNodeID: x.oldNodeID,
                                        newNodeID: x.newNodeID))
        }
        // Sort keys made once per change: (subject, status, kind) as one number, then the label
        // key (with its first 8 bytes as a number, which orders ASCII keys that differ there),
        // then the ids. The changes are made afterwards, in order: a `Change` is large, and
        // moving (or copying) them about cost more than the sort.
        var rank = [Int](repeating: 0, count: found.count)
        var labels = [String](repeating: "", count: found.count), prefixes = [UInt64](repeating: 0, count: found.count)
        var ascii = [Bool](repeating: false, count: found.count)
        var ids = [String](repeating: "", count: found.count), oldIds = ids
        for f in found.indices {
            let kind = found[f].kind
            rank[f] = (kind.subject.ordinal * 8 + kind.status.ordinal) * 64 + kind.ordinal
            labels[f] = sortKey(f)
            (prefixes[f], ascii[f]) = Self.prefix(labels[f])
            (ids[f], oldIds[f]) = foundIDs(f)
        }
        let order = found.indices.sorted { a, b in
            if rank[a] != rank[b] { return rank[a] < rank[b] }
            if ascii[a] && ascii[b] && prefixes[a] != prefixes[b] { return prefixes[a] < prefixes[b] }
            if labels[a] != labels[b] { return labels[a] < labels[b] }
            if ids[a] != ids[b] { return ids[a] < ids[b] }
            return oldIds[a] < oldIds[b]
        }
        var changes: [Change] = []
        changes.reserveCapacity(order.count)
        for f in order { changes.append(makeChange(f)) }
        return GraphDiff(old: old, new: new, options: options, changes: changes,
                         nodeMatch: nodeMatch, oldNodeID: x.oldNodeID, newNodeID: x.newNodeID,
                         edgeMatch: edgeMatch, changedNodes: changedNodes, changedEdges: changedEdges)
    }

    /// The first 8 bytes of `s` as a big-endian number (zeros past its end), and whether `s`
    /// is ASCII. For two ASCII strings, different numbers are in the order of the strings.
    static func prefix(_ s: String) -> (UInt64, Bool) {
        var p: UInt64 = 0, n = 0, ascii = true
        for b in s.utf8 {
            if b >= 0x80 { ascii = false }
            if n < 8 {
                p |= UInt64(b) << (56 - 8 * UInt64(n))
                n += 1
            }
        }
        return (p, ascii)
    }

    /// The ids of found change `f`: the change's ``Change/id`` and its old id (or "").
    func foundIDs(_ f: Int) -> (String, String) {
        let c = found[f]
        if c.made >= 0 { return (made[Int(c.made)].id, made[Int(c.made)].oldId ?? "") }
        func id(_ i: Int32, _ g: ArgumentGraph) -> String { c.isEdge ? g.edges[Int(i)].id : g.nodes[Int(i)].id }
        let oldId = c.old >= 0 ? id(c.old, old) : ""
        return (c.new >= 0 ? id(c.new, new) : oldId, oldId)
    }

    /// Found change `f` as a `Change`.
    func makeChange(_ f: Int) -> Change {
        let c = found[f]
        if c.made >= 0 { return made[Int(c.made)] }
        let o = c.old >= 0 ? Int(c.old) : nil, n = c.new >= 0 ? Int(c.new) : nil
        if c.isEdge {
            return Change(kind: c.kind, oldId: o.map { old.edges[$0].id }, newId: n.map { new.edges[$0].id },
                          old: o.map { edgeValue($0, old: true) }, new: n.map { edgeValue($0, old: false) })
        }
        return Change(kind: c.kind, oldId: o.map { old.nodes[$0].id }, newId: n.map { new.nodes[$0].id },
                      old: o.map { value($0, old: true) }, new: n.map { value($0, old: false) },
                      similarity: c.similarity)
    }

    /// The label part of the sort key of found change `f`: the normalised label, ends (labels,
    /// or ids where no node has them) or members, of the new thing, or else of the old.
    func sortKey(_ f: Int) -> String {
        let c = found[f]
        if c.made >= 0 {
            let m = made[Int(c.made)]
            let members = (m.new != nil ? m.new?.members : m.old?.members) ?? []
            return TextKey.normalize(members.joined(separator: "\u{1}"))
        }
        let isNew = c.new >= 0
        let g = isNew ? new : old, i = Int(isNew ? c.new : c.old)
        if !c.isEdge { return TextKey.normalize(g.nodes[i].label) }
        let s = Int((isNew ? x.newSource : x.oldSource)[i]), t = Int((isNew ? x.newTarget : x.oldTarget)[i])
        let source = s >= 0 ? g.nodes[s].label : g.edges[i].source
        let target = t >= 0 ? g.nodes[t].label : g.edges[i].target
        return TextKey.normalize(source + "\u{1}" + target)
    }

    /// Records a change of old node `o` and/or new node `n` (indices).
    mutating func add(_ kind: ChangeKind, _ o: Int?, _ n: Int?, similarity: Double? = nil) {
        found.append(Found(kind: kind, isEdge: false, old: Int32(o ?? -1), new: Int32(n ?? -1), similarity: similarity))
        if let n, o != nil { changedNodes.insert(new.nodes[n].id) }
    }

    /// Whether two evidence lists differ as sets.
    func evidenceDiffers(_ a: [Evidence], _ b: [Evidence]) -> Bool { a != b && Set(a) != Set(b) }

    mutating func diffNodes(_ m: NodeMatcher.Result, _ nodeMatch: [Int32]) {
        let oldNodes = old.nodes, newNodes = new.nodes
        // Each id once (the first node with it).
        for i in oldNodes.indices where x.firstOld[Int(x.oldNodeID[i])] == Int32(truncatingIfNeeded: i) {
            let j = Int(nodeMatch[i])
            guard j >= 0 else {
                add(oldNodes[i].kind == .actor ? .actorRemoved : .positionRemoved, i, nil)
                continue
            }
            // (Fields are read by index: copying whole nodes retains every string in them.)
            switch oldNodes[i].kind {
            case .actor:
                if oldNodes[i].label != newNodes[j].label {
                    add(.actorRenamed, i, j)
                } else if x.oldNodeID[i] != x.newNodeID[j]
                            || (oldNodes[i].aliases != newNodes[j].aliases
                                && Set(oldNodes[i].aliases ?? []) != Set(newNodes[j].aliases ?? [])) {
                    add(.actorAliasesChanged, i, j)
                }
                if oldNodes[i].category != newNodes[j].category { add(.actorCategoryChanged, i, j) }
                if options.compareEvidence && evidenceDiffers(oldNodes[i].evidence, newNodes[j].evidence) {
                    add(.actorEvidenceChanged, i, j)
                }
            case .position:
                if oldNodes[i].label != newNodes[j].label || oldNodes[i].text != newNodes[j].text {
                    let s = m.similarity[x.newNodeID[j]].map { ($0 * 1000).rounded() / 1000 }
                    add(.positionReworded, i, j, similarity: s)
                }
                if !sameHolders(i, j, m) { add(.positionReattributed, i, j) }
                if (oldNodes[i].quoted ?? false) != (newNodes[j].quoted ?? false) { add(.positionQuotedChanged, i, j) }
                if options.compareEvidence && evidenceDiffers(oldNodes[i].evidence, newNodes[j].evidence) {
                    add(.positionEvidenceChanged, i, j)
                }
            }
        }
        for j in newNodes.indices where x.firstNew[Int(x.newNodeID[j])] == Int32(truncatingIfNeeded: j)
                                        && m.newToOld[Int(x.newNodeID[j])] < 0 {
            add(newNodes[j].kind == .actor ? .actorAdded : .positionAdded, nil, j)
        }
    }

    /// Whether the holders of old node `i`, mapped to the new graph, are those of new node `j`
    /// (as sets: both lists are without repeats, and the mapping keeps them distinct; an
    /// unmatched old holder matches nothing).
    func sameHolders(_ i: Int, _ j: Int, _ m: NodeMatcher.Result) -> Bool {
        let a = x.oldHolders.range(i), b = x.newHolders.range(j)
        guard a.count == b.count else { return false }
        if a.isEmpty { return true }
        func mapped(_ r: Int) -> Int32 { m.oldToNew[Int(x.oldHolders.source[r])] }
        if a.count == 1 { return mapped(a.lowerBound) == x.newHolders.source[b.lowerBound] }
        let na = a.map(mapped)
        if na.contains(where: { $0 < 0 }) { return false }
        return na.sorted() == x.newHolders.source[b].sorted()
    }

    mutating func edgeChange(_ kind: ChangeKind, _ o: Int?, _ n: Int?) {
        found.append(Found(kind: kind, isEdge: true, old: Int32(o ?? -1), new: Int32(n ?? -1)))
        if let n, o != nil { changedEdges.insert(new.edges[n].id) }
    }

    /// Records a change made whole (camps).
    mutating func addMade(_ c: Change) {
        found.append(Found(kind: c.kind, isEdge: false, old: -1, new: -1, made: Int32(made.count)))
        made.append(c)
    }

    /// Matches edges and records their changes; returns, for each new edge, the index of the
    /// old edge matched with it, or -1.
    ///
    /// An old edge pairs with a new edge of the same kind between the matched ends. Where
    /// several old or new edges share such a key (an undirected relation written both ways,
    /// or hand-made ids), they pair in id order; everywhere else the pairing is unique, so
    /// the edges need not be sorted (sorting 300,000 ids was most of the cost of a large diff).
    mutating func diffEdges(_ nodeMatch: [Int32]) -> [Int] {
        let oldEdges = old.edges, newEdges = new.edges
        // (The loops below read edges' fields by index: copying whole edges retained every
        // string and array in them, a large share of the time on big graphs.)
        /// The key of old edge `e` between matched ends, as `kind` (nil if an end is unmatched).
        func oldKey(_ e: Int, _ kind: UInt8) -> EdgeKey? {
            let i = Int(x.oldSource[e]), j = Int(x.oldTarget[e])
            guard i >= 0, j >= 0, nodeMatch[i] >= 0, nodeMatch[j] >= 0 else { return nil }
            return edgeKey(kind, Int(nodeMatch[i]), Int(nodeMatch[j]))
        }
        // The keys first, in loops of their own (their look-ups in `nodeMatch` overlap);
        // `noKey` for an edge with an end that is missing (not valid argmap/1) or unmatched.
        let noKey = EdgeKey.max
        var newKeys = [EdgeKey](repeating: noKey, count: newEdges.count)
        for j in newEdges.indices {
            let s = Int(x.newSource[j]), t = Int(x.newTarget[j])
            if s >= 0 && t >= 0 { newKeys[j] = edgeKey(x.newEdgeKind[j], s, t) }
        }
        var oldKeys = [EdgeKey](repeating: noKey, count: oldEdges.count)
        for i in oldEdges.indices { oldKeys[i] = oldKey(i, x.oldEdgeKind[i]) ?? noKey }
        let index = NewEdgeIndex(keys: newKeys, nodes: new.nodes.count, noKey: noKey)
        // Where several new edges share a key (rare), they pair in id order.
        var sharedLists: [EdgeKey: [Int]] = [:]
        /// The new edges with key `k`, in id order.
        func candidates(_ k: EdgeKey) -> [Int] {
            let p = index.find(k)
            if p < 0 { return [] }
            if !index.shared[p] { return [Int(index.edge[p])] }
            if let list = sharedLists[k] { return list }
            let list = index.edges(sharingKeyAt: p).sorted { newEdges[$0].id < newEdges[$1].id }
            sharedLists[k] = list
            return list
        }

        // takenBy[j]: the old edge paired with new edge j, or -1.
        var takenBy = [Int](repeating: -1, count: newEdges.count)
        var leftOld: [Int] = []
        // Old edges whose key several old or new edges share: paired afterwards, in id order.
        // `contestedAt` marks their keys (at the key's first position in the index).
        var contested: [EdgeKey: [Int]] = [:]
        var contestedAt = [Bool](repeating: false, count: index.key.count)
        for i in oldEdges.indices {
            let k = oldKeys[i]
            guard k != noKey, case let p = index.find(k), p >= 0 else {
                leftOld.append(i)
                continue
            }
            let j = Int(index.edge[p])
            if contestedAt[p] || index.shared[p] {
                contested[k, default: []].append(i)
                contestedAt[p] = true
            } else if takenBy[j] >= 0 {
                // A second old edge with this key: both wait for the id-ordered pairing.
                contested[k] = [takenBy[j], i]
                contestedAt[p] = true
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
            let kind = x.oldEdgeKind[i]  // agreement 1, conflict 2
            if kind == 1 || kind == 2, let k = oldKey(i, 3 - kind),
               let j = candidates(k).first(where: { takenBy[$0] < 0 }) {
                takenBy[j] = i
                edgeChange(.relationFlipped, i, j)
            } else {
                removed.append(i)
            }
        }
        let holds = DiffIndex.kindCode(EdgeKind.holds)
        for j in newEdges.indices {
            let i = takenBy[j]
            let kind = x.newEdgeKind[j]
            if i < 0 {
                if kind != holds { edgeChange(.relationAdded, nil, j) }
                continue
            }
            if x.oldEdgeKind[i] != kind { continue }  // flipped: recorded above
            if kind != holds && oldEdges[i].cue != newEdges[j].cue { edgeChange(.relationCueChanged, i, j) }
            if options.compareEvidence && evidenceDiffers(oldEdges[i].evidence, newEdges[j].evidence) {
                edgeChange(.relationEvidenceChanged, i, j)
            }
        }
        for i in removed where x.oldEdgeKind[i] != holds { edgeChange(.relationRemoved, i, nil) }
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
        var cands: [NodeMatcher.Candidate] = []
        var nIndexByID: [String: Int] = [:]
        for i in oFree {
            var seen = Set<Int>()
            for m in oSets[i].sorted() {
                for j in index[m] ?? [] where seen.insert(j).inserted {
                    nIndexByID[nc[j].id] = j
                    let shared = oSets[i].intersection(nSets[j]).count
                    cands.append((Double(shared) / Double(oSets[i].count + nSets[j].count - shared), false, i, j))
                }
            }
        }
        // Paired best first, each camp id once.
        var pairedOld: [String: String] = [:], pairedNew = Set<String>()
        for p in NodeMatcher.ranked(cands, oldID: { oc[$0].id }, newID: { nc[$0].id })
        where pairedOld[oc[p.i].id] == nil && !pairedNew.contains(nc[p.j].id) {
            pairedOld[oc[p.i].id] = nc[p.j].id
            pairedNew.insert(nc[p.j].id)
        }
        // Members are named by label where a node has their id (the first such node).
        func nodeIndex(_ g: ArgumentGraph) -> [String: Int] {
            var d: [String: Int] = [:]
            for i in g.nodes.indices where d[g.nodes[i].id] == nil { d[g.nodes[i].id] = i }
            return d
        }
        let oldIndex = nodeIndex(old), newIndex = nodeIndex(new)
        func value(_ c: Camp, _ index: [String: Int], _ g: ArgumentGraph) -> ChangeValue {
            ChangeValue(members: memberLabels(c.members, index, g), memberIds: c.members.sorted())
        }
        for i in oFree {
            if let nid = pairedOld[oc[i].id], let j = nIndexByID[nid] {
                nTaken.insert(j)
                addMade(Change(kind: .campMembershipChanged, oldId: oc[i].id, newId: nid,
                               old: value(oc[i], oldIndex, old), new: value(nc[j], newIndex, new)))
            } else {
                addMade(Change(kind: .campRemoved, oldId: oc[i].id, newId: nil, old: value(oc[i], oldIndex, old),
                               new: nil))
            }
        }
        for (j, c) in nc.enumerated() where !nTaken.contains(j) {
            addMade(Change(kind: .campAdded, oldId: nil, newId: c.id, old: nil, new: value(c, newIndex, new)))
        }
    }
}
