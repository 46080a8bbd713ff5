import ArgMapGraph

/// Node matching: by id, then actors by overlapping aliases, then positions by wording.
///
/// Neither step compares every removed node with every added one. Candidates come from
/// inverted indexes (alias -> actors; rare token -> positions; holder -> positions), whose
/// over-full lists are skipped, so the work stays near linear in the number of nodes; the
/// candidate pairs are then paired greedily, best score first, ties broken by id.
enum NodeMatcher {
    /// Posting lists longer than this are not used to make candidates (a token or alias that
    /// common says little about which node is which).
    static let maxPosting = 64

    /// A pairing of old and new nodes.
    struct Result {
        /// Old id -> new id.
        var oldToNew: [String: String] = [:]
        /// New id -> old id.
        var newToOld: [String: String] = [:]
        /// New id -> similarity, for positions paired by wording.
        var similarity: [String: Double] = [:]

        mutating func pair(_ o: String, _ n: String) {
            oldToNew[o] = n
            newToOld[n] = o
        }
    }

    static func match(old: ArgumentGraph, new: ArgumentGraph, oldHolders: [String: [String]],
                      newHolders: [String: [String]], options: DiffOptions) -> Result {
        var r = Result()
        r.oldToNew.reserveCapacity(old.nodes.count)
        r.newToOld.reserveCapacity(new.nodes.count)
        var newKinds: [String: NodeKind] = [:]
        newKinds.reserveCapacity(new.nodes.count)
        // (By index: copying whole nodes in these loops retained every string in them.)
        for j in new.nodes.indices { newKinds[new.nodes[j].id] = new.nodes[j].kind }
        for i in old.nodes.indices {
            let id = old.nodes[i].id
            if newKinds[id] == old.nodes[i].kind && r.oldToNew[id] == nil { r.pair(id, id) }
        }
        let removedActors = old.nodes.filter { $0.kind == .actor && r.oldToNew[$0.id] == nil }
        let addedActors = new.nodes.filter { $0.kind == .actor && r.newToOld[$0.id] == nil }
        if !removedActors.isEmpty && !addedActors.isEmpty {
            matchActors(removedActors, addedActors, into: &r)
        }
        let removedPositions = old.nodes.filter { $0.kind == .position && r.oldToNew[$0.id] == nil }
        let addedPositions = new.nodes.filter { $0.kind == .position && r.newToOld[$0.id] == nil }
        if !removedPositions.isEmpty && !addedPositions.isEmpty {
            matchPositions(removedPositions, addedPositions, oldHolders: oldHolders,
                           newHolders: newHolders, threshold: options.similarity, into: &r)
        }
        return r
    }

    // MARK: Actors

    /// The case-insensitive names an actor goes by: its label and aliases, normalised.
    static func names(_ n: Node) -> Set<String> {
        var s = Set([StableID.normalize(n.label)])
        for a in n.aliases ?? [] { s.insert(StableID.normalize(a)) }
        s.remove("")
        return s
    }

    static func matchActors(_ removed: [Node], _ added: [Node], into r: inout Result) {
        let addedNames = added.map(names)
        var index: [String: [Int]] = [:]
        for (j, ns) in addedNames.enumerated() { for n in ns { index[n, default: []].append(j) } }
        var pairs: [(score: Double, sameCategory: Bool, i: Int, j: Int)] = []
        for (i, o) in removed.enumerated() {
            let on = names(o)
            var seen = Set<Int>()
            for n in on {
                guard let list = index[n], list.count <= maxPosting else { continue }
                for j in list where seen.insert(j).inserted {
                    let shared = on.intersection(addedNames[j]).count
                    let score = Double(shared) / Double(on.count + addedNames[j].count - shared)
                    pairs.append((score, o.category == added[j].category, i, j))
                }
            }
        }
        greedy(pairs.map { ($0.score, $0.sameCategory, removed[$0.i].id, added[$0.j].id) }, into: &r,
               record: false)
    }

    // MARK: Positions

    /// Word tokens of normalised text: runs of letters and digits.
    static func tokens(_ s: String) -> [String] {
        var out: [String] = []
        var cur = String.UnicodeScalarView()
        for u in StableID.normalize(s).unicodeScalars {
            if u.properties.isAlphabetic || u.properties.numericType != nil {
                cur.append(u)
            } else if !cur.isEmpty {
                out.append(String(cur))
                cur = String.UnicodeScalarView()
            }
        }
        if !cur.isEmpty { out.append(String(cur)) }
        return out
    }

    /// Dice coefficient of two sorted, duplicate-free arrays.
    static func dice(_ a: [Int], _ b: [Int]) -> Double {
        if a.isEmpty && b.isEmpty { return 1 }
        var i = 0, j = 0, shared = 0
        while i < a.count && j < b.count {
            if a[i] == b[j] { shared += 1; i += 1; j += 1 } else if a[i] < b[j] { i += 1 } else { j += 1 }
        }
        return 2 * Double(shared) / Double(a.count + b.count)
    }

    static func matchPositions(_ removed: [Node], _ added: [Node], oldHolders: [String: [String]],
                               newHolders: [String: [String]], threshold: Double, into r: inout Result) {
        // Token ids, numbered so that rarer tokens (over both sides) come first.
        var df: [String: Int] = [:]
        let oldTokens = removed.map { Set(tokens($0.text ?? $0.label)) }
        let newTokens = added.map { Set(tokens($0.text ?? $0.label)) }
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
        var tokenIndex: [Int: [Int]] = [:]
        for (j, s) in newSets.enumerated() { for tok in prefix(s) { tokenIndex[tok, default: []].append(j) } }

        // Holder blocking: positions held by the same (matched) actor.
        var holderIndex: [String: [Int]] = [:]
        for (j, n) in added.enumerated() {
            for h in newHolders[n.id] ?? [] { holderIndex[h, default: []].append(j) }
        }

        var pairs: [(Double, Bool, String, String)] = []
        for (i, o) in removed.enumerated() {
            let mappedHolders = Set((oldHolders[o.id] ?? []).compactMap { r.oldToNew[$0] })
            var seen = Set<Int>()
            var candidates: [Int] = []
            for tok in prefix(oldSets[i]) {
                guard let list = tokenIndex[tok], list.count <= maxPosting else { continue }
                for j in list where seen.insert(j).inserted { candidates.append(j) }
            }
            for h in mappedHolders.sorted() {
                guard let list = holderIndex[h], list.count <= maxPosting else { continue }
                for j in list where seen.insert(j).inserted { candidates.append(j) }
            }
            for j in candidates {
                let score = dice(oldSets[i], newSets[j])
                guard score > 0, score >= t else { continue }
                let sharesHolder = !(mappedHolders.isDisjoint(with: newHolders[added[j].id] ?? []))
                pairs.append((score, sharesHolder, o.id, added[j].id))
            }
        }
        greedy(pairs, into: &r, record: true)
    }

    /// Pairs best-first: higher score, then the tie-breaker flag, then old id, then new id.
    static func greedy(_ pairs: [(Double, Bool, String, String)], into r: inout Result, record: Bool) {
        let sorted = pairs.sorted { a, b in
            if a.0 != b.0 { return a.0 > b.0 }
            if a.1 != b.1 { return a.1 }
            if a.2 != b.2 { return a.2 < b.2 }
            return a.3 < b.3
        }
        for (score, _, o, n) in sorted where r.oldToNew[o] == nil && r.newToOld[n] == nil {
            r.pair(o, n)
            if record { r.similarity[n] = score }
        }
    }
}
