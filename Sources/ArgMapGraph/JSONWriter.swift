import Foundation

/// Writes a graph as canonical `argmap/1` JSON straight into bytes: the same bytes as
/// `JSONEncoder` with `[.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]` gives for the
/// `Codable` graph types (keys sorted by their UTF-8 bytes, two-space indent, `" : "` between
/// key and value, optional fields left out when nil, the same string escapes), without
/// building the encoder's tree of values: about ten times faster, and the memory is the output
/// alone. `GraphTests` compares both on graphs that use every field, and checks that these
/// types have no field the writer does not know.
struct GraphJSONWriter {
    private(set) var bytes = ByteBuffer()
    private var indent = 0
    /// Fields written so far in each open object.
    private var fieldCounts: [Int] = []

    init(capacity: Int) { bytes.reserve(capacity) }

    /// A writer that only counts the bytes it would write.
    init(countingOnly: Bool) { bytes.counting = countingOnly }

    // MARK: Values

    private mutating func raw(_ s: StaticString) {
        bytes.append(UnsafeBufferPointer(start: s.utf8Start, count: s.utf8CodeUnitCount))
    }

    private mutating func newlineAndIndent() {
        bytes.append(0x0A)
        for _ in 0..<indent { bytes.append(0x20); bytes.append(0x20) }
    }

    /// A JSON string, escaped as `JSONEncoder` does: `"` and `\`, the short escapes `\b \f \n
    /// \r \t`, other bytes below 0x20 as `\u00xx` (lower-case hex); `/` and everything else
    /// as it is.
    mutating func string(_ s: String) {
        bytes.append(0x22)
        var s = s
        s.withUTF8 { b in
            var mark = 0
            for i in 0..<b.count {
                let c = b[i]
                if c >= 0x20 && c != 0x22 && c != 0x5C { continue }
                if i > mark { bytes.append(UnsafeBufferPointer(rebasing: b[mark..<i])) }
                mark = i + 1
                bytes.append(0x5C)
                switch c {
                case 0x22: bytes.append(0x22)
                case 0x5C: bytes.append(0x5C)
                case 0x08: bytes.append(UInt8(ascii: "b"))
                case 0x0C: bytes.append(UInt8(ascii: "f"))
                case 0x0A: bytes.append(UInt8(ascii: "n"))
                case 0x0D: bytes.append(UInt8(ascii: "r"))
                case 0x09: bytes.append(UInt8(ascii: "t"))
                default:
                    let hex: [UInt8] = Array("0123456789abcdef".utf8)
                    bytes.append(UInt8(ascii: "u")); bytes.append(0x30); bytes.append(0x30)
                    bytes.append(hex[Int(c >> 4)]); bytes.append(hex[Int(c & 0x0F)])
                }
            }
            if b.count > mark { bytes.append(UnsafeBufferPointer(rebasing: b[mark..<b.count])) }
        }
        bytes.append(0x22)
    }

    mutating func int(_ v: Int) {
        var s = String(v)
        s.withUTF8 { bytes.append($0) }
    }

    mutating func newline() { bytes.append(0x0A) }

    mutating func bool(_ v: Bool) {
        if v { raw("true") } else { raw("false") }
    }

    // MARK: Containers

    /// `{`: fields follow with ``key(_:)`` and their values, then ``endObject()``.
    mutating func beginObject() {
        bytes.append(UInt8(ascii: "{"))
        indent += 1
        fieldCounts.append(0)
    }

    /// The next field's key and `" : "`; the caller writes the value next.
    mutating func key(_ k: StaticString) {
        if fieldCounts[fieldCounts.count - 1] > 0 { bytes.append(0x2C) }
        fieldCounts[fieldCounts.count - 1] += 1
        newlineAndIndent()
        bytes.append(0x22)
        raw(k)
        bytes.append(0x22)
        raw(" : ")
    }

    mutating func endObject() {
        let n = fieldCounts.removeLast()
        indent -= 1
        if n == 0 { bytes.append(0x0A) }
        newlineAndIndent()
        bytes.append(UInt8(ascii: "}"))
    }

    /// An array of `items`, each written by `element`.
    mutating func array<T>(_ items: [T], _ element: (inout GraphJSONWriter, T) -> Void) {
        bytes.append(UInt8(ascii: "["))
        indent += 1
        if items.isEmpty { bytes.append(0x0A) }
        for (i, x) in items.enumerated() {
            if i > 0 { bytes.append(0x2C) }
            newlineAndIndent()
            element(&self, x)
        }
        indent -= 1
        newlineAndIndent()
        bytes.append(UInt8(ascii: "]"))
    }

    mutating func field(_ k: StaticString, _ v: String) { key(k); string(v) }
    mutating func field(_ k: StaticString, _ v: String?) { if let v { field(k, v) } }
    mutating func field(_ k: StaticString, _ v: Int) { key(k); int(v) }
    mutating func field(_ k: StaticString, _ v: Bool?) { if let v { key(k); bool(v) } }
    mutating func field(_ k: StaticString, _ v: [String]?) {
        guard let v else { return }
        key(k)
        array(v) { w, s in w.string(s) }
    }
}

extension GraphJSONWriter {
    // Fields in the order of their keys' UTF-8 bytes, as `.sortedKeys` writes them.

    mutating func graph(_ g: ArgumentGraph) {
        beginObject()
        if let camps = g.camps {
            key("camps")
            array(camps) { w, c in w.camp(c) }
        }
        key("edges")
        array(g.edges) { w, e in w.edge(e) }
        key("nodes")
        array(g.nodes) { w, n in w.node(n) }
        field("schema", g.schema)
        key("source")
        source(g.source)
        endObject()
    }

    mutating func camp(_ c: Camp) {
        beginObject()
        field("id", c.id)
        field("members", c.members)
        endObject()
    }

    mutating func source(_ s: SourceInfo) {
        beginObject()
        field("bytes", s.bytes)
        field("name", s.name)
        field("sha256", s.sha256)
        endObject()
    }

    mutating func evidence(_ e: Evidence) {
        beginObject()
        field("document", e.document)
        field("end", e.end)
        field("sentence", e.sentence)
        field("start", e.start)
        endObject()
    }

    mutating func node(_ n: Node) {
        beginObject()
        field("aliases", n.aliases)
        field("category", n.category?.rawValue)
        key("evidence")
        array(n.evidence) { w, e in w.evidence(e) }
        field("id", n.id)
        field("kind", n.kind.rawValue)
        field("label", n.label)
        field("quoted", n.quoted)
        field("rule", n.rule)
        field("text", n.text)
        endObject()
    }

    mutating func edge(_ e: Edge) {
        beginObject()
        field("cue", e.cue)
        key("evidence")
        array(e.evidence) { w, x in w.evidence(x) }
        field("id", e.id)
        field("kind", e.kind.rawValue)
        field("rule", e.rule)
        field("source", e.source)
        field("target", e.target)
        endObject()
    }

    /// The field names the writer knows, per type (for the test that no field is missed).
    static let knownFields: [String: Set<String>] = [
        "ArgumentGraph": ["camps", "edges", "nodes", "schema", "source"],
        "Camp": ["id", "members"],
        "SourceInfo": ["bytes", "name", "sha256"],
        "Evidence": ["document", "end", "sentence", "start"],
        "Node": ["aliases", "category", "evidence", "id", "kind", "label", "quoted", "rule", "text"],
        "Edge": ["cue", "evidence", "id", "kind", "rule", "source", "target"],
    ]
}

/// A byte buffer handed to `Data` without a copy. It can first just count (`counting`), so
/// that the real one is made at its final size: growing a buffer of tens of megabytes copies
/// it, and for a while both copies are in memory.
struct ByteBuffer {
    private(set) var base: UnsafeMutablePointer<UInt8>? = nil
    private(set) var count = 0
    private var capacity = 0
    /// Only count the bytes appended.
    var counting = false

    mutating func reserve(_ n: Int) {
        guard n > capacity, !counting else { return }
        guard let p = realloc(base, n) else { fatalError("argmap: out of memory") }
        base = p.assumingMemoryBound(to: UInt8.self)
        capacity = n
    }

    @inline(__always) mutating func append(_ b: UInt8) {
        if counting { count += 1; return }
        if count == capacity { reserve(Swift.max(4096, capacity * 2)) }
        base![count] = b
        count += 1
    }

    @inline(__always) mutating func append(_ b: UnsafeBufferPointer<UInt8>) {
        if counting { count += b.count; return }
        guard b.count > 0 else { return }
        if count + b.count > capacity { reserve(Swift.max(count + b.count, capacity * 2)) }
        (base! + count).update(from: b.baseAddress!, count: b.count)
        count += b.count
    }

    /// The bytes as `Data`, which takes the memory over (the buffer must not be used again).
    consuming func data() -> Data {
        guard let base, count > 0 else { free(base); return Data() }
        return Data(bytesNoCopy: base, count: count, deallocator: .free)
    }
}
