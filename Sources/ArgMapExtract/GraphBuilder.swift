import Foundation
import ArgMapGraph
import ArgMapText

/// The text of each sentence, made once (evidence quotes the same sentences again and again;
/// a 10 MB text has hundreds of thousands of evidence items).
final class SentenceTexts {
    private let doc: Document
    private var texts: [String?]

    init(_ doc: Document) {
        self.doc = doc
        texts = Array(repeating: nil, count: doc.sentences.count)
    }

    subscript(si: Int) -> String {
        if let t = texts[si] { return t }
        let t = doc.text(of: doc.sentences[si])
        texts[si] = t
        return t
    }
}

extension ExtractionRun {
    func evidence(_ r: Range<Int>, sentence si: Int, withSentence: Bool = true, texts: SentenceTexts? = nil) -> Evidence {
        let s = doc.sentences[si]
        return Evidence(start: toks[r.lowerBound].start, end: toks[r.upperBound - 1].end,
                        sentence: withSentence ? (texts?[si] ?? doc.text(of: s)) : nil)
    }

    /// A display label: the quoted words where there are some, else the claim, at most about
    /// 80 characters, cut at a word.
    func label(for p: PositionDraft) -> String {
        // (Only quotations in the claim itself: not "a “spiral nebula” (...), and soon
        // discovered that ..." before its verb.)
        let scope = p.labelTokens ?? p.tokens
        let qs = quotes.near((scope.lowerBound - 1)..<scope.upperBound).filter { scope.contains($0.open + 1) && $0.inner.count > 0 }
        var text: String
        if let q = qs.max(by: { wordCount($0.inner) < wordCount($1.inner) }), wordCount(q.inner) >= 2 {
            text = doc.text(tokens: trim(q.inner))
        } else {
            text = doc.text(tokens: p.labelTokens ?? p.tokens)
        }
        text = Self.trim(text, Self.labelEnds, Self.labelEndScalars)
        if text.utf8.count > 80 && text.count > 80 {
            var cut = String(text.prefix(78))
            if let sp = cut.lastIndex(of: " ") { cut = String(cut[..<sp]) }
            text = Self.trim(cut, Self.cutEnds, Self.cutEndScalars) + "…"
        }
        return text
    }

    static let labelEndScalars: Set<Unicode.Scalar> = Set(" ,.;:\"“”'‘’".unicodeScalars)
    static let labelEnds = CharacterSet(charactersIn: " ,.;:\"“”'‘’")
    static let cutEndScalars: Set<Unicode.Scalar> = Set(" ,.;:".unicodeScalars)
    static let cutEnds = CharacterSet(charactersIn: " ,.;:")

    /// `s.trimmingCharacters(in: set)`, where `scalars` are the scalars of `set` (all in the
    /// Basic Multilingual Plane, as in both sets used here): the scalars at either end that are
    /// in `scalars` dropped, without Foundation's NSString round trip (~200k instructions a call).
    static func trim(_ s: String, _ set: CharacterSet, _ scalars: Set<Unicode.Scalar>) -> String {
        let u = s.unicodeScalars
        var start = u.startIndex, end = u.endIndex
        while start < end, scalars.contains(u[start]) { start = u.index(after: start) }
        while end > start {
            let p = u.index(before: end)
            guard scalars.contains(u[p]) else { break }
            end = p
        }
        if start == u.startIndex && end == u.endIndex { return s }
        return String(u[start..<end])
    }

    /// Camps: groups of two or more actors joined by agreement (connected components over
    /// agreement edges between actors), leaving out pairs that are also in conflict.
    static func camps(_ edges: [Edge], actors: Set<String>) -> [Camp] {
        let conflicts = Set(edges.filter { $0.kind == .conflict }.map { [$0.source, $0.target].sorted() })
        var parent: [String: String] = [:]
        func find(_ x: String) -> String {
            var r = x
            while let p = parent[r], p != r { r = p }
            return r
        }
        for e in edges where e.kind == .agreement && actors.contains(e.source) && actors.contains(e.target) {
            if conflicts.contains([e.source, e.target].sorted()) { continue }
            for x in [e.source, e.target] where parent[x] == nil { parent[x] = x }
            let a = find(e.source), b = find(e.target)
            if a != b { parent[max(a, b)] = min(a, b) }
        }
        var groups: [String: [String]] = [:]
        for x in parent.keys { groups[find(x), default: []].append(x) }
        return groups.values.filter { $0.count >= 2 }.map { Camp(id: StableID.camp($0), members: $0.sorted()) }.sorted { $0.id < $1.id }
    }

    func graph() -> ArgumentGraph {
        let src = doc.source
        var g = ArgumentGraph(source: SourceInfo(name: src.name, sha256: src.sha256, bytes: src.bytes.count))
        // Merge positions: same normalised text, or one contained in another of the same holders.
        let order = positions.indices.sorted { (positions[$0].tokens.lowerBound, -positions[$0].tokens.count, $0) < (positions[$1].tokens.lowerBound, -positions[$1].tokens.count, $1) }
        var merged: [PositionDraft] = []
        var byRange: [Range<Int>: Int] = [:]
        // Which merged draft each position ended up in (by position index; every position
        // ends up in one).
        var absorbedInto = [Int32](repeating: -1, count: positions.count)
        for pi in order {
            let d = positions[pi]
            // A draft that contains this one starts before it: look back over the recent ones
            // (merged is in start order), taking the earliest that fits.
            var container: Int? = nil
            var i = merged.count - 1
            var looked = 0
            while i >= 0 && looked < 256 {
                let m = merged[i]
                if m.tokens.lowerBound <= d.tokens.lowerBound && m.tokens.upperBound >= d.tokens.upperBound && Set(m.holders).isSuperset(of: d.holders) { container = i }
                i -= 1
                looked += 1
            }
            if let c = container {
                merged[c].more.append(d.tokens)
                absorbedInto[pi] = Int32(c)
                continue
            }
            if let c = byRange[d.tokens] {
                merged[c].holders = Array(Set(merged[c].holders + d.holders)).sorted()
                absorbedInto[pi] = Int32(c)
                continue
            }
            byRange[d.tokens] = merged.count
            absorbedInto[pi] = Int32(merged.count)
            merged.append(d)
        }
        let drafts = merged
        let texts = SentenceTexts(doc)
        var used = Set<Int>()
        // The node id of each merged draft, by its index.
        var positionIDs = [String](repeating: "", count: drafts.count)
        var nodes: [String: Node] = [:]
        var edges: [String: Edge] = [:]
        // Per edge id and evidence span (start and end): the first of the edge's evidence
        // with that span, for the test "already there" (a repeated text gives an edge evidence
        // in proportion to its length: a scan of the array made building the graph
        // quadratic). Evidence with another span cannot be equal; with the same span it is
        // nearly always the same evidence (the same sentence), else the array is scanned.
        var edgeSpans: [String: [Int: Int]] = [:]
        func spanKey(_ ev: Evidence) -> Int { ev.start << 32 | ev.end }
        // Actor ids, made once per actor rather than per holder and relation.
        var actorIDs = [String?](repeating: nil, count: registry.actors.count)
        func actorID(_ a: Int) -> String {
            if let id = actorIDs[a] { return id }
            let id = StableID.actor(registry.actors[a].canonical)
            actorIDs[a] = id
            return id
        }
        func addEdge(_ kind: EdgeKind, _ s: String, _ t: String, cue: String?, ev: Evidence, rule: String) {
            var (s, t) = (s, t)
            if kind == .agreement || kind == .conflict, t < s { swap(&s, &t) }
            let id = StableID.edge(kind, s, t)
            // (Changed in place: a copy taken out of the dictionary and stored back would copy
            // the evidence array on every append.)
            if edges[id] != nil {
                let key = spanKey(ev)
                if let first = edgeSpans[id]![key] {
                    if edges[id]!.evidence[first] != ev && !edges[id]!.evidence.contains(ev) { edges[id]!.evidence.append(ev) }
                } else {
                    edgeSpans[id]![key] = edges[id]!.evidence.count
                    edges[id]!.evidence.append(ev)
                }
                if edges[id]!.cue == nil || edges[id]!.cue == "", let c = cue, !c.isEmpty { edges[id]!.cue = c }
            } else {
                edges[id] = Edge(id: id, kind: kind, source: s, target: t, cue: (cue?.isEmpty ?? true) ? nil : cue, evidence: [ev], rule: rule)
                edgeSpans[id] = [spanKey(ev): 0]
            }
        }
        for (i, d) in drafts.enumerated() {
            let text = doc.text(tokens: d.tokens)
            let id = StableID.position(text)
            positionIDs[i] = id
            let ev = [evidence(d.tokens, sentence: d.sentence, texts: texts)] + d.more.map { evidence($0, sentence: doc.sentenceIndex(ofToken: $0.lowerBound), texts: texts) }
            if nodes[id] != nil {
                nodes[id]!.evidence.append(contentsOf: ev)
            } else {
                nodes[id] = Node(id: id, kind: .position, label: label(for: d), text: text, quoted: d.quoted, evidence: ev, rule: d.rule)
            }
            for h in d.holders {
                used.insert(h)
                addEdge(.holds, actorID(h), id, cue: nil, ev: evidence(d.tokens, sentence: d.sentence, texts: texts), rule: d.rule)
            }
        }
        // The node a position draft ended up in (merged drafts share one).
        func nodeID(ofPosition i: Int) -> String? {
            guard i >= 0 && i < absorbedInto.count && absorbedInto[i] >= 0 else { return nil }
            return positionIDs[Int(absorbedInto[i])]
        }
        for rel in relations {
            switch (rel.a, rel.b) {
            case (.actor(let a), .actor(let b)):
                guard a != b, actorID(a) != actorID(b) else { continue }
                // A bare plural ("and diplomats were in agreement") that states no view of its
                // own is too vague to stand in a relation.
                if [a, b].contains(where: { registry.actors[$0].bare && !used.contains($0) }) { continue }
                used.insert(a); used.insert(b)
                addEdge(rel.kind, actorID(a), actorID(b), cue: rel.cue, ev: evidence(rel.span, sentence: rel.sentence, texts: texts), rule: rel.rule)
            case (.position(let a), .position(let b)):
                guard let x = nodeID(ofPosition: a), let y = nodeID(ofPosition: b), x != y else { continue }
                if rel.kind == .support {
                    addEdge(.support, x, y, cue: rel.cue, ev: evidence(rel.span, sentence: rel.sentence, texts: texts), rule: rel.rule)
                } else {
                    addEdge(rel.kind, x, y, cue: rel.cue, ev: evidence(rel.span, sentence: rel.sentence, texts: texts), rule: rel.rule)
                }
            default:
                continue
            }
        }
        for a in used.sorted() {
            let rec = registry.actors[a]
            let id = actorID(a)
            var ev: [Evidence] = []
            ev.reserveCapacity(rec.mentions.count)
            for (n, m) in rec.mentions.enumerated() {
                ev.append(Evidence(start: Int(m.start), end: Int(m.end), sentence: n == 0 ? texts[Int(m.sentence)] : nil))
            }
            // A name of unknown sort that is not an acronym is taken for a person ("Bukharin").
            let unknownPerson = rec.category == .unknown && rec.canonical.contains { $0.isLowercase }
            let cat: ActorCategory = rec.author ? .author : (rec.category == .person || unknownPerson ? .person : (rec.category == .group ? .group : .body))
            let aliases = rec.author ? ["author"] : rec.aliases.keys.sorted()
            if nodes[id] != nil {
                nodes[id]!.aliases = Array(Set((nodes[id]!.aliases ?? []) + aliases)).sorted()
                nodes[id]!.evidence += ev
            } else {
                nodes[id] = Node(id: id, kind: .actor, label: rec.canonical, aliases: aliases, category: cat, evidence: ev,
                                 rule: rec.author ? "author" : "actor-mention")
            }
        }
        g.nodes = Array(nodes.values)
        g.edges = Array(edges.values)
        g.camps = Self.camps(g.edges, actors: Set(g.nodes.filter { $0.kind == .actor }.map(\.id)))
        g.canonicalize()
        return g
    }
}
