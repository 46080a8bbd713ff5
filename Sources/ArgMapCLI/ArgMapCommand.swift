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
        subcommands: [Extract.self, Render.self, Diff.self, Explain.self, Report.self]
    )

    /// Runs the command; every failure becomes one line on stderr and exit status 2
    /// (help and version go to stdout with status 0).
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
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
struct LexiconOption: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("A JSON lexicon merged over the built-in one (extra actors, cue phrases, reporting verbs, words that are never actors).", valueName: "FILE"))
    var lexicon: String?
}

struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Extract the argument graph (argmap/1 JSON) of a text.")

    @Argument(help: ArgumentHelp("The prose to read (.txt, UTF-8), or - for standard input.", valueName: "INPUT"))
    var input: String

    @Option(name: .shortAndLong, help: ArgumentHelp("Write the JSON here instead of standard output.", valueName: "OUT.json"))
    var output: String?

    @OptionGroup var lex: LexiconOption

    func run() throws {
        let lexicon = try ArgMapPipeline.loadLexicon(lex.lexicon)
        let graph = try ArgMapPipeline.loadGraph(input, lexicon: lexicon)
        if graph.nodes.isEmpty {
            FileHandle.standardError.write(Data("argmap: warning: \(input): no actors or positions found; the map is empty\n".utf8))
        }
        try ArgMapPipeline.writeOutput(graph.encodedJSON(), to: output)
    }
}

/// Output formats of `argmap render`.
enum MapFormat: String, ExpressibleByArgument, CaseIterable {
    case svg, dot, json, md, png, pdf, mermaid, graphml, aif

    /// The format an output file name implies (`.svg`, `.dot`, `.json`, `.md`, `.png`, `.pdf`,
    /// `.mmd`/`.mermaid`, `.graphml`, `.aif`/`.aif.json`), if any.
    static func forOutput(_ path: String) -> MapFormat? {
        let lower = path.lowercased()
        if lower.hasSuffix(".aif.json") { return .aif }
        switch (lower as NSString).pathExtension {
        case "mmd", "mermaid": return .mermaid
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

    @Option(name: [.customShort("f"), .long], help: "Output format: svg, dot, json, md, png, pdf, mermaid, graphml or aif.")
    var format: MapFormat?

    @Option(name: .shortAndLong, help: ArgumentHelp("Write here instead of standard output.", valueName: "OUT"))
    var output: String?

    @Option(name: .long, help: "Graphviz layout engine: dot, neato, fdp, sfdp, circo or twopi.")
    var layout: LayoutEngine = .dot

    @Flag(name: .long, help: "SVG to inline in HTML: no prolog, a viewBox without fixed size, role=img with a title, ids prefixed.")
    var embed = false

    @Option(name: .long, help: ArgumentHelp("Prefix for every id in embedded SVG (default: from the input name).", valueName: "P"))
    var idPrefix: String?

    @Flag(name: .long, help: "Draw camps of agreeing actors as clusters.")
    var camps = false

    @OptionGroup var lex: LexiconOption

    func run() throws {
        let chosen = format ?? output.flatMap(MapFormat.forOutput) ?? .svg
        let lexicon = try ArgMapPipeline.loadLexicon(lex.lexicon)
        let graph = try ArgMapPipeline.loadGraph(input, lexicon: lexicon)
        let data: Data
        switch chosen {
        case .json:
            data = graph.encodedJSON()
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
