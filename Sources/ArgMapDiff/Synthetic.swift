import ArgMapGraph

/// SplitMix64: a small, fast, deterministic random number generator (Steele, Lea and Flood,
/// 2014). The same seed gives the same sequence on every platform.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    /// The generator's state.
    public var state: UInt64

    /// A generator starting from `seed`.
    public init(seed: UInt64) { state = seed }

    /// The next 64 random bits.
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in `0..<n` (n > 0); the tiny modulo bias does not matter here.
    mutating func below(_ n: Int) -> Int { Int(next() % UInt64(max(n, 1))) }

    /// A number in `0..<1`.
    mutating func unit() -> Double { Double(next() >> 11) / Double(1 << 53) }
}

extension GraphDiffer {
    /// Two related synthetic graphs for benchmarks and scale tests, deterministic in `seed`.
    ///
    /// The old graph has `nodes` nodes (a tenth actors, the rest positions whose 8 to 14 words
    /// are drawn, skewed towards common ones, from a 4,096-word made-up vocabulary) and about
    /// `edges` edges: one `holds` edge per position, the rest agreement, conflict and support
    /// edges between random ends. The new graph applies `changeFraction * nodes` random changes
    /// spread evenly over: reword a position (one word replaced), remove a position, add a
    /// position, re-attribute a position, rename an actor (keeping an old alias), flip a relation,
    /// add a relation, remove a relation. Both graphs are valid `argmap/1`.
    public static func syntheticPair(nodes: Int, edges: Int, changeFraction: Double,
                                     seed: UInt64) -> (ArgumentGraph, ArgumentGraph) {
        var rng = SplitMix64(seed: seed)
        let syllables = ["ka", "lo", "mi", "ter", "sun", "vel", "dor", "pa", "ri", "zen", "bo", "que", "sta",
                         "lin", "gra", "mo"]
        func word(_ i: Int) -> String { syllables[i & 15] + syllables[(i >> 4) & 15] + syllables[(i >> 8) & 15] }
        func randomWord() -> String { let u = rng.unit(); return word(Int(u * u * 4096)) }
        func claim() -> [String] { (0..<(8 + rng.below(7))).map { _ in randomWord() } }
        let source = SourceInfo(name: "synthetic-\(seed).txt", sha256: String(repeating: "0", count: 64), bytes: 0)

        let actorCount = max(1, nodes / 10)
        let positionCount = max(0, nodes - actorCount)
        var actors: [Node] = []
        for i in 0..<actorCount {
            let name = "\(word(i * 7 + 1).capitalized) \(word(i * 13 + 5).capitalized) \(i)"
            actors.append(Node(id: StableID.actor(name), kind: .actor, label: name, aliases: [name, "A\(i)"],
                               category: .person, evidence: [Evidence(start: i, end: i + 1)], rule: "synthetic"))
        }
        var positions: [Node] = []
        var texts = Set<String>()
        func makePosition(_ words: [String], _ k: Int) -> Node {
            let text = words.joined(separator: " ")
            return Node(id: StableID.position(text), kind: .position, label: String(text.prefix(80)), text: text,
                        quoted: false, evidence: [Evidence(start: k, end: k + text.utf8.count)], rule: "synthetic")
        }
        var words: [[String]] = []
        while positions.count < positionCount {
            let w = claim()
            guard texts.insert(w.joined(separator: " ")).inserted else { continue }
            words.append(w)
            positions.append(makePosition(w, positions.count))
        }
        func edge(_ kind: EdgeKind, _ s: String, _ t: String) -> Edge {
            Edge(id: StableID.edge(kind, s, t), kind: kind, source: s, target: t, cue: kind == .conflict ? "opposed" : nil,
                 evidence: [Evidence(start: 0, end: 1)], rule: "synthetic")
        }
        var edgeList: [Edge] = []
        var edgeIDs = Set<String>()
        func addEdge(_ e: Edge) { if e.source != e.target && edgeIDs.insert(e.id).inserted { edgeList.append(e) } }
        for (i, p) in positions.enumerated() where edgeList.count < edges {
            addEdge(edge(.holds, actors[(i * 7919 + rng.below(3)) % actorCount].id, p.id))
        }
        var attempts = 0
        while edgeList.count < edges && attempts < edges * 4 && !positions.isEmpty {
            attempts += 1
            switch rng.below(4) {
            case 0: addEdge(edge(.agreement, actors[rng.below(actorCount)].id, actors[rng.below(actorCount)].id))
            case 1: addEdge(edge(.conflict, positions[rng.below(positionCount)].id, positions[rng.below(positionCount)].id))
            case 2: addEdge(edge(.agreement, positions[rng.below(positionCount)].id, positions[rng.below(positionCount)].id))
            default: addEdge(edge(.support, positions[rng.below(positionCount)].id, positions[rng.below(positionCount)].id))
            }
        }
        let old = ArgumentGraph(source: source, nodes: actors + positions, edges: edgeList)

        // The new graph.
        var nActors = actors, nPositions = positions, nEdges = edgeList
        var rename: [String: String] = [:]
        var removedNodes = Set<String>(), removedEdges = Set<Int>()
        let changeCount = Int((changeFraction * Double(nodes)).rounded())
        for c in 0..<changeCount {
            switch c % 8 {
            case 0 where positionCount > 0:  // reword
                let i = rng.below(positionCount)
                var w = words[i]
                w[rng.below(w.count)] = randomWord() + "x"
                let p = makePosition(w, i)
                if rename[positions[i].id] == nil && !removedNodes.contains(positions[i].id) {
                    rename[positions[i].id] = p.id
                    nPositions[i] = p
                }
            case 1 where positionCount > 0:  // remove a position
                let i = rng.below(positionCount)
                if rename[positions[i].id] == nil { removedNodes.insert(positions[i].id) }
            case 2:  // add a position
                var w = claim()
                w.append("new\(c)")
                let p = makePosition(w, positionCount + c)
                nPositions.append(p)
                nEdges.append(edge(.holds, actors[rng.below(actorCount)].id, p.id))
                if positionCount > 0 { nEdges.append(edge(.conflict, p.id, positions[rng.below(positionCount)].id)) }
            case 3 where positionCount > 0:  // re-attribute
                let i = rng.below(min(positionCount, nEdges.count))
                if nEdges[i].kind == .holds { nEdges[i].source = actors[rng.below(actorCount)].id }
            case 4:  // rename an actor
                let i = rng.below(actorCount)
                guard rename[actors[i].id] == nil else { break }
                let name = actors[i].label + " Jr"
                var a = actors[i]
                a.id = StableID.actor(name)
                a.label = name
                a.aliases = [name] + (actors[i].aliases ?? [])
                rename[actors[i].id] = a.id
                nActors[i] = a
            case 5 where !nEdges.isEmpty:  // flip
                let i = rng.below(edgeList.count)
                if nEdges[i].kind == .agreement { nEdges[i].kind = .conflict } else if nEdges[i].kind == .conflict {
                    nEdges[i].kind = .agreement
                }
            case 6 where positionCount > 1:  // add a relation
                nEdges.append(edge(.support, positions[rng.below(positionCount)].id, positions[rng.below(positionCount)].id))
            case 7 where !edgeList.isEmpty:  // remove a relation
                removedEdges.insert(rng.below(edgeList.count))
            default: break
            }
        }
        let keptNodes = (nActors + nPositions).filter { !removedNodes.contains($0.id) }
        let present = Set(keptNodes.map(\.id))
        var newEdges: [Edge] = []
        var newEdgeIDs = Set<String>()
        for (i, e) in nEdges.enumerated() where !removedEdges.contains(i) {
            var e = e
            e.source = rename[e.source] ?? e.source
            e.target = rename[e.target] ?? e.target
            e.id = StableID.edge(e.kind, e.source, e.target)
            guard e.source != e.target, present.contains(e.source), present.contains(e.target),
                  newEdgeIDs.insert(e.id).inserted else { continue }
            newEdges.append(e)
        }
        var newSource = source
        newSource.name = "synthetic-\(seed)-changed.txt"
        return (old, ArgumentGraph(source: newSource, nodes: keptNodes, edges: newEdges))
    }
}
