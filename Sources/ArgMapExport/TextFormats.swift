import Foundation
import ArgMapGraph
import ArgMapRender

/// Helpers shared by the exporters: the canonical graph and readable names of nodes.
enum ExportGraph {
    /// A canonical copy of `graph` with edges whose ends are missing left out.
    static func canonical(_ graph: ArgumentGraph) -> ArgumentGraph {
        var g = graph
        g.canonicalize()
        let ids = Set(g.nodes.map(\.id))
        g.edges = g.edges.filter { ids.contains($0.source) && ids.contains($0.target) }
        return g
    }

    /// The first evidence sentence, if any.
    static func sentence(_ evidence: [Evidence]) -> String? {
        evidence.lazy.compactMap { $0.sentence?.trimmingCharacters(in: .whitespacesAndNewlines) }.first { !$0.isEmpty }
    }
}

/// A Markdown summary of a map: tables of actors, positions and relations.
public enum MarkdownExport {
    /// Markdown text for `graph`.
    ///
    /// - Parameters:
    ///   - graph: the map.
    ///   - svgLink: the file name of the drawn map to link and show (relative to the
    ///     Markdown file), or nil for none. It is percent-encoded.
    /// - Returns: a title, an image link (when `svgLink` is set), then one table each for
    ///   actors, positions and relations. All text from the graph is escaped with
    ///   ``ExportEscape/markdownCell(_:)``.
    public static func summary(_ graph: ArgumentGraph, svgLink: String? = nil) -> String {
        let g = ExportGraph.canonical(graph)
        let esc = ExportEscape.markdownCell
        let byID = g.nodesByID
        var out = "# Argument map of \(esc(g.source.name))\n\n"
        if let svgLink {
            out += "![Argument map of \(esc(g.source.name))](\(ExportEscape.urlPath(svgLink)))\n\n"
        }
        let actors = g.nodes.filter { $0.kind == .actor }
        let positions = g.nodes.filter { $0.kind == .position }
        let relations = g.edges.filter { $0.kind != .holds }
        out += "\(actors.count) actors, \(positions.count) positions, \(relations.count) relations.\n\n"
        out += "## Actors\n\n"
        if actors.isEmpty { out += "None.\n\n" } else {
            out += "| Actor | Category | Aliases |\n|---|---|---|\n"
            for a in actors {
                let aliases = (a.aliases ?? []).filter { $0 != a.label }.map(esc).joined(separator: ", ")
                out += "| \(esc(a.label)) | \(a.category?.rawValue ?? "") | \(aliases) |\n"
            }
            out += "\n"
        }
        out += "## Positions\n\n"
        if positions.isEmpty { out += "None.\n\n" } else {
            out += "| Position | Held by | Quoted | Evidence |\n|---|---|---|---|\n"
            for p in positions {
                let holders = g.holders(of: p.id).compactMap { byID[$0]?.label }.map(esc).joined(separator: ", ")
                let ev = ExportGraph.sentence(p.evidence).map(esc) ?? ""
                out += "| \(esc(p.text ?? p.label)) | \(holders) | \(p.quoted == true ? "yes" : "") | \(ev) |\n"
            }
            out += "\n"
        }
        out += "## Relations\n\n"
        if relations.isEmpty { out += "None.\n" } else {
            out += "| Relation | From | To | Cue | Evidence |\n|---|---|---|---|---|\n"
            for e in relations {
                let s = byID[e.source].map { esc($0.label) } ?? ""
                let t = byID[e.target].map { esc($0.label) } ?? ""
                out += "| \(e.kind.rawValue) | \(s) | \(t) | \(e.cue.map(esc) ?? "") | \(ExportGraph.sentence(e.evidence).map(esc) ?? "") |\n"
            }
        }
        return out
    }
}

/// A Mermaid flowchart of a map, as GitHub renders in Markdown (```` ```mermaid ````).
public enum MermaidExport {
    /// Mermaid text for `graph`: `flowchart LR`; actors are boxes (class `actor`), positions
    /// rounded boxes (class `position`); `holds` edges grey arrows, conflicts thick red with
    /// crossed ends, agreements dotted green lines, support blue arrows; cue words are edge
    /// labels. Node ids are `n0`, `n1`, ... in canonical order; every label is quoted and
    /// escaped with ``ExportEscape/mermaid(_:)``.
    public static func flowchart(_ graph: ArgumentGraph) -> String {
        let g = ExportGraph.canonical(graph)
        var out = "flowchart LR\n"
        out += "  classDef actor fill:#dce9f7,stroke:#3d5a80,stroke-width:2px,color:#1d2b3a\n"
        out += "  classDef position fill:#fffbe8,stroke:#b9a65c,color:#2b2b2b\n"
        var index: [String: Int] = [:]
        for (i, n) in g.nodes.enumerated() {
            index[n.id] = i
            let label = ExportEscape.mermaid(n.kind == .actor ? n.label : ExportEscape.shorten(n.label, to: 120))
            switch n.kind {
            case .actor: out += "  n\(i)[\"\(label)\"]:::actor\n"
            case .position: out += "  n\(i)(\"\(label)\"):::position\n"
            }
        }
        var styles: [EdgeKind: [Int]] = [:]
        var k = 0
        for e in g.edges {
            guard let s = index[e.source], let t = index[e.target] else { continue }
            let arrow: String
            switch e.kind {
            case .holds: arrow = "-->"
            case .conflict: arrow = "x==x"
            case .agreement: arrow = "-.-"
            case .support: arrow = "-->"
            }
            var label = ""
            if let cue = e.cue, !cue.isEmpty { label = "|\"\(ExportEscape.mermaid(cue))\"|" }
            out += "  n\(s) \(arrow)\(label) n\(t)\n"
            styles[e.kind, default: []].append(k)
            k += 1
        }
        let colours: [(EdgeKind, String)] = [
            (.holds, "stroke:#9a9a9a,stroke-width:1px"),
            (.conflict, "stroke:#c0392b,stroke-width:2px"),
            (.agreement, "stroke:#2e8b57,stroke-width:1.5px"),
            (.support, "stroke:#2c6fbb,stroke-width:1.3px"),
        ]
        for (kind, style) in colours {
            if let ix = styles[kind], !ix.isEmpty {
                out += "  linkStyle \(ix.map(String.init).joined(separator: ",")) \(style)\n"
            }
        }
        return out
    }
}

/// GraphML for yEd, Gephi and other graph tools.
public enum GraphMLExport {
    /// A GraphML document for `graph`: a directed graph whose nodes and edges carry the data
    /// keys `kind`, `label`, `text`, `category`, `cue` and `evidence` (the first evidence
    /// sentence). Node and edge ids are the graph's own ids. Everything is XML-escaped with
    /// ``ExportEscape/xml(_:)``.
    public static func document(_ graph: ArgumentGraph) -> String {
        let g = ExportGraph.canonical(graph)
        let x = ExportEscape.xml
        var out = """
        <?xml version="1.0" encoding="UTF-8"?>
        <graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">
          <key id="nkind" for="node" attr.name="kind" attr.type="string"/>
          <key id="nlabel" for="node" attr.name="label" attr.type="string"/>
          <key id="ntext" for="node" attr.name="text" attr.type="string"/>
          <key id="ncategory" for="node" attr.name="category" attr.type="string"/>
          <key id="nevidence" for="node" attr.name="evidence" attr.type="string"/>
          <key id="ekind" for="edge" attr.name="kind" attr.type="string"/>
          <key id="elabel" for="edge" attr.name="label" attr.type="string"/>
          <key id="ecue" for="edge" attr.name="cue" attr.type="string"/>
          <key id="eevidence" for="edge" attr.name="evidence" attr.type="string"/>

        """
        out += "  <graph id=\"\(x(g.source.name))\" edgedefault=\"directed\">\n"
        for n in g.nodes {
            out += "    <node id=\"\(x(n.id))\">\n"
            out += "      <data key=\"nkind\">\(n.kind.rawValue)</data>\n"
            out += "      <data key=\"nlabel\">\(x(n.label))</data>\n"
            if let t = n.text { out += "      <data key=\"ntext\">\(x(t))</data>\n" }
            if let c = n.category { out += "      <data key=\"ncategory\">\(c.rawValue)</data>\n" }
            if let s = ExportGraph.sentence(n.evidence) { out += "      <data key=\"nevidence\">\(x(s))</data>\n" }
            out += "    </node>\n"
        }
        for e in g.edges {
            out += "    <edge id=\"\(x(e.id))\" source=\"\(x(e.source))\" target=\"\(x(e.target))\">\n"
            out += "      <data key=\"ekind\">\(e.kind.rawValue)</data>\n"
            out += "      <data key=\"elabel\">\(e.kind.rawValue)</data>\n"
            if let c = e.cue, !c.isEmpty { out += "      <data key=\"ecue\">\(x(c))</data>\n" }
            if let s = ExportGraph.sentence(e.evidence) { out += "      <data key=\"eevidence\">\(x(s))</data>\n" }
            out += "    </edge>\n"
        }
        out += "  </graph>\n</graphml>\n"
        return out
    }
}

/// PNG and PDF through Graphviz's pango/cairo plugin.
public enum RasterExport {
    /// The Debian package that ships the pango/cairo plugin.
    public static let cairoPackage = "libgvc6"

    /// Draws `graph` as `format` (`png` or `pdf`).
    /// - Throws: ``ExportError/missingCairo(format:package:)`` when the plugin cannot be
    ///   loaded, ``ExportError/render(_:)`` for other Graphviz failures.
    public static func render(_ graph: ArgumentGraph, format: String, options: RenderOptions = .init()) throws(ExportError) -> Data {
        let dot = DOTBuilder.dot(for: graph, options: options)
        do {
            return try GraphvizRenderer.render(dot: dot, layout: options.layout, format: format)
        } catch {
            if case .unsupportedFormat = error, GraphvizRenderer.cairoFormats.contains(format.lowercased()) {
                throw .missingCairo(format: format.uppercased(), package: cairoPackage)
            }
            throw .render(error.description)
        }
    }
}
