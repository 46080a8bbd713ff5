import ArgMapGraph

extension GraphDiff {
    /// The union of both graphs, for drawing the diff as a picture, with the status of every
    /// node and edge by its id in the union.
    ///
    /// Matched nodes and edges appear once, in their new version (new ids); removed ones appear
    /// in their old version, with edge ends renamed to the new ids where the end was matched.
    /// Where an old id would clash with an id already in the union, `~old` is appended. Camps
    /// are those of the new graph. The result is canonical (see `ArgumentGraph.canonicalize()`)
    /// and valid per `ArgumentGraph.validate()` when both inputs are.
    ///
    /// Status: `added` (new only), `removed` (old only), `changed` (matched, with at least one
    /// node or edge change), `unchanged` (matched, no change).
    public func unionGraph() -> (graph: ArgumentGraph, nodeStatus: [String: ChangeStatus],
                                 edgeStatus: [String: ChangeStatus]) {
        var nodeStatus: [String: ChangeStatus] = [:]
        var edgeStatus: [String: ChangeStatus] = [:]
        var nodes: [Node] = []
        var edges: [Edge] = []
        var ids = Set<String>()
        let nodeMap = matchedNodes
        let matchedNew = Set(nodeMap.values)
        for n in new.nodes where ids.insert(n.id).inserted {
            nodes.append(n)
            nodeStatus[n.id] = !matchedNew.contains(n.id) ? .added : changedNodes.contains(n.id) ? .changed : .unchanged
        }
        func fresh(_ id: String) -> String {
            var s = id
            while ids.contains(s) { s += "~old" }
            return s
        }
        var oldRename: [String: String] = [:]
        var seen = Set<String>()
        for o in old.nodes where nodeMap[o.id] == nil && seen.insert(o.id).inserted {
            var n = o
            n.id = fresh(o.id)
            ids.insert(n.id)
            oldRename[o.id] = n.id
            nodes.append(n)
            nodeStatus[n.id] = .removed
        }
        var oldMatched = [Bool](repeating: false, count: old.edges.count)
        for (j, e) in new.edges.enumerated() {
            let i = edgeMatch[j]
            if i >= 0 { oldMatched[i] = true }
            guard ids.insert(e.id).inserted else { continue }
            edges.append(e)
            edgeStatus[e.id] = i < 0 ? .added : changedEdges.contains(e.id) ? .changed : .unchanged
        }
        seen = []
        for (i, o) in old.edges.enumerated() where !oldMatched[i] && seen.insert(o.id).inserted {
            guard let s = nodeMap[o.source] ?? oldRename[o.source],
                  let t = nodeMap[o.target] ?? oldRename[o.target] else { continue }
            var e = o
            e.id = fresh(o.id)
            e.source = s
            e.target = t
            ids.insert(e.id)
            edges.append(e)
            edgeStatus[e.id] = .removed
        }
        var g = ArgumentGraph(source: new.source, nodes: nodes, edges: edges, camps: new.camps)
        g.canonicalize()
        return (g, nodeStatus, edgeStatus)
    }
}
