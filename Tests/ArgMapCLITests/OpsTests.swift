import ArgMap
import Foundation
import Testing

@Suite(.serialized) struct CorpusModeTests {
    @Test func directoryToOutdirAndMerge() throws {
        let d = try tempDir(); defer { try? FileManager.default.removeItem(at: d) }
        let seeds = packageRoot.appendingPathComponent("seeds").path
        let outdir = d.appendingPathComponent("out").path
        let seedCount = try FileManager.default.contentsOfDirectory(atPath: seeds).filter { $0.hasSuffix(".txt") }.count
        let r = try argmap("extract", seeds, "-o", outdir, "--jobs", "2")
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.contains("argmap: extracted \(seedCount) of \(seedCount) documents"))
        #expect(!r.stderr.contains("\r"), "no progress bar when stderr is not a terminal")
        let names = try FileManager.default.contentsOfDirectory(atPath: outdir).sorted()
        #expect(names.count == seedCount)
        // Each document's map is what single-file extraction gives (graphs/ holds those).
        for n in names {
            #expect(FileManager.default.contents(atPath: outdir + "/" + n) == FileManager.default.contents(atPath: packageRoot.appendingPathComponent("graphs/\(n)").path), "\(n)")
        }
        let corpus = d.appendingPathComponent("corpus.json").path
        let m = try argmap("extract", seeds, "--merge", "-o", corpus)
        #expect(m.status == 0, "\(m.stderr)")
        let merged = try ArgumentGraph.decode(json: try #require(FileManager.default.contents(atPath: corpus)))
        let evidence = merged.nodes.flatMap(\.evidence)
        #expect(!evidence.isEmpty && evidence.allSatisfy { $0.document != nil })
        #expect(Set(evidence.compactMap(\.document)).count == seedCount)
        // The same map from saved maps, in any order.
        let files = names.reversed().map { outdir + "/" + $0 }
        let again = try run(argmapBinary, ["merge"] + files)
        #expect(again.status == 0, "\(again.stderr)")
        #expect(again.stdout == FileManager.default.contents(atPath: corpus))
    }

    @Test func mergeJoinsActorsByAlias() {
        func g(_ name: String, _ label: String, _ aliases: [String]) -> ArgumentGraph {
            let a = Node(id: StableID.actor(label), kind: .actor, label: label, aliases: aliases, category: .body,
                         evidence: [Evidence(start: 0, end: 4)])
            let p = Node(id: StableID.position("war is near " + name), kind: .position, label: "war is near", text: "war is near " + name,
                         evidence: [Evidence(start: 5, end: 9)])
            let e = Edge(id: StableID.edge(.holds, a.id, p.id), kind: .holds, source: a.id, target: p.id)
            return ArgumentGraph(source: SourceInfo(name: name, sha256: name, bytes: 10), nodes: [a, p], edges: [e])
        }
        let m = Corpus.merge([g("b.txt", "Narkomindel", ["Narkomindel", "NKID"]), g("a.txt", "NKID", ["NKID"])])
        let actors = m.nodes.filter { $0.kind == .actor }
        #expect(actors.count == 1)
        #expect(actors.first?.aliases == ["NKID", "Narkomindel"])
        #expect(m.edges.count == 2)
        #expect((try? m.validate()) != nil)
        #expect(m.encodedJSON() == Corpus.merge([g("a.txt", "NKID", ["NKID"]), g("b.txt", "Narkomindel", ["Narkomindel", "NKID"])]).encodedJSON())
    }

    @Test func singleFileExtractIsUnchanged() throws {
        let r = try argmap("extract", seed)
        #expect(r.status == 0)
        #expect(r.stdout == FileManager.default.contents(atPath: packageRoot.appendingPathComponent("graphs/000_09d0b328bf90c93b.json").path))
    }

    @Test func corpusErrorsAreListedAndStatus2() throws {
        let d = try tempDir(); defer { try? FileManager.default.removeItem(at: d) }
        try Data(sampleText.utf8).write(to: d.appendingPathComponent("good.txt"))
        try Data([0x41, 0xFF]).write(to: d.appendingPathComponent("bad.txt"))
        let out = d.appendingPathComponent("out").path
        let r = try argmap("extract", d.path, "-o", out)
        #expect(r.status == 2)
        #expect(r.stderr.contains("argmap: error: \(d.path)/bad.txt: not valid UTF-8"))
        #expect(r.stderr.contains("1 failed"))
        #expect(FileManager.default.fileExists(atPath: out + "/good.json"))
        #expect(!FileManager.default.fileExists(atPath: out + "/bad.json"))
    }
}

@Suite(.serialized) struct BigMapTests {
    static func bigGraph(_ d: URL) throws -> String {
        let (g, _) = GraphDiffer.syntheticPair(nodes: 1_500, edges: 2_000, changeFraction: 0, seed: 7)
        let path = d.appendingPathComponent("big.json").path
        try g.encodedJSON().write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test func bigMapsSwitchToSfdpWithAWarning() throws {
        let d = try tempDir(); defer { try? FileManager.default.removeItem(at: d) }
        let path = try Self.bigGraph(d)
        let r = try argmap("render", path, "-f", "dot")
        #expect(r.status == 0)
        #expect(r.stderr.hasPrefix("argmap: warning: \(path): the map has 1500 nodes; drawing it with sfdp"))
        #expect(r.out.contains("overlap=\"false\""))
        let explicit = try argmap("render", path, "-f", "dot", "--layout", "dot")
        #expect(explicit.stderr.isEmpty)
        #expect(explicit.out.contains("rankdir=\"LR\""))
    }

    @Test func topKeepsTheBusiestActors() throws {
        let d = try tempDir(); defer { try? FileManager.default.removeItem(at: d) }
        let path = try Self.bigGraph(d)
        let r = try argmap("render", path, "-f", "json", "--top", "10")
        #expect(r.status == 0)
        #expect(r.stderr.contains("argmap: warning: \(path): --top 10: drawing"))
        let g = try ArgumentGraph.decode(json: r.stdout)
        #expect(g.nodes.filter { $0.kind == .actor }.count == 10)
        #expect(g.nodes.count < 1_000)
        let svg = try argmap("render", path, "--top", "5")
        #expect(svg.status == 0)
        #expect(svg.out.contains("</svg>"))
    }
}

/// Inputs kept from fuzzing (Tests/Fixtures/fuzz/TARGET/), replayed with the fuzz targets'
/// checks, in-process.
@Suite struct FuzzRegressionTests {
    static func inputs(_ target: String) -> [URL] {
        let dir = packageRoot.appendingPathComponent("Tests/Fixtures/fuzz/\(target)")
        return ((try? FileManager.default.contentsOfDirectory(at: dir, includingPropertiesForKeys: nil)) ?? [])
            .filter { !$0.lastPathComponent.hasPrefix(".") }.sorted { $0.path < $1.path }
    }

    @Test func extractInputs() throws {
        for url in Self.inputs("fuzz-extract") {
            guard let g = try? ArgMapPipeline.extract(try Data(contentsOf: url), name: "fuzz.txt") else { continue }
            #expect((try? g.validate()) != nil, "\(url.lastPathComponent)")
            #expect((try? ArgumentGraph.decode(json: g.encodedJSON())) != nil, "\(url.lastPathComponent)")
        }
    }

    @Test func graphJSONInputs() throws {
        for url in Self.inputs("fuzz-graph-json") {
            guard let g = try? ArgumentGraph.decode(json: try Data(contentsOf: url)) else { continue }
            let json = g.encodedJSON()
            #expect(try ArgumentGraph.decode(json: json).encodedJSON() == json, "\(url.lastPathComponent)")
        }
    }
}
