import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing

/// The package root, found from this file's path.
let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// The built `argmap` binary: $ARGMAP_BIN, else .build/debug/argmap, else .build/release/argmap.
let argmapBinary: String = {
    if let env = ProcessInfo.processInfo.environment["ARGMAP_BIN"] { return env }
    for c in [".build/debug/argmap", ".build/release/argmap"] {
        let p = packageRoot.appendingPathComponent(c).path
        if FileManager.default.isExecutableFile(atPath: p) { return p }
    }
    return packageRoot.appendingPathComponent(".build/debug/argmap").path
}()

struct Run {
    let status: Int32
    let stdout: Data
    let stderr: String
    var out: String { String(decoding: stdout, as: UTF8.self) }
}

/// A lock-protected buffer for a pipe read on another thread.
final class DataBox: @unchecked Sendable {
    private let lock = NSLock()
    private var data = Data()
    func set(_ d: Data) { lock.lock(); data = d; lock.unlock() }
    func get() -> Data { lock.lock(); defer { lock.unlock() }; return data }
}

/// Reads a pipe to its end, retrying reads interrupted by signals (FileHandle's
/// readDataToEndOfFile traps on EINTR, which SIGCHLD from parallel tests can cause).
func readAll(_ fd: Int32) -> Data {
    var out = Data()
    var buf = [UInt8](repeating: 0, count: 65536)
    while true {
        let n = buf.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
        if n > 0 { out.append(contentsOf: buf[0..<n]); continue }
        if n < 0 && errno == EINTR { continue }
        return out
    }
}

/// Runs a program and collects its output.
func run(_ exe: String, _ args: [String], stdin: Data? = nil, cwd: URL? = nil) throws -> Run {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: exe)
    p.arguments = args
    if let cwd { p.currentDirectoryURL = cwd }
    let out = Pipe(), err = Pipe(), inp = Pipe()
    p.standardOutput = out
    p.standardError = err
    p.standardInput = inp
    try p.run()
    if let stdin { inp.fileHandleForWriting.write(stdin) }
    try inp.fileHandleForWriting.close()
    // Read both pipes before waiting, so a large output cannot block the child.
    let errBox = DataBox()
    let group = DispatchGroup()
    group.enter()
    DispatchQueue.global().async { errBox.set(readAll(err.fileHandleForReading.fileDescriptor)); group.leave() }
    let o = readAll(out.fileHandleForReading.fileDescriptor)
    group.wait()
    p.waitUntilExit()
    let e = errBox.get()
    return Run(status: p.terminationStatus, stdout: o, stderr: String(decoding: e, as: UTF8.self))
}

func argmap(_ args: String..., stdin: Data? = nil) throws -> Run { try run(argmapBinary, args, stdin: stdin) }

func tempDir() throws -> URL {
    let d = FileManager.default.temporaryDirectory.appendingPathComponent("argmap-cli-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: d, withIntermediateDirectories: true)
    return d
}

let seed = packageRoot.appendingPathComponent("seeds/000_09d0b328bf90c93b.txt").path
let sampleText = """
Chicherin maintained that world politics were in flux. Stalin concluded that the imperialist powers were arming themselves.
Chicherin's views differed sharply from those of Stalin.
"""

@Suite(.serialized) struct CLIExitCodeTests {
    @Test func extractWritesJSONToAFileOrStdout() throws {
        let d = try tempDir(); defer { try? FileManager.default.removeItem(at: d) }
        let out = d.appendingPathComponent("g.json").path
        let r = try argmap("extract", seed, "-o", out)
        #expect(r.status == 0)
        #expect(r.stdout.isEmpty)
        let json = try #require(FileManager.default.contents(atPath: out))
        let obj = try #require(try JSONSerialization.jsonObject(with: json) as? [String: Any])
        #expect(obj["schema"] as? String == "argmap/1")
        let r2 = try argmap("extract", seed)
        #expect(r2.stdout == json)
    }

    @Test func stdinIsRead() throws {
        let r = try argmap("extract", "-", stdin: Data(sampleText.utf8))
        #expect(r.status == 0)
        #expect(r.out.contains("\"name\" : \"-\""))
        #expect(r.out.contains("world politics were in flux"))
    }

    @Test func missingFileIsOneLineAndStatus2() throws {
        let d = try tempDir(); defer { try? FileManager.default.removeItem(at: d) }
        let out = d.appendingPathComponent("g.json").path
        let r = try argmap("extract", "/no/such/file.txt", "-o", out)
        #expect(r.status == 2)
        #expect(r.stderr == "argmap: error: /no/such/file.txt: no such file\n")
        #expect(!FileManager.default.fileExists(atPath: out))
    }

    @Test func badInputsNameTheFileAndLeaveNoOutput() throws {
        let d = try tempDir(); defer { try? FileManager.default.removeItem(at: d) }
        let out = d.appendingPathComponent("out.svg").path
        try Data("keep".utf8).write(to: URL(fileURLWithPath: out))
        let cases: [(String, Data, String)] = [
            ("bad.txt", Data([0x41, 0xFF, 0x42]), "not valid UTF-8"),
            ("empty.txt", Data(), "empty"),
            ("nul.txt", Data([0x41, 0x00]), "binary"),
            ("schema.json", Data(#"{"schema":"other/1","nodes":[],"edges":[]}"#.utf8), "wrong schema"),
            ("broken.json", Data("{".utf8), "invalid JSON"),
        ]
        for (name, bytes, problem) in cases {
            let f = d.appendingPathComponent(name)
            try bytes.write(to: f)
            let r = try argmap("render", f.path, "-o", out)
            #expect(r.status == 2, "\(name)")
            #expect(r.stderr.hasPrefix("argmap: error: \(f.path): "), "\(name): \(r.stderr)")
            #expect(r.stderr.contains(problem), "\(name): \(r.stderr)")
            #expect(r.stderr.split(separator: "\n").count == 1)
        }
        let dir = try argmap("extract", d.path)
        #expect(dir.status == 2 && dir.stderr.contains("is a directory"))
        #expect(String(decoding: FileManager.default.contents(atPath: out)!, as: UTF8.self) == "keep")
    }

    @Test func usageErrorsAreStatus2AndHelpIsStatus0() throws {
        let r = try argmap("render")
        #expect(r.status == 2)
        #expect(r.stderr.hasPrefix("argmap: error: "))
        let h = try argmap("--help")
        #expect(h.status == 0)
        #expect(h.out.contains("extract"))
        #expect(h.out.contains("diff"))
    }
}

@Suite(.serialized) struct CLIRenderTests {
    @Test func formatFollowsTheOutputExtension() throws {
        let d = try tempDir(); defer { try? FileManager.default.removeItem(at: d) }
        for (ext, marker) in [("svg", "<svg"), ("dot", "digraph"), ("json", "\"schema\"")] {
            let out = d.appendingPathComponent("m.\(ext)").path
            let r = try argmap("render", seed, "-o", out)
            #expect(r.status == 0, "\(ext): \(r.stderr)")
            let text = String(decoding: FileManager.default.contents(atPath: out) ?? Data(), as: UTF8.self)
            #expect(text.contains(marker), "\(ext)")
        }
        let dot = try argmap("render", seed, "-f", "dot")
        #expect(dot.out.hasPrefix("digraph"))
    }

    @Test func outputIsDeterministic() throws {
        for f in ["svg", "dot", "json"] {
            let a = try argmap("render", seed, "-f", f), b = try argmap("render", seed, "-f", f)
            #expect(a.status == 0)
            #expect(a.stdout == b.stdout, "\(f)")
        }
    }

    /// Every seed text in one input, extracted by separate processes (each with its own hash
    /// seed): the same bytes. Ties between actors must never be settled by a Set's or a
    /// Dictionary's order.
    @Test func aLongCorpusIsDeterministicAcrossProcesses() throws {
        let dir = packageRoot.appendingPathComponent("seeds")
        let names = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".txt") }.sorted()
        var corpus = Data()
        for n in names { corpus += FileManager.default.contents(atPath: dir.appendingPathComponent(n).path) ?? Data(); corpus += Data("\n\n".utf8) }
        corpus += corpus
        let runs = try (0..<3).map { _ in try argmap("extract", "-", stdin: corpus) }
        #expect(runs[0].status == 0)
        #expect(runs[1].stdout == runs[0].stdout)
        #expect(runs[2].stdout == runs[0].stdout)
    }

    @Test func hostileLabelsStayText() throws {
        let hostile = """
        Smith said that "a \\"quoted\\" back\\slash <script>alert(1)</script> ]]> javascript:alert(2) <img src=x onerror=alert(3)> &amp; \\N end."
        Jones argued that <b onload="x()">bold</b> was fine.
        """
        let r = try argmap("render", "-", "-f", "svg", stdin: Data(hostile.utf8))
        #expect(r.status == 0, "\(r.stderr)")
        let svg = r.out
        #expect(!svg.contains("<script"))
        #expect(!svg.contains("<img"))
        #expect(!svg.contains("<b "))
        let xml = try XMLDocument(data: r.stdout, options: [])
        var stack: [XMLNode] = [xml.rootElement()!]
        var elements = 0
        while let n = stack.popLast() {
            if let e = n as? XMLElement {
                elements += 1
                #expect(e.name?.lowercased() != "script")
                for a in e.attributes ?? [] {
                    let name = (a.name ?? "").lowercased()
                    #expect(!name.hasPrefix("on"), "event attribute \(name)")
                    if name.hasSuffix("href") { #expect(!(a.stringValue ?? "").lowercased().contains("javascript:")) }
                }
            }
            stack.append(contentsOf: n.children ?? [])
        }
        #expect(elements > 5)
        // The words are still shown, as text.
        #expect(svg.contains("&lt;script&gt;") || svg.contains("script&gt;"))
        let embed = try argmap("render", "-", "--embed", stdin: Data(hostile.utf8))
        #expect(embed.status == 0)
        _ = try XMLDocument(data: embed.stdout, options: [])
        let dot = try argmap("render", "-", "-f", "dot", stdin: Data(hostile.utf8))
        #expect(dot.status == 0)
        #expect(!dot.out.contains("URL="))
        #expect(!dot.out.contains("href="))
    }

    @Test func embedIsReadyToInline() throws {
        let r = try argmap("render", seed, "--embed", "--id-prefix", "seedmap")
        #expect(r.status == 0)
        let s = r.out
        #expect(!s.contains("<?xml"))
        #expect(!s.contains("<!DOCTYPE"))
        #expect(!s.contains("<!--"))
        #expect(s.contains("viewBox="))
        #expect(s.contains("role=\"img\""))
        #expect(s.contains("<title"))
        let ids = s.components(separatedBy: " id=\"").dropFirst().map { $0.prefix { $0 != "\"" } }
        #expect(!ids.isEmpty)
        #expect(ids.allSatisfy { $0.hasPrefix("seedmap-") })
    }

    @Test func layoutEngines() throws {
        for engine in ["dot", "neato", "fdp", "sfdp", "circo", "twopi"] {
            let r = try argmap("render", "-", "--layout", engine, stdin: Data(sampleText.utf8))
            #expect(r.status == 0, "\(engine): \(r.stderr)")
            #expect(r.out.contains("</svg>"), "\(engine)")
        }
        let bad = try argmap("render", seed, "--layout", "nope")
        #expect(bad.status == 2)
    }
}

@Suite(.serialized) struct CLIDiffTests {
    @Test func identicalInputsExit0() throws {
        let r = try argmap("diff", seed, seed)
        #expect(r.status == 0, "\(r.stderr)")
    }

    @Test func differencesExit1AndAreListed() throws {
        let d = try tempDir(); defer { try? FileManager.default.removeItem(at: d) }
        let old = d.appendingPathComponent("old.txt"), new = d.appendingPathComponent("new.txt")
        try Data(sampleText.utf8).write(to: old)
        try Data((sampleText + "\nBukharin insisted that the treaties were hostile to the USSR.").utf8).write(to: new)
        let r = try argmap("diff", old.path, new.path, "--color", "never")
        #expect(r.status == 1, "\(r.stderr)")
        #expect(r.out.contains("+"))
        #expect(r.out.contains("Bukharin"))
        let j = try argmap("diff", old.path, new.path, "--format", "json")
        #expect(j.status == 1)
        let obj = try #require(try JSONSerialization.jsonObject(with: j.stdout) as? [String: Any])
        #expect(obj["schema"] as? String == "argmap-diff/1")
        let svg = try argmap("diff", old.path, new.path, "--format", "svg")
        #expect(svg.status == 1)
        #expect(svg.out.contains("</svg>"))
        _ = try XMLDocument(data: svg.stdout, options: [])
    }

    @Test func troubleExits2() throws {
        let r = try argmap("diff", seed, "/no/such.json")
        #expect(r.status == 2)
        #expect(r.stderr.contains("/no/such.json"))
    }
}

@Suite(.serialized) struct RepositoryTests {
    /// graphs/ must hold what the current code makes from seeds/ (regenerate with `make graphs`).
    @Test func graphsAreCurrent() throws {
        let seeds = try FileManager.default.contentsOfDirectory(atPath: packageRoot.appendingPathComponent("seeds").path).filter { $0.hasSuffix(".txt") }.sorted()
        #expect(!seeds.isEmpty)
        for s in seeds {
            let name = String(s.dropLast(4))
            let txt = packageRoot.appendingPathComponent("seeds/\(s)").path
            let graphs = packageRoot.appendingPathComponent("graphs")
            let json = try argmap("extract", txt)
            #expect(json.stdout == FileManager.default.contents(atPath: graphs.appendingPathComponent("\(name).json").path), "graphs/\(name).json is stale: run make graphs")
            let jsonPath = graphs.appendingPathComponent("\(name).json").path
            let dot = try argmap("render", jsonPath, "-f", "dot")
            #expect(dot.stdout == FileManager.default.contents(atPath: graphs.appendingPathComponent("\(name).dot").path), "graphs/\(name).dot is stale")
            let svg = try argmap("render", jsonPath, "-f", "svg")
            #expect(svg.stdout == FileManager.default.contents(atPath: graphs.appendingPathComponent("\(name).svg").path), "graphs/\(name).svg is stale")
        }
    }

    @Test func explainGivesRuleAndEvidence() throws {
        let r = try argmap("explain", seed)
        #expect(r.status == 0)
        #expect(r.out.contains("rule: reporting-verb"))
        #expect(r.out.contains("evidence ["))
        let missing = try argmap("explain", seed, "--id", "nope")
        #expect(missing.status == 2)
    }
}

/// Extraction quality: score.py on every seed with a gold map must stay at or above the floor
/// recorded in Tests/Fixtures/floors.json (floors only go up).
@Suite(.serialized) struct ScoreTests {
    static let python: String? = ["/usr/bin/python3", "/usr/local/bin/python3"].first { FileManager.default.isExecutableFile(atPath: $0) }
        ?? (try? run("/usr/bin/env", ["which", "python3"]).out.trimmingCharacters(in: .whitespacesAndNewlines)).flatMap { $0.isEmpty ? nil : $0 }

    @Test(.enabled(if: ScoreTests.python != nil, "python3 is not installed: the score floors are not checked"))
    func scoresStayAboveTheirFloors() throws {
        let fixtures = packageRoot.appendingPathComponent("Tests/Fixtures")
        let floors = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: fixtures.appendingPathComponent("floors.json"))) as? [String: Double])
        #expect(floors["000_09d0b328bf90c93b"] ?? 0 >= 0.70)
        let r = try run(ScoreTests.python!, [fixtures.appendingPathComponent("eval.py").path, argmapBinary, "--json"])
        #expect(r.status == 0, "\(r.stderr)")
        let scores = try #require(try JSONSerialization.jsonObject(with: r.stdout) as? [String: Double])
        for (name, floor) in floors.sorted(by: { $0.key < $1.key }) {
            let s = try #require(scores[name], "no score for \(name)")
            #expect(s >= floor - 1e-9, "\(name): score \(s) fell below its floor \(floor)")
        }
    }
}

/// `extract IN -o OUT` and `render IN -o OUT` run without the argument parser (FastPath):
/// they must do exactly what the parsed forms do.
@Suite(.serialized) struct CLIFastPathTests {
    @Test func fastFormsMatchParsedForms() throws {
        let d = try tempDir(); defer { try? FileManager.default.removeItem(at: d) }
        let seed = packageRoot.appendingPathComponent("seeds/000_09d0b328bf90c93b.txt").path
        func file(_ n: String) -> String { d.appendingPathComponent(n).path }
        #expect(try argmap("extract", seed, "-o", file("a.json")).status == 0)
        #expect(try argmap("extract", "--output=" + file("b.json"), seed).status == 0)
        #expect(try argmap("extract", seed, "-o", file("c.json"), "--jobs", "1").status == 0)  // parsed
        let a = try Data(contentsOf: URL(fileURLWithPath: file("a.json")))
        #expect(a == (try Data(contentsOf: URL(fileURLWithPath: file("b.json")))))
        #expect(a == (try Data(contentsOf: URL(fileURLWithPath: file("c.json")))))
        #expect(try argmap("render", seed, "--output", file("a.svg")).status == 0)
        #expect(try argmap("render", seed, "-o", file("b.svg"), "-f", "svg").status == 0)  // parsed
        #expect(try Data(contentsOf: URL(fileURLWithPath: file("a.svg"))) == Data(contentsOf: URL(fileURLWithPath: file("b.svg"))))
        // Errors: same message, same status.
        let fast = try argmap("extract", file("missing.txt"), "-o", file("m.json"))
        let parsed = try argmap("extract", file("missing.txt"), "-o", file("m.json"), "--jobs", "1")
        #expect(fast.status == 2 && fast.status == parsed.status && fast.stderr == parsed.stderr)
        let fastR = try argmap("render", file("missing.txt"), "-o", file("m.svg"))
        let parsedR = try argmap("render", file("missing.txt"), "-o", file("m.svg"), "-f", "svg")
        #expect(fastR.status == 2 && fastR.stderr == parsedR.stderr)
    }
}
