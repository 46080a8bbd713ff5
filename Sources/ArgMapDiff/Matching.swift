import ArgMapGraph

/// Node matching: by id, then actors by overlapping aliases, then positions by wording.
///
/// Neither step compares every removed node with every added one. Candidates come from
/// inverted indexes (alias -> actors; rare token -> positions; holder -> positions), whose
/// over-full lists are skipped, so the work stays near linear in the number of nodes; the
/// candidate pairs are then paired greedily, best score first, ties broken by id.
///
/// Nodes are named by their id numbers in a ``DiffIndex``; strings are only made and compared
/// for the nodes left over after matching by id.
enum NodeMatcher {
    /// Posting lists longer than this are not used to make candidates (a token or alias that
    /// common says little about which node is which).
    static let maxPosting = 64

    /// A pairing of old and new nodes, by id number.
    struct Result {
        /// By old id number: the new id number it is paired with, or -1.
        var oldToNew: [Int32]
        /// By new id number: the old id number, or -1.
        var newToOld: [Int32]
        /// New id number -> similarity, for positions paired by wording.
        var similarity: [Int32: Double] = [:]

        init(count: Int) {
            oldToNew = [Int32](repeating: -1, count: count)
            newToOld = oldToNew
        }

        @inline(__always)
        mutating func pair(_ o: Int32, _ n: Int32) {
            oldToNew[Int(o)] = n
            newToOld[Int(n)] = o
        }
    }

    /// A candidate pair: score, tie-breaker flag, and indices into the removed and added lists.
    typealias Candidate = (score: Double, flag: Bool, i: Int, j: Int)

    static func match(old: ArgumentGraph, new: ArgumentGraph, index x: DiffIndex, options: DiffOptions) -> Result {
        var r = Result(count: x.ids.count)
        // 1. By id: an id of both graphs whose last new node has the kind of one of its old nodes.
        for k in x.firstOld.indices where x.firstOld[k] >= 0 && x.firstNew[k] >= 0 {
            if x.oldKinds[k] & (1 << (x.lastNewKind[k] &- 1)) != 0 { r.pair(Int32(k), Int32(k)) }
        }
        // The nodes left over, in graph order (every node, as the tables are by id).
        var removedActors: [Int] = [], removedPositions: [Int] = []
        for i in old.nodes.indices where r.oldToNew[Int(x.oldNodeID[i])] < 0 {
            if old.nodes[i].kind == .actor { removedActors.append(i) } else { removedPositions.append(i) }
        }
        var addedActors: [Int] = [], addedPositions: [Int] = []
        for j in new.nodes.indices where r.newToOld[Int(x.newNodeID[j])] < 0 {
            if new.nodes[j].kind == .actor { addedActors.append(j) } else { addedPositions.append(j) }
        }
        if !removedActors.isEmpty && !addedActors.isEmpty {
            matchActors(removedActors, addedActors, old: old, new: new, index: x, into: &r)
            // (Only actors were paired; a position id that is also an actor id may be among them.)
            removedPositions.removeAll { r.oldToNew[Int(x.oldNodeID[$0])] >= 0 }
            addedPositions.removeAll { r.newToOld[Int(x.newNodeID[$0])] >= 0 }
        }
        if !removedPositions.isEmpty && !addedPositions.isEmpty {
            matchPositions(removedPositions, addedPositions, old: old, new: new, index: x,
                           threshold: options.similarity, into: &r)
        }
        return r
    }

    // MARK: Actors

    /// The case-insensitive names an actor goes by: its label and aliases, normalised.
    static func names(_ label: String, _ aliases: [String]?) -> Set<String> {
        var s = Set([TextKey.normalize(label)])
        for a in aliases ?? [] { s.insert(TextKey.normalize(a)) }
        s.remove("")
        return s
    }

    static func matchActors(_ removed: [Int], _ added: [Int], old: ArgumentGraph, new: ArgumentGraph,
                            index x: DiffIndex, into r: inout Result) {
        let addedNames = added.map { names(new.nodes[$0].label, new.nodes[$0].aliases) }
        var index: [String: [Int]] = [:]
        for (j, ns) in addedNames.enumerated() { for n in ns { index[n, default: []].append(j) } }
        var pairs: [Candidate] = []
        for (i, oi) in removed.enumerated() {
            let on = names(old.nodes[oi].label, old.nodes[oi].aliases)
            let category = old.nodes[oi].category
            var seen = Set<Int>()
            for n in on {
                guard let list = index[n], list.count <= maxPosting else { continue }
                for j in list where seen.insert(j).inserted {
                    let shared = on.intersection(addedNames[j]).count
                    let score = Double(shared) / Double(on.count + addedNames[j].count - shared)
                    pairs.append((score, category == new.nodes[added[j]].category, i, j))
                }
            }
        }
        pairNodes(pairs, removed, added, old: old, new: new, index: x, into: &r, record: false)
    }

    // MARK: Positions

    /// Dice coefficient of two sorted, duplicate-free arrays.
    static func dice(_ a: [Int], _ b: [Int]) -> Double {
        if a.isEmpty && b.isEmpty { return 1 }
        var i = 0, j = 0, shared = 0
        while i < a.count && j < b.count {
            if a[i] == b[j] { shared += 1; i += 1; j += 1 } else if a[i] < b[j] { i += 1 } else { j += 1 }
        }
        return 2 * Double(shared) / Double(a.count + b.count)
    }

    static func matchPositions(_ removed: [Int], _ added: [Int], old: ArgumentGraph, new: ArgumentGraph,
                               index x: DiffIndex, threshold: Double, into r: inout Result) {
        // Token ids, numbered so that rarer tokens (over both sides) come first.
        var df: [String: Int] = [:]
        let oldTokens = removed.map { Set(TextKey.tokens(old.nodes[$0].text ?? old.nodes[$0].label)) }
        let newTokens = added.map { Set(TextKey.tokens(new.nodes[$0].text ?? new.nodes[$0].label)) }
        for s in oldTokens { for t in s { df[t, default: 0] += 1 } }
        for s in newTokens { for t in s { df[t, default: 0] += 1 } }
        let order = df.keys.sorted { (df[$0]!, $0) < (df[$1]!, $1) }
        var rank: [String: Int] = [:]
        rank.reserveCapacity(order.count)
        for (k, t) in order.enumerated() { rank[t] = k }
        let oldSets = oldTokens.map { $0.map { rank[$0]! }.sorted() }
        let newSets = newTokens.map { $0.map { rank[$0]! }.sorted() }

        // Prefix filtering: Dice(x, y) >= t needs |x ∩ y| >= t|x|/(2-t), so two sets that
        // reach t share a token among the first |x| - ceil(t|x|/(2-t)) + 1 rarest of each.
        let t = min(max(threshold, 0), 1)
        func prefix(_ s: [Int]) -> ArraySlice<Int> {
            let need = Int((t * Double(s.count) / (2 - t)).rounded(.up))
            return s.prefix(min(s.count, max(1, s.count - need + 1)))
        }
        var tokenIndex = [[Int]](repeating: [], count: order.count)
        for (j, s) in newSets.enumerated() { for tok in prefix(s) { tokenIndex[tok].append(j) } }

        // Holder blocking: positions held by the same (matched) actor. Holders are id numbers.
        func holders(_ h: DiffIndex.Holders, _ node: Int) -> ArraySlice<Int32> {
            node < 0 ? [] : h.source[h.range(node)]
        }
        let newHolders = added.map { holders(x.newHolders, x.newNode(x.newNodeID[$0])) }
        var holderIndex: [Int32: [Int]] = [:]
        for (j, hs) in newHolders.enumerated() { for h in hs { holderIndex[h, default: []].append(j) } }

        var pairs: [Candidate] = []
        for (i, oi) in removed.enumerated() {
            // The old holders' matches (distinct: the pairing is one to one).
            let mapped = holders(x.oldHolders, x.oldNode(x.oldNodeID[oi])).compactMap { h -> Int32? in
                let n = r.oldToNew[Int(h)]
                return n >= 0 ? n : nil
            }
            let mappedSet: Set<Int32>? = mapped.count > 8 ? Set(mapped) : nil
            var seen = Set<Int>()
            var candidates: [Int] = []
            for tok in prefix(oldSets[i]) {
                let list = tokenIndex[tok]
                guard list.count <= maxPosting else { continue }
                for j in list where seen.insert(j).inserted { candidates.append(j) }
            }
            for h in mapped {
                guard let list = holderIndex[h], list.count <= maxPosting else { continue }
                for j in list where seen.insert(j).inserted { candidates.append(j) }
            }
            for j in candidates {
                let score = dice(oldSets[i], newSets[j])
                guard score > 0, score >= t else { continue }
                let sharesHolder = newHolders[j].contains { mappedSet?.contains($0) ?? mapped.contains($0) }
                pairs.append((score, sharesHolder, i, j))
            }
        }
        pairNodes(pairs, removed, added, old: old, new: new, index: x, into: &r, record: true)
    }

    /// Pairs nodes best-first (see ``ranked(_:oldID:newID:)``), each node once.
    static func pairNodes(_ pairs: [Candidate], _ removed: [Int], _ added: [Int], old: ArgumentGraph,
                          new: ArgumentGraph, index x: DiffIndex, into r: inout Result, record: Bool) {
        guard !pairs.isEmpty else { return }
        let oldIDs = removed.map { old.nodes[$0].id }, newIDs = added.map { new.nodes[$0].id }
        for p in ranked(pairs, oldID: { oldIDs[$0] }, newID: { newIDs[$0] }) {
            let o = x.oldNodeID[removed[p.i]], n = x.newNodeID[added[p.j]]
            guard r.oldToNew[Int(o)] < 0 && r.newToOld[Int(n)] < 0 else { continue }
            r.pair(o, n)
            if record { r.similarity[n] = p.score }
        }
    }

    /// Candidates best first: higher score, then the tie-breaker flag, then old id, then new id.
    static func ranked(_ pairs: [Candidate], oldID: (Int) -> String, newID: (Int) -> String) -> [Candidate] {
        pairs.sorted { a, b in
            if a.score != b.score { return a.score > b.score }
            if a.flag != b.flag { return a.flag }
            if a.i != b.i {
                let (s, t) = (oldID(a.i), oldID(b.i))
                if s != t { return s < t }
            }
            let (u, v) = (newID(a.j), newID(b.j))
            if u != v { return u < v }
            // Camps or nodes that share an id (duplicates): by position, so the order never
            // depends on the order the candidates were found in.
            return a.i != b.i ? a.i < b.i : a.j < b.j
        }
    }
}
