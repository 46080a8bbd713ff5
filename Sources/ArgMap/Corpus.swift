import Foundation
import Crypto

/// Many documents at once: concurrent extraction and merged corpus maps.
public enum Corpus {
    /// The outcome of extracting one document of a corpus.
    public struct Item: Sendable {
        /// The input path as given (or as found under a directory).
        public let path: String
        /// The graph, or the error that stopped this document.
        public let result: Result<ArgumentGraph, ArgMapError>
    }

    /// The input files named by `paths`: files as given, directories searched recursively for
    /// `.txt` files (sorted, hidden entries skipped).
    /// - Throws: ``ArgMapError`` for a path that does not exist.
    public static func inputFiles(_ paths: [String]) throws(ArgMapError) -> [String] {
        var out: [String] = []
        for p in paths {
            var isDir: ObjCBool = false
            guard p == "-" || FileManager.default.fileExists(atPath: p, isDirectory: &isDir) else {
                throw ArgMapError(file: p, problem: "no such file")
            }
            if !isDir.boolValue { out.append(p); continue }
            guard let e = FileManager.default.enumerator(atPath: p) else {
                throw ArgMapError(file: p, problem: "cannot be read (permission denied)")
            }
            var found: [String] = []
            while let rel = e.nextObject() as? String {
                let last = (rel as NSString).lastPathComponent
                if last.hasPrefix(".") { e.skipDescendants(); continue }
                if rel.lowercased().hasSuffix(".txt") { found.append((p as NSString).appendingPathComponent(rel)) }
            }
            out += found.sorted()
        }
        return out
    }

    /// Extracts every file in `paths` on up to `jobs` threads (extraction is a pure function;
    /// Graphviz is not involved). `progress` is called after each document, from any thread,
    /// with the number done so far. Results come back in the order of `paths`.
    public static func extract(_ paths: [String], jobs: Int, lexicon: Lexicon = .builtIn,
                               progress: (@Sendable (Int) -> Void)? = nil) -> [Item] {
        let results = ResultBox(count: paths.count)
        let next = ResultBox.Counter()
        let workers = max(1, min(jobs, paths.count))
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            while let i = next.take(below: paths.count) {
                let r = Result { () throws(ArgMapError) -> ArgumentGraph in
                    try ArgMapPipeline.loadGraph(paths[i], lexicon: lexicon)
                }
                let done = results.set(i, Item(path: paths[i], result: r))
                progress?(done)
            }
        }
        return results.items()
    }

    /// One corpus map from the maps of many documents.
    ///
    /// Every evidence span is tagged with its document (``Evidence/document``, the graph's
    /// `source.name`). Actors are merged across documents when they share an alias or a label
    /// (compared as ``StableID/normalize(_:)`` forms); a merged actor takes the label of its
    /// best-attested member, the union of the aliases and a new stable id. Positions with the
    /// same id (the same claim text) are merged. Edges are re-pointed, merged by kind and
    /// ends, and relations that would join an actor to itself are dropped. The result does not
    /// depend on the order of `graphs`.
    public static func merge(_ graphs: [ArgumentGraph]) -> ArgumentGraph {
        let docs = graphs.sorted { ($0.source.name, $0.source.sha256) < ($1.source.name, $1.source.sha256) }
        // Tag evidence with its document.
        var nodes: [Node] = []
        var edges: [Edge] = []
        for g in docs {
            func tag(_ ev: [Evidence]) -> [Evidence] {
                ev.map { var e = $0; if e.document == nil { e.document = g.source.name }; return e }
            }
            for var n in g.nodes { n.evidence = tag(n.evidence); nodes.append(n) }
            for var e in g.edges { e.evidence = tag(e.evidence); edges.append(e) }
        }
        // Union-find over actors sharing a normalised alias or label.
        let actorIdx = nodes.indices.filter { nodes[$0].kind == .actor }
        var parent = Dictionary(uniqueKeysWithValues: actorIdx.map { ($0, $0) })
        func find(_ x: Int) -> Int {
            var x = x
            while parent[x]! != x { parent[x] = parent[parent[x]!]!; x = parent[x]! }
            return x
        }
        var owner: [String: Int] = [:]
        for i in actorIdx {
            for name in [nodes[i].label] + (nodes[i].aliases ?? []) {
                let key = StableID.normalize(name)
                guard !key.isEmpty else { continue }
                if let j = owner[key] {
                    let (a, b) = (find(i), find(j))
                    if a != b { parent[max(a, b)] = min(a, b) }
                } else {
                    owner[key] = i
                }
            }
        }
        var groups: [Int: [Int]] = [:]
        for i in actorIdx { groups[find(i), default: []].append(i) }
        var newID: [String: String] = [:]   // old actor id -> merged id
        var merged: [String: Node] = [:]
        for (_, members) in groups {
            let best = members.max { a, b in
                (nodes[a].evidence.count, nodes[b].label) < (nodes[b].evidence.count, nodes[a].label)
            }!
            let label = nodes[best].label
            let id = StableID.actor(label)
            var aliases = Set<String>()
            var evidence: [Evidence] = []
            for m in members {
                aliases.formUnion(nodes[m].aliases ?? [])
                aliases.insert(nodes[m].label)
                evidence += nodes[m].evidence
            }
            var node = nodes[best]
            node.id = id
            node.aliases = aliases.sorted()
            if let existing = merged[id] {
                node.aliases = Array(Set(existing.aliases ?? []).union(aliases)).sorted()
                evidence += existing.evidence
            }
            node.evidence = evidence
            merged[id] = node
            for m in members { newID[nodes[m].id] = id }
        }
        for n in nodes where n.kind == .position {
            if var existing = merged[n.id] {
                existing.evidence += n.evidence
                merged[n.id] = existing
            } else {
                merged[n.id] = n
            }
        }
        var outEdges: [String: Edge] = [:]
        for var e in edges {
            e.source = newID[e.source] ?? e.source
            e.target = newID[e.target] ?? e.target
            guard merged[e.source] != nil, merged[e.target] != nil, e.source != e.target else { continue }
            e.id = StableID.edge(e.kind, e.source, e.target)
            if var existing = outEdges[e.id] {
                existing.evidence += e.evidence
                if existing.cue == nil { existing.cue = e.cue }
                outEdges[e.id] = existing
            } else {
                outEdges[e.id] = e
            }
        }
        var camps: [String: Camp] = [:]
        for g in docs {
            for c in g.camps ?? [] {
                let members = Array(Set(c.members.compactMap { newID[$0] })).sorted()
                guard members.count >= 2 else { continue }
                let id = StableID.camp(members)
                camps[id] = Camp(id: id, members: members)
            }
        }
        // The corpus digest: SHA-256 of the documents' digests, one per line, in name order.
        let digest = SHA256.hash(data: Data(docs.map { $0.source.sha256 + "\n" }.joined().utf8))
        let source = SourceInfo(name: "corpus of \(docs.count) documents",
                                sha256: digest.map { String(format: "%02x", $0) }.joined(),
                                bytes: docs.reduce(0) { $0 + $1.source.bytes })
        var out = ArgumentGraph(source: source, nodes: Array(merged.values), edges: Array(outEdges.values),
                                camps: camps.isEmpty ? nil : Array(camps.values))
        out.canonicalize()
        return out
    }
}

/// Results written by worker threads, each slot once.
final class ResultBox: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [Corpus.Item?]
    private var done = 0

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    /// Stores item `i` and returns how many are done.
    func set(_ i: Int, _ item: Corpus.Item) -> Int {
        lock.lock(); defer { lock.unlock() }
        slots[i] = item
        done += 1
        return done
    }

    func items() -> [Corpus.Item] {
        lock.lock(); defer { lock.unlock() }
        return slots.map { $0! }
    }

    /// A shared work counter.
    final class Counter: @unchecked Sendable {
        private let lock = NSLock()
        private var next = 0
        /// The next index below `n`, or nil when all are taken.
        func take(below n: Int) -> Int? {
            lock.lock(); defer { lock.unlock() }
            guard next < n else { return nil }
            next += 1
            return next - 1
        }
    }
}
