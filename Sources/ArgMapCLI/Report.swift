import ArgumentParser
import ArgMap
import Foundation

/// `argmap report`: one self-contained HTML page of maps, or of a diff.
struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write a self-contained HTML report of one or more maps, or of a diff.",
        discussion: """
        For each INPUT: the map as inline SVG, tables of actors, positions and relations, and for prose \\
        inputs the text with every evidence span highlighted and linked to its node (and back). \\
        With --diff OLD NEW: the diff picture and the list of changes. The page loads nothing from \\
        the network, needs no JavaScript, follows the light or dark theme and prints legibly.
        """)

    @Argument(help: ArgumentHelp("Prose (.txt), saved graphs (.json), AIF files, or - for standard input.", valueName: "INPUT"))
    var inputs: [String] = []

    @Flag(name: .long, help: "Report the changes between two inputs, OLD NEW.")
    var diff = false

    @Option(name: .shortAndLong, help: ArgumentHelp("Write the HTML here instead of standard output.", valueName: "OUT.html"))
    var output: String?

    @Option(name: .long, help: "The page title.")
    var title: String?

    @Option(name: .long, help: "Graphviz layout engine: dot, neato, fdp, sfdp, circo or twopi.")
    var layout: LayoutEngine = .dot

    @Option(name: .long, help: "With --diff: word-overlap similarity (0-1) above which a changed claim counts as reworded.")
    var similarity: Double = 0.6

    @OptionGroup var lex: LexiconOption

    func validate() throws {
        if diff {
            guard inputs.count == 2 else { throw ValidationError("--diff needs exactly two inputs, OLD and NEW") }
        } else if inputs.isEmpty {
            throw ValidationError("give at least one INPUT")
        }
        guard (0...1).contains(similarity) else { throw ValidationError("--similarity must be between 0 and 1") }
        if inputs.filter({ $0 == "-" }).count > 1 { throw ValidationError("standard input (-) can be read only once") }
    }

    func run() throws {
        let lexicon = try ArgMapPipeline.loadLexicon(lex.lexicon)
        let html: String
        if diff {
            let a = try ArgMapPipeline.loadGraph(inputs[0], lexicon: lexicon)
            let b = try ArgMapPipeline.loadGraph(inputs[1], lexicon: lexicon)
            let d = GraphDiffer.diff(old: a, new: b, options: DiffOptions(similarity: similarity))
            do {
                html = try HTMLReport.diffDocument(d, title: title, options: RenderOptions(layout: layout, graphName: "argmapdiff"))
            } catch {
                throw ArgMapError(file: inputs[1], problem: error.description)
            }
        } else {
            var maps: [ReportMap] = []
            for input in inputs {
                let data = try ArgMapPipeline.readInput(input)
                let graph = try Self.graph(input, data: data, lexicon: lexicon)
                let prose = !(ArgMapPipeline.isGraphFile(input) || input.lowercased().hasSuffix(".aif") || (input == "-" && data.first(where: { !($0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09) }) == UInt8(ascii: "{")))
                maps.append(ReportMap(graph: graph, source: prose ? data : nil))
            }
            let defaultTitle = maps.count == 1 ? "Argument map of \(maps[0].graph.source.name)" : "Argument maps"
            do {
                html = try HTMLReport.document(maps: maps, title: title ?? defaultTitle, options: RenderOptions(layout: layout))
            } catch {
                throw ArgMapError(file: inputs.first ?? "-", problem: error.description)
            }
        }
        try ArgMapPipeline.writeOutput(Data(html.utf8), to: output)
    }

    /// The graph of `input` from bytes already read (standard input cannot be read twice).
    static func graph(_ input: String, data: Data, lexicon: Lexicon) throws -> ArgumentGraph {
        let name = input == "-" ? "-" : (input as NSString).lastPathComponent
        let looksJSON = ArgMapPipeline.isGraphFile(input) || input.lowercased().hasSuffix(".aif")
            || (input == "-" && data.first(where: { !($0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09) }) == UInt8(ascii: "{"))
        if looksJSON {
            if AIFImport.looksLikeAIF(data) { return try ArgMapPipeline.loadAIF(data, name: name, path: input) }
            do { return try ArgumentGraph.decode(json: data) } catch { throw ArgMapError(file: input, problem: error.description) }
        }
        do { return try ArgMapPipeline.extract(data, name: name, lexicon: lexicon) } catch { throw ArgMapError(file: input, problem: error.problem) }
    }
}
