import ArgMapGraph

/// Small hand-built graphs for the diff tests.
enum G {
    static let source = SourceInfo(name: "t.txt", sha256: String(repeating: "0", count: 64), bytes: 0)

    static func actor(_ name: String, aliases: [String]? = nil, category: ActorCategory? = .person,
                      evidence: [Evidence] = [Evidence(start: 0, end: 5)]) -> Node {
        Node(id: StableID.actor(name), kind: .actor, label: name, aliases: aliases ?? [name], category: category,
             evidence: evidence)
    }

    static func position(_ text: String, evidence: [Evidence] = [Evidence(start: 10, end: 20)]) -> Node {
        Node(id: StableID.position(text), kind: .position, label: text, text: text, quoted: false, evidence: evidence)
    }

    static func edge(_ kind: EdgeKind, _ s: Node, _ t: Node, cue: String? = nil,
                     evidence: [Evidence] = [Evidence(start: 30, end: 40)]) -> Edge {
        Edge(id: StableID.edge(kind, s.id, t.id), kind: kind, source: s.id, target: t.id, cue: cue, evidence: evidence)
    }

    static func graph(_ nodes: [Node], _ edges: [Edge] = [], camps: [Camp]? = nil, name: String = "t.txt") -> ArgumentGraph {
        var src = source
        src.name = name
        return ArgumentGraph(source: src, nodes: nodes, edges: edges, camps: camps)
    }

    // A base scene.
    static let chicherin = actor("Chicherin")
    static let litvinov = actor("Litvinov")
    static let stalin = actor("Stalin")
    static let nkid = actor("NKID", aliases: ["NKID", "Narkomindel"], category: .body)
    static let p1 = position("The Soviet Union must seek a lasting settlement with Germany")
    static let p2 = position("Britain is the chief enemy of the revolution")
    static let p3 = position("Trade agreements matter more than the Comintern's agitation")

    static var base: ArgumentGraph {
        graph([chicherin, litvinov, nkid, p1, p2, p3], [
            edge(.holds, chicherin, p1, cue: "argued"),
            edge(.holds, litvinov, p2),
            edge(.holds, nkid, p3),
            edge(.conflict, chicherin, litvinov, cue: "differed sharply"),
            edge(.support, p3, p1),
            edge(.agreement, p1, p3),
        ])
    }
}
