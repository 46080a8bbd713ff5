import ArgMapGraph

/// How many things of one sort were added, removed and changed.
public struct ChangeCounts: Codable, Hashable, Sendable {
    /// Things only in the new graph.
    public var added: Int
    /// Things only in the old graph.
    public var removed: Int
    /// Things in both graphs that differ (each counted once, however many changes it has).
    public var changed: Int

    /// Creates counts.
    public init(added: Int = 0, removed: Int = 0, changed: Int = 0) {
        self.added = added
        self.removed = removed
        self.changed = changed
    }

    /// `added + removed + changed`: the number of things that differ.
    public var total: Int { added + removed + changed }

    private enum CodingKeys: String, CodingKey { case added, removed, changed, total }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        added = try c.decode(Int.self, forKey: .added)
        removed = try c.decode(Int.self, forKey: .removed)
        changed = try c.decode(Int.self, forKey: .changed)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(added, forKey: .added)
        try c.encode(removed, forKey: .removed)
        try c.encode(changed, forKey: .changed)
        try c.encode(total, forKey: .total)
    }
}

/// The counts of a diff, by subject.
public struct DiffSummary: Codable, Hashable, Sendable {
    /// Actors added, removed, changed.
    public var actors: ChangeCounts
    /// Positions added, removed, changed.
    public var positions: ChangeCounts
    /// Relations (edges other than `holds`, plus `holds` edges with evidence changes) added,
    /// removed, changed.
    public var relations: ChangeCounts
    /// Camps added, removed, changed; nil when neither graph has camps.
    public var camps: ChangeCounts?

    /// Creates a summary.
    public init(actors: ChangeCounts = .init(), positions: ChangeCounts = .init(),
                relations: ChangeCounts = .init(), camps: ChangeCounts? = nil) {
        self.actors = actors
        self.positions = positions
        self.relations = relations
        self.camps = camps
    }

    /// Counts the distinct things among `changes`.
    init(changes: [Change], hasCamps: Bool) {
        // Distinct ids by (subject, status). (Changes are read by index: copying whole changes
        // retains every string in them.)
        let statuses = ChangeStatus.allCases.count
        var sets = [Set<String>](repeating: [], count: ChangeSubject.allCases.count * statuses)
        for i in changes.indices {
            let kind = changes[i].kind
            sets[kind.subject.ordinal * statuses + kind.status.ordinal].insert(changes[i].id)
        }
        func counts(_ s: ChangeSubject) -> ChangeCounts {
            func n(_ t: ChangeStatus) -> Int { sets[s.ordinal * statuses + t.ordinal].count }
            return ChangeCounts(added: n(.added), removed: n(.removed), changed: n(.changed))
        }
        self.init(actors: counts(.actor), positions: counts(.position), relations: counts(.relation),
                  camps: hasCamps ? counts(.camp) : nil)
    }

    /// The one-line summary, e.g. `2 actors (+1 -0 ~1), 5 positions (+2 -1 ~2), 3 relations (+1 -1 ~1)`.
    public var line: String {
        func part(_ c: ChangeCounts, _ one: String, _ many: String) -> String {
            "\(c.total) \(c.total == 1 ? one : many) (+\(c.added) -\(c.removed) ~\(c.changed))"
        }
        var parts = [part(actors, "actor", "actors"), part(positions, "position", "positions"),
                     part(relations, "relation", "relations")]
        if let camps { parts.append(part(camps, "camp", "camps")) }
        return parts.joined(separator: ", ")
    }
}

/// The difference between two argument graphs, made by ``GraphDiffer/diff(old:new:options:)``.
///
/// ``changes`` are in a deterministic order: by subject (actors, positions, relations, camps),
/// then additions, removals, changes, then by kind, then by label, then by id.
public struct GraphDiff: Sendable {
    /// The old graph.
    public let old: ArgumentGraph
    /// The new graph.
    public let new: ArgumentGraph
    /// The options the diff was made with.
    public let options: DiffOptions
    /// Every change, in the deterministic order described above.
    public let changes: [Change]
    /// Counts of added, removed and changed things by subject.
    public let summary: DiffSummary

    /// For each old node (by index), the index of the new node matched with it, or -1.
    let nodeMatch: [Int32]
    /// The id numbers of the old and new nodes (equal when a node was matched by id).
    let oldNodeID: [Int32]
    let newNodeID: [Int32]
    /// For each new edge (by index), the index of the old edge matched with it (including
    /// flipped ones), or -1. (Indices, not ids: a table of 300,000 id strings was a large
    /// share of the time of a large diff.)
    let edgeMatch: [Int]
    /// New ids of matched nodes that changed.
    let changedNodes: Set<String>
    /// New ids of matched edges that changed.
    let changedEdges: Set<String>

    init(old: ArgumentGraph, new: ArgumentGraph, options: DiffOptions, changes: [Change],
         nodeMatch: [Int32], oldNodeID: [Int32], newNodeID: [Int32], edgeMatch: [Int],
         changedNodes: Set<String>, changedEdges: Set<String>) {
        self.old = old
        self.new = new
        self.options = options
        self.changes = changes
        self.summary = DiffSummary(changes: changes, hasCamps: old.camps != nil || new.camps != nil)
        self.nodeMatch = nodeMatch
        self.oldNodeID = oldNodeID
        self.newNodeID = newNodeID
        self.edgeMatch = edgeMatch
        self.changedNodes = changedNodes
        self.changedEdges = changedEdges
    }

    /// Old node id -> new node id for every matched node (the old id itself for nodes matched by id).
    static func nodeMap(old: ArgumentGraph, new: ArgumentGraph, nodeMatch: [Int32], oldNodeID: [Int32],
                        newNodeID: [Int32]) -> [String: String] {
        var map: [String: String] = [:]
        map.reserveCapacity(old.nodes.count)
        for i in old.nodes.indices where nodeMatch[i] >= 0 {
            let j = Int(nodeMatch[i])
            if map[old.nodes[i].id] == nil {
                map[old.nodes[i].id] = oldNodeID[i] == newNodeID[j] ? old.nodes[i].id : new.nodes[j].id
            }
        }
        return map
    }

    /// True when the graphs do not differ (under the diff's options).
    public var isEmpty: Bool { changes.isEmpty }

    /// The changes about one subject, in order.
    public func changes(of subject: ChangeSubject) -> [Change] { changes.filter { $0.subject == subject } }

    /// The new id each matched old node id maps to (identity for nodes matched by id). Made
    /// on each call (the diff itself keeps the pairing as node indices).
    public var matchedNodes: [String: String] {
        Self.nodeMap(old: old, new: new, nodeMatch: nodeMatch, oldNodeID: oldNodeID, newNodeID: newNodeID)
    }
}
