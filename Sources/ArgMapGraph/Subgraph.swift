extension ArgumentGraph {
    /// The graph cut down to the `count` busiest actors: actors ranked by the number of edges
    /// they take part in (holds, agreement, conflict), ties broken by id, then kept with the
    /// positions they hold, the positions linked to those by agreement, conflict or support,
    /// and every edge between kept nodes. Camps keep only their kept members (and are dropped
    /// when fewer than two remain). A graph with at most `count` actors is returned unchanged.
    public func topActors(_ count: Int) -> ArgumentGraph {
        let actors = nodes.filter { $0.kind == .actor }
        guard actors.count > count else { return self }
        var degree: [String: Int] = [:]
        for e in edges {
            degree[e.source, default: 0] += 1
            degree[e.target, default: 0] += 1
        }
        let ranked = actors.sorted { (degree[$0.id] ?? 0, $1.id) > (degree[$1.id] ?? 0, $0.id) }
        var keep = Set(ranked.prefix(max(0, count)).map(\.id))
        for e in edges where e.kind == .holds && keep.contains(e.source) { keep.insert(e.target) }
        let kinds = Dictionary(nodes.map { ($0.id, $0.kind) }, uniquingKeysWith: { a, _ in a })
        for e in edges where e.kind != .holds && kinds[e.source] == .position && kinds[e.target] == .position
            && (keep.contains(e.source) || keep.contains(e.target)) {
            keep.insert(e.source)
            keep.insert(e.target)
        }
        var g = self
        g.nodes = nodes.filter { keep.contains($0.id) }
        g.edges = edges.filter { keep.contains($0.source) && keep.contains($0.target) }
        g.camps = camps.map { cs in
            cs.compactMap { c in
                let m = c.members.filter { keep.contains($0) }
                return m.count >= 2 ? Camp(id: c.id, members: m) : nil
            }
        }
        return g
    }
}
