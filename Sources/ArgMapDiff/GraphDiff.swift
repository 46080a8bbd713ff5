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
        var sets: [ChangeSubject: [ChangeStatus: Set<String>]] = [:]
        for c in changes { sets[c.subject, default: [:]][c.status, default: []].insert(c.id) }
        func counts(_ s: ChangeSubject) -> ChangeCounts {
            let m = sets[s] ?? [:]
            return ChangeCounts(added: m[.added]?.count ?? 0, removed: m[.removed]?.count ?? 0,
                                changed: m[.changed]?.count ?? 0)
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

    /// Old node id -> new node id, for every matched node.
    let nodeMap: [String: String]
    /// For each new edge (by index), the index of the old edge matched with it (including
    /// flipped ones), or -1. (Indices, not ids: a table of 300,000 id strings was a large
    /// share of the time of a large diff.)
    let edgeMatch: [Int]
    /// New ids of matched nodes that changed.
    let changedNodes: Set<String>
    /// New ids of matched edges that changed.
    let changedEdges: Set<String>

    init(old: ArgumentGraph, new: ArgumentGraph, options: DiffOptions, changes: [Change],
         nodeMap: [String: String], edgeMatch: [Int],
         changedNodes: Set<String>, changedEdges: Set<String>) {
        self.old = old
        self.new = new
        self.options = options
        self.changes = changes
        self.summary = DiffSummary(changes: changes, hasCamps: old.camps != nil || new.camps != nil)
        self.nodeMap = nodeMap
        self.edgeMatch = edgeMatch
        self.changedNodes = changedNodes
        self.changedEdges = changedEdges
    }

    /// True when the graphs do not differ (under the diff's options).
    public var isEmpty: Bool { changes.isEmpty }

    /// The changes about one subject, in order.
    public func changes(of subject: ChangeSubject) -> [Change] { changes.filter { $0.subject == subject } }

    /// The new id each matched old node id maps to (identity for nodes matched by id).
    public var matchedNodes: [String: String] { nodeMap }
}
