import ArgumentParser
import ArgMap
import Foundation

/// `argmap`: turns argumentative prose into an argument map and draws it.
@main
struct ArgMapCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "argmap",
        abstract: "Turn argumentative prose into an argument map, draw it, and diff maps.",
        discussion: """
        INPUT is a .txt file of prose (UTF-8), a .json argument graph saved by `argmap extract`, \
        or - for standard input. Errors are one line, `argmap: error: FILE: problem`, with exit status 2.
        """,
        version: "0.1.0",
        subcommands: [Extract.self, Render.self, Diff.self, Explain.self, Report.self, Merge.self]
    )

    /// Runs the command; every failure becomes one line on stderr and exit status 2
    /// (help and version go to stdout with status 0).
    static func main() {
        do {
            // The common forms `extract IN -o OUT` and `render IN -o OUT` skip the argument
            // parser (it costs a few milliseconds of type reflection at start-up); anything
            // else, help and errors included, goes through it.
            if let job = FastPath.job(Array(CommandLine.arguments.dropFirst())) {
                try job()
            } else {
                var command = try parseAsRoot()
                try command.run()
            }
        } catch let e as ArgMapError {
            fail(e.description)
        } catch let code as ExitCode {
            Foundation.exit(code.rawValue)
        } catch {
            let status = exitCode(for: error)
            let message = fullMessage(for: error)
            if status == .success {
                print(message)
                Foundation.exit(0)
            }
            fail(message.split(separator: "\n").first.map(String.init) ?? "\(error)")
        }
        Foundation.exit(0)
    }

    static func fail(_ message: String) -> Never {
        var line = message
        if line.hasPrefix("Error: ") { line = String(line.dropFirst(7)) }
        FileHandle.standardError.write(Data("argmap: error: \(line)\n".utf8))
        Foundation.exit(2)
    }
}

/// Options shared by the commands that read prose.
/// Prints `argmap: warning: MESSAGE` on standard error.
func warn(_ message: String) {
    FileHandle.standardError.write(Data("argmap: warning: \(message)\n".utf8))
}

struct LexiconOption: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("A JSON lexicon merged over the built-in one (extra actors, cue phrases, reporting verbs, words that are never actors).", valueName: "FILE"))
    var lexicon: String?
}

struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Extract the argument graph (argmap/1 JSON) of a text, or of a whole corpus.",
        discussion: """
        One file: writes its graph to -o OUT.json (or standard output). Several inputs or a \
        directory (searched for .txt files): corpus mode, -o OUTDIR gets one NAME.json per \
        document, extracted on --jobs threads; with --merge, -o names one corpus map instead.
        """)

    @Argument(help: ArgumentHelp("The prose to read (.txt, UTF-8), - for standard input, or several files and directories.", valueName: "INPUT"))
    var inputs: [String]

    @Option(name: .shortAndLong, help: ArgumentHelp("Write the JSON here (a directory in corpus mode; the corpus map with --merge).", valueName: "OUT"))
    var output: String?

    @Option(name: .shortAndLong, help: ArgumentHelp("Corpus mode: documents extracted at once (default: the number of cores).", valueName: "N"))
    var jobs: Int?

    @Flag(name: .long, help: "Corpus mode: write one corpus map, actors merged by alias across documents, evidence naming its document.")
    var merge = false

    @OptionGroup var lex: LexiconOption

    func validate() throws {
        if inputs.isEmpty { throw ValidationError("Missing expected argument '<INPUT>'") }
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
    }

    func run() throws {
        try ExtractJob(inputs: inputs, output: output, jobs: jobs, merge: merge, lexicon: lex.lexicon).run()
    }
}

/// What `argmap extract` does, with its options as plain values (see ``FastPath``).
struct ExtractJob {
    var inputs: [String]
    var output: String?
    var jobs: Int?
    var merge = false
    var lexicon: String?

    func run() throws {
        prepareInBackground(extraction: self.lexicon == nil && inputs.count == 1 && !ArgMapPipeline.isGraphFile(inputs[0]), graphviz: false)
        // The built-in lexicon is decoded on the other core meanwhile (see prepareInBackground).
        let lexicon: Lexicon? = self.lexicon == nil ? nil : try ArgMapPipeline.loadLexicon(self.lexicon)
        var isDir: ObjCBool = false
        let single = inputs.count == 1 && !merge
            && !(FileManager.default.fileExists(atPath: inputs[0], isDirectory: &isDir) && isDir.boolValue)
        if single {
            let input = inputs[0]
            let graph = try lexicon.map { try ArgMapPipeline.loadGraph(input, lexicon: $0) } ?? ArgMapPipeline.loadGraphWithBuiltInLexicon(input)
            if graph.nodes.isEmpty {
                warn("\(input): no actors or positions found; the map is empty")
            }
            try ArgMapPipeline.writeOutput(graph.encodedJSON(), to: output)
            return
        }
        try runCorpus(lexicon: lexicon ?? .builtIn)
    }

    /// Corpus mode: many documents, concurrently.
    func runCorpus(lexicon: Lexicon) throws {
        guard let output, output != "-" else {
            if inputs.count == 1 {
                throw ArgMapError(file: inputs[0], problem: "is a directory: extracting a corpus needs -o OUTDIR")
            }
            throw ValidationError(merge ? "--merge needs -o OUT.json" : "several inputs need -o OUTDIR")
        }
        let files = try Corpus.inputFiles(inputs)
        if files.isEmpty {
            throw ArgMapError(file: inputs.joined(separator: " "), problem: inputs.count == 1 ? "is a directory with no .txt files" : "no .txt files found")
        }
        if files.contains("-") { throw ArgMapError(file: "-", problem: "standard input cannot be part of a corpus") }
        var outNames: [String: String] = [:]
        if !merge {
            for f in files {
                let name = ((f as NSString).lastPathComponent as NSString).deletingPathExtension + ".json"
                if let other = outNames[name] {
                    throw ArgMapError(file: f, problem: "has the same name as \(other); both would be written to \(name)")
                }
                outNames[name] = f
            }
            var isDir: ObjCBool = false
            if FileManager.default.fileExists(atPath: output, isDirectory: &isDir), !isDir.boolValue {
                throw ArgMapError(file: output, problem: "is a file; corpus mode writes to a directory")
            }
            do {
                try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
            } catch {
                throw ArgMapError(file: output, problem: "cannot create the directory")
            }
        }
        let jobs = self.jobs ?? ProcessInfo.processInfo.activeProcessorCount
        let bar = ProgressBar(total: files.count)
        let clock = ContinuousClock()
        let start = clock.now
        let items = Corpus.extract(files, jobs: jobs, lexicon: lexicon) { done in bar.update(done) }
        bar.finish()
        var failed = 0, empty = 0, bytes = 0
        var graphs: [ArgumentGraph] = []
        for item in items {
            switch item.result {
            case .failure(let e):
                failed += 1
                FileHandle.standardError.write(Data("argmap: error: \(e.description)\n".utf8))
            case .success(let g):
                bytes += g.source.bytes
                if g.nodes.isEmpty {
                    empty += 1
                    warn("\(item.path): no actors or positions found; the map is empty")
                }
                if merge {
                    graphs.append(g)
                } else {
                    let name = ((item.path as NSString).lastPathComponent as NSString).deletingPathExtension + ".json"
                    try ArgMapPipeline.writeOutput(g.encodedJSON(), to: (output as NSString).appendingPathComponent(name))
                }
            }
        }
        var summary = ""
        if merge {
            let corpus = Corpus.merge(graphs)
            try ArgMapPipeline.writeOutput(corpus.encodedJSON(), to: output)
            let actors = corpus.nodes.filter { $0.kind == .actor }.count
            summary = "; corpus map: \(actors) actors, \(corpus.nodes.count - actors) positions, \(corpus.edges.count) edges -> \(output)"
        }
        let d = clock.now - start
        let secs = Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18
        FileHandle.standardError.write(Data(String(format: "argmap: extracted %d of %d documents (%.1f MB) in %.2f s on %d jobs; %d failed, %d empty%@\n",
            files.count - failed, files.count, Double(bytes) / 1e6, secs, min(jobs, files.count), failed, empty, summary).utf8))
        if failed > 0 { throw ExitCode(2) }
    }
}

/// `argmap merge`: one corpus map from saved maps (for corpora extracted on several machines).
struct Merge: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Merge saved maps (argmap/1 JSON) into one corpus map.",
        discussion: "Actors are merged by alias across documents; evidence names its document.")

    @Argument(help: ArgumentHelp("Saved maps (.json), or directories of them.", valueName: "MAP"))
    var inputs: [String]

    @Option(name: .shortAndLong, help: ArgumentHelp("Write the corpus map here instead of standard output.", valueName: "OUT.json"))
    var output: String?

    func run() throws {
        var files: [String] = []
        for p in inputs {
            var isDir: ObjCBool = false
            if FileManager.default.fileExists(atPath: p, isDirectory: &isDir), isDir.boolValue {
                let names = ((try? FileManager.default.contentsOfDirectory(atPath: p)) ?? []).filter { $0.lowercased().hasSuffix(".json") }.sorted()
                files += names.map { (p as NSString).appendingPathComponent($0) }
            } else {
                guard ArgMapPipeline.isGraphFile(p) else { throw ArgMapError(file: p, problem: "not a saved map (.json)") }
                files.append(p)
            }
        }
        if files.isEmpty { throw ValidationError("no maps to merge") }
        var graphs: [ArgumentGraph] = []
        for f in files { graphs.append(try ArgMapPipeline.loadGraph(f)) }
        try ArgMapPipeline.writeOutput(Corpus.merge(graphs).encodedJSON(), to: output)
    }
}

/// A progress bar on standard error, drawn only when standard error is a terminal.
final class ProgressBar: @unchecked Sendable {
    private let total: Int
    private let enabled = isatty(STDERR_FILENO) != 0
    private let lock = NSLock()
    private var shown = -1

    init(total: Int) { self.total = total }

    /// Redraws the bar for `done` finished documents (from any thread).
    func update(_ done: Int) {
        guard enabled, total > 0 else { return }
        lock.lock(); defer { lock.unlock() }
        let percent = done * 100 / total
        guard percent != shown else { return }
        shown = percent
        let width = 30, filled = done * width / total
        let line = "\r[" + String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled) + "] \(done)/\(total)"
        FileHandle.standardError.write(Data(line.utf8))
    }

    /// Clears the bar's line.
    func finish() {
        guard enabled, total > 0 else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}

/// Output formats of `argmap render`.
enum MapFormat: String, ExpressibleByArgument, CaseIterable {
    case svg, dot, json, md, png, pdf, mermaid, graphml, aif, outline

    /// The format an output file name implies (`.svg`, `.dot`, `.json`, `.md`, `.png`, `.pdf`,
    /// `.mmd`/`.mermaid`, `.graphml`, `.aif`/`.aif.json`), if any.
    static func forOutput(_ path: String) -> MapFormat? {
        let lower = path.lowercased()
        if lower.hasSuffix(".aif.json") { return .aif }
        switch (lower as NSString).pathExtension {
        case "mmd", "mermaid": return .mermaid
        case "txt", "outline": return .outline
        case "markdown": return .md
        case let ext: return MapFormat(rawValue: ext)
        }
    }
}

extension LayoutEngine: ExpressibleByArgument {}

struct Render: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Draw an argument map (SVG, PNG, PDF) or write it as DOT, JSON, Markdown, Mermaid, GraphML or AIF.",
        discussion: """
        Without -f the format follows the extension of -o (.svg, .dot, .json, .md, .png, .pdf, .mmd, .graphml, \
        .aif or .aif.json); the default is SVG. -f md -o NAME.md also writes NAME.svg, which the Markdown shows.
        """)

    @Argument(help: ArgumentHelp("Prose (.txt), a saved graph (.json), or - for standard input.", valueName: "INPUT"))
    var input: String

    @Option(name: [.customShort("f"), .long], help: "Output format: svg, dot, json, md, png, pdf, mermaid, graphml, aif or outline (one sorted line per actor, position and relation, for git diff).")
    var format: MapFormat?

    @Option(name: .shortAndLong, help: ArgumentHelp("Write here instead of standard output.", valueName: "OUT"))
    var output: String?

    @Option(name: .long, help: "Graphviz layout engine: dot, neato, fdp, sfdp, circo or twopi (default: dot, or sfdp for maps of more than \(Render.bigMapNodes) nodes).")
    var layout: LayoutEngine?

    @Option(name: .long, help: ArgumentHelp("Draw only the N actors with the most positions and relations, with their positions.", valueName: "N"))
    var top: Int?

    /// Above this many nodes the dot engine can take minutes: render switches to sfdp unless
    /// --layout was given.
    static let bigMapNodes = 1_000

    func validate() throws {
        if let top, top < 1 { throw ValidationError("--top must be at least 1") }
    }

    @Flag(name: .long, help: "SVG to inline in HTML: no prolog, a viewBox without fixed size, role=img with a title, ids prefixed.")
    var embed = false

    @Option(name: .long, help: ArgumentHelp("Prefix for every id in embedded SVG (default: from the input name).", valueName: "P"))
    var idPrefix: String?

    @Flag(name: .long, help: "Draw camps of agreeing actors as clusters.")
    var camps = false

    @OptionGroup var lex: LexiconOption

    func run() throws {
        try RenderJob(input: input, format: format, output: output, layout: layout, top: top, embed: embed,
                      idPrefix: idPrefix, camps: camps, lexicon: lex.lexicon).run()
    }
}

/// Makes, on another thread, what the work ahead will need and does not depend on the input:
/// the built-in lexicon's extraction tables (``Extractor/prepare(lexicon:)``) and the Graphviz
/// context for the dot engine (``GraphvizRenderer/prepare(layout:)``). The main thread reads
/// the input meanwhile, and waits where it needs something still being made; the output is
/// the same.
func prepareInBackground(extraction: Bool, graphviz: Bool) {
    guard extraction || graphviz else { return }
    Thread.detachNewThread {
        if extraction { Extractor.prepare(lexicon: .builtIn) }
        if graphviz { GraphvizRenderer.prepare(layout: .dot) }
    }
}

/// What `argmap render` does, with its options as plain values (see ``FastPath``).
struct RenderJob {
    var input: String
    var format: MapFormat?
    var output: String?
    var layout: LayoutEngine?
    var top: Int?
    var embed = false
    var idPrefix: String?
    var camps = false
    var lexicon: String?

    func run() throws {
        let chosen = format ?? output.flatMap(MapFormat.forOutput) ?? .svg
        // Set up extraction and Graphviz on the other core while the input is read (the
        // render waits for Graphviz; a map big enough for sfdp makes that context itself).
        prepareInBackground(extraction: self.lexicon == nil && !ArgMapPipeline.isGraphFile(input),
                            graphviz: chosen == .svg && (layout ?? .dot) == .dot)
        // The built-in lexicon is decoded on the other core meanwhile (see prepareInBackground).
        var graph = try self.lexicon == nil ? ArgMapPipeline.loadGraphWithBuiltInLexicon(input)
            : ArgMapPipeline.loadGraph(input, lexicon: ArgMapPipeline.loadLexicon(self.lexicon))
        if let top {
            let before = graph.nodes.count
            graph = graph.topActors(top)
            if graph.nodes.count < before {
                warn("\(input): --top \(top): drawing \(graph.nodes.count) of \(before) nodes (the \(top) actors with most positions and relations, and their positions)")
            }
        }
        let layout: LayoutEngine
        if let chosenLayout = self.layout {
            layout = chosenLayout
        } else if graph.nodes.count > Render.bigMapNodes && chosen != .json {
            layout = .sfdp
            warn("\(input): the map has \(graph.nodes.count) nodes; drawing it with sfdp instead of dot, which can take minutes above \(Render.bigMapNodes) nodes (--layout dot to insist, --top N to draw only the busiest actors)")
        } else {
            layout = .dot
        }
        let data: Data
        switch chosen {
        case .json:
            data = graph.encodedJSON()
        case .outline:
            data = Data(graph.outline().utf8)
        case .dot:
            data = Data(DOTBuilder.dot(for: graph, options: RenderOptions(layout: layout, camps: camps)).utf8)
        case .svg:
            let dot = DOTBuilder.dot(for: graph, options: RenderOptions(layout: layout, camps: camps))
            let svg: Data
            do {
                svg = try GraphvizRenderer.render(dot: dot, layout: layout, format: "svg")
            } catch {
                throw ArgMapError(file: input, problem: "Graphviz could not draw the map: \(error)")
            }
            if embed {
                let name = input == "-" ? "map" : ((input as NSString).lastPathComponent as NSString).deletingPathExtension
                let prefix = SVGEmbed.sanitizePrefix(idPrefix ?? name)
                data = Data(SVGEmbed.embed(String(decoding: svg, as: UTF8.self), idPrefix: prefix, title: "Argument map of \(graph.source.name)").utf8)
            } else {
                data = svg
            }
        case .md:
            var link: String? = nil
            if let output, output != "-" {
                let svgPath = (output as NSString).deletingPathExtension + ".svg"
                let dot = DOTBuilder.dot(for: graph, options: RenderOptions(layout: layout, camps: camps))
                do {
                    try ArgMapPipeline.writeOutput(try GraphvizRenderer.render(dot: dot, layout: layout, format: "svg"), to: svgPath)
                } catch let e as RenderError {
                    throw ArgMapError(file: input, problem: "Graphviz could not draw the map: \(e)")
                }
                link = (svgPath as NSString).lastPathComponent
            }
            data = Data(MarkdownExport.summary(graph, svgLink: link).utf8)
        case .png, .pdf:
            do {
                data = try RasterExport.render(graph, format: chosen.rawValue, options: RenderOptions(layout: layout, camps: camps))
            } catch {
                throw ArgMapError(file: output ?? input, problem: error.description)
            }
        case .mermaid:
            data = Data(MermaidExport.flowchart(graph).utf8)
        case .graphml:
            data = Data(GraphMLExport.document(graph).utf8)
        case .aif:
            data = AIFExport.encode(graph)
        }
        try ArgMapPipeline.writeOutput(data, to: output)
    }
}

/// The argument forms `main` runs without the argument parser: `--version`, `extract INPUT -o OUT` and
/// `render INPUT -o OUT` (`-o`, `--output OUT` or `--output=OUT`, before or after INPUT), with
/// INPUT and OUT not starting with `-`. They mean what the parser makes of them: the defaults
/// for every other option (which `Extract.validate()` and `Render.validate()` accept).
enum FastPath {
    static func job(_ args: [String]) -> (() throws -> Void)? {
        // `argmap --version` alone prints the version, as the parser does.
        if args == ["--version"] { return { print(ArgMapCommand.configuration.version) } }
        guard let sub = args.first, sub == "extract" || sub == "render" else { return nil }
        var input: String? = nil, output: String? = nil
        var i = 1
        while i < args.count {
            let a = args[i]
            if a == "-o" || a == "--output" {
                guard output == nil, i + 1 < args.count, isPlain(args[i + 1]) else { return nil }
                output = args[i + 1]
                i += 2
            } else if a.hasPrefix("--output=") {
                let v = String(a.dropFirst("--output=".count))
                guard output == nil, isPlain(v) else { return nil }
                output = v
                i += 1
            } else if isPlain(a) && input == nil {
                input = a
                i += 1
            } else {
                return nil
            }
        }
        guard let input, let output else { return nil }
        if sub == "extract" {
            return { try ExtractJob(inputs: [input], output: output).run() }
        }
        return { try RenderJob(input: input, output: output).run() }
    }

    /// A value the parser cannot take for an option name or a terminator.
    static func isPlain(_ s: String) -> Bool { !s.isEmpty && !s.hasPrefix("-") && s != "help" }
}
