import ArgMap
import Foundation
import Testing

/// One bad input: how to make it and what the error must say.
struct BadInput: Sendable, CustomStringConvertible {
    /// File name in the temporary directory.
    let name: String
    /// Makes the input at the given path (the directory exists).
    let make: @Sendable (URL) throws -> Void
    /// A phrase the one-line error must contain.
    let problem: String
    /// Why the case is skipped, if it is.
    var skip: String? = nil
    var description: String { name }
}

func bytes(_ b: [UInt8]) -> @Sendable (URL) throws -> Void { { try Data(b).write(to: $0) } }
func text(_ s: String) -> @Sendable (URL) throws -> Void { { try Data(s.utf8).write(to: $0) } }

let isRoot = getuid() == 0

@Suite(.serialized) struct BadInputTests {
    static let cases: [BadInput] = [
        BadInput(name: "empty.txt", make: bytes([]), problem: "the text is empty"),
        BadInput(name: "blank.txt", make: text("  \n\t\r\n \n"), problem: "the text is empty"),
        BadInput(name: "image.png.txt", make: bytes([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52]), problem: "not valid UTF-8"),
        BadInput(name: "image.png", make: bytes([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D]), problem: "not valid UTF-8"),
        BadInput(name: "latin1.txt", make: bytes(Array("Caf".utf8) + [0xE9, 0x20] + Array("au lait said that it was good.".utf8)), problem: "not valid UTF-8 text (bad byte at offset 3)"),
        BadInput(name: "surrogate.txt", make: bytes([0x41, 0xED, 0xA0, 0x80]), problem: "not valid UTF-8"),
        BadInput(name: "truncated.txt", make: bytes([0x41, 0xE2, 0x80]), problem: "not valid UTF-8"),
        BadInput(name: "nul.txt", make: bytes(Array("Smith said that".utf8) + [0]), problem: "binary"),
        BadInput(name: "huge.txt", make: { url in
            // 100 MB, made sparse (no disk written): the size alone is refused.
            FileManager.default.createFile(atPath: url.path, contents: nil)
            let h = try FileHandle(forWritingTo: url)
            try h.truncate(atOffset: 100 * 1024 * 1024)
            try h.close()
        }, problem: "too large (more than 64 MB)"),
        BadInput(name: "adir", make: { try FileManager.default.createDirectory(at: $0, withIntermediateDirectories: true) }, problem: "is a directory"),
        BadInput(name: "missing.txt", make: { _ in }, problem: "no such file"),
        BadInput(name: "unreadable.txt", make: { url in
            try Data("Smith said that it rained.".utf8).write(to: url)
            try FileManager.default.setAttributes([.posixPermissions: 0], ofItemAtPath: url.path)
        }, problem: "permission denied", skip: isRoot ? "running as root, which can read a file with mode 000" : nil),
        BadInput(name: "not-json.json", make: text("{"), problem: "invalid JSON"),
        BadInput(name: "array.json", make: text("[]"), problem: "the top level is not an object"),
        BadInput(name: "wrong-schema.json", make: text(#"{"schema":"other/1","nodes":[],"edges":[]}"#), problem: "wrong schema \"other/1\""),
        BadInput(name: "missing-field.json", make: text(#"{"schema":"argmap/1","nodes":[],"edges":[]}"#), problem: "missing field \"source\""),
        BadInput(name: "wrong-type.json", make: text(#"{"schema":"argmap/1","source":{"name":"x","sha256":"0","bytes":"many"},"nodes":[],"edges":[]}"#), problem: "wrong type at source.bytes"),
        BadInput(name: "duplicate-ids.json", make: text(graphJSON(nodes: [actor("a1"), actor("a1")], edges: [])), problem: "duplicate id \"a1\""),
        BadInput(name: "dangling.json", make: text(graphJSON(nodes: [actor("a1")], edges: [#"{"id":"e1","kind":"conflict","source":"a1","target":"a9","evidence":[]}"#])), problem: "points to missing node \"a9\""),
        BadInput(name: "bad-holds.json", make: text(graphJSON(nodes: [actor("a1"), actor("a2")], edges: [#"{"id":"e1","kind":"holds","source":"a1","target":"a2","evidence":[]}"#])), problem: "a holds edge must run from an actor to a position"),
        BadInput(name: "huge-label.json", make: text(graphJSON(nodes: [actor("a1", label: String(repeating: "x", count: 20_000))], edges: [])), problem: "label of node \"a1\" is longer than 10000 characters"),
        BadInput(name: "deep.json", make: text(String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)), problem: "nested more than 512 levels deep"),
        BadInput(name: "deep-field.json", make: text(#"{"schema":"argmap/1","x":"# + String(repeating: "{\"a\":", count: 100_000) + "1" + String(repeating: "}", count: 100_001)), problem: "nested more than 512 levels deep"),
    ]

    /// The commands every bad input is given to; `OUT` is replaced by an output path.
    static let commands: [[String]] = [
        ["extract", "IN", "-o", "OUT.json"],
        ["render", "IN", "-o", "OUT.svg"],
        ["render", "IN", "-f", "dot", "-o", "OUT.dot"],
        ["diff", "IN", "IN", "-o", "OUT.txt"],
    ]

    @Test(arguments: BadInputTests.cases)
    func badInputIsOneLineStatus2AndNoOutput(_ c: BadInput) throws {
        if let why = c.skip {
            print("skipped \(c.name): \(why)")
            return
        }
        let d = try tempDir()
        defer {
            try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: d.appendingPathComponent(c.name).path)
            try? FileManager.default.removeItem(at: d)
        }
        let input = d.appendingPathComponent(c.name)
        try c.make(input)
        for template in Self.commands {
            let outDir = d.appendingPathComponent("out-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: outDir, withIntermediateDirectories: true)
            // One output exists already and must stay as it is; the others must not appear.
            let kept = outDir.appendingPathComponent("OUT.svg")
            try Data("keep".utf8).write(to: kept)
            let args = template.map { $0 == "IN" ? input.path : $0.hasPrefix("OUT") ? outDir.appendingPathComponent($0).path : $0 }
            let r = try run(argmapBinary, args)
            let label = "\(c.name) with \(template[0])"
            #expect(r.status == 2, "\(label): status \(r.status)")
            #expect(r.stderr.hasPrefix("argmap: error: \(input.path): "), "\(label): \(r.stderr)")
            #expect(r.stderr.contains(c.problem), "\(label): \(r.stderr)")
            #expect(r.stderr.split(separator: "\n").count == 1, "\(label): \(r.stderr)")
            #expect(r.stdout.isEmpty, "\(label): output on stdout")
            let left = try FileManager.default.contentsOfDirectory(atPath: outDir.path)
            #expect(left == ["OUT.svg"], "\(label): files left: \(left)")
            #expect(FileManager.default.contents(atPath: kept.path) == Data("keep".utf8), "\(label): output changed")
        }
    }

    @Test func textWithoutActorsIsAnEmptyMapAndAWarning() throws {
        let r = try argmap("extract", "-", stdin: Data("The weather was mild and the harvest was good.\n".utf8))
        #expect(r.status == 0)
        #expect(r.stderr == "argmap: warning: -: no actors or positions found; the map is empty\n")
        let g = try ArgumentGraph.decode(json: r.stdout)
        #expect(g.nodes.isEmpty && g.edges.isEmpty)
        let svg = try argmap("render", "-", stdin: Data("The weather was mild.\n".utf8))
        #expect(svg.status == 0)
        #expect(svg.out.contains("</svg>"))
    }

    @Test func jsonNestingGuardIsInTheLibrary() throws {
        let deep = Data((String(repeating: "[", count: 600) + String(repeating: "]", count: 600)).utf8)
        #expect(throws: GraphError.malformedJSON("nested more than 512 levels deep")) { try ArgumentGraph.decode(json: deep) }
        let fine = Data((#"{"schema":"argmap/1","x":"# + String(repeating: "[", count: 500) + String(repeating: "]", count: 500) + "}").utf8)
        #expect(throws: GraphError.malformedJSON("missing field \"source\"")) { try ArgumentGraph.decode(json: fine) }
        // Brackets inside strings do not count.
        #expect(ArgumentGraph.jsonNestingDepth(Data(#"{"a":"[[[[[[\"[[["}"#.utf8)) == 1)
    }
}

func actor(_ id: String, label: String = "Smith") -> String {
    #"{"id":"\#(id)","kind":"actor","label":"\#(label)","category":"person","evidence":[]}"#
}

func graphJSON(nodes: [String], edges: [String]) -> String {
    #"{"schema":"argmap/1","source":{"name":"x.txt","sha256":"0","bytes":1},"nodes":[\#(nodes.joined(separator: ","))],"edges":[\#(edges.joined(separator: ","))]}"#
}
