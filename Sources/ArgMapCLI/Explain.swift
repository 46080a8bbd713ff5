import ArgumentParser
import ArgMap
import Foundation

struct Explain: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Say why the map holds each node and edge: the rule, the cue and the evidence sentence.")

    @Argument(help: ArgumentHelp("Prose (.txt), a saved graph (.json), or - for standard input.", valueName: "INPUT"))
    var input: String

    @Option(name: .long, help: "Explain only the node or edge with this id.")
    var id: String?

    @OptionGroup var lex: LexiconOption

    func run() throws {
        let lexicon = try ArgMapPipeline.loadLexicon(lex.lexicon)
        let graph = try ArgMapPipeline.loadGraph(input, lexicon: lexicon)
        let byID = graph.nodesByID
        var out = ""
        func sentence(_ ev: [Evidence]) -> String {
            guard let e = ev.first else { return "" }
            return "    evidence [\(e.start), \(e.end))" + (e.sentence.map { ": \($0)" } ?? "") + "\n"
        }
        var found = false
        for n in graph.nodes where id == nil || n.id == id {
            found = true
            out += "\(n.id)  \(n.kind.rawValue)  \(n.label)\n    rule: \(n.rule ?? "-")\n" + sentence(n.evidence)
        }
        for e in graph.edges where id == nil || e.id == id {
            found = true
            let s = byID[e.source]?.label ?? e.source, t = byID[e.target]?.label ?? e.target
            out += "\(e.id)  \(e.kind.rawValue)  \(s) -> \(t)\n    rule: \(e.rule ?? "-")" + (e.cue.map { "  cue: \"\($0)\"" } ?? "") + "\n" + sentence(e.evidence)
        }
        if let id, !found { throw ArgMapError(file: input, problem: "no node or edge with id \"\(id)\"") }
        FileHandle.standardOutput.write(Data(Explain.terminalSafe(out).utf8))
    }

    /// Text safe to print on a terminal: control characters other than newline and tab
    /// (ESC, CSI, BEL, NUL, ...) from the map become U+FFFD, so a label cannot move the cursor,
    /// change colours or retitle the window.
    static func terminalSafe(_ s: String) -> String {
        var out = String.UnicodeScalarView()
        for u in s.unicodeScalars {
            switch u.value {
            case 0x0A, 0x09: out.append(u)
            case 0x00..<0x20, 0x7F..<0xA0: out.append("\u{FFFD}")
            default: out.append(u)
            }
        }
        return String(out)
    }
}
