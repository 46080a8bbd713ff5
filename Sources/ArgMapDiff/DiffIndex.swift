import ArgMapGraph

/// Both graphs of a diff as numbers: every node id interned once in one ``IDTable`` shared by
/// the two graphs (so an id in both has one number, and matching by id is an array look-up),
/// and every edge end and `holds` edge resolved to node indices. Past this, the diff works on
/// integer arrays; id strings are hashed once per occurrence in the graphs, and strings are
/// handled again only for the few things that changed.
///
/// "The node with id X" is the first node with that id, as everywhere in the diff (a valid
/// `argmap/1` graph has no repeated ids).
struct DiffIndex {
    var ids: IDTable
    /// The id number of each node.
    let oldNodeID: [Int32], newNodeID: [Int32]
    /// By id number: the index of the first node with that id, or -1.
    let firstOld: [Int32], firstNew: [Int32]
    /// By id number: bit `1 << kind` for each kind among the old nodes with that id.
    let oldKinds: [UInt8]
    /// By id number: 1 + the kind of the last new node with that id, or 0.
    let lastNewKind: [UInt8]
    /// By edge: its kind (``kindCode(_:)-swift.type.method``).
    let oldEdgeKind: [UInt8], newEdgeKind: [UInt8]
    /// By edge: the index of the node with the edge's source (target) id in the same graph, or -1.
    let oldSource: [Int32], oldTarget: [Int32], newSource: [Int32], newTarget: [Int32]
    /// By node index: the holders of each position.
    let oldHolders: Holders, newHolders: Holders

    /// The holders of positions: for each node index, the `holds` edges into the node with its
    /// id, one per distinct source id (the first in edge order), as `(edge index, source id
    /// number)`. Sources need not be nodes: ids that are not are interned too.
    struct Holders {
        fileprivate(set) var start: [Int32]
        fileprivate(set) var edge: [Int32]
        fileprivate(set) var source: [Int32]

        /// The entries of node `i`: indices into ``edge`` and ``source``.
        @inline(__always)
        func range(_ i: Int) -> Range<Int> { Int(start[i])..<Int(start[i + 1]) }
    }

    static func kindCode(_ k: NodeKind) -> UInt8 { k == .actor ? 0 : 1 }
    /// An edge kind's number: its place in `EdgeKind.allCases`.
    static func kindCode(_ k: EdgeKind) -> UInt8 {
        switch k { case .holds: 0; case .agreement: 1; case .conflict: 2; case .support: 3 }
    }

    /// The index of both graphs.
    init(old: ArgumentGraph, new: ArgumentGraph) {
        // ASCII ids (all ids argmap makes) with the fast hash; anything else with Swift's.
        if let d = Self(old: old, new: new, mode: .fast) { self = d } else { self = Self(old: old, new: new, mode: .swift)! }
    }

    /// Nil when the table fails in this mode (see ``IDTable``).
    private init?(old: ArgumentGraph, new: ArgumentGraph, mode: IDTable.Mode) {
        let no = old.nodes.count, nn = new.nodes.count
        var ids = IDTable(capacity: max(no, nn) + min(no, nn) / 8 + 16, mode: mode)
        guard let (oldNodeID, oldNodeKind) = Self.intern(old.nodes, &ids),
              let (newNodeID, newNodeKind) = Self.intern(new.nodes, &ids) else { return nil }
        let count = ids.count
        var firstOld = [Int32](repeating: -1, count: count), firstNew = firstOld
        var oldKinds = [UInt8](repeating: 0, count: count), lastNewKind = oldKinds
        for i in oldNodeID.indices.reversed() {
            firstOld[Int(oldNodeID[i])] = Int32(truncatingIfNeeded: i)
            oldKinds[Int(oldNodeID[i])] |= 1 << oldNodeKind[i]
        }
        for j in newNodeID.indices.reversed() { firstNew[Int(newNodeID[j])] = Int32(truncatingIfNeeded: j) }
        for j in newNodeID.indices { lastNewKind[Int(newNodeID[j])] = 1 + newNodeKind[j] }

        /// Edge ends as node indices of `g` (by `first`), and its holders.
        func ends(_ g: ArgumentGraph, _ first: [Int32]) -> ([UInt8], [Int32], [Int32], Holders)? {
            let edges = g.edges
            let holds = Self.kindCode(EdgeKind.holds)
            var source = [Int32](repeating: -1, count: edges.count), target = source
            guard let (kinds, sourceID, targetID) = Self.resolve(edges, &ids) else { return nil }
            // Holds edges into nodes (edge indices), and each one's source id number.
            var holdsTarget: [Int32] = [], holdsSource: [Int32] = []
            for e in edges.indices {
                let s = Int(sourceID[e]), t = Int(targetID[e])
                if s >= 0 && s < first.count { source[e] = first[s] }
                if t >= 0 && t < first.count { target[e] = first[t] }
                if kinds[e] == holds && target[e] >= 0 {
                    holdsTarget.append(Int32(truncatingIfNeeded: e))
                    holdsSource.append(sourceID[e])
                }
            }
            // Counting sort of the holds edges by target node, in edge order.
            var start = [Int32](repeating: 0, count: g.nodes.count + 1)
            for e in holdsTarget { start[Int(target[Int(e)]) + 1] += 1 }
            var repeats = false
            for i in 0..<g.nodes.count {
                if start[i + 1] > 1 { repeats = true }
                start[i + 1] += start[i]
            }
            var next = start
            var edge = [Int32](repeating: 0, count: holdsTarget.count), src = edge
            for (k, e) in holdsTarget.enumerated() {
                let t = Int(target[Int(e)])
                edge[Int(next[t])] = e
                src[Int(next[t])] = holdsSource[k]
                next[t] += 1
            }
            if repeats {
                // One entry per source id in each list, the first; lists closed up.
                var mark = [Int32](repeating: -1, count: ids.count)
                var w = 0
                var begin = 0
                for i in 0..<g.nodes.count {
                    let end = Int(start[i + 1])
                    start[i] = Int32(truncatingIfNeeded: w)
                    for r in begin..<end where mark[Int(src[r])] != Int32(truncatingIfNeeded: i) {
                        mark[Int(src[r])] = Int32(truncatingIfNeeded: i)
                        edge[w] = edge[r]
                        src[w] = src[r]
                        w += 1
                    }
                    begin = end
                }
                start[g.nodes.count] = Int32(truncatingIfNeeded: w)
                edge.removeLast(edge.count - w)
                src.removeLast(src.count - w)
            }
            return (kinds, source, target, Holders(start: start, edge: edge, source: src))
        }
        guard let (oldEdgeKind, oldSource, oldTarget, oldHolders) = ends(old, firstOld),
              let (newEdgeKind, newSource, newTarget, newHolders) = ends(new, firstNew) else { return nil }
        self.ids = ids
        self.oldNodeID = oldNodeID
        self.newNodeID = newNodeID
        self.firstOld = firstOld
        self.firstNew = firstNew
        self.oldKinds = oldKinds
        self.lastNewKind = lastNewKind
        self.oldEdgeKind = oldEdgeKind
        self.newEdgeKind = newEdgeKind
        self.oldSource = oldSource
        self.oldTarget = oldTarget
        self.newSource = newSource
        self.newTarget = newTarget
        self.oldHolders = oldHolders
        self.newHolders = newHolders
    }

    /// The id numbers and kinds of `nodes`, interning their ids in `ids`; nil when the table
    /// fails in its mode.
    ///
    /// (One pass, reading fields in place through a buffer: copying a whole node retains every
    /// string and array in it, and on large graphs each retain is a cache miss. `ids` is an
    /// `inout` argument, not a captured variable, so using it needs no run-time exclusivity
    /// check.)
    private static func intern(_ nodes: [Node], _ ids: inout IDTable) -> ([Int32], [UInt8])? {
        var numbers = [Int32](repeating: 0, count: nodes.count)
        var kinds = [UInt8](repeating: 0, count: nodes.count)
        let ok = nodes.withUnsafeBufferPointer { nb -> Bool in
            for i in nb.indices {
                guard let h = ids.hash(nb[i].id) else { return false }
                let k = ids.intern(nb[i].id, hash: h)
                if k < 0 { return false }
                numbers[i] = Int32(truncatingIfNeeded: k)
                kinds[i] = kindCode(nb[i].kind)
            }
            return true
        }
        return ok ? (numbers, kinds) : nil
    }

    /// The kinds of `edges` and the id numbers of their ends (-1: no such id); the source of a
    /// `holds` edge is interned when it is no node's id (a holder that is not a node still
    /// counts, as itself). Nil when the table fails in its mode.
    ///
    /// One pass over the edges, fields read in place (see ``intern(_:_:)``): on large graphs
    /// the edges do not fit in the cache, and each pass over them reads them from memory.
    private static func resolve(_ edges: [Edge], _ ids: inout IDTable) -> ([UInt8], [Int32], [Int32])? {
        let holds = kindCode(EdgeKind.holds)
        var kinds = [UInt8](repeating: 0, count: edges.count)
        var sourceID = [Int32](repeating: -1, count: edges.count), targetID = sourceID
        let ok = edges.withUnsafeBufferPointer { eb -> Bool in
            for e in eb.indices {
                let kind = kindCode(eb[e].kind)
                kinds[e] = kind
                guard let hs = ids.hash(eb[e].source), let ht = ids.hash(eb[e].target) else { return false }
                // (A holder interned here may be found by a later edge: as no node has its id,
                // that edge's end is still no node.)
                let s = kind == holds ? ids.intern(eb[e].source, hash: hs) : ids.find(eb[e].source, hash: hs)
                let t = ids.find(eb[e].target, hash: ht)
                if s == IDTable.failed || t == IDTable.failed { return false }
                sourceID[e] = Int32(truncatingIfNeeded: s)
                targetID[e] = Int32(truncatingIfNeeded: t)
            }
            return true
        }
        return ok ? (kinds, sourceID, targetID) : nil
    }

    /// The index of the first old (new) node with id number `k`, or -1 (also for numbers of
    /// strings that are no node's id, interned as holders).
    @inline(__always) func oldNode(_ k: Int32) -> Int { Int(k) < firstOld.count ? Int(firstOld[Int(k)]) : -1 }
    @inline(__always) func newNode(_ k: Int32) -> Int { Int(k) < firstNew.count ? Int(firstNew[Int(k)]) : -1 }
}
