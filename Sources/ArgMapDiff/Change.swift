import ArgMapGraph

/// What a change is about: the section of a report it appears in.
public enum ChangeSubject: String, Codable, Sendable, CaseIterable, Comparable {
    case actor
    case position
    /// An edge between two nodes (agreement, conflict, support; `holds` edges appear here only
    /// for evidence changes, as attribution changes are reported as re-attributed positions).
    case relation
    /// A camp (group of actors joined by agreement).
    case camp

    public static func < (a: ChangeSubject, b: ChangeSubject) -> Bool { a.ordinal < b.ordinal }

    /// The position in `allCases` (the order of reports).
    var ordinal: Int { Self.ordered.firstIndex(of: self)! }
    /// `allCases`, made once (the synthesised `allCases` builds a new array on every call).
    private static let ordered = Array(allCases)
}

/// The state of a node or an edge in a diff: in the new graph only, in the old only, in both
/// but different, or in both and the same.
public enum ChangeStatus: String, Codable, Sendable, CaseIterable, Comparable {
    case added
    case removed
    case changed
    case unchanged

    public static func < (a: ChangeStatus, b: ChangeStatus) -> Bool { a.ordinal < b.ordinal }

    /// The position in `allCases` (the order of reports).
    var ordinal: Int { Self.ordered.firstIndex(of: self)! }
    /// `allCases`, made once (the synthesised `allCases` builds a new array on every call).
    private static let ordered = Array(allCases)
}

/// The kind of a change. The raw value is the name used in the `argmap-diff/1` JSON report.
public enum ChangeKind: String, Codable, Sendable, CaseIterable, Comparable {
    /// An actor only in the new graph.
    case actorAdded = "actor-added"
    /// An actor only in the old graph.
    case actorRemoved = "actor-removed"
    /// One actor whose label changed (its id may have changed too: matched by overlapping aliases).
    case actorRenamed = "actor-renamed"
    /// One actor (same id, same label) whose set of aliases changed.
    case actorAliasesChanged = "actor-aliases-changed"
    /// One actor whose category (person, body, group, author) changed.
    case actorCategoryChanged = "actor-category-changed"
    /// One actor whose evidence spans changed (only with ``DiffOptions/compareEvidence``).
    case actorEvidenceChanged = "actor-evidence-changed"
    /// A position only in the new graph.
    case positionAdded = "position-added"
    /// A position only in the old graph.
    case positionRemoved = "position-removed"
    /// One position whose text or label changed (matched by id, or by token similarity).
    case positionReworded = "position-reworded"
    /// One position whose holders (actors with a `holds` edge to it) changed.
    case positionReattributed = "position-reattributed"
    /// One position whose `quoted` flag changed.
    case positionQuotedChanged = "position-quoted-changed"
    /// One position whose evidence spans changed (only with ``DiffOptions/compareEvidence``).
    case positionEvidenceChanged = "position-evidence-changed"
    /// A relation (agreement, conflict, support) only in the new graph.
    case relationAdded = "relation-added"
    /// A relation only in the old graph.
    case relationRemoved = "relation-removed"
    /// An agreement that became a conflict, or a conflict that became an agreement, between
    /// the same (matched) ends.
    case relationFlipped = "relation-flipped"
    /// One relation whose cue words changed.
    case relationCueChanged = "relation-cue-changed"
    /// One edge whose evidence spans changed (only with ``DiffOptions/compareEvidence``;
    /// includes `holds` edges).
    case relationEvidenceChanged = "relation-evidence-changed"
    /// A camp only in the new graph.
    case campAdded = "camp-added"
    /// A camp only in the old graph.
    case campRemoved = "camp-removed"
    /// One camp (matched by overlapping members) whose members changed.
    case campMembershipChanged = "camp-membership-changed"

    public static func < (a: ChangeKind, b: ChangeKind) -> Bool { a.ordinal < b.ordinal }

    /// The position in `allCases` (the order of reports).
    var ordinal: Int { Self.ordered.firstIndex(of: self)! }
    /// `allCases`, made once (the synthesised `allCases` builds a new array on every call).
    private static let ordered = Array(allCases)

    /// The report section the change belongs to.
    public var subject: ChangeSubject {
        switch self {
        case .actorAdded, .actorRemoved, .actorRenamed, .actorAliasesChanged, .actorCategoryChanged,
             .actorEvidenceChanged:
            return .actor
        case .positionAdded, .positionRemoved, .positionReworded, .positionReattributed,
             .positionQuotedChanged, .positionEvidenceChanged:
            return .position
        case .relationAdded, .relationRemoved, .relationFlipped, .relationCueChanged,
             .relationEvidenceChanged:
            return .relation
        case .campAdded, .campRemoved, .campMembershipChanged:
            return .camp
        }
    }

    /// Whether the change adds, removes or changes its subject (never `.unchanged`).
    public var status: ChangeStatus {
        switch self {
        case .actorAdded, .positionAdded, .relationAdded, .campAdded: return .added
        case .actorRemoved, .positionRemoved, .relationRemoved, .campRemoved: return .removed
        default: return .changed
        }
    }
}

/// A snapshot of one side (old or new) of a changed thing, as written in reports. Only the
/// fields that apply to the subject are set; things are named by label, with ids alongside
/// where a label alone is ambiguous.
public struct ChangeValue: Codable, Hashable, Sendable {
    /// Actors and positions: the display label.
    public var label: String?
    /// Positions: the full claim text.
    public var text: String?
    /// Actors: the aliases, sorted.
    public var aliases: [String]?
    /// Actors: the category.
    public var category: ActorCategory?
    /// Positions: whether the claim is quoted.
    public var quoted: Bool?
    /// Positions: labels of the actors that hold it, sorted.
    public var holders: [String]?
    /// Relations: the edge kind (`holds`, `agreement`, `conflict`, `support`).
    public var relation: EdgeKind?
    /// Relations: the label of the source node.
    public var source: String?
    /// Relations: the id of the source node.
    public var sourceId: String?
    /// Relations: the label of the target node.
    public var target: String?
    /// Relations: the id of the target node.
    public var targetId: String?
    /// Relations: the cue words.
    public var cue: String?
    /// Camps: labels of the member actors, sorted.
    public var members: [String]?
    /// Camps: ids of the member actors, sorted.
    public var memberIds: [String]?
    /// The evidence spans, sorted; set only when ``DiffOptions/compareEvidence`` is on.
    public var evidence: [Evidence]?

    /// Creates an empty snapshot; set the fields that apply.
    public init(label: String? = nil, text: String? = nil, aliases: [String]? = nil,
                category: ActorCategory? = nil, quoted: Bool? = nil, holders: [String]? = nil,
                relation: EdgeKind? = nil, source: String? = nil, sourceId: String? = nil,
                target: String? = nil, targetId: String? = nil, cue: String? = nil,
                members: [String]? = nil, memberIds: [String]? = nil, evidence: [Evidence]? = nil) {
        self.label = label
        self.text = text
        self.aliases = aliases
        self.category = category
        self.quoted = quoted
        self.holders = holders
        self.relation = relation
        self.source = source
        self.sourceId = sourceId
        self.target = target
        self.targetId = targetId
        self.cue = cue
        self.members = members
        self.memberIds = memberIds
        self.evidence = evidence
    }
}

/// One difference between two argument graphs.
///
/// A thing that changed in several ways (a position both reworded and re-attributed) gives
/// one `Change` per way, all with the same ``id``.
public struct Change: Codable, Hashable, Sendable {
    /// What changed.
    public var kind: ChangeKind
    /// The id of the thing in the new graph, or in the old graph when it was removed.
    public var id: String
    /// The id in the old graph (nil for additions).
    public var oldId: String?
    /// The id in the new graph (nil for removals).
    public var newId: String?
    /// The thing as it was (nil for additions).
    public var old: ChangeValue?
    /// The thing as it is (nil for removals).
    public var new: ChangeValue?
    /// Reworded positions matched by wording: the token similarity (Dice, rounded to 3 places).
    public var similarity: Double?

    /// Creates a change; ``id`` is `newId ?? oldId`.
    public init(kind: ChangeKind, oldId: String?, newId: String?, old: ChangeValue?, new: ChangeValue?,
                similarity: Double? = nil) {
        self.kind = kind
        self.id = newId ?? oldId ?? ""
        self.oldId = oldId
        self.newId = newId
        self.old = old
        self.new = new
        self.similarity = similarity
    }

    /// The report section of the change.
    public var subject: ChangeSubject { kind.subject }
    /// Whether it adds, removes or changes its subject.
    public var status: ChangeStatus { kind.status }
}
