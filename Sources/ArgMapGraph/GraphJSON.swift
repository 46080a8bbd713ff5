import Foundation

/// Why a graph could not be read or is not valid `argmap/1`.
public enum GraphError: Error, Equatable, CustomStringConvertible, Sendable {
    /// The bytes are not JSON, or the JSON does not have the graph's shape.
    case malformedJSON(String)
    /// The `schema` field names another schema.
    case wrongSchema(String)
    /// Two nodes or two edges share an id.
    case duplicateID(String)
    /// An edge names a node that is not in the graph.
    case danglingEdge(edge: String, missingNode: String)
    /// An edge's ends have the wrong kinds (a `holds` edge must run actor -> position).
    case badEdgeEnds(edge: String, reason: String)
    /// A field holds a value the schema does not allow.
    case invalidField(String)

    public var description: String {
        switch self {
        case .malformedJSON(let why): return "not an argmap/1 graph: \(why)"
        case .wrongSchema(let s): return "wrong schema \"\(s)\" (expected \"\(ArgumentGraph.schemaName)\")"
        case .duplicateID(let id): return "duplicate id \"\(id)\""
        case .danglingEdge(let e, let n): return "edge \"\(e)\" points to missing node \"\(n)\""
        case .badEdgeEnds(let e, let why): return "edge \"\(e)\": \(why)"
        case .invalidField(let why): return why
        }
    }
}

extension ArgumentGraph {
    /// Checks the graph's invariants; throws the first violation found.
    public func validate() throws(GraphError) {
        guard schema == Self.schemaName else { throw .wrongSchema(schema) }
        var kinds: [String: NodeKind] = [:]
        for n in nodes {
            if n.id.isEmpty { throw .invalidField("a node has an empty id") }
            if kinds.updateValue(n.kind, forKey: n.id) != nil { throw .duplicateID(n.id) }
            for e in n.evidence where e.start < 0 || e.end < e.start {
                throw .invalidField("node \"\(n.id)\" has an evidence span \(e.start)..<\(e.end) that is not a range")
            }
        }
        var edgeIDs = Set<String>()
        for e in edges {
            if e.id.isEmpty { throw .invalidField("an edge has an empty id") }
            if !edgeIDs.insert(e.id).inserted || kinds[e.id] != nil { throw .duplicateID(e.id) }
            guard let s = kinds[e.source] else { throw .danglingEdge(edge: e.id, missingNode: e.source) }
            guard let t = kinds[e.target] else { throw .danglingEdge(edge: e.id, missingNode: e.target) }
            switch e.kind {
            case .holds where !(s == .actor && t == .position):
                throw .badEdgeEnds(edge: e.id, reason: "a holds edge must run from an actor to a position")
            case .support where !(s == .position && t == .position):
                throw .badEdgeEnds(edge: e.id, reason: "a support edge must join two positions")
            default: break
            }
        }
        for c in camps ?? [] {
            for m in c.members where kinds[m] != .actor {
                throw .invalidField("camp \"\(c.id)\" names \"\(m)\", which is not an actor")
            }
        }
    }

    /// Reads and validates a graph from `argmap/1` JSON.
    public static func decode(json data: Data) throws(GraphError) -> ArgumentGraph {
        // Deeply nested JSON could exhaust the stack of a recursive parser: refuse it first.
        if jsonNestingDepth(data) > maxJSONDepth {
            throw .malformedJSON("nested more than \(maxJSONDepth) levels deep")
        }
        // Look at the schema first so that another document gets the clearer error.
        let top: Any
        do {
            top = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
        } catch {
            throw .malformedJSON("invalid JSON")
        }
        guard let object = top as? [String: Any] else { throw .malformedJSON("the top level is not an object") }
        guard let schema = object["schema"] as? String else { throw .malformedJSON("no \"schema\" field") }
        guard schema == schemaName else { throw .wrongSchema(schema) }
        let graph: ArgumentGraph
        do {
            graph = try JSONDecoder().decode(ArgumentGraph.self, from: data)
        } catch let DecodingError.keyNotFound(key, ctx) {
            throw .malformedJSON("missing field \"\(key.stringValue)\"\(Self.where_(ctx.codingPath))")
        } catch let DecodingError.typeMismatch(_, ctx) {
            throw .malformedJSON("wrong type\(Self.where_(ctx.codingPath))")
        } catch let DecodingError.valueNotFound(_, ctx) {
            throw .malformedJSON("null value\(Self.where_(ctx.codingPath))")
        } catch let DecodingError.dataCorrupted(ctx) {
            throw .malformedJSON("bad value\(Self.where_(ctx.codingPath)): \(ctx.debugDescription)")
        } catch {
            throw .malformedJSON("\(error)")
        }
        try graph.validate()
        for n in graph.nodes where n.label.count > maxLabelLength {
            throw .invalidField("the label of node \"\(n.id)\" is longer than \(maxLabelLength) characters")
        }
        return graph
    }

    /// Deepest nesting of arrays and objects ``decode(json:)`` accepts. A graph needs 5.
    public static let maxJSONDepth = 512

    /// Longest node label ``decode(json:)`` accepts (characters); labels are drawn in full.
    public static let maxLabelLength = 10_000

    /// The deepest nesting of `[` and `{` in JSON text (brackets inside strings ignored),
    /// found without recursion.
    public static func jsonNestingDepth(_ data: Data) -> Int {
        var depth = 0, deepest = 0
        var inString = false, escaped = false
        for b in data {
            if inString {
                if escaped { escaped = false }
                else if b == UInt8(ascii: "\\") { escaped = true }
                else if b == UInt8(ascii: "\"") { inString = false }
                continue
            }
            switch b {
            case UInt8(ascii: "\""): inString = true
            case UInt8(ascii: "["), UInt8(ascii: "{"):
                depth += 1
                if depth > deepest { deepest = depth }
            case UInt8(ascii: "]"), UInt8(ascii: "}"): depth -= 1
            default: break
            }
        }
        return deepest
    }

    private static func where_(_ path: [any CodingKey]) -> String {
        if path.isEmpty { return "" }
        let p = path.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
        return " at \(p.hasPrefix(".") ? String(p.dropFirst()) : p)"
    }

    /// Canonical `argmap/1` JSON: sorted keys, two-space indent, canonical order of nodes and
    /// edges, ending in a newline. Equal graphs give identical bytes.
    public func encodedJSON() -> Data {
        var g = self
        g.canonicalize()
        // The same bytes as JSONEncoder with [.prettyPrinted, .sortedKeys,
        // .withoutEscapingSlashes] (see GraphJSONWriter), written directly.
        // Counted first, then written into a buffer of the exact size.
        var counter = GraphJSONWriter(countingOnly: true)
        counter.graph(g)
        var w = GraphJSONWriter(capacity: counter.bytes.count + 1)
        w.graph(g)
        w.newline()
        return w.bytes.data()
    }

    /// ``encodedJSON()`` made with `JSONEncoder` (the reference the direct writer is tested
    /// against).
    func encodedJSONWithEncoder() -> Data {
        var g = self
        g.canonicalize()
        let enc = JSONEncoder()
        enc.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Encoding plain value types cannot fail.
        var data = (try? enc.encode(g)) ?? Data()
        data.append(0x0A)
        return data
    }
}
