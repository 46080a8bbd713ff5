/// The argument graph: the public contract `argmap/1`.
///
/// A graph has *actors* (people, bodies, groups, the author) and *positions* (claims an actor
/// holds) as nodes, and `holds`, `agreement`, `conflict` and `support` relations as edges.
/// Every node and edge carries the evidence spans it came from (UTF-8 byte offsets into the
/// input, `start` inclusive, `end` exclusive) and the name of the rule that made it.

/// The kind of a node.
public enum NodeKind: String, Codable, Sendable, CaseIterable, Comparable {
    case actor
    case position

    public static func < (a: NodeKind, b: NodeKind) -> Bool { a.ordinal < b.ordinal }

    /// The position in `allCases` (the order of reports).
    var ordinal: Int { Self.ordered.firstIndex(of: self)! }
    /// `allCases`, made once (the synthesised `allCases` builds a new array on every call).
    private static let ordered = Array(allCases)
}

/// What sort of holder an actor is.
public enum ActorCategory: String, Codable, Sendable, CaseIterable {
    /// A named person ("Chicherin").
    case person
    /// An institution or body ("Central Committee", "NKID").
    case body
    /// A collective ("the party leadership", "Party leaders").
    case group
    /// The narrator of the text, for judgements it makes in its own voice.
    case author
}

/// The kind of an edge.
public enum EdgeKind: String, Codable, Sendable, CaseIterable, Comparable {
    /// actor -> position: the actor holds the claim.
    case holds
    /// actor-actor or position-position: they agree.
    case agreement
    /// actor-actor or position-position: they clash.
    case conflict
    /// position -> position: the first is given as grounds for the second.
    case support

    public static func < (a: EdgeKind, b: EdgeKind) -> Bool { a.ordinal < b.ordinal }

    /// The position in `allCases` (the order of reports).
    var ordinal: Int { Self.ordered.firstIndex(of: self)! }
    /// `allCases`, made once (the synthesised `allCases` builds a new array on every call).
    private static let ordered = Array(allCases)
}

/// A span of the input that backs a node or an edge.
public struct Evidence: Codable, Hashable, Sendable, Comparable {
    /// UTF-8 byte offset of the first byte (inclusive).
    public var start: Int
    /// UTF-8 byte offset after the last byte (exclusive).
    public var end: Int
    /// The sentence the span lies in, as it reads in the input (whitespace folded), so that a
    /// saved graph can show its evidence without the input.
    public var sentence: String?
    /// The document the span belongs to, in merged corpus maps.
    public var document: String?

    public init(start: Int, end: Int, sentence: String? = nil, document: String? = nil) {
        self.start = start
        self.end = end
        self.sentence = sentence
        self.document = document
    }

    public static func < (a: Evidence, b: Evidence) -> Bool {
        (a.document ?? "", a.start, a.end) < (b.document ?? "", b.start, b.end)
    }
}

/// A node of the argument graph: an actor or a position.
public struct Node: Codable, Hashable, Sendable, Identifiable {
    /// Stable id made from normalised content (see ``StableID``).
    public var id: String
    public var kind: NodeKind
    /// A short display label: an actor's canonical name; a position's quoted words or a
    /// trimmed clause of at most about 80 characters.
    public var label: String
    /// Actors: every surface form that refers to this actor in the text.
    public var aliases: [String]?
    /// Actors: what sort of holder this is.
    public var category: ActorCategory?
    /// Positions: the full claim text.
    public var text: String?
    /// Positions: whether the claim is quoted from the actor.
    public var quoted: Bool?
    /// Where in the input this node is stated.
    public var evidence: [Evidence]
    /// The extraction rule that made the node (see `argmap explain`).
    public var rule: String?

    public init(id: String, kind: NodeKind, label: String, aliases: [String]? = nil,
                category: ActorCategory? = nil, text: String? = nil, quoted: Bool? = nil,
                evidence: [Evidence] = [], rule: String? = nil) {
        self.id = id
        self.kind = kind
        self.label = label
        self.aliases = aliases
        self.category = category
        self.text = text
        self.quoted = quoted
        self.evidence = evidence
        self.rule = rule
    }
}

/// An edge of the argument graph.
public struct Edge: Codable, Hashable, Sendable, Identifiable {
    /// Stable id made from the kind and the ids of both ends.
    public var id: String
    public var kind: EdgeKind
    /// Id of the source node.
    public var source: String
    /// Id of the target node.
    public var target: String
    /// The cue words that state the relation ("differed sharply"), where there are some.
    public var cue: String?
    /// Where in the input this edge is stated.
    public var evidence: [Evidence]
    /// The extraction rule that made the edge.
    public var rule: String?

    public init(id: String, kind: EdgeKind, source: String, target: String, cue: String? = nil,
                evidence: [Evidence] = [], rule: String? = nil) {
        self.id = id
        self.kind = kind
        self.source = source
        self.target = target
        self.cue = cue
        self.evidence = evidence
        self.rule = rule
    }
}

/// Where a graph came from.
public struct SourceInfo: Codable, Hashable, Sendable {
    /// The input's file name (no directories), or `-` for standard input.
    public var name: String
    /// Lower-case hex SHA-256 of the input bytes.
    public var sha256: String
    /// Size of the input in bytes.
    public var bytes: Int

    public init(name: String, sha256: String, bytes: Int) {
        self.name = name
        self.sha256 = sha256
        self.bytes = bytes
    }
}

/// A group of actors joined by agreement.
public struct Camp: Codable, Hashable, Sendable {
    /// Stable id made from the member ids.
    public var id: String
    /// Ids of the member actors, sorted.
    public var members: [String]

    public init(id: String, members: [String]) {
        self.id = id
        self.members = members
    }
}

/// An argument graph, schema `argmap/1`.
///
/// Invariants (checked by ``validate()`` and when reading JSON): node ids are unique, edge
/// ids are unique, every edge's ends exist, `holds` edges run from an actor to a position.
public struct ArgumentGraph: Codable, Hashable, Sendable {
    /// The schema name this library reads and writes.
    public static let schemaName = "argmap/1"

    public var schema: String
    public var source: SourceInfo
    public var nodes: [Node]
    public var edges: [Edge]
    /// Groups of actors joined by agreement (optional).
    public var camps: [Camp]?

    public init(source: SourceInfo, nodes: [Node] = [], edges: [Edge] = [], camps: [Camp]? = nil) {
        self.schema = Self.schemaName
        self.source = source
        self.nodes = nodes
        self.edges = edges
        self.camps = camps
    }

    /// The node with this id, if any.
    public func node(_ id: String) -> Node? { nodes.first { $0.id == id } }

    /// A dictionary from node id to node.
    public var nodesByID: [String: Node] {
        Dictionary(nodes.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
    }

    /// Ids of the actors that hold the position `positionID`, sorted.
    public func holders(of positionID: String) -> [String] {
        edges.filter { $0.kind == .holds && $0.target == positionID }.map(\.source).sorted()
    }

    /// Puts nodes and edges (and their evidence and aliases) into the canonical order, so that
    /// equal graphs serialise to identical bytes.
    public mutating func canonicalize() {
        // An array already in strictly increasing order has no duplicates and sorts to itself:
        // `Array(Set(x)).sorted()` would give it back unchanged, so it is left as it is (a
        // graph made by `graph()` is canonical already when it is encoded or drawn).
        func strictlyIncreasing<T: Comparable>(_ x: [T]) -> Bool {
            var i = 1
            while i < x.count { if !(x[i - 1] < x[i]) { return false }; i += 1 }
            return true
        }
        for i in nodes.indices {
            if !strictlyIncreasing(nodes[i].evidence) { nodes[i].evidence = Array(Set(nodes[i].evidence)).sorted() }
            if let a = nodes[i].aliases, !strictlyIncreasing(a) { nodes[i].aliases = Array(Set(a)).sorted() }
        }
        for i in edges.indices where !strictlyIncreasing(edges[i].evidence) {
            edges[i].evidence = Array(Set(edges[i].evidence)).sorted()
        }
        nodes.sort { ($0.kind, $0.id) < ($1.kind, $1.id) }
        edges.sort { ($0.kind, $0.source, $0.target, $0.id) < ($1.kind, $1.source, $1.target, $1.id) }
        if var c = camps {
            for i in c.indices { c[i].members.sort() }
            c.sort { $0.id < $1.id }
            camps = c
        }
    }
}
