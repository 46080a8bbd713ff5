import ArgumentParser
import ArgMap
import Foundation

/// Output formats of `argmap diff`.
enum DiffFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json, md, svg, dot
}

/// When to colour text output.
enum ColorChoice: String, ExpressibleByArgument, CaseIterable {
    case auto, always, never
}

struct Diff: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show what changed between two argument maps.",
        discussion: """
        OLD and NEW are each prose (.txt, extracted first), a saved graph (.json), or - for standard input. \
        Exit status as diff(1): 0 no differences, 1 differences, 2 trouble.
        """)

    @Argument(help: "The earlier version (with --git: a revision).") var old: String
    @Argument(help: "The later version (with --git: a revision).") var new: String
    @Argument(help: ArgumentHelp("With --git: the file to compare, after --.", valueName: "PATH")) var path: String?

    @Flag(name: .long, help: "Compare PATH's maps at revisions OLD and NEW of the git repository here: argmap diff --git REV1 REV2 -- PATH.")
    var git = false

    @Option(name: .long, help: "Output: text, json, md, svg or dot (default: from the -o extension, else text).")
    var format: DiffFormat?

    @Option(name: .shortAndLong, help: ArgumentHelp("Write here instead of standard output.", valueName: "OUT"))
    var output: String?

    @Option(name: .long, help: "Word-overlap similarity (0-1) above which a changed claim counts as reworded.")
    var similarity: Double = 0.6

    @Flag(name: .long, help: "Report moved evidence offsets as changes.")
    var evidence = false

    @Option(name: .long, help: "Colour text output: auto, always or never.")
    var color: ColorChoice = .auto

    @Flag(name: .long, help: "Print only the summary line.")
    var stat = false

    @Option(name: .long, help: "Graphviz layout engine for svg output.")
    var layout: LayoutEngine = .dot

    @Flag(name: .long, help: "With svg: SVG to inline in HTML (see `argmap render --embed`).")
    var embed = false

    @OptionGroup var lex: LexiconOption

    func validate() throws {
        guard (0...1).contains(similarity) else { throw ValidationError("--similarity must be between 0 and 1") }
    }

    func run() throws {
        let lexicon = try ArgMapPipeline.loadLexicon(lex.lexicon)
        let a: ArgumentGraph, b: ArgumentGraph
        if git {
            guard let path else { throw ArgMapError(file: "-", problem: "--git needs a file: argmap diff --git REV1 REV2 -- PATH") }
            a = try GitRevision.graph(path: path, revision: old, lexicon: lexicon)
            b = try GitRevision.graph(path: path, revision: new, lexicon: lexicon)
        } else {
            if let path { throw ArgMapError(file: path, problem: "a third file is only taken with --git") }
            a = try ArgMapPipeline.loadGraph(old, lexicon: lexicon)
            b = try ArgMapPipeline.loadGraph(new, lexicon: lexicon)
        }
        let diff = GraphDiffer.diff(old: a, new: b, options: DiffOptions(similarity: similarity, compareEvidence: evidence))
        let chosen = format ?? output.flatMap { DiffFormat(rawValue: (($0 as NSString).pathExtension).lowercased()) } ?? .text
        var data: Data
        switch chosen {
        case .text:
            let useColor = color == .always || (color == .auto && output == nil && isatty(STDOUT_FILENO) != 0)
            data = Data((stat ? diff.statReport() : diff.textReport(color: useColor)).utf8)
        case .json:
            data = diff.jsonReport()
        case .md:
            data = Data(diff.markdownReport().utf8)
        case .svg, .dot:
            let union = diff.unionGraph()
            var h = Highlight(nodes: [:], edges: [:], legend: true)
            for (k, v) in union.nodeStatus { h.nodes[k] = Highlight.Status(rawValue: v.rawValue) }
            for (k, v) in union.edgeStatus { h.edges[k] = Highlight.Status(rawValue: v.rawValue) }
            let dot = DOTBuilder.dot(for: union.graph, options: RenderOptions(layout: layout, graphName: "argmapdiff"), highlight: h)
            if chosen == .dot {
                data = Data(dot.utf8)
            } else {
                do {
                    data = try GraphvizRenderer.render(dot: dot, layout: layout, format: "svg")
                } catch {
                    throw ArgMapError(file: new, problem: "Graphviz could not draw the diff: \(error)")
                }
                if embed {
                    let name = ((new as NSString).lastPathComponent as NSString).deletingPathExtension
                    data = Data(SVGEmbed.embed(String(decoding: data, as: UTF8.self), idPrefix: SVGEmbed.sanitizePrefix("diff-" + name), title: "Changes from \(a.source.name) to \(b.source.name)").utf8)
                }
            }
        }
        try ArgMapPipeline.writeOutput(data, to: output)
        if !diff.isEmpty { throw ExitCode(1) }
    }
}

/// Reads a file as it was at a revision of the git repository the command runs in.
enum GitRevision {
    /// The map of `path` at `revision` (`git show REVISION:./PATH`): prose is extracted, a
    /// `.json` graph is read.
    static func graph(path: String, revision: String, lexicon: Lexicon) throws(ArgMapError) -> ArgumentGraph {
        let spec = "\(revision):" + (path.hasPrefix("/") ? path : "./" + path)
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["git", "show", spec]
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        do { try p.run() } catch { throw ArgMapError(file: spec, problem: "cannot run git: \(error.localizedDescription)") }
        let data = out.fileHandleForReading.readDataToEndOfFile()
        let message = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        guard p.terminationStatus == 0 else {
            let first = message.split(separator: "\n").first.map(String.init) ?? "git show failed"
            throw ArgMapError(file: spec, problem: first.replacingOccurrences(of: "fatal: ", with: ""))
        }
        let name = (path as NSString).lastPathComponent
        if ArgMapPipeline.isGraphFile(path) {
            do { return try ArgumentGraph.decode(json: data) } catch { throw ArgMapError(file: spec, problem: error.description) }
        }
        do { return try ArgMapPipeline.extract(data, name: name, lexicon: lexicon) } catch { throw ArgMapError(file: spec, problem: error.problem) }
    }
}
