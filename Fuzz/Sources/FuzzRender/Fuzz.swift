import ArgMap
import Foundation
import FuzzSupport

/// libFuzzer entry: the bytes become a small graph (up to 12 nodes) whose labels, aliases,
/// texts, cues and evidence sentences are slices of the input (any Unicode, control
/// characters, quotes, backslashes, `<`, `&`). Its DOT must always parse and render to SVG.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzRender(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    guard !bytes.isEmpty else { return 0 }
    let flags = bytes[0]
    let parts = bytes.dropFirst().split(separator: 0xFF, omittingEmptySubsequences: false)
        .prefix(12).map { String(decoding: $0, as: UTF8.self) }
    var nodes: [Node] = []
    for (i, p) in parts.enumerated() {
        let ev = [Evidence(start: i, end: i + 1, sentence: p)]
        if i % 2 == 0 {
            nodes.append(Node(id: "a\(i)", kind: .actor, label: p, aliases: [p], category: .person, evidence: ev, rule: p))
        } else {
            nodes.append(Node(id: "p\(i)", kind: .position, label: p, text: p, quoted: i % 4 == 1, evidence: ev, rule: p))
        }
    }
    var edges: [Edge] = []
    for i in stride(from: 1, to: nodes.count, by: 2) {
        edges.append(Edge(id: "h\(i)", kind: .holds, source: nodes[i - 1].id, target: nodes[i].id, evidence: [Evidence(start: 0, end: 1, sentence: parts[i])]))
    }
    if nodes.count >= 3 {
        edges.append(Edge(id: "c", kind: flags & 1 == 0 ? .conflict : .agreement, source: nodes[0].id, target: nodes[2].id, cue: parts[1]))
    }
    let graph = ArgumentGraph(source: SourceInfo(name: parts.first ?? "", sha256: "", bytes: size), nodes: nodes, edges: edges)
    let camps = flags & 2 != 0
    let highlight: Highlight? = flags & 4 != 0 ? Highlight(nodes: ["a0": .added], edges: ["c": .removed], legend: true) : nil
    let dot = DOTBuilder.dot(for: graph, options: RenderOptions(layout: .dot, camps: camps, graphName: parts.last ?? ""), highlight: highlight)
    do {
        let svg = try GraphvizRenderer.render(dot: dot, layout: .dot, format: "svg")
        let text = String(decoding: svg, as: UTF8.self)
        if text.range(of: "<script", options: .caseInsensitive) != nil || text.contains("xlink:href") {
            fatalError("executable content in SVG")
        }
        if flags & 8 != 0 {
            _ = SVGEmbed.embed(text, idPrefix: SVGEmbed.sanitizePrefix(parts.first ?? ""), title: parts.last ?? "")
        }
    } catch {
        fatalError("DOT from DOTBuilder failed to render: \(error)\n\(dot)")
    }
    return 0
}

/// The entry point SwiftPM links as `main`: run libFuzzer's driver on ``fuzzRender(_:_:)``.
@_cdecl("FuzzRender_main")
public func fuzzRenderMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var c = argc
    var v = argv
    return LLVMFuzzerRunDriver(&c, &v) { data, size in fuzzRender(data!, size) }
}
