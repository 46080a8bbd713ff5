// argmap-ops-bench: operational benchmarks of argmap, printed as tables (not timed tests).
//
//   argmap-ops-bench --argmap PATH/argmap --seeds seeds [--only extract,e2e,scale,rss,diff]
//                    [--runs 20] [--diff-runs 9] [--corpus-mb 10] [--scale-timeout 60]
//   argmap-ops-bench --leak-renders 1000 [--seeds seeds] [--camps]   (for valgrind)
//   argmap-ops-bench --profile-extract MB [--seeds seeds]             (for callgrind)
//   argmap-ops-bench --profile-diff NODES [--runs N]                 (for perf; prints times)
//
// `make bench-ops` builds a release binary and runs every section.
import ArgMap
import Foundation
#if canImport(Glibc)
import Glibc
#endif

// MARK: - Options

/// Command-line options of the bench.
struct BenchOptions {
    var argmap = ".build-ops/release/argmap"
    var seeds = "seeds"
    var only: Set<String> = ["extract", "e2e", "scale", "rss", "diff"]
    var runs = 20
    var diffRuns = 9
    var corpusMB = 10
    var scaleTimeout = 60.0
    var leakRenders: Int? = nil
    var profileExtractMB: Int? = nil
    var profileDiffNodes: Int? = nil
    var camps = false
    var renderOnce: (String, String)? = nil
    var rssChild: [String]? = nil

    init(_ args: [String]) {
        var i = 0
        func value() -> String {
            i += 1
            guard i < args.count else { fatalError("\(args[i - 1]) needs a value") }
            return args[i]
        }
        while i < args.count {
            switch args[i] {
            case "--argmap": argmap = value()
            case "--seeds": seeds = value()
            case "--only": only = Set(value().split(separator: ",").map(String.init))
            case "--runs": runs = Int(value()) ?? runs
            case "--diff-runs": diffRuns = Int(value()) ?? diffRuns
            case "--corpus-mb": corpusMB = Int(value()) ?? corpusMB
            case "--scale-timeout": scaleTimeout = Double(value()) ?? scaleTimeout
            case "--leak-renders": leakRenders = Int(value())
            case "--profile-extract": profileExtractMB = Int(value())
            case "--profile-diff": profileDiffNodes = Int(value())
            case "--camps": camps = true
            case "--render-once": let f = value(); renderOnce = (f, value())
            case "--rss-child": rssChild = Array(args[(i + 1)...]); i = args.count
            case "-h", "--help":
                print("usage: argmap-ops-bench [--argmap PATH] [--seeds DIR] [--only extract,e2e,scale,rss,diff] [--runs N] [--diff-runs N] [--corpus-mb N] [--scale-timeout S] | --leak-renders N [--camps] | --profile-extract MB | --profile-diff NODES [--runs N]")
                exit(0)
            default: fatalError("unknown option \(args[i])")
            }
            i += 1
        }
    }
}

// MARK: - Helpers

/// Seconds taken by `body`.
func timed<T>(_ body: () throws -> T) rethrows -> (T, Double) {
    let clock = ContinuousClock()
    let start = clock.now
    let r = try body()
    let d = clock.now - start
    return (r, Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18)
}

/// CPU seconds used by the calling thread so far (CLOCK_THREAD_CPUTIME_ID).
func threadCPUSeconds() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts)
    return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
}

func median(_ xs: [Double]) -> Double {
    let s = xs.sorted()
    guard !s.isEmpty else { return .nan }
    return s.count % 2 == 1 ? s[s.count / 2] : (s[s.count / 2 - 1] + s[s.count / 2]) / 2
}

func fmt(_ x: Double, _ digits: Int = 2) -> String { String(format: "%.\(digits)f", x) }

/// What a child process did.
struct ChildResult {
    var seconds: Double
    /// Peak resident set size of the child, in KB (ru_maxrss).
    var maxRSSKB: Int
    var status: Int32
    var timedOut: Bool
    var stdout: String
}

/// Runs `path args` as a process (posix_spawn), stdout to a temp file, stderr discarded, and
/// returns its wall time, peak RSS (wait4) and status. With `timeout`, the child is killed
/// after that many seconds.
func spawn(_ path: String, _ args: [String], timeout: Double? = nil) -> ChildResult {
    let outPath = NSTemporaryDirectory() + "argmap-bench-out-\(getpid())"
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 1, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    let argv: [UnsafeMutablePointer<CChar>?] = ([path] + args).map { strdup($0) } + [nil]
    defer { argv.forEach { free($0) } }
    var pid: pid_t = 0
    let clock = ContinuousClock()
    let start = clock.now
    let rc = posix_spawn(&pid, path, &actions, nil, argv, environ)
    guard rc == 0 else { fatalError("cannot run \(path): \(String(cString: strerror(rc)))") }
    var status: Int32 = 0
    var usage = rusage()
    var timedOut = false
    if let timeout {
        while true {
            let r = wait4(pid, &status, WNOHANG, &usage)
            if r == pid { break }
            let d = clock.now - start
            if Double(d.components.seconds) > timeout {
                kill(pid, SIGKILL)
                _ = wait4(pid, &status, 0, &usage)
                timedOut = true
                break
            }
            usleep(2000)
        }
    } else {
        _ = wait4(pid, &status, 0, &usage)
    }
    let d = clock.now - start
    let out = (try? String(contentsOfFile: outPath, encoding: .utf8)) ?? ""
    unlink(outPath)
    let exit = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
    return ChildResult(seconds: Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18,
                       maxRSSKB: usage.ru_maxrss, status: exit, timedOut: timedOut, stdout: out)
}

/// Prints a Markdown table.
func table(_ title: String, _ header: [String], _ rows: [[String]]) {
    print("\n### \(title)\n")
    print("| " + header.joined(separator: " | ") + " |")
    print("|" + header.map { _ in "---" }.joined(separator: "|") + "|")
    for r in rows { print("| " + r.joined(separator: " | ") + " |") }
    fflush(nil)
}

/// The seed texts, sorted by name.
func seedTexts(_ dir: String) -> [(String, Data)] {
    let names = ((try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []).filter { $0.hasSuffix(".txt") }.sorted()
    guard !names.isEmpty else { fatalError("no .txt files in \(dir)") }
    return names.map { ($0, FileManager.default.contents(atPath: dir + "/" + $0) ?? Data()) }
}

/// A corpus of at least `bytes` bytes: the seed texts concatenated, separated by blank lines
/// (paragraph breaks), repeated as often as needed.
func corpus(_ seeds: [(String, Data)], bytes: Int) -> Data {
    var out = Data()
    out.reserveCapacity(bytes + 20_000)
    while out.count < bytes {
        for (_, d) in seeds {
            out.append(d)
            out.append(contentsOf: [0x0A, 0x0A])
        }
    }
    return out
}

/// The seed map (first seed text, extracted in-process).
func seedGraph(_ o: BenchOptions) -> (ArgumentGraph, String) {
    let path = o.seeds + "/000_09d0b328bf90c93b.txt"
    guard let g = try? ArgMapPipeline.loadGraph(path) else { fatalError("cannot read \(path)") }
    return (g, path)
}

/// The absolute path of this program.
func selfPath() -> String {
    CommandLine.arguments[0].hasPrefix("/") ? CommandLine.arguments[0]
        : FileManager.default.currentDirectoryPath + "/" + CommandLine.arguments[0]
}

// MARK: - Sections

/// (a) Extraction throughput by stage on 1 MB and a `corpusMB` corpus, one core.
func benchExtract(_ o: BenchOptions) {
    let seeds = seedTexts(o.seeds)
    var rows: [[String]] = []
    var totals: [Int: Double] = [:]
    for mb in [1, o.corpusMB] {
        let data = corpus(seeds, bytes: mb * 1_000_000)
        let reps = mb <= 1 ? 3 : 1
        var tSource: [Double] = [], tDoc: [Double] = [], tExtract: [Double] = [], tJSON: [Double] = []
        var nodes = 0, edges = 0, tokens = 0
        for _ in 0..<reps {
            let (src, a) = timed { try! SourceText(name: "corpus.txt", data: data) }
            let (doc, b) = timed { Document(src) }
            let (graph, c) = timed { Extractor().extract(doc) }
            let (_, d) = timed { graph.encodedJSON() }
            tSource.append(a); tDoc.append(b); tExtract.append(c); tJSON.append(d)
            nodes = graph.nodes.count; edges = graph.edges.count; tokens = doc.tokens.count
        }
        let mbytes = Double(data.count) / 1e6
        let total = median(tSource) + median(tDoc) + median(tExtract) + median(tJSON)
        totals[mb] = total
        func row(_ stage: String, _ t: Double) -> [String] {
            [fmt(mbytes, 1), stage, fmt(t * 1000, 1), fmt(mbytes / t, 1)]
        }
        rows.append(row("SourceText (UTF-8 check, SHA-256)", median(tSource)))
        rows.append(row("Document (lines, tokens, sentences; \(tokens) tokens)", median(tDoc)))
        rows.append(row("Extractor (rules; \(nodes) nodes, \(edges) edges)", median(tExtract)))
        rows.append(row("encodedJSON", median(tJSON)))
        rows.append(row("**total**", total))
    }
    table("Extraction throughput (one core, release)", ["input MB", "stage", "ms", "MB/s"], rows)
    if let t1 = totals[1], let t10 = totals[o.corpusMB] {
        print("\n\(o.corpusMB)x input: \(fmt(t10 / t1))x time (goal <= ~\(Int(Double(o.corpusMB) * 1.1))x); goal >= 50 MB/s total.")
    }
}

/// (b) `argmap render SEED -o x.svg` against `dot -Tsvg` on the same DOT, whole processes.
func benchEndToEnd(_ o: BenchOptions) {
    let (graph, seedPath) = seedGraph(o)
    let dir = NSTemporaryDirectory() + "argmap-bench-\(getpid())"
    try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let dotPath = dir + "/seed.dot"
    _ = FileManager.default.createFile(atPath: dotPath, contents: Data(DOTBuilder.dot(for: graph).utf8))
    let dotExe = ["/usr/bin/dot", "/usr/local/bin/dot"].first { FileManager.default.isExecutableFile(atPath: $0) }
    var a: [Double] = [], b: [Double] = []
    _ = spawn(o.argmap, ["render", seedPath, "-o", dir + "/x.svg"])  // warm the page cache
    for _ in 0..<o.runs {
        a.append(spawn(o.argmap, ["render", seedPath, "-o", dir + "/x.svg"]).seconds)
        if let dotExe { b.append(spawn(dotExe, ["-Tsvg", dotPath, "-o", dir + "/y.svg"]).seconds) }
    }
    var rows = [["argmap render seed.txt -o x.svg (read, extract, DOT, layout, SVG)", fmt(median(a) * 1000, 1)]]
    if dotExe != nil {
        rows.append(["dot -Tsvg seed.dot -o y.svg", fmt(median(b) * 1000, 1)])
        rows.append(["ratio argmap / dot (goal <= 1.0)", fmt(median(a) / median(b))])
    } else {
        rows.append(["dot -Tsvg", "dot not installed"])
    }
    table("End to end on the seed (whole processes, median of \(o.runs) runs each, interleaved)", ["command", "ms"], rows)
}

/// (c) Render time against graph size for dot and sfdp (child processes, killed at the cap).
func benchScale(_ o: BenchOptions) {
    let dir = NSTemporaryDirectory() + "argmap-bench-\(getpid())"
    try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let me = selfPath()
    var rows: [[String]] = []
    for n in [100, 1_000, 10_000] {
        let (g, _) = GraphDiffer.syntheticPair(nodes: n, edges: n * 3 / 2, changeFraction: 0, seed: 42)
        for engine in [LayoutEngine.dot, .sfdp] {
            let path = dir + "/g\(n)-\(engine.rawValue).dot"
            _ = FileManager.default.createFile(atPath: path, contents: Data(DOTBuilder.dot(for: g, options: RenderOptions(layout: engine)).utf8))
            let r = spawn(me, ["--render-once", path, engine.rawValue], timeout: o.scaleTimeout)
            let inProcess = Double(r.stdout.trimmingCharacters(in: .whitespacesAndNewlines))
            let time = r.timedOut ? "capped: killed after \(Int(o.scaleTimeout)) s" : inProcess.map { fmt($0 * 1000, 0) } ?? "failed (status \(r.status))"
            rows.append(["\(n)", "\(g.edges.count)", engine.rawValue, time])
        }
    }
    table("Render time against graph size (synthetic maps, in-process libgraphviz, one render)",
          ["nodes", "edges", "engine", "layout+SVG ms"], rows)
}

/// Peak RSS of the argmap process on the seed and on the corpus.
func benchRSS(_ o: BenchOptions) {
    let me = selfPath()
    let seeds = seedTexts(o.seeds)
    let (_, seedPath) = seedGraph(o)
    let dir = NSTemporaryDirectory() + "argmap-bench-\(getpid())"
    try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let corpusPath = dir + "/corpus.txt"
    let data = corpus(seeds, bytes: o.corpusMB * 1_000_000)
    _ = FileManager.default.createFile(atPath: corpusPath, contents: data)
    var rows: [[String]] = []
    let seedBytes = (try? FileManager.default.attributesOfItem(atPath: seedPath)[.size] as? Int) ?? 0
    for (label, path, size, args) in [
        ("extract seed (\(seedBytes / 1024) KB)", seedPath, seedBytes, ["extract", seedPath, "-o", dir + "/s.json"]),
        ("render seed -o x.svg", seedPath, seedBytes, ["render", seedPath, "-o", dir + "/s.svg"]),
        ("extract \(o.corpusMB) MB corpus", corpusPath, data.count, ["extract", corpusPath, "-o", dir + "/c.json"]),
    ] {
        _ = path
        // ru_maxrss survives exec and posix_spawn shares the parent's memory until then, so a
        // child of this (large) process would report this process's peak. A fresh, small
        // process of this program spawns argmap instead and reports its peak.
        let r0 = spawn(me, ["--rss-child", o.argmap] + args)
        let parts = r0.stdout.split(separator: " ").compactMap { Double($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
        let r = ChildResult(seconds: parts.count > 1 ? parts[1] : .nan, maxRSSKB: Int(parts.first ?? 0), status: r0.status, timedOut: false, stdout: "")
        let mb = Double(r.maxRSSKB) / 1024
        let goal = 3 * Double(size) / 1_048_576 + 60
        rows.append([label, fmt(mb, 1), fmt(goal, 1), mb <= goal ? "yes" : "NO", fmt(r.seconds * 1000, 0), "\(r.status)"])
    }
    table("Peak RSS of the argmap process (getrusage ru_maxrss via wait4)",
          ["run", "peak RSS MB", "goal MB (3x input + 60)", "met", "wall ms", "exit"], rows)
}

// MARK: - Modes for profilers

/// Renders the seed map `n` times in one process (run under valgrind --leak-check=full).
func leakRenders(_ o: BenchOptions, _ n: Int) {
    let (graph, _) = seedGraph(o)
    let dot = DOTBuilder.dot(for: graph, options: RenderOptions(camps: o.camps))
    var bytes = 0
    for _ in 0..<n {
        guard let svg = try? GraphvizRenderer.render(dot: dot, layout: .dot) else { fatalError("render failed") }
        bytes += svg.count
    }
    print("\(n) renders, \(bytes) bytes of SVG")
}

/// Extracts an `mb` MB corpus once (run under valgrind --tool=callgrind).
func profileExtract(_ o: BenchOptions, _ mb: Int) {
    let data = corpus(seedTexts(o.seeds), bytes: mb * 1_000_000)
    let src = try! SourceText(name: "corpus.txt", data: data)
    let g = Extractor().extract(Document(src))
    print("\(g.nodes.count) nodes, \(g.encodedJSON().count) bytes of JSON")
}

/// Diffs a synthetic pair of `n` nodes and `3n` edges (5% changes, as in the diff section)
/// `runs` times and prints each diff's wall and CPU seconds, then their minimum and median
/// (run under perf or callgrind, or to compare changes to the diff).
func profileDiff(_ n: Int, runs: Int) {
    let (a, b) = GraphDiffer.syntheticPair(nodes: n, edges: n * 3, changeFraction: 0.05, seed: 42)
    var wall: [Double] = [], cpu: [Double] = []
    for _ in 0..<runs {
        let c0 = threadCPUSeconds()
        let (d, t) = timed { GraphDiffer.diff(old: a, new: b) }
        let c = threadCPUSeconds() - c0
        wall.append(t)
        cpu.append(c)
        print("\(n) nodes: \(d.changes.count) changes, wall \(fmt(t, 4)) s, cpu \(fmt(c, 4)) s")
    }
    print("\(n) nodes: wall min \(fmt(wall.min() ?? .nan, 4)) median \(fmt(median(wall), 4)); cpu min \(fmt(cpu.min() ?? .nan, 4)) median \(fmt(median(cpu), 4))")
}

/// Child mode of the scale section: renders one DOT file and prints the seconds taken.
func renderOnce(_ path: String, _ engine: String) {
    guard let text = try? String(contentsOfFile: path, encoding: .utf8), let e = LayoutEngine(rawValue: engine) else { exit(2) }
    let (r, t) = timed { try? GraphvizRenderer.render(dot: text, layout: e) }
    guard r != nil else { exit(1) }
    print(t)
}

/// Diff timing (issue #4): two synthetic graphs with 5% changes and 3 edges per node, 10,000
/// nodes / 30,000 edges and ten times that, made the same way (`GraphDiffer.syntheticPair`,
/// seed 42). Only the diff is timed (the graphs are made first). After one untimed diff of
/// each size, the sizes alternate for `diffRuns` rounds, so that both see the same load on
/// the machine; the tables give the median and the best of the wall time and of the thread's
/// CPU time, and how they grow from 10k to 100k nodes (goals: under 0.5 s at 10k nodes, at
/// most about 12x for 10x the graph).
func benchDiff(_ o: BenchOptions) {
    let sizes = [(10_000, 30_000), (100_000, 300_000)]
    let pairs = sizes.map { GraphDiffer.syntheticPair(nodes: $0.0, edges: $0.1, changeFraction: 0.05, seed: 42) }
    var changes = [Int](repeating: 0, count: sizes.count)
    for (k, p) in pairs.enumerated() { changes[k] = GraphDiffer.diff(old: p.0, new: p.1).changes.count }
    var wall = [[Double]](repeating: [], count: sizes.count), cpu = wall
    for _ in 0..<max(1, o.diffRuns) {
        for (k, p) in pairs.enumerated() {
            let c0 = threadCPUSeconds()
            let (_, t) = timed { GraphDiffer.diff(old: p.0, new: p.1) }
            cpu[k].append(threadCPUSeconds() - c0)
            wall[k].append(t)
        }
    }
    let runs = max(1, o.diffRuns)
    var rows: [[String]] = []
    for (k, (n, _)) in sizes.enumerated() {
        rows.append(["\(n) / \(pairs[k].0.edges.count)", "\(changes[k])", fmt(median(wall[k]), 3), fmt(wall[k].min()!, 3),
                     fmt(median(cpu[k]), 3), fmt(cpu[k].min()!, 3)])
    }
    func ratio(_ xs: [[Double]], _ f: ([Double]) -> Double) -> Double { f(xs[1]) / f(xs[0]) }
    let growth = ratio(wall, median)
    rows.append(["**100k / 10k**", "", fmt(growth, 1) + "x", fmt(ratio(wall) { $0.min()! }, 1) + "x",
                 fmt(ratio(cpu, median), 1) + "x", fmt(ratio(cpu) { $0.min()! }, 1) + "x"])
    table("diff of synthetic pairs (5% changes, one core; \(runs) runs each, sizes alternating, after one warm-up)",
          ["nodes / edges", "changes", "median wall s", "best wall s", "median CPU s", "best CPU s"], rows)
    let t10k = median(wall[0]), t100k = median(wall[1])
    table("diff goals (issue #4; median wall time)",
          ["10k nodes s", "100k nodes s", "ratio", "goal: 10k < 0.5 s", "goal: ratio <= ~12x"],
          [[fmt(t10k, 3), fmt(t100k, 3), fmt(growth, 1) + "x", t10k < 0.5 ? "met" : "NOT met",
            growth <= 12 ? "met" : "NOT met"]])
}

// MARK: - Main

let options = BenchOptions(Array(CommandLine.arguments.dropFirst()))
if let child = options.rssChild, let exe = child.first {
    // Prints the child's peak RSS in KB, its wall seconds; exits with its status.
    let r = spawn(exe, Array(child.dropFirst()))
    print(r.maxRSSKB, r.seconds)
    exit(r.status)
} else if let (path, engine) = options.renderOnce {
    renderOnce(path, engine)
} else if let n = options.leakRenders {
    leakRenders(options, n)
} else if let mb = options.profileExtractMB {
    profileExtract(options, mb)
} else if let n = options.profileDiffNodes {
    profileDiff(n, runs: options.runs)
} else {
    print("## argmap-ops-bench (\(ProcessInfo.processInfo.activeProcessorCount) cores)")
    if options.only.contains("extract") { benchExtract(options) }
    if options.only.contains("e2e") { benchEndToEnd(options) }
    if options.only.contains("scale") { benchScale(options) }
    if options.only.contains("rss") { benchRSS(options) }
    if options.only.contains("diff") { benchDiff(options) }
}
