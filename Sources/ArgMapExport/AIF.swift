import Foundation
import ArgMapGraph

/// The Argument Interchange Format (AIF) in the JSON form AIFdb and OVA read and write:
/// `nodes` (`nodeID`, `text`, `type`), `edges` (`edgeID`, `fromID`, `toID`), `locutions`
/// (`nodeID`, `personID`) and `participants` (`participantID`, `firstname`, `surname`).
///
/// The mapping (both ways; see README.md, "AIF"):
///
/// | argmap/1 | AIF |
/// |---|---|
/// | position | I-node with its full text |
/// | actor | participant (`firstname` = the actor's name, `surname` empty) |
/// | actor `holds` position | L-node `"Actor : text"` (a locution of the participant), YA node `Asserting`, edges L -> YA -> I |
/// | `conflict` between positions | CA node `Default Conflict`, edges P -> CA -> Q |
/// | `support` P -> Q | RA node `Default Inference`, edges P -> RA -> Q |
/// | `agreement` between positions | MA node `Default Rephrase`, edges P -> MA -> Q |
/// | `conflict` / `agreement` between actors | YA node `Disagreeing` / `Agreeing` between an L-node of each (an actor without one gets an L-node `"Actor :"`) |
public enum AIFExport {
    /// AIF JSON for `graph` (sorted keys, pretty-printed, ids numbered from 1 in canonical
    /// order). JSON escaping is done by `JSONSerialization`, so any text stays a string.
    public static func encode(_ graph: ArgumentGraph) -> Data {
        let g = ExportGraph.canonical(graph)
        let byID = g.nodesByID
        var nodes: [[String: Any]] = []
        var edges: [[String: Any]] = []
        var locutions: [[String: Any]] = []
        var participants: [[String: Any]] = []
        var next = 1
        func newNode(_ text: String, _ type: String, scheme: String? = nil) -> String {
            let id = String(next)
            next += 1
            var n: [String: Any] = ["nodeID": id, "text": ExportEscape.cleaned(text), "type": type]
            if let scheme { n["scheme"] = scheme }
            nodes.append(n)
            return id
        }
        func edge(_ from: String, _ to: String) {
            edges.append(["edgeID": String(edges.count + 1), "fromID": from, "toID": to])
        }
        var participantID: [String: Int] = [:]
        for a in g.nodes where a.kind == .actor {
            let pid = participantID.count + 1
            participantID[a.id] = pid
            participants.append(["participantID": pid, "firstname": ExportEscape.cleaned(a.label), "surname": ""])
        }
        var iNode: [String: String] = [:]
        for p in g.nodes where p.kind == .position {
            iNode[p.id] = newNode(p.text ?? p.label, "I")
        }
        var lNodes: [String: [String]] = [:]
        func addLocution(actor a: Node, text: String) -> String {
            let l = newNode("\(a.label) : \(text)".trimmingCharacters(in: .whitespaces), "L")
            locutions.append(["nodeID": l, "personID": participantID[a.id] ?? 0])
            lNodes[a.id, default: []].append(l)
            return l
        }
        for e in g.edges where e.kind == .holds {
            guard let a = byID[e.source], let p = byID[e.target], let i = iNode[p.id] else { continue }
            let l = addLocution(actor: a, text: p.text ?? p.label)
            let ya = newNode("Asserting", "YA", scheme: "Asserting")
            edge(l, ya)
            edge(ya, i)
        }
        // Actors with no holding and no relation still get a locution, so they survive a
        // round trip.
        let related = Set(g.edges.flatMap { [$0.source, $0.target] })
        for a in g.nodes where a.kind == .actor && !related.contains(a.id) {
            _ = addLocution(actor: a, text: "")
        }
        for e in g.edges where e.kind != .holds {
            guard let s = byID[e.source], let t = byID[e.target] else { continue }
            if s.kind == .position, t.kind == .position, let si = iNode[s.id], let ti = iNode[t.id] {
                let (text, type) = switch e.kind {
                case .conflict: ("Default Conflict", "CA")
                case .support: ("Default Inference", "RA")
                default: ("Default Rephrase", "MA")
                }
                let s = newNode(text, type, scheme: text)
                edge(si, s)
                edge(s, ti)
            } else if s.kind == .actor, t.kind == .actor, e.kind == .conflict || e.kind == .agreement {
                let ls = lNodes[s.id]?.first ?? addLocution(actor: s, text: "")
                let lt = lNodes[t.id]?.first ?? addLocution(actor: t, text: "")
                let text = e.kind == .conflict ? "Disagreeing" : "Agreeing"
                let ya = newNode(text, "YA", scheme: text)
                edge(ls, ya)
                edge(ya, lt)
            }
        }
        let doc: [String: Any] = ["nodes": nodes, "edges": edges, "locutions": locutions, "participants": participants]
        let data = (try? JSONSerialization.data(withJSONObject: doc, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])) ?? Data("{}".utf8)
        return data + Data("\n".utf8)
    }
}

/// Reads AIF JSON (AIFdb nodesets, OVA and xAIF files) into an argmap/1 graph.
public enum AIFImport {
    /// Whether `data` looks like AIF JSON rather than argmap/1: a JSON object without
    /// `schema` whose `nodes` (at the top level, or inside an `AIF`/`aif` object) is an array
    /// of objects with `nodeID`.
    public static func looksLikeAIF(_ data: Data) -> Bool {
        guard let obj = try? JSONSerialization.jsonObject(with: data) as? [String: Any], obj["schema"] == nil else { return false }
        guard let root = aifRoot(obj), let nodes = root["nodes"] as? [Any] else { return false }
        if nodes.isEmpty { return root["edges"] != nil }
        return (nodes.first as? [String: Any])?["nodeID"] != nil
    }

    /// The graph of an AIF document.
    ///
    /// I-nodes become positions (ids from their text, see `StableID.position`); speakers
    /// become actors (person category): the participant a locution names, or else the text
    /// before the first `:` of an L-node. An L-node joined to an I-node through a YA node
    /// (other than a questioning one) gives a `holds` edge. CA nodes give `conflict` edges
    /// and RA nodes `support` edges between the I-nodes they join, MA nodes `agreement`.
    /// YA nodes `Agreeing` / `Disagreeing` give `agreement` / `conflict` between the speakers
    /// they join: L-nodes on both sides, or the two ends of the transition (TA) they are
    /// anchored in. Participants who say nothing (no locution) are left out. AIF keeps no offsets into a
    /// text, so the graph has no evidence spans.
    ///
    /// - Parameters:
    ///   - data: the AIF JSON.
    ///   - source: what to record as the graph's source.
    /// - Throws: ``ExportError/invalidAIF(_:)`` when `data` is not JSON of that shape.
    public static func graph(from data: Data, source: SourceInfo) throws(ExportError) -> ArgumentGraph {
        let parsed: Any
        do { parsed = try JSONSerialization.jsonObject(with: data) } catch { throw .invalidAIF("the JSON does not parse") }
        guard let obj = parsed as? [String: Any], let root = aifRoot(obj) else { throw .invalidAIF("no top-level object with \"nodes\"") }
        guard let rawNodes = root["nodes"] as? [Any] else { throw .invalidAIF("\"nodes\" is not an array") }
        func str(_ v: Any?) -> String? {
            switch v {
            case let s as String: return s
            case let n as NSNumber: return n.stringValue
            default: return nil
            }
        }
        struct ANode { var id: String; var text: String; var type: String }
        var nodes: [String: ANode] = [:]
        var order: [String] = []
        for (i, r) in rawNodes.enumerated() {
            guard let d = r as? [String: Any], let id = str(d["nodeID"]) else { throw .invalidAIF("node \(i) has no nodeID") }
            let n = ANode(id: id, text: str(d["text"]) ?? "", type: (str(d["type"]) ?? "").uppercased())
            if nodes[id] == nil { order.append(id) }
            nodes[id] = n
        }
        var outs: [String: [String]] = [:]
        var ins: [String: [String]] = [:]
        for r in root["edges"] as? [Any] ?? [] {
            guard let d = r as? [String: Any], let f = str(d["fromID"]), let t = str(d["toID"]),
                  nodes[f] != nil, nodes[t] != nil else { continue }
            outs[f, default: []].append(t)
            ins[t, default: []].append(f)
        }
        var people: [String: String] = [:]
        for r in root["participants"] as? [Any] ?? [] {
            guard let d = r as? [String: Any], let id = str(d["participantID"]) else { continue }
            let name = [str(d["firstname"]) ?? "", str(d["surname"]) ?? ""].map { $0.trimmingCharacters(in: .whitespaces) }
                .filter { !$0.isEmpty }.joined(separator: " ")
            if !name.isEmpty { people[id] = name }
        }
        var speakerOf: [String: String] = [:]
        for r in root["locutions"] as? [Any] ?? [] {
            guard let d = r as? [String: Any], let n = str(d["nodeID"]), let p = str(d["personID"]), let name = people[p] else { continue }
            speakerOf[n] = name
        }
        func speaker(_ l: String) -> String? {
            if let s = speakerOf[l] { return s }
            guard let n = nodes[l], n.type == "L", let colon = n.text.firstIndex(of: ":") else { return nil }
            let s = n.text[..<colon].trimmingCharacters(in: .whitespaces)
            return s.isEmpty ? nil : s
        }

        var gNodes: [String: Node] = [:]
        var gEdges: [String: Edge] = [:]
        var positionOf: [String: String] = [:]
        for id in order {
            guard let n = nodes[id], n.type == "I" else { continue }
            let text = n.text.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !text.isEmpty else { continue }
            let pid = StableID.position(text)
            positionOf[id] = pid
            if gNodes[pid] == nil {
                gNodes[pid] = Node(id: pid, kind: .position, label: ExportEscape.shorten(text), text: text, rule: "aif-i-node")
            }
        }
        func actor(_ name: String) -> String {
            let id = StableID.actor(name)
            if gNodes[id] == nil {
                gNodes[id] = Node(id: id, kind: .actor, label: name, aliases: [name], category: .person, rule: "aif-participant")
            }
            return id
        }
        func addEdge(_ kind: EdgeKind, _ s: String, _ t: String, rule: String) {
            guard s != t else { return }
            let id = StableID.edge(kind, s, t)
            if gEdges[id] == nil { gEdges[id] = Edge(id: id, kind: kind, source: s, target: t, rule: rule) }
        }
        /// Speakers on one side of a dialogue node: an L-node's speaker, or for a TA node
        /// the speakers of the L-nodes it joins on that side.
        func speakers(_ id: String, incoming: Bool) -> [String] {
            guard let n = nodes[id] else { return [] }
            if n.type == "L" { return speaker(id).map { [$0] } ?? [] }
            if n.type == "TA" {
                return ((incoming ? ins[id] : outs[id]) ?? []).flatMap { nodes[$0]?.type == "L" ? (speaker($0).map { [$0] } ?? []) : [] }
            }
            return []
        }
        for id in order {
            guard let n = nodes[id] else { continue }
            let from = ins[id] ?? [], to = outs[id] ?? []
            switch n.type {
            case "YA":
                let t = n.text.lowercased()
                if t.contains("disagree") || t == "agreeing" || t.hasPrefix("agree") {
                    let kind: EdgeKind = t.contains("disagree") ? .conflict : .agreement
                    var pairs: [(String, String)] = []
                    let lFrom = from.filter { nodes[$0]?.type == "L" }, lTo = to.filter { nodes[$0]?.type == "L" }
                    if !lFrom.isEmpty, !lTo.isEmpty {
                        for a in lFrom.flatMap({ speakers($0, incoming: true) }) {
                            for b in lTo.flatMap({ speakers($0, incoming: true) }) { pairs.append((a, b)) }
                        }
                    }
                    for ta in from where nodes[ta]?.type == "TA" {
                        for a in speakers(ta, incoming: true) {
                            for b in speakers(ta, incoming: false) { pairs.append((b, a)) }
                        }
                    }
                    for (a, b) in pairs where a != b { addEdge(kind, actor(a), actor(b), rule: "aif-ya-\(kind.rawValue)") }
                } else if !t.contains("question") {
                    for l in from where nodes[l]?.type == "L" {
                        guard let who = speaker(l) else { continue }
                        for i in to { if let p = positionOf[i] { addEdge(.holds, actor(who), p, rule: "aif-locution") } }
                    }
                }
            case "CA", "RA", "MA":
                let kind: EdgeKind = n.type == "CA" ? .conflict : n.type == "RA" ? .support : .agreement
                for f in from {
                    guard let p = positionOf[f] else { continue }
                    for t in to { if let q = positionOf[t] { addEdge(kind, p, q, rule: "aif-\(n.type.lowercased())") } }
                }
            default: break
            }
        }
        // Speakers of locutions are actors even when they hold nothing here.
        for l in speakerOf.keys.sorted() where nodes[l]?.type == "L" {
            if let who = speaker(l) { _ = actor(who) }
        }
        var g = ArgumentGraph(source: source, nodes: Array(gNodes.values), edges: Array(gEdges.values))
        g.canonicalize()
        return g
    }

    static func aifRoot(_ obj: [String: Any]) -> [String: Any]? {
        if obj["nodes"] != nil { return obj }
        if let a = obj["AIF"] as? [String: Any], a["nodes"] != nil { return a }
        if let a = obj["aif"] as? [String: Any], a["nodes"] != nil { return a }
        return nil
    }
}
